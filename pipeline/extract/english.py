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
        if not subjects or subjects[0].org_id is None:
            continue
        award = _RE_AWARD.match(text, m.end())
        name = award.group(1).strip() if award and not _NOT_AN_AWARD.match(award.group(1)) else None
        end = award.end() if award else m.end()
        result = Award(subjects[0], None, Evidence.of(text, subjects[0].evidence.start, end), award_en=name)
        result.confidence = 0.8
        found.append(result)
    return found
