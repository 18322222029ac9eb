"""Winners listed under headings, with no verb: results pages and news round-ups.

    รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม         <- an award heading
    • กรมสรรพากร                                      <- its winners
    ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม                   <- a category under the award named above
    ระดับดีเด่น ได้แก่ - จังหวัดสุรินทร์ …               <- a level, and its winners

A heading's award is composed from the nearest award named above it, the category line and
the level line, as a reader of the page would compose it. Inline, "รางวัลพัฒนาการดีเด่น มอบให้
หน่วยงานที่… ได้แก่ จังหวัดแม่ฮ่องสอน" is a heading too, when what follows ได้แก่ are organizations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.awards import (
    _RE_EDITION,
    _RE_INTRO,
    _RE_NEGATIVE,
    _RE_PERSON_NOUN,
    SCOPE,
    Found,
    Mentions,
    Object,
    _in_the_past,
    _programme_before,
    _read_items,
    add_count,
    and_award,
    as_recipient,
    claim,
    earlier_edition,
    group_start,
    item_at,
    make_award,
    next_group,
    own_or,
    rescoped,
)
from pipeline.extract.grids import says_not_won
from pipeline.extract.merge import is_programme_name, programme_of
from pipeline.extract.names import (
    LERTRAT_BRANCHES,
    LEVELS,
    AwardName,
    award_at,
    award_key,
    english_award_names,
    find_award_names,
)
from pipeline.model import Evidence

# Words of a results page or a win (ผู้ได้รับรางวัล, ที่ได้รับรางวัล hold ได้รับรางวัล); ``in`` finds them fast.
_RESULTS_WORDS = ("ผลการ", "ประกาศผล", "ได้รับรางวัล", "คว้า", "รายชื่อ", "มอบให้", "เป็นของ", "มอบรางวัล", "ยกย่อง")
_RESULTS_WORDS += ("รางวัลที่ได้รับ",)  # "รางวัลที่ได้รับในระดับดีเด่น มีดังนี้\n1) …"
# The (?=[\sรไตเผ:–—-]|$) after the lazy name: what the rest can start with (a space, ระดับ, ได้แก่, (ตก)เป็นของ,
# ผลออกมา, a colon, a dash before ผู้ชนะ, the end), one test per letter of the name, not of each of the rest's branches.
_RE_CATEGORY = re.compile(
    rf"((?:สาขา|ประเภท|ด้าน(?!รางวัล)|หมวด)(?:(?!ผู้(?:ชนะ|เข้ารอบ)|รองชนะ|ตกเป็นของ|เป็นของ|ผลออกมา)[^\n:]){{2,160}}?)(?=[\sรไตเผ:–—-]|$)\s?"
    rf"(?:(?:รางวัล)?(ระดับ\s?(?:{LEVELS}))(?![ก-๛]))?\s?"
    r"(?:\(\d{1,3}\s?(?:รางวัล|หน่วยงาน|แห่ง|ผลงาน)\)\s?)?"  # (a count: "ประเภท… (2 รางวัล)")
    r"(?:(?:[–—-]\s?)?ผู้ชนะ(?:เลิศ)?\s?(?=ได้แก่|คือ|:)"  # ("ประเภท X – ผู้ชนะ: A")
    r"|(?=ได้แก่|:|\n|$|ตกเป็นของ|เป็นของ|ผลออกมาเป็นของ|(?<= )[–—]\s))"  # ("ประเภท X ระดับดีเด่น — จังหวัดกาฬสินธุ์")
)
_RE_TRAILING_LEVEL = re.compile(rf"ระดับ\s?({LEVELS})(?![ก-๛])")
_RE_LEVEL_LINE = re.compile(rf"(?:[-•]\s?)?(ระดับ\s?(?:{LEVELS}))(?![ก-๛])")
_RE_INLINE_INTRO = re.compile(  # ("… มี 3 หน่วยงาน คือ A B และ C": คือ after a count of winners)
    r"ได้แก่|ประกอบด้วย|อาทิ|ตกเป็นของ|เป็นของ|มอบให้แก่\s?|มอบให้กับ\s?|มอบให้\s?|มอบแก่\s?|ผู้ชนะคือ\s?|ไปอยู่กับ\s?|"
    r"(?:(?<=หน่วยงาน )|(?<=แห่ง )|(?<=Award )|(?<=Awards )|(?<=Award)|(?<=Awards))คือ\s?"
)
INLINE_GAP = 160
_RE_HEADING_COUNT = re.compile(
    r"[*_]*(?:\s?\(?\s?(?:จำนวน\s?)?\d{1,3}\s?(?:รางวัล|หน่วยงาน|แห่ง|ผลงาน)\s?\)?)?"
)  # (**ระดับดี** (2 รางวัล)), "1. รางวัล X จำนวน 3 รางวัล ได้แก่ …"


@dataclass
class _Context:
    award: AwardName | None = None
    category: str | None = None  # สาขา… and/or ประเภท…, as the headings above give them
    level: str | None = None
    branch: str | None = None  # สาขา… from a line of its own, kept for the ประเภท lines under it
    finalists: bool = False  # under a "ผ่านเข้ารอบสุดท้าย" heading, until the next award's: no winners there


_RE_FINALISTS_HEADING = re.compile(r"[^\w\n]{0,4}\s?(?:ผ่านเข้ารอบ(?:สุดท้าย)?|ผู้เข้ารอบ(?:สุดท้าย)?|รองชนะเลิศ)\s?:?\s*")
_ARROWS = ("➡\ufe0f", "➡", "→", "⇒", "▶\ufe0f", "▶", "->")  # a line of them gives the award of the winner above
_BELOW = (*_ARROWS, "รางวัล")  # ("🥇 โรงพยาบาลนครพนม\nรางวัลบริการภาครัฐ…": or the award alone on the next line)


def heading_lists(text: str, mentions: Mentions, found: Found) -> None:
    if not found.awards and not any(word in text for word in _RESULTS_WORDS):
        return
    _awards_under_winners(text, mentions, found)
    context = _Context()
    pos = 0
    for line in text.split("\n"):
        # Most lines have nothing to do with headings: these tests are all they cost (a head word's first
        # letter is tested before the startswith, a dearer call).
        first = line[:1]
        thai = "\u0e01" <= first <= "\u0e4f"  # a Thai letter, not a Thai digit: no marks to skip
        if ("เข้ารอบ" in line or "รองชนะ" in line) and _RE_FINALISTS_HEADING.fullmatch(line):
            context.finalists = True  # "📋 ผ่านเข้ารอบสุดท้าย", "รองชนะเลิศ": the lines below name no winners
            pos += len(line) + 1
            continue
        if context.finalists:
            if not line.startswith(("รางวัล", "โล่"), 0 if thai else _marks_end(line)):
                pos += len(line) + 1
                continue
            context.finalists = False  # the next award's heading
        if first and not thai and text.startswith(_BELOW, pos + len(line) + 1):  # "🏆 โรงพยาบาลตรัง\n➡️ รางวัล…"
            below = text.find("\n", pos + len(line) + 1)
            _winner_line(text, pos, len(text) if below < 0 else below, pos + _marks_end(line), mentions, found)
        if (
            "รางวัล" in line
            or "โล่" in line
            or (first in _HEAD_FIRSTS and line.startswith(_HEAD_WORDS))
            or ("Award" in line and _english_heading(text, pos, line))
        ):
            _line(text, pos, line, pos if thai else pos + _marks_end(line), mentions, found, context)
        elif context.award is not None and ":" in line and (bare := _RE_BARE_LEVEL.match(line, _marks_end(line))):
            context.level = "ระดับ" + bare.group(1)  # "- ดีเด่น: A และ B" under "สาขาบริการภาครัฐ": a level, its winners
            _group_line(text, pos, pos + len(line), pos + bare.end(), mentions, found, context)
        elif first and not thai:  # after the marks of a line that starts with no Thai letter (• ✅ 1.), a head word
            marks = _marks_end(line)
            if marks and line.startswith(_HEAD_WORDS, marks):
                _line(text, pos, line, pos + marks, mentions, found, context)
        elif (
            context.award is not None
            and ":" in line
            and (label := _RE_GROUP_LABEL.match(line) or _province_label(line, mentions))
        ):
            _group_line(text, pos, pos + len(line), pos + label.end(), mentions, found, context)
        pos += len(line) + 1
    _category_prose(text, mentions, found)
    if "รางวัล:" in text or "รางวัล :" in text or "| ผู้รับรางวัล |" in text or "| ผู้ได้รับรางวัล |" in text:
        _record(text, mentions, found)
    if "รางวัลระดับ" in text:
        _level_prose(text, mentions, found)
    if "เดียวกัน" in text:
        _same_award_prose(text, mentions, found)


# A bulleted line that opens with an award or its branch or type ("- สาขาบริการภาครัฐ ประเภท…", "• รางวัล…").
_RE_AWARD_ITEM = re.compile(r"\n[^\w\n\"'(]{1,4}[ \t]?(?=รางวัล|โล่|สาขา|ประเภท)")
_RE_BARE = re.compile(r"[^\w\n]*")  # marks, emoji, spaces: no word


# (or a two-column table of them: "| รางวัลที่ได้รับ | รางวัล… |", "| ผู้รับรางวัล | <person, title> |")
_RE_RECORD_AWARD = re.compile(r"(?m)^[ \t]*(?:\|\s?)?(?:ชื่อ)?รางวัล(?:ที่ได้รับ)?\s?[:：|]\s?")
_RE_RECORD_WHO = re.compile(r"(?m)^[ \t]*(?:\|\s?)?(?:ผู้(?:ได้)?รับรางวัล|หน่วยงาน(?:ที่ได้รับรางวัล)?|ผู้รับ)\s?[:：|]\s?")
RECORD_REACH = 400  # the fields of one record: a few short lines


def _record(text: str, mentions: Mentions, found: Found) -> None:
    """A page of labelled fields: "รางวัล: รางวัลเลิศรัฐ สาขา… ระดับดี" and, a few lines away, "ผู้รับรางวัล: <person,
    title>" or "หน่วยงาน: <organization>": the award is the one named for it."""
    for m in _RE_RECORD_AWARD.finditer(text):
        award = award_at(text, m.end())
        if award is None or found.taken(m.start()):
            continue
        lo, hi = max(0, m.start() - RECORD_REACH), min(len(text), m.end() + RECORD_REACH)
        who = _RE_RECORD_WHO.search(text, m.end(), hi) or _last(_RE_RECORD_WHO.finditer(text, lo, m.start()))
        item = item_at(text, who.end(), mentions) if who else None
        org, person = as_recipient(item[1]) if item else (None, None)
        if org is not None:
            evidence = Evidence.of(text, min(m.start(), who.start()), max(award.end, item[0]))
            found.awards.append(_make(org, award, evidence, person))


