"""Results tables copied from a page: a header row, then one row per winner.

    ลำดับ	หน่วยงาน	รางวัล	ระดับ
    1	กรมสรรพากร (กระทรวงการคลัง)	รางวัลรัฐบาลดิจิทัล	ระดับกรม

Normalization turns a table's column gaps (tabs, runs of spaces) into tabs, so a row is its
cells. A cell that names only a category ("ผลสัมฤทธิ์ประชาชนมีส่วนร่วม" under "ประเภทรางวัล")
is read under the award the text names above the table, as a reader would.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.awards import _RE_NEGATIVE, make_award
from pipeline.extract.merge import is_programme_name
from pipeline.extract.names import LERTRAT_BRANCHES, LEVELS, AwardName, award_at, find_award_names
from pipeline.model import Evidence

_ORG_HEADERS = (
    "หน่วยงาน",
    "องค์กรปกครอง",
    "ส่วนราชการ",
    "ผู้ได้รับรางวัล",
    "ผู้รับรางวัล",  # (a person with a title in the cell: the title's organization, the person its representative)
    "องค์กร",
    "ชื่อหน่วยงาน",
    "ชื่อ อปท",
    "ชื่อองค์กร",
    "ชื่อส่วนราชการ",
    "อปท",
    "โรงพยาบาล",
    "สถานศึกษา",
    "รัฐวิสาหกิจ",
    "ชนะเลิศ",  # "| ประเภทรางวัล | ชนะเลิศ | รองชนะเลิศ |": the winners' column (not รองชนะเลิศ, the runners-up's)
    "ผู้ชนะ",
    "จังหวัด",
)  # fmt: skip  (จังหวัด last: beside an อปท. column it is where the winner is, not the winner)
_RE_AWARD_HEADER = re.compile(r"รางวัล|ประเภท|สาขา")
_RE_LEVEL_HEADER = re.compile(r"^ระดับ")
_RE_QUALITY = re.compile(rf"^(?:ระดับ\s?)?({LEVELS})$")
_RE_SCOPE = re.compile(r"^(?:ระดับ\s?)?(กระทรวง|กรม|จังหวัด|ท้องถิ่น|องค์กร|หน่วยงาน|เขต|ภาค)$")
_RE_HEADING_LINE = re.compile(
    r"^(?:ตารางที่\s?\d{1,2}\s?:?\s?)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s?)?((?:รางวัล|โล่)[^\t]*|(?:ประเภท|สาขา|ด้าน)[^\t]*)$"
)
_EMPTY = ("", "-", "–", "—")
_RE_RULE = re.compile(r":?-{2,}:?")
_RE_BRANCH = re.compile(r"สาขา|ประเภท")


def table_wins(text: str, mentions, found) -> None:
    """Add a win for every row of every results table in the text."""
    done = 0
    for start, line in _cell_lines(text):  # a line with no cells (see _split) is no header
        pos = start + len(line) + 1
        columns = _header(line)
        if columns is None and start >= done and _RE_GIVER.search(line) and _split(line):
            done = _table_end(text, pos)  # "| ปี | รางวัลที่ อบต. ได้รับ | หน่วยงานที่มอบ |": its givers, no winners
            continue
        if columns is None and start >= done and (columns := _inferred(text, start, line, mentions)) is not None:
            pos = start  # a table with no header: its first line is a row
        if columns is None or _not_winners(text, start):
            continue
        base = award_above(text, start)
        previous = None  # the award of the row above: a row whose award cell is empty has it ("| กรมการขนส่งทางบก")
        for row_start, row in _rows(text, pos, len(_split(line))):
            win = _row(text, row_start, row, columns, base, mentions, previous)
            if win is not None:
                org, award, evidence, person = win
                previous = award
                for winner in [org, *_more_in_the_cell(text, org, row_start + len(row), mentions)]:
                    found.awards.append(make_award(winner, award, evidence, person, 0.85))
                found.consumed.append((evidence.start, evidence.end))
            done = row_start + len(row)


def _table_end(text: str, pos: int) -> int:
    """Where the lines of cells from ``pos`` end (bars or tabs)."""
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not (text.startswith("|", pos) or "\t" in text[pos:end]):
            break
        pos = end + 1
    return pos


def _cell_lines(text: str):
    """(start, line) of the lines with a tab or a bar in them, found from those characters (most articles
    have none, the others a few such lines among many)."""
    pos = 0
    while True:
        tab, bar = text.find("\t", pos), text.find("|", pos)
        cell = bar if tab < 0 or 0 <= bar < tab else tab
        if cell < 0:
            return
        start = text.rfind("\n", 0, cell) + 1
        end = text.find("\n", cell)
        end = len(text) if end < 0 else end
        yield start, text[start:end]
        pos = end + 1


def _not_winners(text: str, header: int) -> bool:
    """ "ตารางที่ 2 อปท. ที่ผ่านเข้ารอบสุดท้ายแต่ไม่ได้รับรางวัล": a table of finalists, applicants, or viewers."""
    end = header
    start = text.rfind("\n", 0, max(end - 1, 0)) + 1
    while start > 0 and _RE_RULE_LINE.fullmatch(text, start, end - 1):  # (a page's rule above its header row)
        above = text.rfind("\n", 0, start - 1) + 1
        if _split(text[above : start - 1]) is not None:
            break  # (a row above the rule: this is a table's first row under its header, which says nothing here)
        end, start = start, above
    title = text[start:end]
    # (its last words: "…มีหน่วยงานส่งผลงาน 118 หน่วยงาน และได้รับรางวัลทั้งสิ้น 8 หน่วยงาน ดังตาราง" announces winners)
    return bool(_RE_NEGATIVE.search(title, max(0, len(title) - TITLE_REACH)))


TITLE_REACH = 50
_RE_RULE_LINE = re.compile(r"[ \t]*\|[|: \t-]*-[|: \t-]*")  # "|---|---|" (not a blank line: no title above it)
_NOT_WON = ("ไม่ผ่าน", "รองชนะ")  # a cell that opens so ("รองชนะเลิศ (เกียรติบัตร)"): the row's is no win
_RE_NOT_WON_CELL = re.compile(r"เข้ารอบ|รอบแรก|ส่งผลงาน")  # ("ผ่านการพิจารณารอบแรก", "ส่งผลงานเข้าประกวด")


def says_not_won(cell: str) -> bool:
    """A table cell beside an organization that says it did not win ("เข้ารอบสุดท้าย", "ไม่ผ่านการพิจารณา",
    "รองชนะเลิศ"): for a table read as a table and for a row read under an award's heading alike."""
    return cell.startswith(_NOT_WON) or _RE_NOT_WON_CELL.search(cell) is not None


