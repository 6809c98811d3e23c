"""Leave-one-round-out evaluation of how detection's evidence is weighed.

For each round of the real-material corpus (the ``round`` of each event in
tests/data/real_detect.json: blind-1..blind-8, the tuning sets and the check sets), the weights are
fitted on every other round and on tests/data/detect_cases.json, and that round's events are
scored with them as bench/bench_detect.py counts: the rules' precision and recall, drafts to a
non-interview (the confident tier on a non-interview), interviews left silent (neither drafts nor
a question), the unsure share, and the precision of what is drafted for. Totals are pooled over
rounds (each event scored once, by weights that never saw its round).

What it measures honestly is the *weights*: the rules themselves were written having seen every
round, so the rules' precision and recall here, and every figure built on them, are optimistic
(the blind figures in docs/detection.md are the honest ones for the rules).

Configurations: ``rules`` (the rule features alone, as shipped),
``words`` (rule features and the words' score, stacked: ``fit_detect_weights.fit_stacked``),
at each ``--alpha=a,b``, ``--min-rows=k``, ``--keep=x`` and ``--shrink=0|1``. Each configuration prints, pooled,
the reliability bins and two calibration numbers (expected calibration error, Brier score). Run: .venv/bin/python bench/cross_round.py [--l2=1,3,10]
[--min-rows=3] [--only=rules] [-v]
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from interview_sync.core.detect.confidence import UNSURE, Basis, basis_of, tier_of

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real_detect.json"
CASES = ROOT / "tests" / "data" / "detect_cases.json"


def _fit_script() -> Any:
    spec = importlib.util.spec_from_file_location("fit", ROOT / "bench" / "fit_detect_weights.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIT = _fit_script()
# The tiers' levers, for studying them out of round: ``--unsure=x`` moves the unsure line,
# ``--no-shape`` turns round 17's selection-step shape (``selection_shape``) off.
LINE = next((float(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--unsure=")), UNSURE)
SHAPE_ON = "--no-shape" not in sys.argv
Item = tuple[Basis, int, str, str]  # basis, is-interview, round, title


def items(path: Path, batch: str = "tune") -> list[Item]:
    """Every labelled event of ``path`` (of the given batch, where the set records batches)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    meta, context = data.get("meta", {}), data.get("context", {})
    out: list[Item] = []
    for event in data["events"]:
        m = meta.get(event.get("id"), {})
        if m.get("batch", "tune") != batch:
            continue
        ctx = context.get(event.get("id"), {})
        basis = basis_of(event, ctx.get("me", data["me"]), ctx.get("my_domains", ()))
        out.append((basis, int(data["labels"].get(event.get("id")) is not None),
                    m.get("round", "cases"), str(event.get("summary", ""))[:60]))
    return out


def tier(basis: Basis, score: Callable[[Basis], float]) -> str:
    """The tier ``assess_event`` gives with the weights behind ``score`` (a logit)."""
    if not basis.seen:
        return "below"
    p = 1 / (1 + math.exp(-max(-40.0, min(40.0, score(basis)))))
    t = tier_of(p, rules_accept=basis.rules_accept, askable=basis.askable, thank=basis.thank,
                alone=basis.alone, shape=basis.shape and SHAPE_ON, line=LINE, vetoed=basis.vetoed)
    return "unsure" if t == "confident" and basis.cut else t


def counts(scored: list[tuple[Item, str]]) -> dict[str, int]:
    c = {"events": 0, "interviews": 0, "tp": 0, "fp": 0, "fn": 0, "drafts_wrong": 0,
         "silent": 0, "unsure": 0, "confident": 0}
    for (basis, y, _, _), t in scored:
        c["events"] += 1
        c["interviews"] += y
        c["tp"] += basis.rules_accept and y
        c["fp"] += basis.rules_accept and not y
        c["fn"] += y and not basis.rules_accept
        c["drafts_wrong"] += t == "confident" and not y
        c["silent"] += t == "below" and y
        c["unsure"] += t == "unsure"
        c["confident"] += t == "confident"
    return c


def line(name: str, c: dict[str, int]) -> str:
    prec = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    drafted = (c["confident"] - c["drafts_wrong"]) / c["confident"] if c["confident"] else 1.0
    return (f"  {name:16} {c['events']:5} ev {c['interviews']:4} int | rules P {prec:.3f} "
            f"R {rec:.3f} | drafts to non-interview {c['drafts_wrong']:3} "
            f"({100 * c['drafts_wrong'] / max(1, c['events']):.1f}%) silent {c['silent']:3} "
            f"({100 * c['silent'] / max(1, c['interviews']):.1f}%) unsure {c['unsure']:3} "
            f"drafted-for P {drafted:.3f}")


