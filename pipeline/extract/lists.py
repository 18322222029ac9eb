"""Lists as award news writes them: "1) … 2) …", "1. …", bullets one per line, "X, Y และ Z".

A list is read with a recognizer for its items (an organization, an award name): the
recognizer decides where an item ends, since Thai items are often glued to the next word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.names import AwardName, award_at

_RE_LEAD = re.compile(r"[\s:：\-–]*")
_RE_FIRST_MARKER = re.compile(r"(?:\(\s*)?(\d{1,2})\s*[).](?!\d)\s*")
# A bullet: marks ("- ✅ A": a dash, then a mark), or a number.
_RE_BULLET = re.compile(r"(?:[-–•*▪●]\s)?[^\w\sก-๛\"'(]+\s*|(?:\(\s*)?\d{1,2}\s*[).](?!\d)\s*")
_RE_GROUP_LINE = re.compile(r"(?:อำเภอ|อ\.|เขต|ภาค|กลุ่มที่|โซน)[ก-๛\s]{2,40}:?$")
# "‘A’ ‘B’ และ ‘C’", "▪ A   ▪ B" (two bullets on a line), "A / B"
_RE_JOIN = re.compile(r"['\"]?[\s,、]*(?:และ|รวมทั้ง|รวมถึง|ตลอดจน|กับ|[▪•●◦■▫◆·]|(?<=\s)/(?=\s))?[\s,]*")
_RE_JOINER = re.compile(r"และ|,|、|รวมทั้ง|ตลอดจน|[▪•●◦■▫◆·]|(?<=\s)/(?=\s)")  # what joins two winners on a line
# What an item may carry before the next one: "A จากผลงาน … และ B", "A ผลงาน "…", B".
# The note ends before another clause: "…นอกสถานที่ ส่วนสาขา… ได้แก่ กรมสรรพากร" is not part of it.
_RE_ITEM_NOTE = re.compile(
    r"\s?(?:จาก|โดย)?(?:ผลงาน|ระบบ|โครงการ|แพลตฟอร์ม|แอปพลิเคชัน|(?<=จาก)บริการ)(?:(?!ได้แก่|\sส่วน|\sสำหรับ|\sขณะที่)[^\n]){0,200}?(?=\s?(?:,|และ)\s?)"
)
# An award item's own count: "ประกอบด้วย รางวัลA 2 รางวัล และรางวัลB 1 รางวัล"
RE_AWARD_COUNT = re.compile(r"\s?(?:จำนวน\s?)?(\d{1,3})\s?(?:รางวัล|ผลงาน)")
_RE_OWN_CLAUSE = re.compile(r"\s?(?:ที่|ซึ่ง)\s?(?:ได้)?รับ\s?(?=รางวัล)")
_RE_ASIDE = re.compile(  # (a winner's category, level, award or work in brackets; an award named in English)
    r"\s?\((?:(?:สาขา|ประเภท|ระดับ|รางวัล|ผลงาน|ระบบ|โครงการ|แพลตฟอร์ม|แอปพลิเคชัน)[^()\n]{0,80}"
    r"|(?:[A-Z][\w&.-]*\s){1,6}Awards?)\)"
)
_RE_GRADE_AFTER = re.compile(r"\s?ระดับ\s?(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ดี)(?![ก-๛])(?=\s?(?:,|และ))")
# The numbered marker of item n, not a decimal (10.30) nor part of a date (7/12).
_MARKERS: dict[int, re.Pattern] = {}


def _marker(text: str, n: int, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the numbered marker of item n ("2)", "2.", "(2)"), not a decimal (10.30) nor part
    of a date (7/12). The pattern starts with the digit, which keeps the search fast."""
    pattern = _MARKERS.get(n) or _MARKERS.setdefault(n, re.compile(rf"{n}\s*[).](?!\d)\s*"))
    pos = start
    while True:
        m = pattern.search(text, pos, end)
        if m is None:
            return None
        before = text[m.start() - 1 : m.start()]
        if not before or before not in "0123456789.,/:":
            opening = m.start() - 1 if before == "(" else m.start()
            return opening, m.end()
        pos = m.start() + 1


@dataclass
class Item:
    start: int
    end: int  # end of what the recognizer took, or of the whole item when it took nothing
    value: object | None  # what the recognizer made of it; None when it made nothing
    chunk_end: int = -1  # end of the item's text up to the next marker (descriptions live there)


@dataclass
class ListSpan:
    items: list[Item] = field(default_factory=list)
    start: int = 0
    end: int = 0
    numbered: bool = False
    cut_off: bool = False  # the numbering stops at an empty item or the text ends inside an item

    @property
    def values(self) -> list:
        return [item.value for item in self.items if item.value is not None]


Recognizer = Callable[[int], tuple[int, object] | None]  # position -> (end, value)