def _split(line: str) -> list[tuple[int, str]] | None:
    """A table row's cells with their offsets in the line: tab-separated, or a Markdown/pipe row
    ("| 1 | กรมการกงสุล | … |", "กรมการกงสุล | บริการภาครัฐ | ดี"); None if the line is no row."""
    if "\t" in line and "\t|" not in line:
        sep, body, pos = "\t", line, 0
    elif line.count("|") == 1 and line.startswith("|") and len(line) > 2:
        return [(0, ""), (len(line) - len(line[1:].lstrip()), line[1:].strip())]  # "| X": the cell before left empty
    elif line.count("|") >= 2 or "\t|" in line:  # ("A\t| B": a gap before the bar, a table without outer bars)
        pos = line.index("|") + 1 if line.lstrip().startswith("|") else 0
        body = line[pos:].rstrip()
        body = body[:-1] if body.endswith("|") else body
        sep = "|"
        if "|" not in body:
            return None  # "| a |": one cell
    else:
        return None
    cells = []
    for cell in body.split(sep):
        cells.append((pos + len(cell) - len(cell.lstrip()), cell.strip()))
        pos += len(cell) + 1
    return cells


def _is_rule(cells: list[tuple[int, str]]) -> bool:
    return all(_RE_RULE.fullmatch(c) for _, c in cells)  # |---|---|


def _header(line: str) -> dict | None:
    """Column indexes of organization, award and level, if the line is a results table's header.
    A table under an award heading may have no award column; one of provinces only has "จังหวัด"."""
    split = _split(line)
    if split is None:
        return None
    cells = [c for _, c in split]
    if any(len(c) > 30 for c in cells) or cells[0][:1].isdigit():
        return None  # a header holds short labels, and rows start with their number
    level = next((i for i, c in enumerate(cells) if _RE_LEVEL_HEADER.match(c)), -1)
    org = next((i for h in _ORG_HEADERS for i, c in enumerate(cells) if _is_label(c, h) and i != level), None)
    if org is None:
        return None
    award = next(
        (i for i, c in enumerate(cells) if i not in (org, level) and _RE_AWARD_HEADER.search(c) and "ผลงาน" not in c),
        -1,
    )
    name = cells[award] if award >= 0 else ""
    category = award >= 0 and name.startswith(("ประเภท", "สาขา")) and "รางวัล" not in name[:6]
    provinces = cells[org].startswith("จังหวัด")
    return {"org": org, "award": award, "level": level, "category": int(category), "name": name,
            "provinces": int(provinces)}  # fmt: skip