def rules_score(w: list[float], table: dict[str, float] | None = None
                ) -> Callable[[Basis], float]:
    """The logit with weights ``w`` (``FIT.NAMES`` order) and, when given, the word table."""
    names = [(i + 1, n) for i, n in enumerate(FIT.NAMES) if n != "wording"]
    k = FIT.NAMES.index("wording") + 1
    if table is None or not w[k]:
        return lambda b: w[0] + sum(w[i] for i, n in names if n in b.on)
    return lambda b: (w[0] + sum(w[i] for i, n in names if n in b.on)
                      + w[k] * FIT.table_score(b.words, table))


def evaluate(name: str, fit: Callable[[list[Item]], Callable[[Basis], float]],
             real: list[Item], cases: list[Item], verbose: bool) -> dict[str, int]:
    """Leave each round out in turn; print its figures and the pooled ones."""
    print(f"{name}:")
    rounds = sorted({r for _, _, r, _ in real}, key=_round_order)
    pooled: list[tuple[Item, str]] = []
    probabilities: list[tuple[float, int]] = []
    for held in rounds:
        train = cases + [it for it in real if it[2] != held]
        score = fit(train)
        scored = [(it, tier(it[0], score)) for it in real if it[2] == held]
        probabilities += [(1 / (1 + math.exp(-max(-40.0, min(40.0, score(it[0]))))), it[1])
                          for it in real if it[2] == held and it[0].seen]
        pooled += scored
        print(line(held, counts(scored)))
        if verbose:
            for (_, y, _, title), t in scored:
                if (t == "confident" and not y) or (t == "below" and y):
                    print(f"      {'DRAFTS' if not y else 'SILENT'}: {title!r}")
    total = counts(pooled)
    print(line("POOLED", total))
    bins: dict[int, list[float]] = {}
    for p, y in probabilities:
        acc = bins.setdefault(min(9, int(p * 10)), [0.0, 0.0, 0.0])
        acc[0] += 1
        acc[1] += p
        acc[2] += y
    print("  out-of-round reliability (events past the first look, each scored by weights that "
          "never saw its round): " + ", ".join(
              f"{b / 10:.1f}-{(b + 1) / 10:.1f}: {int(n)} ev, mean {sp / n:.2f}, "
              f"{sy / n:.2f} interviews" for b, (n, sp, sy) in sorted(bins.items())))
    # One number each for how honest the probabilities are out of round: the expected
    # calibration error (each bin's |mean score - share of interviews|, weighted by its events)
    # and the Brier score (mean squared error of the probability); lower is better for both.
    n_all = max(1, len(probabilities))
    ece = sum(abs(sp - sy) for n, sp, sy in bins.values()) / n_all
    brier = sum((p - y) ** 2 for p, y in probabilities) / n_all
    print(f"  out-of-round calibration: ECE {ece:.4f}, Brier {brier:.4f} ({n_all} events)")
    return total


def _round_order(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else 0, name)


def main() -> None:
    args = dict(a.split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    verbose = "-v" in sys.argv
    only = set(args.get("--only", "rules,words").split(","))
    real, cases = items(REAL), items(CASES)
    print(f"{len(real)} real-material events in {len({r for _, _, r, _ in real})} rounds, "
          f"{len(cases)} from detect_cases.json (always in the training side)")

    def fit_rules(train: list[Item]) -> Callable[[Basis], float]:
        return rules_score(FIT.fit([(set(b.on), y) for b, y, _, _ in train if b.seen]))


    if "rules" in only:
        evaluate("rule features alone", fit_rules,
                 real, cases, verbose)
    if "words" in only:
        min_rows = int(args.get("--min-rows", FIT.MIN_ROWS))
        keep = float(args.get("--keep", FIT.KEEP))
        shrink = args.get("--shrink", str(FIT.SHRINK)) in {"1", "True", "yes"}
        for alpha in (float(x) for x in args.get("--alpha", str(FIT.ALPHA)).split(",")):
            def fit_words(train: list[Item], alpha: float = alpha) -> Callable[[Basis], float]:
                rows = [(b.on, b.words, y, r if r != "cases" else f"cases{i % FIT.GROUPS}")
                        for i, (b, y, r, _) in enumerate(train) if b.seen]
                w, table = FIT.fit_stacked(rows, enabled=True, alpha=alpha,
                                           min_rows=min_rows, keep=keep, shrink=shrink)
                return rules_score(w, table)
            evaluate(f"rule features and words (shipped: {FIT.WORDING_SHIPPED}; alpha {alpha}, min rows {min_rows}, "
                     f"keep {keep}, shrink {shrink})", fit_words, real, cases, verbose)

if __name__ == "__main__":
    main()