def _last(matches):
    found = None
    for found in matches:  # noqa: B007 (the last one is wanted)
        pass
    return found


def _awards_under_winners(text: str, mentions: Mentions, found: Found) -> None:
    """ "กรมที่ดิน\n- สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี ผลงาน …\n- สาขา…\nกรมป้องกันฯ (ปภ.)\n- สาขา…": each
    organization alone on its line over bulleted lines of its awards (a ministry's round-up of its departments):
    each line below it is one of its wins (the award line's own winner, were it a heading over winners, would be
    on the line below it, not above)."""
    owner, last, owned = None, -1, -1
    for m in _RE_AWARD_ITEM.finditer(text):
        start = m.start() + 1
        said = start  # (the evidence: from the winner's line, for the first item under it)
        if m.start() != last:  # (not right under the item before: the line above must be the winner's)
            owner = _heading_winner(text, m.start(), owned, mentions)
            said = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", start)
        last = end = len(text) if end < 0 else end
        award = _item_award(text, m.end(), end, found) if owner is not None else None
        if award is None or found.taken(start):
            continue
        owned = end
        found.awards.append(_make(owner, award, Evidence.of(text, said, end), None))
        found.consumed.append((start, end))


def _heading_winner(text: str, end: int, owned: int, mentions: Mentions):
    """The winner alone on the line that ends at ``end``, if it heads its awards: the line above it is an item of
    the winner before (``owned``: where the last such item ends) or prose, not an award line over its winners nor
    another winner ("- รางวัล X\nกรมการปกครอง\nกรมธนารักษ์\n- รางวัล Y": winners under their awards)."""
    start = text.rfind("\n", 0, end) + 1
    owner = _winner_alone_on(text, start, end, mentions)
    if owner is None or start == 0 or start - 1 == owned:
        return owner
    above = text.rfind("\n", 0, start - 1)
    if (above >= 0 and _RE_AWARD_ITEM.match(text, above)) or _winner_alone_on(text, above + 1, start - 1, mentions):
        return None
    return owner


