"""Demos of software to a buyer, recruitment software above all: a sales meeting, no interview.

Owns ``software_demo``, read by ``lookalikes.title_is_lookalike`` as a title veto: a demo word
(English, French, German and Spanish "demo", "démonstration", "Vorführung", "demostración",
Persian "دمو", "نمایش/معرفی سامانه", Arabic "عرض توضيحي", "ديمو", Russian "демо",
"демонстрация") with a software word beside it (software, a platform, a system, an applicant
tracking system, an interview platform, in the same languages). Recruitment software carries the
interview words the detector looks for ("interview scheduling", "видеоинтервью", "جذب و
استخدام"), and round 21's setting rule let a demo through whenever a recruitment word stood in
the title, so "Recruitment software demo" and a Persian hiring-software demo drafted.

A job interview at the vendor that includes a demo is left alone: its title names a job
("Solutions Engineer interview – product demo round") or opens with the interview word as the
event's kind ("Interview – Account Executive, ...", "مصاحبه شغلی – ...", "Собеседование: ...").
"Interview platform demo" opens with the interview word too, but as the platform's name: the
interview word counts as the kind only right before a dash or a colon (one qualifier between).

Why: round 22's blind batch drafted for a Persian recruitment-software demo. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.jobs import ROLE_WORD_RE, job_ad_mark

__all__ = ["software_demo"]

_DEMO = re.compile(
    r"(?<!\w)(?:demo|d[ée]mo|demonstration|d[ée]monstration|demostraci[óo]n|demonstra[çc][ãa]o"
    r"|vorf[üu]hrung|produktdemo|walk[\s-]?through|product\s+tour|демо\w*|демонстраци\w*"
    r"|دمو\w*|ديمو|عرض\s+(?:توضيحي|تجريبي)|(?:نمایش|معرفی)\s+(?:نرم|سامانه|پلتفرم|سیستم))(?!\w)"
    r"|(?:نمایش|معرفی)\s+(?:نرم|سامانه|پلتفرم|سیستم)",
    re.IGNORECASE)
_SOFTWARE = re.compile(
    r"(?<!\w)(?:ats|software|platform|plateforme|plataforma|logiciel|system|syst[èe]me|sistema"
    r"|tool|saas|applicant\s+tracking|recruit\w*\s+(?:software|platform|tool)|hiring\s+platform"
    r"|систем\w*|платформ\w*|софт\w*|сервис\w*|программ\w*"
    r"|نرم[\u200c\s]?افزار\w*|سامانه|پلتفرم|سیستم"
    # Arabic with its attached prepositions and article ("لمنصة", "بالنظام")
    r"|(?:لل|ل|ب|و)?(?:ال)?(?:نظام|منصة|برنامج|برمجيات))(?!\w)",
    re.IGNORECASE)
# The interview word as the event's kind: first in the title, before a dash or a colon.
_INTERVIEW_KIND = re.compile(
    r"^\W*(?:(?:final|first|second|third|technical|panel|phone|video)\s+)?(?:job\s+)?"
    r"(?:interview|entrevista|entretien|vorstellungsgespr[äa]ch|colloquio|собеседование|интервью"
    r"|مصاحبه|مقابلة)(?:\s+\S+)?\s*[–—:\-]",
    re.IGNORECASE)
_LITERALS = ("dem", "dém", "vorf", "walk", "tour", "демо", "демонстр", "دمو", "ديمو", "عرض",
             "نمایش", "معرفی")


def software_demo(title: str) -> bool:
    """Whether the title is a demo of software (see the module's docstring), and not a job
    interview that includes one."""
    if not title:
        return False
    low = title.lower()
    if not any(word in low for word in _LITERALS):
        return False
    if _DEMO.search(title) is None or _SOFTWARE.search(title) is None:
        return False
    return not (_INTERVIEW_KIND.search(title) or ROLE_WORD_RE.search(title) or job_ad_mark(title))
