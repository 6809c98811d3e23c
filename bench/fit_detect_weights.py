"""Fit how detection's evidence combines: logistic regression over the rule features.

Reads the labelled tuning sets (tests/data/detect_cases.json and the "tune" batch of tests/data/real_detect.json; the "blind" batch is never read here), computes
``features.features_of`` for every event that passes detection's first look, fits an
L2-regularised logistic regression by Newton's method (pure Python: 20 features, a thousand
events), writes src/interview_sync/core/detect/weights.py, and prints reliability bins (of
events scored about 0.9, how many are interviews). Run: .venv/bin/python bench/fit_detect_weights.py
(--check: fit and print, do not write).
"""

from __future__ import annotations

import json
import math
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from interview_sync.core.detect.confidence import words_seen
from interview_sync.core.detect.features import FEATURES, features_of
from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.spelling import squash
from interview_sync.core.detect.wording import _ROLE, name_words
from interview_sync.core.detect.wording_concepts import known_word

ROOT = Path(__file__).resolve().parents[1]
# Only sets inside the repository, so a refit gives the same table on any checkout (the shared
# examples beside it are four events the labelled sets already cover).
TUNING = [ROOT / "tests" / "data" / "detect_cases.json", ROOT / "tests" / "data" / "real_detect.json"]
OUT = ROOT / "src" / "interview_sync" / "core" / "detect" / "weights.py"
OUT_WORDS = ROOT / "src" / "interview_sync" / "core" / "detect" / "wording_weights.py"
L2 = 0.4  # keeps the weights finite where the tuning data separate perfectly (0.5 until round
# 4: with 25 more interviews in the tuning set, 0.5 left the 0.8-0.9 bin under-confident, at
# 0.87 where all 20 were interviews; 0.3 still left it at the test's 0.1 limit)
# The look-alike vetoes; a kind they do not know yet shows everything else and no veto.
LOOKALIKE_VETOES = frozenset({"title_veto", "nonjob_context"})
# How much such an unseen look-alike counts, as a share of a vetoed one. Round 3's blind batch:
# 8 of its 55 non-interviews were of kinds no rule knew (about one vetoed look-alike in four
# among the tuning sets' 240); swept 0.0-0.4 in docs/detection.md: 0.10 takes most of the gain.
UNSEEN = 0.10
NAMES = sorted(FEATURES)
Row = tuple[frozenset[str], frozenset[str], int, str]  # rule features, words, is-interview, group


def rows(batch: str = "tune") -> list[tuple[set[str], int]]:
    """(features, is-interview) for every event past the first look, of the given batch."""
    return [(set(on), y) for on, _, y, _ in word_rows(batch)]