def _winner_alone_on(text: str, start: int, end: int, mentions: Mentions):
    """The organization a line holds and nothing else but marks (its abbreviation and province may follow it)."""
    org = mentions.left_entity(start, end)
    if org is None or not hasattr(org, "org_id") or not _RE_BARE.fullmatch(text, start, org.evidence.start):
        return None
    return org if _RE_BARE.fullmatch(text, org.evidence.end, end) else None


def _item_award(text: str, pos: int, end: int, found: Found) -> AwardName | None:
    """The award an item line names: an award, or a branch or type of the programme the text is about."""
    if text.startswith(("รางวัล", "โล่"), pos):
        return award_at(text, pos)
    category = _RE_CATEGORY_ITEM.match(text, pos, end)
    base = _programme_award(text, pos) if category else None
    if base is None or not base.name_th:
        return None
    level = category.group(2).replace(" ", "") if category.group(2) else None
    return AwardName(pos, category.end(), _with_category(base.name_th, category.group(1).strip()), None, level)


# A branch and/or type, then its level ("สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี ผลงาน …").
_RE_CATEGORY_ITEM = re.compile(
    rf"((?:สาขา|ประเภท)[ก-๛]+(?:\s(?:ประเภท)[ก-๛]+)?)(?:\s?(?:รางวัล)?(ระดับ\s?(?:{LEVELS}))(?![ก-๛]))?"
)


# "ส่วนประเภทพัฒนาการบริการ ระดับดีเด่น ได้แก่ จ.อุดรธานี", "ด้านประเภทนวัตกรรมการบริการ ระดับดีเด่น เป็นของกรม…":
# a category of the award the text is about, its level, and its winners, in running prose.
# Also after ได้แก่ / และ: "ได้แก่ สาขาบริการภาครัฐ ระดับดีเด่น ได้แก่ …, และสาขา… ระดับดีเด่น ได้แก่ …".
# A scope level of the award named before: "… ระดับกรม ได้แก่ A และ B ส่วนระดับจังหวัด ได้แก่ C".
# "ระดับจังหวัด", "ระดับจังหวัด ได้แก่ …", "1.1 ระดับกรม (3 รางวัล)"
_RE_SCOPE_LINE = re.compile(
    rf"({SCOPE})(?=(?:\s?\(?\s?\d{{1,3}}\s?(?:รางวัล|หน่วยงาน|แห่ง|ผลงาน)\s?\)?)?(?:\s?(?:ได้แก่|คือ|:)|\s*$))"
)
_PROSE_CUES = ("ส่วน", "ด้าน", "สำหรับ", "ขณะที่", "ได้แก่", "และ", "ใน", "ปีนี้", "ปีเดียวกัน")  # ("ในปีเดียวกัน ประเภท…")
# "ในสาขา… รางวัลสูงสุดเป็นของ A และ B" (the branch's top award), "สาขา… ระดับดีเด่น มี A, B และ C เป็นตัวอย่าง"
# (some of its winners, named as examples: มี opens the list only so). (ใน opens a branch, not a scope: "…รางวัล
# เดียวกันในระดับจังหวัด ได้แก่" is the same award's, read whole by _same_award_prose.)
_RE_CATEGORY_PROSE = re.compile(
    rf"(?:{'|'.join(_PROSE_CUES)})\s?((?:สาขา|ประเภท)(?!เดียวกัน|นี้|ดังกล่าว)[ก-๛]+(?:\s(?:ประเภท)[ก-๛]+)?|(?<!ใน)(?<!ใน\s){SCOPE}"
    r"|ประเภท\s?(?:[A-Z][\w&.-]*\s){1,5}Awards?)\s?"  # ("ในประเภท Data Governance Awards ผู้ชนะได้แก่ …")
    rf"(ระดับ\s?(?:{LEVELS}))?(?:\s?({SCOPE}))?\s?(?:ผู้ชนะ\s?|ผู้ได้รับรางวัล\s?)?"
    r"(?:ได้แก่|(?:รางวัล(?:สูงสุด)?\s?)?(?:ตก)?เป็นของ|คือ|มี(?=[^\n]{4,160}เป็นตัวอย่าง))\s?"
)  # ("ในประเภทหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม ผู้ชนะได้แก่ A และ B": the category at a scope)
_PROSE_WORDS = ("สาขา", "ประเภท", "ระดับ")  # what follows a cue, at once or after one space
_CUE_ENDS = frozenset(cue[-1] for cue in _PROSE_CUES)
# How far _RE_CATEGORY_PROSE can reach before its ได้แก่ (…): Thai letters, an English name, a few spaces.
_RE_PROSE_REACH = re.compile(r"(?:[ก-๛A-Za-z]*\s){0,7}[ก-๛]*")


def _category_prose_matches(text: str) -> list[re.Match]:
    """``_RE_CATEGORY_PROSE.finditer(text)``, tried only where a cue stands just before สาขา, ประเภท or ระดับ:
    its cues (และ, ส่วน, ด้าน) are common words, the words after them much rarer."""
    if "ได้แก่" not in text and "เป็นของ" not in text and "คือ" not in text and "เป็นตัวอย่าง" not in text:
        return []  # no start would pass _intro_within_reach (a third of the texts): no search for the words
    starts = set()
    for word in _PROSE_WORDS:
        i = text.find(word)
        while i != -1:
            # The cue ends where the word starts, or one space before (the pattern's \s?; no cue ends with a
            # space, and no word of _PROSE_WORDS starts one letter before another, so it is one or the other).
            # Its last letter is tested first: a cheaper call than endswith.
            before = i - 1 if i > 1 and text[i - 1].isspace() else i
            if before > 0 and text[before - 1] in _CUE_ENDS and text.endswith(_PROSE_CUES, 0, before):
                starts.add(before - next(len(c) for c in _PROSE_CUES if text.endswith(c, 0, before)))
            i = text.find(word, i + 1)
    found, done = [], 0
    for start in sorted(starts):
        m = _RE_CATEGORY_PROSE.match(text, start) if start >= done and _intro_within_reach(text, start) else None
        if m:
            found.append(m)
            done = max(m.end(), start + 1)
    return found


