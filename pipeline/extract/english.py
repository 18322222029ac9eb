"""Wins stated in English, as Thai agencies' English pages write them.

"The Department of Lands, Ministry of Interior, received the Quality Agency Award for Digital
Personnel at the Digital Government Awards 2023": the organization is resolved through the
reference table's English names; the award keeps its English name (``award_en``).
"""

from __future__ import annotations

import re

from pipeline.model import Award, Evidence
from pipeline.orgs import OrgFinder

_RE_WIN = re.compile(
    r"\b(?:received|receives|won|wins|has won|was awarded|were awarded|accepted|took home)\s+(?:the\s+|an?\s+)?"
)
_RE_AWARD = re.compile(
    r"((?:[A-Z][\w&'-]*\s(?:(?:of|for|in|and|the|on)\s)*){0,10}Awards?\b(?:\s(?:for|of)\s(?:[A-Z][\w-]*\s?){1,5})?)"
)
_RE_SENTENCE = re.compile(r"(?<=[.!?])\s|\n")
_NOT_AN_AWARD = re.compile(r"^(?:the\s)?award\b", re.I)


def english_wins(text: str, orgs: OrgFinder) -> list[Award]:
    if not any(verb in text for verb in (" received ", " won ", " wins ", " receives ", " awarded ")):
        return []
    found = []
    for m in _RE_WIN.finditer(text):
        start = max((s.end() for s in _RE_SENTENCE.finditer(text, 0, m.start())), default=0)
        subjects = [o for o in orgs.find_all(start, m.start()) if o.stated.isascii()]
        subjects = [o for o in subjects if not re.match(r"\s?(?:agencies|'s|units)", text[o.evidence.end :])]
        if not subjects or subjects[0].org_id is None:
            continue  # the first: "The Department of Lands, Ministry of Interior, received …"
        award = _RE_AWARD.match(text, m.end())
        if award is None:
            continue  # "OPDC received 1,043 applications": not an award
        name = award.group(1).strip() if award and not _NOT_AN_AWARD.match(award.group(1)) else None
        end = award.end() if award else m.end()
        result = Award(subjects[0], None, Evidence.of(text, subjects[0].evidence.start, end), award_en=name)
        result.confidence = 0.8
        found.append(result)
    return found


_RE_EN_HEADING = re.compile(r"^([A-Z][^\n.:]{2,90}Awards?\b[^\n.:]{0,60})$", re.M)
_RE_EN_ITEM = re.compile(r"[-•*]\s+|\d{1,2}[.)]\s+")
_RE_MUNICIPALITY = re.compile(r"^(?:The\s+)?([A-Z][A-Za-z ]+?)\s+(City|Town|Subdistrict)\s+Municipality$")
_MUNICIPALITY = {"City": "เทศบาลนคร", "Town": "เทศบาลเมือง", "Subdistrict": "เทศบาลตำบล"}


def english_lists(text: str, orgs: OrgFinder) -> list[Award]:
    """An English results page: an award heading, then its winners one per line ("- Customs Department, …")."""
    sample = text[:3000]
    thai = (len(sample.encode("utf-8")) - len(sample)) // 2  # a Thai character is 3 bytes in UTF-8
    if thai > 0.3 * len(sample):
        return []
    found = []
    for heading in _RE_EN_HEADING.finditer(text):
        pos = heading.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            item = _RE_EN_ITEM.match(text, pos)
            if not item:
                break
            org = _english_org(text, item.end(), line_end, orgs)
            if org is not None:
                evidence = Evidence.of(text, heading.start(), line_end)
                found.append(Award(org, None, evidence, award_en=_clean(heading.group(1)), confidence=0.8))
            pos = line_end + 1
    return found


def _english_org(text: str, start: int, end: int, orgs: OrgFinder):
    """The organization an English item names: a reference English name (without "The" and without the
    ", Ministry of …" after it), or a municipality named by its province's English name."""
    name = text[start:end].split(",")[0].strip()
    name = name.removeprefix("The ").strip()
    org_id = orgs.ref.resolve(name)
    if org_id is None:
        m = _RE_MUNICIPALITY.match(name)
        province = orgs.ref.resolve(f"{m.group(1)} Province") if m else None
        if province:
            thai = _MUNICIPALITY[m.group(2)] + orgs.ref.orgs[province].name_th.removeprefix("จังหวัด")
            return orgs.named(thai, Evidence.of(text, start, start + len(text[start:end].split(",")[0])))
        return None
    return orgs.named(orgs.ref.orgs[org_id].name_th, Evidence.of(text, start, start + len(name)))


def _clean(heading: str) -> str:
    return re.sub(r"\s+", " ", heading.replace("–", "-")).strip()
