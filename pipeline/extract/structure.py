"""The award structure an article describes: "แบ่งรางวัลเป็น 5 รางวัล ได้แก่ 1) … 2) … ประกอบด้วย
3 รางวัลย่อย คือ …". These lists are the programme's branches, not winners."""

from __future__ import annotations

import re

from pipeline.extract.lists import read_list
from pipeline.extract.names import award_at
from pipeline.model import AwardType, Evidence, StatedCount
from pipeline.textmatch import Cued

_WORDS = r"แบ่ง(?:ออก)?(?:รางวัล)?(?:เป็น)?|แบ่งประเภท(?:รางวัล)?(?:เป็น)?|มีทั้งหมด|ประกอบด้วย"
_COUNTED = r"\s?(\d{1,2})\s?(รางวัลย่อย|รางวัล|ประเภท|สาขา|ด้าน|หมวด)\s?(?:ได้แก่|คือ|ดังนี้|:)\s?"
_RE_DIVIDED = re.compile(rf"(?:{_WORDS}|มี){_COUNTED}")
_DIVIDED = Cued(_RE_DIVIDED, ("แบ่ง", "มี", "ประกอบด้วย"))  # every match starts with one of these words
# มี is in most articles, a count right after it in few. Where there is none, a match cannot start with the
# bare มี: the pattern without it finds the same, tried only at แบ่ง, มีทั้งหมด, ประกอบด้วย (not at every มี).
_RE_MI_COUNT = re.compile(r"มี\s?\d")
_DIVIDED_WORDS = Cued(rf"(?:{_WORDS}){_COUNTED}", ("แบ่ง", "มีทั้งหมด", "ประกอบด้วย"))


def extract_structure(text: str) -> tuple[list[AwardType], list[StatedCount]]:
    types: list[AwardType] = []
    counts: list[StatedCount] = []
    for m in (_DIVIDED if _RE_MI_COUNT.search(text) else _DIVIDED_WORDS).finditer(text):
        span = read_list(text, m.end(), lambda p: _award(text, p))
        if not span or not span.values:
            continue
        kind = "sub-awards" if m.group(2) == "รางวัลย่อย" else "award-types"
        counts.append(
            StatedCount(kind, "", int(m.group(1)), len(span.items), m.group(2), Evidence.of(text, m.start(), span.end))
        )
        for ordinal, item in enumerate(span.items, start=1):
            if item.value is None:
                continue
            award = item.value
            description = text[award.end : max(item.end, item.chunk_end)].strip(" ,") or None
            types.append(
                AwardType(
                    award.name_th or award.name_en,
                    Evidence.of(text, award.start, award.end),
                    ordinal,
                    award.name_en,
                    None,
                    _description(description),
                )
            )
    _nest(types, counts, text)
    return types, counts


_RE_DESCRIPTION_END = re.compile(r"\s?(?:ประกอบด้วย|และ\s?$)")


def _award(text: str, pos: int):
    award = award_at(text, pos)
    return (award.end, award) if award else None


def _description(text: str | None) -> str | None:
    if not text:
        return None
    cut = _RE_DESCRIPTION_END.search(text)
    return (text[: cut.start()] if cut else text).strip() or None


def _nest(types: list[AwardType], counts: list[StatedCount], text: str) -> None:
    """A sub-award list written inside an item of the main list belongs to that item."""
    owners = {id(t): _owner(t, counts) for t in types}
    tops = [t for t in types if owners[id(t)] and owners[id(t)].scope == "award-types"]
    for award_type in types:
        owner = owners[id(award_type)]
        if owner is None or owner.scope != "sub-awards":
            continue
        before = [t for t in tops if t.evidence.start < owner.evidence.start]
        if before:
            award_type.parent_th = max(before, key=lambda t: t.evidence.start).name_th


def _owner(award_type: AwardType, counts: list[StatedCount]) -> StatedCount | None:
    """The innermost stated list the award type is written in."""
    inner = [c for c in counts if c.evidence.start <= award_type.evidence.start < c.evidence.end]
    return max(inner, key=lambda c: c.evidence.start, default=None)