def _intro_within_reach(text: str, start: int) -> bool:
    """Whether ได้แก่, เป็นของ or คือ stands where _RE_CATEGORY_PROSE could reach it from ``start``: most starts
    have none, and the pattern backtracks over each letter of its category word before it fails."""
    reach = text[start : _RE_PROSE_REACH.match(text, start).end()]
    return "ได้แก่" in reach or "เป็นของ" in reach or "คือ" in reach or "มี" in reach


def _category_prose(text: str, mentions: Mentions, found: Found) -> None:
    for m in _category_prose_matches(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if (
            found.taken(m.start())
            or text.find("ไม่ได้รับ", max(0, m.start() - 40), m.start()) >= 0
            or _RE_NEGATIVE.search(text, max(line, m.start() - 60), m.start())
        ):
            continue  # ("…เข้ารอบสุดท้ายแต่ไม่ได้รับรางวัลในสาขานี้ ได้แก่ …", "ผลงานที่ผ่านเข้ารอบสุดท้ายในประเภท X ได้แก่": finalists)
        scope = m.group(1).startswith("ระดับ")
        if "Award" in m.group(1):  # "ในประเภท Data Governance Awards ผู้ชนะได้แก่ …": the award's English name, whole
            name = m.group(1).removeprefix("ประเภท").strip()
        elif (base := _branch_award_before(text, m.start(), scope=scope)) is not None:
            name = _with_category(base.name_th, m.group(1)) + (f" {m.group(3)}" if m.group(3) else "")
        else:
            continue
        award = AwardName(m.start(1), m.end(1), name, None, m.group(2).replace(" ", "") if m.group(2) else None)
        _winners_after(text, m, award, mentions, found)


def _winners_after(text: str, m: re.Match, award: AwardName, mentions: Mentions, found: Found) -> None:
    """The winners listed after a prose cue (``m``), each with ``award``."""
    obj = Object(m.end(), award=award)
    _read_items(text, m.end(), mentions, obj)
    for item, org, person, _own in obj.recipients:
        found.awards.append(_make(org, award, claim(text, m.start(), item), person))
    if obj.recipients:
        found.consumed.append((m.start(), obj.end))


# "A คว้ารางวัลระดับดีเด่น … ขณะที่รางวัลระดับดี ตกเป็นของ B และ C": the award A won, at the other level
_RE_LEVEL_PROSE = re.compile(
    rf"(?:{'|'.join(_PROSE_CUES)})\s?รางวัล\s?(ระดับ\s?(?:{LEVELS}))(?![ก-๛])\s?(?:ได้แก่|(?:ตก)?เป็นของ|คือ)\s?"
)


# "… ได้แก่ เทศบาลนครยะลา ขณะที่รองชนะเลิศ (ระดับดี) คือ X": the runner-up wins the award at that level
_RE_RUNNER_UP_LEVEL = re.compile(
    rf"(?:{'|'.join(_PROSE_CUES)})\s?รองชนะเลิศ\s?\(?(ระดับ\s?(?:{LEVELS}))\)?\s?(?:ได้แก่|(?:ตก)?เป็นของ|คือ)\s?"
)


def _level_prose(text: str, mentions: Mentions, found: Found) -> None:
    runners_up = list(_RE_RUNNER_UP_LEVEL.finditer(text)) if "รองชนะเลิศ" in text else []
    for m in [*_RE_LEVEL_PROSE.finditer(text), *runners_up]:
        line = text.rfind("\n", 0, m.start()) + 1
        said = [a for a in found.awards if line <= a.evidence.start < m.start() and a.award_th and a.level]
        if not said or found.taken(m.start()):
            continue
        base = said[-1]
        award = AwardName(m.start(1), m.end(1), base.award_th, base.award_en, m.group(1).replace(" ", ""))
        _winners_after(text, m, award, mentions, found)


# "ขณะที่รางวัลเดียวกันในระดับจังหวัด ได้แก่ …", "ขณะที่รางวัลประเภทเดียวกันระดับดี ตกเป็นของ …": the award named
# last before, at another scope or level, and its winners.
_RE_SAME_PROSE = re.compile(
    rf"(?:{'|'.join(_PROSE_CUES)})\s?รางวัล(?:ประเภท|สาขา)?เดียวกัน\s?(?:ใน)?\s?"
    rf"({SCOPE}|ระดับ\s?(?:{LEVELS})(?![ก-๛]))\s?(?:ได้แก่|เป็นของ|ตกเป็นของ|คือ)\s?"
)


def _same_award_prose(text: str, mentions: Mentions, found: Found) -> None:
    i = text.find("เดียวกัน")
    while i != -1:
        m = _RE_SAME_PROSE.search(text, max(0, i - 30), i + 60)
        if m and m.start() <= i < m.end() and not found.taken(m.start()):
            _same_award(text, m, mentions, found)
        i = text.find("เดียวกัน", i + 1)


def _same_award(text: str, m: re.Match, mentions: Mentions, found: Found) -> None:
    if "รองชนะ" in text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 30) : m.end()]:
        return  # "ส่วนรองชนะเลิศของประเภทเดียวกัน ได้แก่ …": the runners-up
    base = _branch_award_before(text, m.start(), scope=True)  # the last award named in the paragraph
    if base is None or not base.name_th:
        return
    said = m.group(1)
    if re.fullmatch(SCOPE, said):  # a scope (ระดับจังหวัด), not a level (ระดับดี)
        award = AwardName(base.start, base.end, _with_category(base.name_th, said), base.name_en, None, base.year_be)
    else:
        award = AwardName(base.start, base.end, base.name_th, base.name_en, said.replace(" ", ""), base.year_be)
    _winners_after(text, m, award, mentions, found)