def _inferred(text: str, start: int, line: str, mentions) -> dict | None:
    """The columns of a table with no header ("| สำนักงานประกันสังคม | สาขาบริการภาครัฐ ประเภท… | ดีเด่น |"), from its
    first row and the next, which must have as many cells: an organization first, a category or an award, a level."""
    split = _split(line)
    end = start + len(line)
    following = _split(text[end + 1 : max(text.find("\n", end + 1), end + 1)]) if end < len(text) else None
    if split is None or following is None or len(split) != len(following) or len(split) < 2 or _is_rule(split):
        return None
    cells = [c for _, c in split]
    org = next((i for i, (off, c) in enumerate(split) if c and mentions.orgs.at(start + off)), None)
    award = next((i for i, c in enumerate(cells) if c.startswith(("รางวัล", "โล่", "สาขา", "ประเภท"))), -1)
    level = next((i for i, c in enumerate(cells) if _RE_QUALITY.match(c) or _RE_SCOPE.match(c)), -1)
    if org is None or award < 0 or award == org:
        return None
    category = not cells[award].startswith(("รางวัล", "โล่"))
    return {"org": org, "award": award, "level": level, "category": int(category), "name": cells[award],
            "provinces": 0}  # fmt: skip


def _is_label(cell: str, header: str) -> bool:
    """ "หน่วยงาน", "ชื่อหน่วยงาน", "องค์กรปกครองส่วนท้องถิ่น": a label; "จังหวัดน่าน" is a name, not the label จังหวัด;
    "หน่วยงานที่มอบ", "หน่วยงานผู้จัด": who gave the award (a history of one's own awards), not who won it."""
    return cell.startswith(header) and (header != "จังหวัด" or cell == header) and not _RE_GIVER.search(cell)


_RE_GIVER = re.compile(r"(?<!ได้รับ)มอบ|ผู้จัด|จัดโดย|ผู้ประเมิน")


def _rows(text: str, pos: int, width: int):
    """(start, line) of the rows from ``pos`` (the line after a header of ``width`` cells) to the first line that
    is no row. A row whose cell was wrapped onto the next line ("2	กรมควบคุมมลพิษ	กระทรวงทรัพยากรธรรมชาติและ" /
    "สิ่งแวดล้อม	หน่วยงานต้นแบบ…	ดี") is one row of both lines, when together they have the header's cells and
    the second starts with no row number."""
    lines = text[pos:].split("\n")
    i = 0
    while i < len(lines):
        line, split = lines[i], _split(lines[i])
        if split is None and _continued(lines, i, width):
            pos, i = pos + len(line) + 1, i + 1  # "ดีเด่น" or "คนพิการ": a cell's wrapped end, with its tabs lost
            continue
        if split is None:
            return
        i += 1
        after = _split(lines[i]) if len(split) < width and i < len(lines) else None
        if after and len(split) + len(after) - 1 == width and not after[0][1][:1].isdigit():
            line, split, i = f"{line}\n{lines[i]}", split + after, i + 1
        if not _is_rule(split):
            yield pos, line
        pos += len(line) + 1


def _continued(lines: list[str], i: int, width: int) -> bool:
    """A short line with no cells between two rows, the next one a whole numbered row: the end of a cell above."""
    if i == 0 or i + 1 >= len(lines) or not lines[i].strip() or len(lines[i]) > 30:
        return False
    after = _split(lines[i + 1])
    return after is not None and len(after) == width and after[0][1][:1].isdigit()