def word_rows(batch: str = "tune") -> list[Row]:
    """(features, words, is-interview, group) for every event past the first look, of the given
    batch; the group is the event's round (detect_cases.json: one of ``GROUPS`` parts), which
    the words' cross-fitted scores leave out in turn."""
    out: list[Row] = []
    for path in TUNING:
        if not path.exists():
            continue
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        meta = data.get("meta", {})
        context = data.get("context", {})
        for i, event in enumerate(data["events"]):
            m = meta.get(event.get("id"), {})
            if m.get("batch", "tune") != batch:
                continue
            ctx = context.get(event.get("id"), {})
            on, seen, vctx = features_of(event, ctx.get("me", data["me"]),
                                         ctx.get("my_domains", ()))
            if seen is not None:
                out.append((frozenset(on), words_seen(seen, vctx),
                            int(data["labels"].get(event.get("id")) is not None),
                            m.get("round") or f"cases{i % GROUPS}"))
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[col][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def unseen(data: list[tuple[set[str], int]]) -> list[tuple[set[str], int]]:
    """Each look-alike the vocabularies veto, as one of a kind they do not know yet would look:
    the same evidence without its look-alike veto (a non-interview all the same)."""
    # ("veto_disputed" only stands beside a title veto: masked with it)
    return [(on - LOOKALIKE_VETOES - UNWEIGHED, 0) for on, y in data
            if not y and on & LOOKALIKE_VETOES]


def fit(data: list[tuple[set[str], int]], iterations: int = 30,
        unseen_share: float = UNSEEN, wording: list[float] | None = None) -> list[float]:
    """``_fit``, with the signs the features' meanings fix (``SIGNS``) kept: a feature whose
    fitted weight comes out of the wrong sign is pinned at 0 and the rest refitted (with the
    words' score beside it, "the description speaks of hiring" came out negative: its hiring
    words already count in the score; a piece of evidence for must never count against)."""
    pinned: set[str] = set(UNWEIGHED)
    while True:
        w = _fit(data, iterations, unseen_share, wording, frozenset(pinned))
        wrong = {name for name, sign in SIGNS.items()
                 if name in NAMES and w[NAMES.index(name) + 1] * sign < 0}
        if not wrong:
            return w
        pinned |= wrong


# The sign of the features whose meaning fixes it: vetoes only lower, plain evidence only raises.
# "scheduler_title" (a booking tool's "A and B" title) backs a title as corroboration does; with
# the words beside it the fit turned it to -0.8 (round 10), which took the demo's bare booking
# from a question to nothing: a piece of evidence for may weigh nothing, never count against.
SIGNS = {"title_veto": -1, "organiser_veto": -1, "hiring_side": -1, "names_someone_else": -1,
         "counter_evidence": -1, "strong_title": 1, "desc_positive": 1, "soft_evidence": 1,
         "scheduler_title": 1, "booking_page": 1}
# Features recorded for what they let the tiers do, never weighed (held at 0). "veto_disputed"
# (round 16, ``veto_dispute``) lets an event whose only veto is its title's be asked about when
# its probability reaches the unsure line; weighed (+2.2), it moved the other weights enough to
# turn one hiring-side event elsewhere from a question into drafts out of round (drafts 18 -> 19,
# docs/detection.md, "The decision in round 16"); unweighed, every other event scores as before.
# "selection_shape" and "shape_first_look" (round 17, ``selection_shape``) likewise only let an
# event be asked about; weighed, a shape every interview of its kind has would move the rest.
UNWEIGHED = frozenset({"veto_disputed", "selection_shape", "shape_first_look"})


def _fit(data: list[tuple[set[str], int]], iterations: int, unseen_share: float,
         wording: list[float] | None, pinned: frozenset[str]) -> list[float]:
    """Weights [bias, w_1..w_n] maximising the L2-penalised log-likelihood (Newton steps), over
    ``data`` and, each counted ``unseen_share`` of an event, its look-alikes with their veto
    masked: every blind round brought kinds no rule knew, and the score must not be sure of an
    event whose only evidence is a hiring word they share. ``wording`` gives each event's
    words' score (the ``wording`` feature; 0 for all when None, and for the masked look-alikes,
    whose words no table would know)."""
    n = len(NAMES) + 1
    w = [0.0] * n
    scores = wording if wording is not None else [0.0] * len(data)
    both = [(on, y, 1.0, s) for (on, y), s in zip(data, scores, strict=True)] + [
        (on, y, unseen_share, 0.0) for on, y in unseen(data)]
    # A pinned feature's column is all zeros: its weight stays at 0 (the penalty holds it there).
    xs = [[1.0] + [0.0 if name in pinned else s if name == "wording" else 1.0 if name in on
                   else 0.0 for name in NAMES] for on, _, _, s in both]
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, (_, y, r, _) in zip(xs, both, strict=True):
            p = 1 / (1 + math.exp(-max(-40, min(40, sum(a * b for a, b in zip(w, x, strict=True))))))
            for i in range(n):
                if x[i]:
                    grad[i] += r * (p - y) * x[i]
                    for j in range(n):
                        if x[j]:
                            hess[i][j] += r * p * (1 - p) * x[i] * x[j]
        for i in range(1, n):  # the bias is not penalised
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        hess[0][0] += 1e-6
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


# ---------------------------------------------------------------- the wording table (stacked)

ALPHA = 1.0  # smoothing of the word counts: chosen by bench/cross_round.py, never in-sample
MIN_ROWS = 3  # a word must stand in this many training events to get a weight at all
KEEP = 0.5  # log-ratios this small are not shipped, and larger ones are shrunk by it (SHRINK)
# Why shrink (round 20): with a hard cut at 1.0, a word whose ratio drifted from 1.002 to 0.998
# in a refit fell from a full point to nothing (round 19's start lost "onsite interview" that
# way, and 42 engine tests with it); shrunk, a word's weight moves as little as its counts do.
# Leave-one-round-out (bench/cross_round.py, 54 rounds): hard 1.0 gives drafts 17, silent 65,
# unsure 405, ECE 0.0148, Brier 0.0435; shrunk at 0.5 gives 18, 64, 416, 0.0139, 0.0429; the
# plainest invites (bench/bare_invites.py) go from 83 to 94 of 96 drafted. The table grows from
# about 2,250 words to about 3,900 (loaded on first use: detect/wording.py).
SHRINK = True
GROUPS = 5  # detect_cases.json is cut into this many parts for the cross-fitted scores



def corpus_names(paths: list[Path] = TUNING) -> frozenset[str]:
    """Every word of a person's name in the tuning sets' guest lists and organisers (labels
    not read; the blind batch not at all), less the words a vocabulary knows: the names the table must not weigh, even
    where a title names someone not on the guest list ("Debrief: Jordan Blake onsite"). Only
    sure names: a display name its mailbox spells whole ("Eva Novak" <enovak@...>), the parts
    of a "first.last" mailbox (not "Credit Union Front Desk", "CoderPad", "Head of Marketing")."""
    names: set[str] = set()
    for path in paths:
        if not path.exists():
            continue
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        meta = data.get("meta", {})
        for event in data["events"]:
            # the blind batch is never read here, not even its names: a name in it would
            # otherwise keep a word out of the table (round 13 found one)
            if meta.get(event.get("id"), {}).get("batch", "tune") == "blind":
                continue
            for entry in [event.get("organizer"), *(event.get("attendees") or ())]:
                if isinstance(entry, dict):
                    names |= _sure_name(str(entry.get("displayName") or ""),
                                        str(entry.get("email") or ""))
        names |= _sure_name("", str(data["me"]))
    return frozenset(word for word in names if not known_word(word))


def _sure_name(display: str, email: str) -> set[str]:
    local = email.partition("@")[0].lower()
    out: set[str] = set()
    if _FIRST_LAST.fullmatch(local) and not _not_a_name(local.replace(".", " ")):
        out |= set(re.split(r"[._]", local))
    words = [squash(w) for w in display.split()]
    if 2 <= len(words) <= 4 and all(words) and not _not_a_name(display):
        first, last = words[0], words[-1]
        if squash(local) in {first + last, last + first, first[0] + last, last + first[0],
                             first + last[0]}:
            out |= set(name_words([(display, email)])[0])
    return out


def _not_a_name(text: str) -> bool:
    """A role, a team or a job ("Head of Marketing", "talent.acquisition"), or a known word."""
    return bool(_ROLE.search(text) or ROLE_WORD_RE.search(text.lower())) or any(
        known_word(w) or w[:1].islower() for w in text.split())


_FIRST_LAST = re.compile(r"[a-z]{2,}[._][a-z]{2,}")


def _names_in(token: str, names: frozenset[str]) -> bool:
    """Whether a token ("t:pat", "t:debrief_jordan") holds a name word."""
    return any(part in names for part in token[2:].split("_"))


def word_table(data: list[tuple[frozenset[str], int]], *, alpha: float = ALPHA,
               min_rows: int = MIN_ROWS, keep: float = KEEP, shrink: bool = SHRINK,
               names: frozenset[str] | None = None) -> dict[str, float]:
    """Each word's log-ratio: how much likelier an interview is to hold it than another event
    past the first look (Bernoulli naive Bayes, counts smoothed by ``alpha``). Summed over an
    event's words it is one score, which the logistic fit weighs beside the rule features.
    No word of a person's name gets a weight (``names``: ``corpus_names()`` unless given)."""
    names = _NAMES() if names is None else names
    pos: dict[str, int] = {}
    neg: dict[str, int] = {}
    for words, y in data:
        side = pos if y else neg
        for word in words:
            side[word] = side.get(word, 0) + 1
    n_pos = sum(y for _, y in data)
    n_neg = len(data) - n_pos
    out = {}
    for word in sorted(set(pos) | set(neg)):
        p, q = pos.get(word, 0), neg.get(word, 0)
        if p + q < min_rows or _names_in(word, names):
            continue
        ratio = math.log((p + alpha) / (n_pos + 2 * alpha)) - math.log((q + alpha) / (n_neg + 2 * alpha))
        if abs(ratio) >= keep:
            out[word] = round(math.copysign(abs(ratio) - keep, ratio) if shrink else ratio, 3)
    return out


@lru_cache(maxsize=1)
def _NAMES() -> frozenset[str]:
    return corpus_names()


def table_score(words: frozenset[str], table: dict[str, float]) -> float:
    return sum(table.get(w, 0.0) for w in words)


def cross_fitted(data: list[Row], **table_args: Any) -> list[float]:
    """Each event's words scored by a table fitted without its group (its round): the score
    the logistic fit weighs must be as good as it is on an unseen round, not as on the rows
    it was counted from (there it would be near perfect, and weighed far too much)."""
    groups = sorted({g for *_, g in data})
    scores = [0.0] * len(data)
    for group in groups:
        table = word_table([(w, y) for _, w, y, g in data if g != group], **table_args)
        for i, (_, words, _, g) in enumerate(data):
            if g == group:
                scores[i] = table_score(words, table)
    return scores


# Whether the wording score is shipped. Yes since round 11 (docs/detection.md, "The learned
# wording score"): round 10's table learns no names, and out of round (bench/cross_round.py,
# leave-one-round-out, with the own-entry cap of ``detect.own_entry`` in both) it leaves fewer
# interviews silent (17 -> 14 of 874) and is better calibrated (ECE 0.024 -> 0.010, Brier
# 0.031 -> 0.028) than the rule features alone, with as many drafts to a non-interview (13).
# Its one known cost, the demo's bare booking ("30 Minute Meeting between Pat Lee and Dana
# Cho": the template's "meeting" leans against), is a rule now: a slot an outside company's
# person booked with the user through a scheduling page is asked about whatever its score
# (``confidence._thank_anyway``, feature ``booking_page``). Off, the fit gives ``wording`` no
# weight, the table is empty and the runtime never reads the words.
WORDING_SHIPPED = True


def fit_stacked(data: list[Row], *, enabled: bool = WORDING_SHIPPED,
                **table_args: Any) -> tuple[list[float], dict[str, float]]:
    """Rule weights (with ``wording``, the words' score, as one more feature) and the word
    table, both from ``data``: the weights fitted on cross-fitted scores, the table on all.
    Not ``enabled``: the rule weights alone (``wording`` at 0) and an empty table."""
    if not enabled:
        return fit([(set(on), y) for on, _, y, _ in data]), {}
    scores = cross_fitted(data, **table_args)
    w = fit([(set(on), y) for on, _, y, _ in data], wording=scores)
    return w, word_table([(words, y) for _, words, y, _ in data], **table_args)


def reliability(data: list[Row], w: list[float], scores: list[float], label: str) -> None:
    """Per score bin: how many events, and what share are interviews, with the words' scores
    ``scores``; the look-alikes with their veto masked count ``UNSEEN`` each (as in the fit)."""
    k = NAMES.index("wording") + 1
    rows = [(on, y, 1.0, s) for (on, _, y, _), s in zip(data, scores, strict=True)]
    rows += [(frozenset(on), y, UNSEEN, 0.0)
             for on, y in unseen([(set(on), y) for on, _, y, _ in data])]
    bins: dict[int, list[float]] = {}
    for on, y, r, s in rows:
        z = w[0] + sum(w[i + 1] for i, name in enumerate(NAMES) if name in on) + w[k] * s
        p = 1 / (1 + math.exp(-max(-40, min(40, z))))
        acc = bins.setdefault(min(9, int(p * 10)), [0.0, 0.0])
        acc[0] += r
        acc[1] += r * y
    print(f"reliability ({label}, {len(data)} events past the first look, and their look-alikes "
          f"with the veto masked counted {UNSEEN}):")
    for b in sorted(bins):
        n, ys = bins[b]
        print(f"  scored {b / 10:.1f}-{(b + 1) / 10:.1f}: {n:6.1f} events, "
              f"{ys / n:.2f} are interviews")


def write(w: list[float], table: dict[str, float]) -> None:
    lines = [f"    {name!r}: {weight:.3f}," for name, weight in zip(NAMES, w[1:], strict=True)]
    OUT.write_text(
        '"""The fitted weights ``detect.confidence`` combines its evidence with (generated; do not'
        ' edit).\n\nWritten by ``bench/fit_detect_weights.py`` (L2-regularised logistic regression'
        ' over the rule\nfeatures and the words\' score, fitted on the tuning batches only); rerun'
        ' it after changing a\nrule.\n"""\n\n'
        f"BIAS = {w[0]:.3f}\nWEIGHTS: dict[str, float] = {{\n" + "\n".join(lines) + "\n}\n",
        encoding="utf-8")
    words = [f"    {word!r}: {value:.3f}," for word, value in sorted(table.items())]
    OUT_WORDS.write_text(
        '"""The words ``detect.wording`` weighs, with their log-ratios (generated; do not edit).\n\n'
        'Written by ``bench/fit_detect_weights.py``: how much likelier an interview is to hold each\n'
        f'word than another event past the first look (smoothing {ALPHA}; words in at least '
        f'{MIN_ROWS}\nevents; ratios under {KEEP} left out' + (f', the rest shrunk toward zero by {KEEP}'
                                          if SHRINK else '') + '), on the tuning batches only.\n"""\n\n'
        "WORDING: dict[str, float] = {\n" + "\n".join(words) + "\n}\n", encoding="utf-8")


def main() -> None:
    data = word_rows("tune")
    w, table = fit_stacked(data)
    for name, weight in sorted(zip(NAMES, w[1:], strict=True), key=lambda x: -abs(x[1])):
        print(f"  {weight:+7.3f}  {name}")
    print(f"  {w[0]:+7.3f}  (bias); {len(table)} words in the table")
    scores = cross_fitted(data) if WORDING_SHIPPED else [0.0] * len(data)
    reliability(data, w, scores, "tuning, words' scores cross-fitted by round "
                "(what the weights were fitted on; bench/cross_round.py for unseen rounds)"
                if WORDING_SHIPPED else "tuning")
    if "--blind" in sys.argv:  # once, at the end, for the figures reported
        blind = word_rows("blind")
        reliability(blind, w, [table_score(words, table) for _, words, _, _ in blind], "blind")
    if "--check" not in sys.argv:
        write(w, table)
        print(f"wrote {OUT.relative_to(ROOT)} and {OUT_WORDS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