_RE_EARLIER_WIN = re.compile(r"เคย(?:ได้)?(?:รับ)?\s?$")


def _branch_award_before(text: str, pos: int, *, scope: bool = False) -> AwardName | None:
    """The award a category belongs to: the last one named before it with its programme or branch
    (for a scope level, the last award named in the same paragraph)."""
    if scope:
        start = text.rfind("\n", 0, pos) + 1
        names = [a for a in find_award_names(text, start, pos) if a.name_th and not is_programme_name(a.name_th)]
        names = [a for a in names if not _RE_EARLIER_WIN.search(text, max(0, a.start - 10), a.start)]
        return names[-1] if names else None  # (not "…ซึ่งเมื่อปี 2567 เคยได้รับรางวัลX มาแล้ว": another year's)
    names = [a for a in find_award_names(text, 0, pos) if a.name_th and re.search(r"สาขา|ประเภท|เลิศรัฐ", a.name_th)]
    if names:
        return names[-1]
    start = text.rfind("\n", 0, pos) + 1  # "…ได้รับรางวัลองค์กรโปร่งใส ได้แก่ … ส่วนประเภทรางวัลชมเชย ได้แก่ …"
    names = [a for a in find_award_names(text, start, pos) if a.name_th]
    if names:
        return names[-1]
    # "ประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2567 … ในประเภทหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม ผู้ชนะได้แก่ …": a category of
    # the programme named before (its edition's year is the event's)
    names = [a for a in find_award_names(text, 0, start) if a.name_th and is_programme_name(a.name_th)]
    return AwardName(names[-1].start, names[-1].end, _RE_EDITION.sub("", names[-1].name_th)) if names else None


def _with_category(base: str, category: str) -> str:
    """รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทA + ประเภทB -> รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทB;
    รางวัล X ระดับกรม + ระดับจังหวัด -> รางวัล X ระดับจังหวัด."""
    if category.startswith("ระดับ"):
        return rescoped(base, category)
    head = category.split()[0][:6]  # สาขา… or ประเภท…
    kept = base.split(" " + head)[0] if head.startswith("ประเภท") else re.split(r"\sสาขา", base)[0]
    return f"{kept} {category}"


_RE_MARKS = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\s|\d{1,2}(?:\.\d{1,2})*[.)]\s?|[^\wก-๛\"'(]+)+")  # (1.1 ระดับกรม)
_HEAD_WORDS = ("รางวัล", "โล่", "สาขา", "ประเภท", "ด้าน", "กลุ่ม", "หมวด", "ระดับ")
_HEAD_FIRSTS = frozenset(word[0] for word in _HEAD_WORDS)
# What a heading starts with (the patterns below): a head word but กลุ่ม (a group of winners, not a heading).
_HEADING_STARTS = tuple(word for word in _HEAD_WORDS if word != "กลุ่ม")


def _line(text: str, start: int, line: str, bare: int, mentions: Mentions, found: Found, context: _Context) -> None:
    """A line (at ``start``, its words from ``bare``, after its marks) that names an award or starts with a
    heading's word."""
    end = start + len(line)
    if (":" in line or "：" in line or "–" in line or "—" in line or " - " in line or "👉" in line) and _winner_line(
        text, start, end, bare, mentions, found
    ):
        return
    if bare > start and not context.finalists and _listed_winner_line(text, start, end, bare, mentions, found):
        return
    heading = _heading(text, start, end, bare, context)
    if heading is None:
        # No ได้แก่ (…) on the line: no award of it has a list after it (_inline). Written out: faster than any().
        listed = (
            "ได้แก่" in line
            or "อาทิ" in line
            or "เป็นของ" in line
            or "ประกอบด้วย" in line
            or "มอบให้" in line
            or ("ผู้ชนะ" in line)
            or ("คือ" in line)
            or ("ไปอยู่กับ" in line)
        )
        for award in find_award_names(text, start, end):  # prose: remember the last award named
            award = _typed_under(award, context.award)
            if not _narrower(award, context.award) and not _only_its_programme(award, context.award):
                context.award, context.category, context.level = award, None, award.level
            if listed:
                _inline(text, award, end, mentions, found)
        return
    award, after = heading
    if found.taken(start):
        return
    intro = _RE_INTRO.match(text, after) or _RE_DASH.match(text, after) or _RE_FALLS_TO.match(text, after)
    if intro is None and _RE_RANK_LABEL.match(text, bare):
        intro = _RE_COLON_AFTER.match(text, after)  # "รางวัลชมเชย : A"
    if after < end and not intro:  # "- ระดับดีเด่น จังหวัดตรัง : <winner>": a level, then a place and its winner
        intro = _RE_GROUP_LABEL.match(text, after + text.startswith(" ", after))
        if intro is None:
            return
    obj = Object(after, award=award)
    items = intro.end() if intro else after
    if intro is not None and (said := _RE_WINNER_SAID.match(text, items)):
        items = said.end()  # "- Open Data Awards : ชนะเลิศ A", ": รางวัลตกเป็นของ A": the winner, said so
    _read_items(text, items, mentions, obj)
    if intro is not None and intro.re is _RE_GROUP_LABEL:  # (the line's winners: the next line is its own group)
        obj.recipients = [r for r in obj.recipients if r[0][1] <= end]
        obj.end = min(obj.end, end)
    obj.recipients = [r for r in obj.recipients if not _not_won_on_its_line(text, r[0][1])]
    if not obj.recipients:
        return
    for item, org, person, own in obj.recipients:  # (own_or: "ระดับดี 9 รางวัล ได้แก่ 4) กรมอนามัย สาขา…")
        found.awards.append(_make(org, own_or(own, _leveled(text, item, award)), claim(text, start, item), person))
    found.consumed.append((start, obj.end))
    add_count(found, obj, "recipients", award.name_th or "", text)
    if obj.end < end and ("เป็นของ" in line or "ได้แก่" in line[obj.end - start :]):
        for later in find_award_names(text, obj.end, end):  # "… ขณะที่รางวัล Y เป็นของ C": another award on the line
            _inline(text, later, end, mentions, found)


