"""The person who signs an invitation: a sign-off alone on its line, then a name.

Owns ``signer`` (a capitalised full name on the line after a sign-off, in the languages of the
corpus: "Best,", "Mit freundlichen Grüßen", "Cordialement,") and ``signer_with_job`` (that
signer, with the hiring job on the line after the name as their title). Whom ``people`` thanks
on the strength of a signature is its rule; this module only reads one. Split from
``mentions`` (past the size guideline), which reads the cues of running prose. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.schedule import PersonDraft

__all__ = ["signer", "signer_with_job"]

# A sign-off in the languages of the corpus, alone on its line ("Best,", "Mit freundlichen
# Grüßen", "Cordialement,"), and the name on the line after it.
_SIGN_OFF = re.compile(
    r"^\W*(?:best(?:\s+regards)?|kind\s+regards|regards|thanks|thank\s+you|cheers|sincerely"
    r"|warm(?:est)?\s+regards|looking\s+forward\s+to\s+[\w\s]{0,40}|mit\s+freundlichen\s+gr[üu](?:ß|ss)en"
    r"|viele\s+gr[üu](?:ß|ss)e|beste\s+gr[üu](?:ß|ss)e|cordialement|bien\s+[àa]\s+vous|bien\s+cordialement"
    r"|saludos(?:\s+cordiales)?|atentamente|un\s+saludo|cordiali\s+saluti|distinti\s+saluti"
    r"|met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet|med\s+vennlig\s+hilsen"
    r"|v[äa]nliga\s+h[äa]lsningar|med\s+venlig\s+hilsen|atenciosamente"
    r"|com\s+os\s+melhores\s+cumprimentos|cumprimentos|abra[çc]os|obrigad[oa]|gracias"
    r"|pozdrawiam|z\s+powa[żz]aniem|s\s+pozdravem|cu\s+stim[ăa]|saluti|venlig\s+hilsen|mvh"
    r"|h[äa]lsningar|hilsen|groet(?:en)?|freundliche\s+gr[üu](?:ß|ss)e|herzliche\s+gr[üu](?:ß|ss)e)\W*$",
    re.IGNORECASE)


def signer(text: str) -> PersonDraft | None:
    """The person who signs the invitation ("Looking forward to speaking with you,\n\nMaria
    Santos\nOffice Manager"): a capitalised full name on the first line after a sign-off."""
    lines = [line.strip() for line in text[:20_000].split("\n")]
    for i, line in enumerate(lines):
        if len(line) > 80 or not _SIGN_OFF.match(line):
            continue
        following = [candidate for candidate in lines[i + 1: i + 3] if candidate][:1]
        for candidate in following:
            name = candidate.strip(" ,.;–—-")
            if _SIGNED_NAME.fullmatch(name) and not _DETERMINER.match(name):
                return PersonDraft(email="", name=name)
    return None


def signer_with_job(text: str) -> PersonDraft | None:
    """The one who signs with a hiring job on the next line ("Viele Grüße\nMarc Albers\n
    Recruiting", "Saludos\nAna Ruiz\nTécnica de RRHH"): the hiring side's recruiter or HR
    person who wrote the invitation, thanked as such (docs/detection.md, "Who to thank"), with
    that job as their title. A signer with another job ("Office Manager") or none is thanked
    only when nobody else is (``people._add_any_address``): they may sign for someone else."""
    signed = signer(text)
    if signed is None:
        return None
    lines = [line.strip() for line in text[:20_000].split("\n") if line.strip()]
    for i, line in enumerate(lines[:-1]):
        if line.strip(" ,.;–—-") == signed.name:
            job = re.split(r"\s+[–—|-]\s+|,\s*", lines[i + 1], maxsplit=1)[0].strip()
            if len(job) <= 60 and _HIRING_JOB_LINE.search(job):
                return signed._replace(title=job)
    return None


# a hiring job's words on a signature's job line, any case ("Recruiting", "HR-Referentin",
# "Talent Acquisition", "Técnica de RRHH", "Personalreferent")
_HIRING_JOB_LINE = re.compile(
    r"recruit|rekrut|rekryt|recrut|reclut|talent|\bhr\b|\brh\b|rrhh|personal|people\s+(?:ops"
    r"|partner|team)|hiring|human\s+resources|ressources\s+humaines|recursos\s+humanos"
    r"|risorse\s+umane|selecci[oó]n|sele[cç][aã]o",
    re.IGNORECASE)


# A signature's name line: two or three capitalised words, particles between ("Joost van
# Leeuwen"), nothing else ("The Harbor & Vine Talent Team", "Ingrid, Talent Acquisition").
_SIGNED_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|ter|ten)\s+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}")
_DETERMINER = re.compile(r"(?:the|your|our|ihre?|unser|le|la|les|el|los|il|het|de|die|das"
                         r"|team|equipo|[ée]quipe|ufficio|service)\b", re.IGNORECASE)