def _row(text: str, start: int, line: str, columns: dict, base: AwardName | None, mentions, previous=None):
    split = _split(line)
    cells, offsets = [c for _, c in split], [start + offset for offset, _ in split]
    if max(columns["org"], columns["award"]) >= len(cells):
        return None
    org = _org(text, offsets[columns["org"]], cells[columns["org"]], columns, mentions)
    person = mentions.person_at(offsets[columns["org"]]) if org is None else None
    if person is not None:  # "| นางสาวปิยะนุช วงศ์สวัสดิ์ อธิบดีกรมบัญชีกลาง | …": who accepted, for the title's organization
        org = person.organization
    if org is None:
        return None
    if columns["award"] >= 0 and cells[columns["award"]] in _EMPTY[1:]:
        return None  # "| 4 | กรมธนารักษ์ | - | ผ่านเข้ารอบ… |": no award, said with a dash
    others = (cell for i, cell in enumerate(cells) if i != columns["org"])
    if any(says_not_won(cell) for cell in others):
        return None  # "| มหาวิทยาลัยเชียงใหม่ | เข้ารอบสุดท้าย สาขาบริการภาครัฐ |", "| … | ไม่ผ่านการพิจารณา |": no win
    if columns["award"] >= 0 and previous is not None and not cells[columns["award"]]:
        award = replace(previous)  # (a cell left empty: the award of the row above, its span lost)
    elif columns["award"] >= 0:
        award = _award(text, offsets[columns["award"]], cells[columns["award"]], columns, base)
    else:
        award = (
            None if base is None else AwardName(base.start, base.end, base.name_th, base.name_en, None, base.year_be)
        )
    if award is None:
        return None
    level_cell = cells[columns["level"]] if 0 <= columns["level"] < len(cells) else ""
    _level(award, level_cell)
    return org, award, Evidence.of(text, start, start + len(line)), person


def _more_in_the_cell(text: str, org, row_end: int, mentions) -> list:
    """ "| … | สำนักงานสถิติแห่งชาติ กรมอุตุนิยมวิทยา |": the other known organizations of the winner's cell (a page's
    <br> between them is a space in the row), each after only a space, a comma or และ."""
    ends = [
        i for i in (text.find("|", org.evidence.end, row_end), text.find("\t", org.evidence.end, row_end)) if i >= 0
    ]
    cell_end = min(ends, default=row_end)
    more, at = [], org.evidence.end
    ancestors = mentions.orgs.ref.ancestors(org.org_id) if org.org_id else ()
    for other in mentions.orgs.find_all(at, cell_end):
        if other.org_id is None or text[at : other.evidence.start].strip(" ,").removeprefix("และ").strip():
            break
        if other.org_id in ancestors or other.name_th.startswith("กระทรวง"):
            break  # "กรมการปกครอง กระทรวงมหาดไทย": where the winner belongs, no second winner
        more.append(other)
        at = other.evidence.end
    return more


def _org(text: str, offset: int, cell: str, columns: dict, mentions):
    """The organization of a row; in a column headed จังหวัด, a bare province name is the province."""
    org = mentions.orgs.at(offset)
    if org is None and columns["provinces"] and cell and not cell.startswith("จังหวัด"):
        name = "จังหวัด" + cell
        if mentions.orgs.ref.resolve(name):
            return mentions.orgs.named(name, Evidence.of(text, offset, offset + len(cell)))
    return org


def _award(text: str, offset: int, cell: str, columns: dict, base: AwardName | None) -> AwardName | None:
    if cell in _EMPTY:
        return base
    if cell.startswith(("รางวัล", "โล่")):  # a copy: _level refines it, and award_at's is shared
        return replace(award) if (award := award_at(text, offset)) else None
    if cell.isascii() and (named := _named_in_english(text, offset, cell)):  # "Open Data": the award named so before
        return replace(named)
    if base is None or not base.name_th:
        return AwardName(offset, offset + len(cell), "รางวัล" + cell)
    kind = ""
    if columns["category"] and not cell.startswith(("ประเภท", "สาขา", "ด้าน")):
        kind = "สาขา" if columns["name"].startswith("สาขา") else "ประเภท"
    kind += " " if kind and cell[:1].isascii() else ""  # ("ประเภท Open Data Awards")
    return AwardName(offset, offset + len(cell), _joined(base.name_th, kind + cell), base.name_en, None, base.year_be)


def _joined(name: str, category: str) -> str:
    """The award's name with a category: "รางวัลเลิศรัฐ สาขาบริการภาครัฐ" and "สาขาบริการภาครัฐ ประเภทA" give the branch
    once."""
    branch = category.split(" ")[0]
    if branch.startswith("สาขา") and f" {branch}" in name:
        name = name[: name.index(f" {branch}")]
    return f"{name} {category}"


def _named_in_english(text: str, pos: int, english: str) -> AwardName | None:
    """The award named before ``pos`` with this English name in brackets: "รางวัลการเปิดเผยข้อมูลภาครัฐดีเด่น (Open Data)"."""
    key = english.strip().lower()
    named = [a for a in find_award_names(text, 0, pos) if a.name_th and a.name_en and a.name_en.lower() == key]
    return named[-1] if named else None