# "จังหวัดขอนแก่น : เทศบาลนครขอนแก่น, เทศบาลเมืองศิลา" under "รางวัล… ระดับท้องถิ่น จำแนกตามจังหวัด": a place, then winners
# "ผู้ชนะ : กรมควบคุมโรค", "ชนะเลิศ : …" under the award's heading: its winner (not "รองชนะเลิศ : …", the runners-up)
_RE_GROUP_LABEL = re.compile(r"(?:(?:จังหวัด|จ\.|อำเภอ|อ\.|ภาค|เขต)[ก-๛]{2,30}|(?:ผู้)?ชนะ(?:เลิศ)?(?:ร่วม)?)\s?[:：]\s?")


def _not_won_on_its_line(text: str, end: int) -> bool:
    """ "| การไฟฟ้าส่วนภูมิภาค | เข้ารอบสุดท้าย |" under an award's heading: the item's next cell says it did not win."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].lstrip(" ")
    return rest.startswith(("|", "\t")) and says_not_won(_RE_CELL_END.split(rest.lstrip(" |\t"), 1)[0])


_RE_CELL_END = re.compile(r"[|\t]")


# "รางวัลชมเชย : A", "รางวัลชนะเลิศ : B" under an award's heading: a rank within that award, its winners after the colon
_RE_RANK_LABEL = re.compile(r"รางวัล(?:ชมเชย|ชนะเลิศ(?:ร่วม)?)(?=\s?[:：])")
_RE_COLON_AFTER = re.compile(r"\s?[:：]\s?")
_RE_BARE_LEVEL = re.compile(r"(ดีเด่น|ดีเลิศ|ดี)\s?[:：]\s?")
_RE_PLACE_LABEL = re.compile(r"([ก-๛]{2,20})\s?[:：]\s?")


def _province_label(line: str, mentions: Mentions) -> re.Match | None:
    """ "สงขลา : เทศบาลนครสงขลา (ระดับดีเด่น)": a province's bare name labels its winners (not "ที่มา : …")."""
    m = _RE_PLACE_LABEL.match(line)
    return m if m and mentions.orgs.ref.resolve("จังหวัด" + m.group(1)) else None


def _group_line(text: str, start: int, end: int, after: int, mentions: Mentions, found: Found, context) -> None:
    if found.taken(start):
        return
    award = context.award if context.category is None and context.level is None else _compose(context)
    obj = Object(after, award=award)
    _read_items(text, after, mentions, obj)
    recipients = [r for r in obj.recipients if r[0][1] <= end]
    for item, org, person, own in recipients:
        found.awards.append(_make(org, own or award, claim(text, start, item), person))
    if recipients:
        found.consumed.append((start, recipients[-1][0][1]))


def _leveled(text: str, item: tuple[int, int], award: AwardName) -> AwardName:
    """A winner's line that ends with its level ("สำนักงานปรมาณูเพื่อสันติ ระดับดี") gives its award that level."""
    line_end = text.find("\n", item[1])
    m = _RE_TRAILING_LEVEL.search(text, item[1], len(text) if line_end < 0 else line_end)
    if not m or award.level:
        return award
    return AwardName(award.start, award.end, award.name_th, award.name_en, "ระดับ" + m.group(1), award.year_be)


_RE_WINNER_SAID = re.compile(r"\s?(?:ชนะเลิศ|รางวัล(?:ชนะเลิศ)?\s?(?:ตก)?เป็นของ|ผู้ชนะ(?:เลิศ)?\s?(?:คือ|ได้แก่)?)\s?")
_RE_FALLS_TO = re.compile(r"(?:ผลออกมา|ตก)?เป็นของ\s?")  # "ประเภท Data Governance Awards ตกเป็นของกรมบัญชีกลาง"
_RE_DASH = re.compile(r"\s?[–—]\s?|\s-\s")  # "1. รางวัล X (English) – กรมควบคุมโรค": the award, a dash, its winners
_RE_COLON = re.compile(  # "X : รางวัล…", "✅ X กระทรวง… – รางวัล…", "🏆 X\n➡️ รางวัล…", "🥇 X\nรางวัล…", "🏆 X 👉 รางวัล…"
    r"\s?[:：–—👉]\s?|\s-\s|\s*\n[ \t]*(?:" + "|".join(_ARROWS) + r")\s?|[ \t]*\n(?=รางวัล)"
)


def _winner_line(text: str, start: int, end: int, pos: int, mentions: Mentions, found: Found) -> bool:
    """ "✅ รพ.บ้านโฮ่ง : รางวัลเลิศรัฐ สาขา… ระดับดี", "✅ กรมสรรพากร กระทรวงการคลัง – รางวัล…": a winner, a colon
    or a dash, its award, on one line (a line with one of them: _line asks only then)."""
    org = mentions.orgs.at(pos) if pos < end else None
    colon = _RE_COLON.match(text, org.evidence.end) if org else None
    award = award_at(text, colon.end()) if colon else None
    if award is None or found.taken(start):
        return False
    found.awards.append(_make(org, award, Evidence.of(text, start, end), None))
    found.consumed.append((start, end))
    return True


def _listed_winner_line(text: str, start: int, end: int, pos: int, mentions: Mentions, found: Found) -> bool:
    """ "1) กรมการปกครอง รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภท… ระดับดีเด่น จากผลงาน…": a list item (a marker before its
    words) that is a winner and, right after it, its award."""
    org = mentions.orgs.at(pos)
    if org is None or not text.startswith((" รางวัล", " โล่"), org.evidence.end) or found.taken(start):
        return False
    award = award_at(text, org.evidence.end + 1)
    if award is None or not award.name_th:
        return False
    found.awards.append(_make(org, award, Evidence.of(text, start, min(end, award.end)), None))
    if (second := and_award(text, award)) is not None:
        found.awards.append(_make(org, second, Evidence.of(text, start, min(end, second.end)), None))
    found.consumed.append((start, end))
    return True