def read_list(text: str, pos: int, recognize: Recognizer, limit: int | None = None) -> ListSpan | None:
    """The list that starts at ``pos`` (after ได้แก่ / คือ / ประกอบด้วย / a colon)."""
    limit = len(text) if limit is None else limit
    start = _RE_LEAD.match(text, pos).end()
    marker = _RE_FIRST_MARKER.match(text, start)
    if marker and marker.group(1) == "1":
        return _numbered(text, start, recognize, limit)
    at_line_start = start == 0 or text[start - 1] == "\n" or (pos > 0 and text[pos - 1] == "\n")  # "- A\n- B"
    if (start > pos and "\n" in text[pos:start]) or at_line_start:
        lines = _lines(text, start, recognize, limit)
        if lines and (len(lines.items) > 1 or "\n" in text[start : lines.end]):
            return lines
        if lines:
            return _spaced_on_one_line(text, start, recognize, limit, lines.end) or lines
    return _chained(text, start, recognize, limit)


def _spaced_on_one_line(text: str, start: int, recognize: Recognizer, limit: int, first_end: int) -> ListSpan | None:
    """ "ประกอบด้วย\nA (สาขา…) B C จ.X D อำเภอ… จังหวัด…": one line of winners, spaces between. Three at least:
    "A กระทรวง อว. ระดับดี" on a line is a winner and its ministry, not two winners."""
    line_end = text.find("\n", first_end)
    if (len(text) if line_end < 0 else line_end) - first_end <= 12:
        return None  # (no room for two more names after the first)
    chained = _chained(text, start, recognize, limit)
    return chained if chained and len(chained.items) > 2 and "\n" not in text[start : chained.end] else None


def _numbered(text: str, start: int, recognize: Recognizer, limit: int) -> ListSpan:
    span = ListSpan(start=start, numbered=True)
    para_end = text.find("\n\n", start)
    limit = min(limit, para_end if para_end >= 0 else len(text))
    marker = _RE_FIRST_MARKER.match(text, start)
    n, item_start = 1, marker.end()
    while True:
        nxt = _marker(text, n + 1, item_start, limit)
        restart = _marker(text, 1, item_start, nxt[0] if nxt else limit)
        if restart:  # a new list "1) …" begins before item n+1: this one has ended
            nxt, limit = None, restart[0]
        item_end = nxt[0] if nxt else limit
        found = recognize(_skip_quote(text, item_start))
        if nxt is None:
            item_end = _last_item_end(text, item_start, limit, found)
        elif found and found[0] > item_end:
            found = None
        end = min(found[0], item_end) if found else item_end
        span.items.append(Item(item_start, end, found[1] if found else None, item_end))
        if not nxt:
            break
        n, item_start = n + 1, nxt[1]
    last = span.items[-1]
    span.cut_off = last.end <= last.start or (last.value is None and last.end >= len(text.rstrip()))
    span.end = last.end
    return span


def _last_item_end(text: str, item_start: int, limit: int, found) -> int:
    line_end = text.find("\n", item_start)
    line_end = limit if line_end < 0 else min(line_end, limit)
    return min(found[0], line_end) if found else line_end


def _lines(text: str, start: int, recognize: Recognizer, limit: int) -> ListSpan | None:
    span = ListSpan(start=start)
    pos = start
    # The first item's bullet may be before ``start`` (read past as the list's lead: "ได้แก่\n- A\nดร.X กล่าวว่า…")
    bulleted = _RE_BULLET.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None and start > 0
    while pos < limit:
        line_end = text.find("\n", pos)
        line_end = limit if line_end < 0 else min(line_end, limit)
        if _RE_GROUP_LINE.match(text, pos, line_end) or _place_label(text, pos, line_end):
            pos = line_end + 1  # "อำเภอปากช่อง", "จังหวัดเชียงใหม่" over "- เทศบาล…": a group heading between items
            continue
        bullet = _RE_BULLET.match(text, pos)
        if span.items and bullet is None and (span.items[0].start != start or bulleted):
            break  # "• A\n• B\nกรมX จะนำแนวทาง…": the items were bulleted, a line without one is the text again
        item_start = bullet.end() if bullet else pos
        found = recognize(_skip_quote(text, item_start))
        if not found or found[0] > line_end or (span.items and _kind(found[1]) != _kind(span.items[0].value)):
            break  # (an award's line after its winners' lines is the next heading, not an item)
        span.items.append(Item(item_start, found[0], found[1]))
        _more_on_the_line(text, found, line_end, recognize, span)  # "- กปน. และ ธอส."
        if text.startswith("\n\n", line_end) or line_end >= limit:
            pos = line_end
            break
        pos = line_end + 1
    span.end = span.items[-1].end if span.items else start
    return span if span.items else None


_RE_PLACE_LABEL = re.compile(r"(?:จังหวัด|จ\.)[ก-๛]{2,30}\s?:?$")