def _level(award: AwardName, cell: str) -> None:
    """ดีเด่น/ดี are the award's level; กรม/จังหวัด/ท้องถิ่น are its scope, part of its name."""
    if cell in _EMPTY:
        return
    quality, scope = _RE_QUALITY.match(cell), _RE_SCOPE.match(cell)
    if quality:
        award.level = "ระดับ" + quality.group(1)
    elif scope and award.name_th and scope.group(1) not in award.name_th:
        award.name_th = f"{award.name_th} ระดับ{scope.group(1)}"


def awards_in_table_below(text: str, pos: int) -> list[AwardName]:
    """ "กรมอุตุนิยมวิทยาได้รับรางวัลตามตารางต่อไปนี้\n| ประเภทรางวัล | ระดับ | ผลงาน |\n| Open Data Awards | ดีเด่น | … |":
    the one winner's awards, one per row of the table on the next lines (its award column, and its level's)."""
    line = text.find("\n", pos)
    header = text.find("\n", line + 1) if line >= 0 and not text.startswith("|", line + 1) else line
    if header < 0 or not text.startswith("|", header + 1):
        return []
    end = text.find("\n", header + 1)
    cells = _split(text[header + 1 : end if end >= 0 else len(text)])
    names = [c for _, c in cells] if cells else []
    award = next((i for i, c in enumerate(names) if _RE_AWARD_HEADER.search(c) and "ผลงาน" not in c), -1)
    level = next((i for i, c in enumerate(names) if _RE_LEVEL_HEADER.match(c)), -1)
    if award < 0:
        return []
    found = []
    for start, row in _rows(text, end + 1, len(names)):
        split = _split(row)
        if split is None or award >= len(split):
            break
        offset = split[award][0]
        won = award_at(text, start + offset)
        if won is None or not (won.name_th or won.name_en):
            continue
        won = replace(won)
        _level(won, split[level][1] if 0 <= level < len(split) else "")
        found.append(won)
    return found


def award_above(text: str, start: int) -> AwardName | None:
    """The award the table is under: headings just above it ("1. รางวัลเลิศรัฐ สาขาบริการภาครัฐ" and
    "1.1 ประเภทนวัตกรรมการบริการ") composed, else the last award the text names before it."""
    category, pos = None, start
    for _ in range(4):  # a few lines up: a category line, then the award line
        line_start = text.rfind("\n", 0, max(pos - 1, 0)) + 1
        line = text[line_start : pos - 1] if pos > 0 else ""
        m = _RE_HEADING_LINE.match(line.strip())
        if not m or pos <= 0:
            break
        if not m.group(1).startswith(("รางวัล", "โล่")):
            category = category or m.group(1).strip()
        else:
            award = award_at(text, line_start + line.index(m.group(1)))
            if award and award.name_th:
                name = _joined(award.name_th, category) if category else award.name_th
                return AwardName(award.start, award.end, name, award.name_en, award.level, award.year_be)
        pos = line_start
    names = [a for a in find_award_names(text, 0, start) if a.name_th]
    if not names:
        return None
    branched = [a for a in names if _RE_BRANCH.search(a.name_th)]
    # ("…ที่ได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น ในงานมอบรางวัลรัฐบาลดิจิทัล ประจำปี 2568 … ดังนี้": the
    # award, not the ceremony's programme named after it)
    specific = [a for a in names if not is_programme_name(a.name_th)]
    # ("โดยผู้ได้รับรางวัลหน่วยงานที่เปิดเผยข้อมูลดีเด่น (Open Data Award) มีดังนี้" on the line over the table: its award,
    # not the headline's "DIGI Data Awards 2025 ประเภทการเปิดเผยข้อมูล", whose category made it look more specific)
    intro = text.rfind("\n", 0, max(start - 1, 0)) + 1
    over = [a for a in specific if a.start >= intro]
    chosen = (over or branched or specific or names)[-1]
    name = _joined(chosen.name_th, category) if category and category not in chosen.name_th else chosen.name_th
    branch = _RE_BRANCH_SAID.search(text, intro, start) if "สาขา" not in name else None
    if branch is not None:  # "ในจำนวนนี้ มีผลงานที่โดดเด่นในสาขาบริการภาครัฐ ดังตารางต่อไปนี้": the table's branch
        name = f"{name} {branch.group(1)}"
    return AwardName(chosen.start, chosen.end, name, chosen.name_en, None, chosen.year_be)


_RE_BRANCH_SAID = re.compile(rf"(?:ใน|สำหรับ)\s?(สาขา(?:{'|'.join(LERTRAT_BRANCHES)}))")