def _heading(text: str, start: int, end: int, pos: int, context: _Context) -> tuple[AwardName, int] | None:
    """(award, where its winners start) if the line is a heading (its words from ``pos``), updating the context."""
    if not text.startswith(_HEADING_STARTS, pos) and not "A" <= text[pos : pos + 1] <= "Z":
        return None  # a line of prose that names an award
    if context.award is not None and (rank := _RE_RANK_LABEL.match(text, pos)):
        return (_compose(context) if context.category or context.level else context.award), rank.end()
    if text.startswith(("รางวัล", "โล่"), pos) or "A" <= text[pos : pos + 1] <= "Z":
        award = award_at(text, pos)
        after = _skip_count(text, award.end) if award else pos  # "2. รางวัลบริการดิจิทัลภาครัฐดีเด่น (2 รางวัล)"
        if award is None or (
            end - after > 6
            and not (_RE_INTRO.match(text, after) or _RE_DASH.match(text, after) or _RE_FALLS_TO.match(text, after))
        ):
            return None
        context.award, context.category, context.level = award, None, award.level
        return award, after
    category = _RE_CATEGORY.match(text, pos)
    if category and "Award" in category.group(1):
        # "ประเภท Data Governance Awards ตกเป็นของ…", "ประเภทแรกคือ Open Data Awards ซึ่ง…": the award is its English
        # name alone, not a category of the award named above
        named = find_award_names(text, category.start(1), category.end(1))
        english = named[-1] if named and named[-1].name_th and named[-1].name_th.isascii() else None
        if english is not None:
            level = category.group(2).replace(" ", "") if category.group(2) else english.level
            context.award, context.category, context.level = english, None, level
            return _compose(context), category.end()
    if category and not _RE_LEVEL_LINE.match(text, pos):
        if context.branch is None and category.group(1).startswith("ประเภท"):
            branch = _branch_in_prose(text, start)  # "ในสาขาบริการภาครัฐ ประเภทA … \n\nประเภทB รางวัล… ได้แก่"
            said = context.award.name_th or "" if context.award else ""
            context.branch = branch if branch and branch.removeprefix("สาขา") not in said else None
        _set_category(context, _RE_ASIDE_WORD.sub("", category.group(1).strip()))  # ("ด้านประเภท X": ประเภท X)
        context.level = category.group(2).replace(" ", "") if category.group(2) else None
        base = context.award or _programme_award(text, start)
        if base is None:
            return None
        if (
            category.group(1).startswith("สาขา")
            and programme_of(base.name_th or "") is None
            and (programme := _programme_award(text, start)) is not None
        ):
            base = programme  # a branch of the programme named above, not of an award that names none ("มอบรางวัล…")
        if context.award is None or base is not context.award:
            context.award = base
        # "• ประเภทX ได้แก่ A และ B", "- ประเภทX ระดับY : A", or winners on the lines below
        return _compose(context), category.end()
    scope = _RE_SCOPE_LINE.match(text, pos, end)
    if scope and context.award is not None and context.award.name_th:  # "ระดับกรม" on a line of its own
        base = context.award
        name = rescoped(base.name_th, scope.group(1))
        award = AwardName(base.start, base.end, name, base.name_en, context.level, base.year_be)
        return award, _skip_count(text, scope.end())
    level = _RE_LEVEL_LINE.match(text, pos)
    if level and context.award is not None:
        context.level = level.group(1).replace(" ", "")
        composed = _compose(context)
        return composed, _skip_count(text, level.end())
    return None


def _english_heading(text: str, start: int, line: str) -> bool:
    """A line that opens (after its marks) with an award a Thai article names in English: "Open Data Awards"
    over its winners, "• Data Governance Awards ได้แก่ …"."""
    return start + _marks_end(line) in english_award_names(text)


def _typed_under(award: AwardName, current: AwardName | None) -> AwardName:
    """ "มอบรางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม … หน่วยงานที่ได้รับรางวัลประเภทสัมฤทธิผลประชาชนมีส่วนร่วม":
    a type named alone after a branch is that branch's type."""
    if (
        current is None
        or not award.name_th
        or not award.name_th.startswith("รางวัลประเภท")
        or not current.name_th
        or "สาขา" not in current.name_th
        or "ประเภท" in current.name_th
    ):
        return award
    name = f"{current.name_th} {award.name_th.removeprefix('รางวัล')}"
    return AwardName(award.start, award.end, name, award.name_en, award.level, award.year_be, award.count)


def _narrower(award: AwardName, current: AwardName | None) -> bool:
    """A later mention that is part of the current award's name ("รางวัลการบริหารราชการแบบมีส่วนร่วม" after
    "รางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม") does not replace it."""
    if current is None or not award.name_th or not current.name_th:
        return False
    new, old = award_key(award.name_th), award_key(current.name_th)
    return new != old and new in old


def _only_its_programme(award: AwardName, current: AwardName | None) -> bool:
    """ "ประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2569" after the headline's "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น":
    the programme's bare name does not replace an award of that programme the text is about."""
    if current is None or not current.name_th or not award.name_th or not is_programme_name(award.name_th):
        return False
    return not is_programme_name(current.name_th) and programme_of(current.name_th) in (
        None,
        programme_of(award.name_th),
    )


def _strip_marks(line: str) -> str:
    """A line without what decorates its start: bullets, numbers' dashes, emoji (🏆 ✅ •)."""
    return line[_marks_end(line) :]


def _marks_end(line: str) -> int:
    """Where the words of a line start, after its marks (0: none)."""
    if not line or "\u0e01" <= line[0] <= "\u0e4f" or line[0].isalpha():
        return 0  # most lines start with a letter (Thai, not a Thai digit) or are empty: no mark, no regex
    marks = _RE_MARKS.match(line)
    return marks.end() if marks else 0


_RE_BRANCH_IN_PROSE = re.compile(rf"(?:ใน|สำหรับ)\s?(สาขา(?:{'|'.join(LERTRAT_BRANCHES)}))")


def _branch_in_prose(text: str, start: int) -> str | None:
    """The branch of the programme the paragraph before a type's line opened with ("ในสาขาบริการภาครัฐ ประเภท…")."""
    para = text.rfind("\n\n", 0, max(0, start - 1))
    found = list(_RE_BRANCH_IN_PROSE.finditer(text, max(0, para), start))
    return found[-1].group(1) if found else None