def _place_label(text: str, pos: int, line_end: int) -> bool:
    """A province on a line of its own with bulleted items under it: their group, not an item."""
    return (
        text.startswith(("จังหวัด", "จ."), pos)
        and (pos == 0 or text[pos - 1] == "\n")  # (no bullet of its own)
        and _RE_PLACE_LABEL.match(text, pos, line_end) is not None
        and text.startswith(("- ", "• ", "* ", "▪ "), line_end + 1)
    )


def _more_on_the_line(text: str, found: tuple, line_end: int, recognize: Recognizer, span: ListSpan) -> None:
    while True:
        join = _RE_JOIN.match(text, _own_award_end(text, found))
        joiner = text[found[0] : join.end()]
        if join.end() >= line_end or "\n" in joiner or not _RE_JOINER.search(joiner):
            return  # a bare space on a line joins a name to its ministry or place, not to another winner
        nxt = recognize(_skip_quote(text, join.end()))
        if not nxt or nxt[0] > line_end or _kind(nxt[1]) != _kind(found[1]):
            return
        span.items.append(Item(join.end(), nxt[0], nxt[1]))
        found = nxt


def _own_award_end(text: str, found: tuple) -> int:
    """After a winner, the end of the award written right after it, or in its own clause ("ผลงาน "…" ของ X
    ที่ได้รับรางวัลสาขา… และผลงาน …"); a list of awards has none."""
    pos = found[0]
    if _kind(found[1]) != "entity":
        return pos
    if text.startswith((" รางวัล", " โล่"), pos):
        award = award_at(text, pos + 1)
        return award.end if award else pos
    clause = _RE_OWN_CLAUSE.match(text, pos) if text.startswith((" ที่", "ที่", " ซึ่ง", "ซึ่ง"), pos) else None
    award = award_at(text, clause.end()) if clause else None
    return award.end if award else pos


def _kind(value) -> str:
    return "award" if isinstance(value, AwardName) else "entity"


def _chained(text: str, start: int, recognize: Recognizer, limit: int) -> ListSpan | None:
    span = ListSpan(start=start)
    bullet = _RE_BULLET.match(text, start)
    pos = bullet.end() if bullet else start
    wrapped = 0  # the items before a line break the list was read across (see _wrapped_on)
    while pos < limit:
        found = recognize(_skip_quote(text, pos))
        if not found:
            break
        if text[pos - 1 : pos] == "\n" and span.items:
            wrapped = len(span.items)
        span.items.append(Item(pos, found[0], found[1]))
        after = _own_award_end(text, found)  # "A รางวัล… ระดับดี B รางวัล…": each item with its award
        aside = _RE_ASIDE.match(text, after) or _RE_GRADE_AFTER.match(text, after)  # "A (สาขา… ระดับดีเด่น) B": what
        # A won, in brackets; "A ระดับดีเด่น, B ระดับดี และ C ระดับดี": the level each won at
        after = aside.end() if aside else after
        note = _RE_ITEM_NOTE.match(text, after) or (
            RE_AWARD_COUNT.match(text, after) if _kind(found[1]) == "award" else None
        )
        join = _RE_JOIN.match(text, note.end() if note else after)
        if join.end() == found[0] or (
            "\n" in text[found[0] : join.end()] and not _wrapped_on(text, found, join, span, recognize)
        ):
            break
        pos = join.end()
    if wrapped and not _RE_LIST_END.match(text, span.items[-1].end):
        del span.items[wrapped:]  # "… ได้แก่ A\nB และ C ร่วมแสดงความยินดี": the next line was a sentence of its own
    if not span.items:
        return None
    span.end = span.items[-1].end
    return span


# After the last name of a list read across a line break: the line's end, or the next group of the list.
_RE_LIST_END = re.compile(r"[\s,]*(?:$|\n|ระดับ|ส่วน|สาขา|ประเภท)", re.M)


def _wrapped_on(text: str, found: tuple, join: re.Match, span: ListSpan, recognize: Recognizer) -> bool:
    """ "… ได้แก่ กรมชลประทาน\nกรมปศุสัตว์ และกรมการข้าว": a list of names a narrow page wrapped, not ended. Only a
    bare line break after a name, in a list whose closing และ has not come, with more than one name so far or
    the list opened on that line; and the line the list goes on to has its และ."""
    if text[found[0] : join.end()] != "\n" or _kind(found[1]) != "entity":
        return False
    if any("และ" in text[a.end : b.start] for a, b in zip(span.items, span.items[1:], strict=False)):
        return False  # (the list was closed already)
    line_end = text.find("\n", join.end())
    if "และ" not in text[join.end() : len(text) if line_end < 0 else line_end]:
        return False
    nxt = recognize(join.end())
    return nxt is not None and _kind(nxt[1]) == "entity"


def _skip_quote(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "\"' ":
        pos += 1
    return pos