def _set_category(context: _Context, category: str) -> None:
    """A สาขา line stays over the ประเภท lines under it; a line may also give both."""
    if category.startswith("สาขา"):
        branch, _, kind = category.partition(" ประเภท")
        context.branch = branch.strip()
        context.category = f"{context.branch} ประเภท{kind}".strip() if kind else context.branch
    elif context.branch and context.branch not in category:
        context.category = f"{context.branch} {category}"
    else:
        context.category = category


def _programme_award(text: str, pos: int) -> AwardName | None:
    """The award programme the text is about ("รางวัลเลิศรัฐ"), as a base for its category headings."""
    name = _programme_before(text, pos)
    return AwardName(pos, pos, name) if name else None


_RE_ASIDE_WORD = re.compile(r"^ด้าน(?=ประเภท|สาขา)")


def _compose(context: _Context) -> AwardName:
    base = context.award
    name = base.name_th or ""
    if (context.category or "").startswith("ประเภท") and "ประเภท" in name:
        name = name[: name.index("ประเภท")].rstrip()  # (a type of the award, not after another type the prose named)
        name = "" if name == "รางวัล" else name
    for part in (context.category or "").split(" ประเภท"):
        if not part.strip():
            continue  # (no category: nothing to add, not a bare "ประเภท")
        part = part if part.startswith(("สาขา", "ประเภท", "ด้าน", "กลุ่ม", "หมวด")) else "ประเภท" + part
        if part.strip() and part.strip() not in name:
            name = f"{name} {part.strip()}".strip()
    return AwardName(base.start, base.end, name or None, base.name_en, context.level, base.year_be)


def _skip_count(text: str, pos: int) -> int:
    m = _RE_HEADING_COUNT.match(text, pos)  # "ระดับดีเด่น 2 รางวัล", "ระดับดีเด่น (2 รางวัล)"
    return m.end() if m else pos


def _inline(text: str, award: AwardName, line_end: int, mentions: Mentions, found: Found) -> None:
    """ "รางวัล X [ซึ่งมอบให้… ] ได้แก่ A และ B" inside a paragraph. Of two list words, the one whose list names
    winners: "รางวัล X ที่ สพร. มอบให้แก่ อปท. ที่… ปีนี้ตกเป็นของเทศบาลเมืองแสนสุข"."""
    if found.taken(award.start) or earlier_edition(award, mentions) or text.endswith(_HANDED_ON, 0, award.start):
        return  # (…"ได้นำรางวัลเลิศรัฐที่ได้รับ… มามอบให้แก่ส่วนราชการที่ร่วมดำเนินงาน ได้แก่ …": handed on, not won)
    line_start = text.rfind("\n", 0, award.start) + 1
    # (from the clause the award opens: "… เข้ารอบสุดท้าย ได้แก่ A ขณะที่รางวัล X ตกเป็นของ B" names B the winner)
    clause = max(line_start, text.rfind("ขณะที่", line_start, award.start))
    clause = max(clause, text.rfind(" ส่วน", line_start, award.start), text.rfind(" โดย", line_start, award.start))
    if _in_the_past(text, clause, award.start, mentions.year_be):
        return  # "อนึ่ง เมื่อปีที่ผ่านมา (2568) รางวัลระดับจังหวัดตกเป็นของ…": last year's winner
    for intro in _RE_INLINE_INTRO.finditer(text, award.end, min(line_end, award.end + INLINE_GAP)):
        if not _plain_gap(text[award.end : intro.start()]) or _RE_NEGATIVE.search(text, clause, award.start):
            return
        obj = Object(intro.end(), award=award)
        _read_items(text, intro.end(), mentions, obj)
        if obj.recipients:
            _inline_groups(text, award, obj, mentions, found)
            return


_HANDED_ON = ("นำ", "นำ ")  # an award brought (นำ…มามอบ) to the units that did the work, after the ceremony


def _plain_gap(gap: str) -> bool:
    """Between an award and its list, nothing that makes the list another's: no applied or person's word, no
    other award, no count of branches."""
    return not (
        _RE_NEGATIVE.search(gap)
        or "รองชนะ" in gap  # "หมวด X รองชนะเลิศได้แก่ …": the runners-up
        or _RE_PERSON_NOUN.search(gap)  # รางวัลพิเศษ "ผู้บริหารต้นแบบ…" มอบให้แก่ นางสาว… ปลัดจังหวัด…: a person's
        or "รางวัล" in gap.replace("มอบรางวัล", "").replace("ซึ่งเป็นรางวัล", "")  # (what the award is: no other)
        or re.search(r"\d+\s?(?:มิติ|ด้าน|สาขา|ประเภท)", gap)
    )


def _inline_groups(text: str, award: AwardName, obj: Object, mentions: Mentions, found: Found) -> None:
    start = said = award.start  # (a later group's evidence starts at its own level, scope or province)
    while True:
        for item, org, person, own in obj.recipients:
            found.awards.append(_make(org, own_or(own, award), claim(text, said, item), person))
        end = obj.end
        said = group_start(text, end)
        # "รางวัล X ระดับดีเด่น ได้แก่ A และ B ระดับดี ได้แก่ C …": the same award at the next level, and its winners;
        # or at its next scope, or in the next province (next_group)
        level = _RE_NEXT_LEVEL.match(text, end)
        if level is not None:
            award = AwardName(award.start, award.end, award.name_th, award.name_en, level.group(1), award.year_be)
            pos = level.end()
        elif (group := next_group(text, end, award)) is not None:
            award, pos = group
        else:
            break
        obj = Object(pos, award=award)
        _read_items(text, pos, mentions, obj)
        if not obj.recipients:
            break
    found.consumed.append((start, end))


_RE_NEXT_LEVEL = re.compile(rf"\s?(?:ส่วน|และ|,)?\s?(ระดับ(?:{LEVELS}))(?![ก-๛])\s?(?:ได้แก่|คือ)\s?")


def _make(org, award, evidence, person):
    return make_award(org, award, evidence, person, 0.75)
