"""Award names: where "รางวัล…" starts and ends, its English in brackets, its level.

An award name runs from รางวัล to a space or a glued clause word (ประจำปี, จาก, จำนวน, ซึ่ง…),
and continues over words that refine it (สาขา…, ประเภท…, ด้าน…). A quoted name runs to its
closing quote, or, when the closing quote is missing, to the end of the clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.textmatch import INDEX, Cued, occurrences, top_level_alternatives

_STOP = (
    r"ประจำปี|จาก(?!ข้อมูล)|จำนวน|ด้วย|ซึ่ง|โดย|ให้แก่|ให้กับ|แก่|ในงาน|ในพิธี|ในการประกวด|ในการประชุม|ในการจัด|ในการมอบ|ในการนี้|ในครั้ง|ในปี|ในโครงการ|"
    r"ที่(?=ศูนย์|สำนักงาน|ทำเนียบ|โรงแรม|ห้อง|อาคาร|ตึก|หอประชุม|อิมแพ็ค|กระทรวง)|"  # รางวัลเลิศรัฐที่ศูนย์การประชุม…
    r"ในสาขา|ในระดับ|ที่ได้|ที่จัด|เมื่อ|สำหรับ|นี้|ดังกล่าว|ต่างๆ|ต่าง ๆ|ได้รับ|"
    r"อีก|รวม(?=\s?\d|$)|เข้ารับ|ได้พิจารณา|ได้ประกาศ|ได้มี|ได้จัด|ได้ดำเนิน|ได้เปิด|ได้ส่ง|ได้ผ่าน|ได้มอบ|และ(?=รางวัล|\s|\d)|เป็นรางวัล|เป็นปี|เป็นครั้ง|เป็นผล|เป็นการ|เป็นหน่วยงาน|เป็นองค์กร|ตกเป็น|ทั้งนี้|ทั้งสิ้น|ทั้งหมด|รวมทั้ง|คือ|ได้แก่|ประกอบด้วย|เป็นต้น|อันดับ|"
    r"ระดับ(?=ดี|ยอด|ชม|ทอง|เงิน)|ชนะเลิศ|รองชนะเลิศ|มอบให้|แล้ว|ต่อเนื่อง|อย่างต่อเนื่อง|"  # ("รางวัลX มอบให้แก่ …", "รางวัลX แล้ว")
    r"แบ่ง(?=ออก|เป็น|ประเภท|รางวัล)|"  # "รางวัลเลิศรัฐแบ่งออกเป็น 3 สาขา"
    r"ปี(?=นี้|ที่ผ่าน|หน้า|ก่อน)|"  # "รางวัลเลิศรัฐปีนี้ มีผลงานสมัคร…": this year's, not a name's word
    r"ภายใน(?=วัน|เดือน|\s?\d)|"  # "…เข้ารับรางวัลภายในวันที่ 6 กันยายน": a deadline
    r"เหมือนกัน|พร้อมกัน|มาแล้ว|"  # "…ระดับกรมเหมือนกัน": too, together; "…ดีเด่นมาแล้ว": before
    r"เปิดเผยกับ|เปิดเผยว่า|กล่าวว่า|ระบุว่า|บอกว่า|"  # "…ขึ้นรับรางวัลเปิดเผยกับทีมข่าวว่า": a speech, after the verb
    r"จะได้|จะมี|จะเป็น|"  # "ผู้ได้รับรางวัลรองชนะเลิศจะได้รับเกียรติบัตร": what it will bring
    r"หลายแห่ง|หลายหน่วยงาน|หลายรางวัล|"  # "…ได้รับรางวัลเลิศรัฐหลายแห่ง": how many won it
    r"ติดต่อกัน|เช่นกัน"  # "…ได้รับรางวัลเลิศรัฐติดต่อกันเป็นปีที่สาม", "…ได้รับรางวัลเช่นกันในปีนี้": in a row, too
)


def _factored(alternation: str) -> re.Pattern:
    """The alternation as one trie (one branch per letter, not per word), a word's (?=…) or $ kept at its leaf:
    every alternative starts with a letter, so the engine skips to those letters, and at each one it tries one
    branch instead of all the words. For patterns of which only where they match counts (which word matched
    may change: at one place the trie tries the words in another order)."""
    trie: dict = {}
    for word in top_level_alternatives(alternation):
        cut = min((i for i in (word.find("("), word.find("$")) if i >= 0), default=len(word))
        node = trie
        for ch in word[:cut]:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(word[cut:])  # "": the word ends here; else what must follow it
    return re.compile(_branches(trie))


def _branches(node: dict) -> str:
    """The regex of a trie node of _factored: its letters' branches, then the conditions its words end on."""
    ends = node.get("", [])
    branches = [re.escape(ch) + _group(_branches(child)) for ch, child in sorted(node.items()) if ch]
    if "" in ends:  # a word ends here unconditioned: what follows may match or not
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return "|".join(branches + ends)


def _group(alternation: str) -> str:
    return f"(?:{alternation})" if len(top_level_alternatives(alternation)) > 1 else alternation


# The stop words and a digit, apart: words that all start with a letter let the engine skip to those letters
# (a digit among the alternatives makes it try every word at every position).
_RE_STOP_WORD = _factored(_STOP)
_RE_DIGIT = re.compile(r"\d")
_RE_TOKEN = re.compile(
    r"(?:ประเภท|สาขา|ด้าน)(?: [A-Z][A-Za-z0-9.\-/&]*)+"  # ประเภท Internal Process Improvement Projects
    r"|[A-Z][A-Za-z0-9.\-/&]*(?: [A-Z][A-Za-z0-9.\-/&]*)*(?: (?=ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ประเภท|สาขา|ด้าน)[ก-๛]+)?"
    # A Thai word: group 1 ("lead") ends at its first digit (๐-๙ are the \d of ก-๛), so no search for one is needed.
    # (It may match nothing, where the other patterns fail: that is no token.)
    r"|(?P<lead>[ก-๏๚๛A-Za-z.\-/&]*)[ก-๛A-Za-z0-9.\-/&]*"
)
# What _RE_CONTINUE can start with: a cheap test first, as most names are followed by none of these.
_CONTINUE_STARTS = (" 19", " 20", " สาขา", " ประเภท", " ด้าน", " กลุ่ม", " หมวด", " ราย", " ระดับ", " ดีเด่น", " ดีเลิศ")
_CONTINUE_STARTS += (" ยอดเยี่ยม",)
_RE_CONTINUE = re.compile(  # "Thailand ICT Excellence Awards 2022 ประเภท …": the edition's year inside
    r"(?: (?:19|20)\d\d)? (?=(?:สาขา|ประเภท|ด้าน|กลุ่ม|หมวด|รายหมวด|ระดับ(?:กระทรวง|กรม|จังหวัด|ท้องถิ่น|องค์กร|หน่วยงาน)"
    r"|(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม)(?![ก-๛])))"
)
_RE_DIGIT_AFTER = re.compile(r"\s?\d")
_RE_VERSION = re.compile(r" ?\d\.0(?![\d.,])")
_RE_CATEGORY_NUMBER = re.compile(r"\s?\d{1,2}(?!\d|[.,]\d)")
_RE_CATEGORY_TITLE = re.compile(r" (?:การ|ผลลัพธ์การ)[ก-๛]+(?:(?: |, ?)(?:และ)?การ[ก-๛]+){0,3}")
_RE_BRACKETED_CATEGORY = re.compile(r"\s?\((ประเภท[ก-๛]{2,40})\)")
_RE_GRADE = re.compile(r"\s(ดีเด่น|ดีเลิศ|ยอดเยี่ยม)(?![ก-๛])")
_RE_EN = re.compile(r"\s?\(\s*([A-Za-z][A-Za-z0-9 .,&'’\-/:]{1,80}?)\s*\)")
_RE_QUOTED_EN = re.compile(r"\s?\"\s*([A-Za-z][A-Za-z0-9 .,&'\-/:]{1,80}?)\s*\"")
GRADE = r"ระดับ\s?(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ดี)"  # the level an award is won at
LEVELS = r"ดีเด่น|ดีเลิศ|ดีมาก|ดี|ยอดเยี่ยม|ชมเชย|ทอง|เงิน|ทองแดง|เหรียญทอง|เหรียญเงิน|เหรียญทองแดง"
_RE_LEVEL = re.compile(
    rf"\s?(?:(ระดับ\s?(?:{LEVELS}))|(ชนะเลิศ(?:อันดับ\s?\d)?|รองชนะเลิศ(?:อันดับ(?:ที่)?\s?\d)?))(?![ก-๛])"
    r"(?:\s?(\d{1,3})\s?(?:รางวัล|ผลงาน))?"
)
_RE_YEAR = re.compile(r"\s?ประจำปี\s?(?:พ\.\s?ศ\.\s?)?(\d{4})|\s?(?:ปี\s?)(\d{4})(?!\d)")
# What follows รางวัล when no award is named: "รางวัลรวม 9 รางวัล", "รางวัลในประเภทเดียวกัน", "รางวัลนี้".
_GENERIC = _factored(  # only whether it matches counts: a trie of its words matches where they do
    r"ต่าง|นี้|ดังกล่าว|อื่น|ด้วย|ทั้ง|ใน|จาก|อีก|เป็น|ย่อย|ที่|แห่ง|ให้|รวม|มาก|หลาย|ทุก|ไป|ทราบ|ได้|มา(?!ตรฐาน)|"
    r"กับ|แก่|และ|หรือ|จะ|ก็|ของ|ครั้ง|สูงสุด|ประจำ|เหล่า|เดียวกัน|อันทรง|ส่วน|ร่วม|ปี|ซ้อน|บาง|ต่อเนื่อง|"
    r"อย่าง|มากมาย|เพิ่ม|ครอบคลุม|ระดับประเทศ$|ระดับชาติ|ค่ะ|ครับ|เพื่อ|ผ่าน|บน|จาก|ใหญ่|สำคัญ|เกียรติยศ|ทั่ว|เพียง|แห่ง|แทน|ว่า|"
    r"พร้อม|ดัง|"  # ("รพ.มหาราชฯ รับรางวัลพร้อมหน้า": all together; "…และรับรางวัลดังนี้": as follows)
    r"ออนไลน์|มี(?!ส่วน)|"  # ("เข้ารับรางวัลออนไลน์": online; "ที่ได้รับรางวัลมีทั้งหมด 3 แห่ง": there are)
    r"ถึง$|$"  # ("ได้รับรางวัลถึง 2 หน่วยงาน": as many as, before a count)
)
# _GENERIC after a name's head word: the atomic group takes what name.removeprefix("รางวัล").removeprefix("โล่")
# .strip().removeprefix("รางวัล").strip() would (and gives none of it back), in one call instead of six.
_RE_GENERIC_NAME = re.compile(rf"(?>(?:รางวัล)?(?:โล่)?\s*(?:รางวัล)?\s*)(?:{_GENERIC.pattern})")
_RE_LEVEL_FIRST = re.compile(rf"({GRADE})(?:\s|\s?ใน\s?)(?=สาขา|ประเภท)")  # (ระดับดีเด่นในสาขา…)
_TAIL_STARTS = frozenset('("ดยปรชสห')
_RE_TAIL_CATEGORY = re.compile(r"\s?((?:ประเภท|สาขา)(?!รางวัล)[ก-๛]+(?:\s(?:ประเภท)[ก-๛]+)?)")
_RE_TAIL_QUOTED_CATEGORY = re.compile(  # ประเภท "หน่วยงานภาครัฐดิจิทัลดีเด่น (Digital Transformation)"
    r"\s?(ประเภท|สาขา)\s?[\"“]((?!รางวัล)[ก-๛][^\"”\n()]{1,60}?)\s?(?:\([A-Za-z][^()\n]{0,60}\))?\s?[\"”]"
)
# "รางวัลรัฐบาลดิจิทัล ประจำปี 2568 หรือ Digital Government Awards 2025": its English name, said as another name
_RE_OR_EN = re.compile(r"\s?หรือ\s?([A-Z][A-Za-z0-9 .&'\-]{2,60}?)(?=\s?(?:[ก-๛\"“(\n,]|$))")
_RE_LATIN = re.compile(r"[A-Za-z]")
_RE_SPOKEN = re.compile(r"เรา|ผม|ดิฉัน|ครับ|ค่ะ")  # words of a speaker: a quote holding one is speech
_RE_NEXT_LINE_QUOTE = re.compile(r"\n[^\w\n\"']{0,6}[\"']")
_RE_COUNT_BEFORE = re.compile(r"\d\s?$")
_RE_START = re.compile(r"รางวัล|โล่รางวัล|โล่เกียรติคุณ|โล่")  # as _award_at reads it at a place
_QUOTES = ('"', "'")
_START = Cued(_RE_START, ("รางวัล", "โล่"))  # for the scan of a whole text


@dataclass(slots=True)
class AwardName:
    start: int
    end: int
    name_th: str | None  # None: English only
    name_en: str | None = None
    level: str | None = None
    year_be: int | None = None
    count: int | None = None  # "ระดับดี2 รางวัล"


def award_at(text: str, pos: int) -> AwardName | None:
    """The award named at ``pos`` (at รางวัล, or at a quote that opens the name).

    Read once per place of a text (the stages of one article ask again for the same places); the callers
    share it, and one that refines it (a table's level column) makes its own copy."""
    memo = _award_memo(text)
    if pos not in memo:
        memo[pos] = _award_at(text, pos)
    return memo[pos]


@lru_cache(maxsize=8)
def _award_memo(text: str) -> dict[int, AwardName | None]:
    return {}


def _award_at(text: str, pos: int) -> AwardName | None:
    # _RE_START written out, and what follows it read as one character: a few str calls instead of many.
    if "A" <= text[pos : pos + 1] <= "Z":
        english = english_award_names(text).get(pos)
        return None if english is None else AwardName(**{f: getattr(english, f) for f in english.__slots__})
    if text.startswith("รางวัล", pos):
        after = pos + len("รางวัล")
    elif text.startswith("โล่", pos):
        after = pos + len("โล่")
        if text.startswith("รางวัล", after):
            after += len("รางวัล")
        elif text.startswith("เกียรติคุณ", after):
            after += len("เกียรติคุณ")
    else:
        return _quoted(text, pos, pos) if text[pos : pos + 1] in _QUOTES else None
    follow = text[after : after + 1]
    if follow == "\n":  # "ได้รับรางวัล\n🏆 "หน่วยงานภาครัฐดิจิทัลดีเด่น"": the name on the next line
        quote = _RE_NEXT_LINE_QUOTE.match(text, after)
        if quote is None or _RE_SPOKEN.search(text, quote.end(), quote.end() + 60):
            return None  # ("…เป็นผู้แทนรับรางวัล\n“เราไม่ได้มีงบประมาณมาก…”": what was said after, no name)
        return _quoted(text, pos, quote.end() - 1)
    if follow in _QUOTES:
        return _quoted(text, pos, after)
    if follow == "ป" and text.startswith("ประเภท", after):  # "คว้ารางวัลประเภท 'Data Governance Awards'": the quoted
        quote = after + 6 + (text[after + 6 : after + 7] == " ")  # category is the award's own name
        if text[quote : quote + 1] in _QUOTES and (named := _quoted(text, pos, quote)):
            if named.name_en or not named.name_th:
                return named
            kind = named.name_th.removeprefix("รางวัล")  # ('รางวัลประเภท "นวัตกรรมการบริการ"': the type, unquoted)
            named.name_th = "รางวัล" + (kind if kind.startswith("ประเภท") else "ประเภท" + kind)
            return named
    level = None
    if follow == " ":
        if text.startswith(_QUOTES, after + 1):
            return _quoted(text, pos, after + 1)
        if text.startswith(("สาขา", "ประเภท"), after + 1) and _RE_COUNT_BEFORE.search(text, max(0, pos - 8), pos):
            return None  # "สาขาบริการภาครัฐ 171 รางวัล สาขาคุณภาพ…": a count's unit, then the next branch
        if _RE_LATIN.match(text, after + 1):
            after += 1  # "รางวัล ITA ดีเด่น": a Latin word inside a Thai name
    elif follow == "ร" and text.startswith("ระดับ", after):
        level = _RE_LEVEL_FIRST.match(text, after)
    if level:  # "รางวัลระดับดีเด่น สาขาบริการภาครัฐ ประเภท…": the level first, then the category
        end = _clause_name_end(text, level.end())
        name = "รางวัล" + text[level.end() : end].strip()
        if "เดียวกัน" in name:  # "รางวัลระดับดีเด่นในประเภทเดียวกัน": the award named before (awards._RE_SAME)
            return None
        return _tail(text, AwardName(pos, end, name, None, level.group(1).replace(" ", "")))
    end = _clause_name_end(text, after)
    name = text[pos:end].strip().removeprefix("โล่รางวัล")  # "โล่รางวัล X": the plaque of award X, which is won
    name = name if name.startswith(("รางวัล", "โล่")) else "รางวัล" + name
    if len(name) <= 6:
        return None
    if _RE_GENERIC_NAME.match(name):  # no name: "รางวัลรวม 9 รางวัล", "โล่รางวัลนี้"
        return None
    if "เดียวกัน" in name:  # "รางวัลประเภทเดียวกัน": the award named before, not a name of its own
        return None
    return _tail(text, AwardName(pos, end, name))


def _name_end(text: str, pos: int) -> int:
    """Where the words of a name from ``pos`` end: at the first stop word or digit of its token (no stop word
    starts with a digit), but a ชนะเลิศ at its start is part of it ("รางวัลชนะเลิศการนำข้อมูล…")."""
    token = _RE_TOKEN.match(text, pos)  # never None: its last alternative may match nothing
    end = token.end()
    if end == pos:
        return pos
    digit = token.end(1)  # a Thai word's first digit, or its end (-1: a Latin name, searched here)
    if digit < 0:
        found = _RE_DIGIT.search(text, pos, end)
        digit = found.start() if found else end
    word = _RE_STOP_WORD.search(text, pos, end)
    if word and word.start() == pos and text.startswith(("ชนะเลิศ", "รองชนะเลิศ"), pos):
        word = _RE_STOP_WORD.search(text, word.end(), end)
    return min(digit, word.start()) if word else digit


def _quoted(text: str, start: int, quote: int) -> AwardName | None:
    mark = text[quote]
    close = text.find(mark, quote + 1, quote + 160)
    line_end = text.find("\n", quote + 1)
    if close < 0 or (0 <= line_end < close):
        close = _clause_name_end(text, quote + 1)  # no closing quote: the name ends with its clause
        end = close
    else:
        end = close + 1
    inner = text[quote + 1 : close].strip()
    if not inner:
        return None
    if inner.isascii():  # (an award a Thai article names only in English: that is its name there too)
        thai = inner if "Award" in inner and thai_article(text) else None
        award = AwardName(start, end, thai, name_en=inner)
    else:
        thai = inner if inner.startswith(("รางวัล", "โล่")) else "รางวัล" + inner
        if text.startswith((" สาขา", " ประเภท"), end):  # '"รางวัลเลิศรัฐ" สาขาบริการภาครัฐ': its branch, after the quote
            branch_end = _clause_name_end(text, end + 1)
            thai, end = f"{thai} {text[end + 1 : branch_end].strip()}", branch_end
        award = AwardName(start, end, thai)
    return _tail(text, award)


def _clause_name_end(text: str, pos: int) -> int:
    """Where a name that starts at ``pos`` ends: its words, and the words that refine it (สาขา…, ประเภท…)."""
    end = _name_end(text, pos)
    while text.startswith(_CONTINUE_STARTS, end) and (cont := _RE_CONTINUE.match(text, end)):
        end = _name_end(text, cont.end())
    if text.endswith("หมวด", 0, end) and (number := _RE_CATEGORY_NUMBER.match(text, end)):
        end = number.end()  # "… ประเภทรายหมวด หมวด 1 การนำองค์การ": the PMQA category, by its number
        title = _RE_CATEGORY_TITLE.match(text, end)  # and its title ("การนำองค์การ", "ผลลัพธ์การดำเนินการ")
        end = title.end() if title else end
    elif version := _RE_VERSION.match(text, end):
        end = version.end()  # "รางวัลหน่วยงานต้นแบบการพัฒนาสู่ระบบราชการ 4.0": a name's "4.0"
    elif text.endswith("ปี", 0, end) and _RE_DIGIT_AFTER.match(text, end):
        end -= 2  # "รางวัลรัฐบาลดิจิทัลปี 66": the year, glued, is no word of the name
    return end


LERTRAT_BRANCHES = ("บริการภาครัฐ", "การบริหารราชการแบบมีส่วนร่วม", "คุณภาพการบริหารจัดการภาครัฐ")  # รางวัลเลิศรัฐ's


def _branch_named(name: str) -> bool:
    """A branch of รางวัลเลิศรัฐ, said with สาขา or by its award's own name ("รางวัลบริการภาครัฐ")."""
    return "สาขา" in name or name.endswith(LERTRAT_BRANCHES)


def _tail(text: str, award: AwardName) -> AwardName:
    """What follows a name and belongs to it: (English), "English", the year, the level, a count."""
    end = award.end
    for _ in range(4):
        first = text[end + 1 : end + 2] if text[end : end + 1].isspace() else text[end : end + 1]
        if first not in _TAIL_STARTS:
            break  # each pattern below starts (after one optional space) with one of these letters: the first
        # Each pattern is tried only where what it finds would be kept (not a second English name, year, level).
        if first in '("':  # letter tells which one can match, and only that one is tried
            if not award.name_en and (m := _RE_EN.match(text, end) or _RE_QUOTED_EN.match(text, end)):
                award.name_en, end = m.group(1).strip(), m.end()
                continue
            # "รางวัลองค์กรโปร่งใส (ประเภทรางวัลดีเด่น)": its category, in brackets
            if award.name_th and "ประเภท" not in award.name_th and (m := _RE_BRACKETED_CATEGORY.match(text, end)):
                award.name_th, end = f"{award.name_th} {m.group(1)}", m.end()
                continue
        elif first in "ดย":
            # "…ภาครัฐ (ITA) ดีเด่น": the grade is part of the name
            if award.name_th and award.name_en and (m := _RE_GRADE.match(text, end)):
                award.name_th, end = f"{award.name_th} {m.group(1)}", m.end()
                continue
        elif first == "ห":
            if award.name_th and not award.name_en and (m := _RE_OR_EN.match(text, end)):
                award.name_en, end = m.group(1).strip(), m.end()  # the English name, said as another name
                continue
        elif first in "ปส":
            if award.year_be is None and (m := _RE_YEAR.match(text, end)):
                award.year_be, end = int(m.group(1) or m.group(2)), m.end()
                continue
            if (
                award.name_th
                and "ประเภท" not in award.name_th
                and "สาขา" not in award.name_th
                and (m := _RE_TAIL_QUOTED_CATEGORY.match(text, end))
            ):
                award.name_th, end = f"{award.name_th} {m.group(1)}{m.group(2)}", m.end()
                continue
            # "รางวัลหน่วยงานต้นแบบด้านข้อมูลภาครัฐ (DIGI Data Awards 2024) ประเภทการเปิดเผยข้อมูลเปิดภาครัฐ": the
            # category after the English name is the Thai name's (not "ประเภทรางวัล…", an award of its own)
            # "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ": the branch's type after its level
            # "รางวัลเลิศรัฐ ประจำปี 2566 สาขาการบริหารราชการแบบมีส่วนร่วม": the branch after the year
            if (
                award.name_th
                and (
                    award.name_en
                    or (award.level and _branch_named(award.name_th) and "ประเภท" not in award.name_th)
                    or (award.year_be and "สาขา" not in award.name_th and "ประเภท" not in award.name_th)
                )
                and (m := _RE_TAIL_CATEGORY.match(text, end))
            ):
                award.name_th, end = f"{award.name_th} {m.group(1)}", m.end()
                continue
        elif award.level is None and (m := _RE_LEVEL.match(text, end)):
            award.level = (m.group(1) or m.group(2)).replace(" ", "")
            award.count = int(m.group(3)) if m.group(3) else None
            end = m.end()
            continue
        break
    award.end = end
    return award


def find_award_names(text: str, start: int = 0, end: int | None = None) -> list[AwardName]:
    """Award names in ``text[start:end]``; the whole text is read once and sliced (called per line)."""
    names, starts, ends = _all_award_names(text)
    # Names do not overlap: their starts and their ends are both in order, so the names wanted are one slice.
    i = bisect.bisect_left(starts, start)
    return names[i : bisect.bisect_right(ends, len(text) if end is None else end, i)]


@lru_cache(maxsize=8)
def _all_award_names(text: str) -> tuple[list[AwardName], list[int], list[int]]:
    """The award names of the text, in order, with their starts and their ends."""
    found, pos, last = [], 0, -10
    english = english_award_names(text)
    # Where the head words start, as _START.finditer would give them but without its match at each (award_at
    # reads the head word again): the รางวัล of a โล่รางวัล is part of one head word, as finditer read it.
    starts = _START.starts(text)
    for start in sorted([*starts, *english]) if english else starts:
        if start == last + len("โล่") and text.startswith("โล่รางวัล", last):
            continue
        last = start
        if start < pos:
            continue
        award = award_at(text, start)
        if award:
            found.append(award)
            pos = award.end
    return found, [a.start for a in found], [a.end for a in found]


def _gloss(text: str, start: int) -> bool:
    """An English name in brackets right after a Thai award's name ("รางวัลบริการดิจิทัลภาครัฐดีเด่น (Digital Service
    Awards)") is that award's English name; after an organization ("กรมชลประทาน (Data Analytics Awards)"), its award."""
    if text[start - 1 : start] != "(":
        return False
    line = text.rfind("\n", 0, start) + 1
    head = text.rfind("รางวัล", max(line, start - 160), start)
    award = _award_at(text, head) if head >= 0 else None  # (its closing quote may stand between: "“รางวัลX” (X Award)")
    return award is not None and (award.end >= start or not text[award.end : start - 1].strip(" \"'"))


@lru_cache(maxsize=8)
def thai_article(text: str) -> bool:
    """More Thai letters than Latin ones."""
    latin = INDEX.latin(text)
    return sum(map(str.isalpha, latin)) < len(text) - len(latin)


_RE_THAI_GLOSS = re.compile(r"\s?\(([ก-๛][ก-๛\s]{1,60})\)")
# "Open Data Awards", "Data Governance Awards": capitalized Latin words ending in Award(s), the whole name.
_RE_EN_AWARD_BEFORE = re.compile(r"[A-Z][A-Za-z0-9&.\-]*\s(?:(?:[A-Z][A-Za-z0-9&.\-]*|for|of|and|the|in|on)\s){0,6}$")


@lru_cache(maxsize=8)
def english_award_names(text: str) -> dict[int, AwardName]:
    """Award names a Thai article writes only in English, by where they start: DIGI Data Awards' categories
    ("ประเภท Open Data Awards ตกเป็นของ…", a heading "Data Governance Awards" over its winners). The name is
    also the Thai name (the one the article gives), but not where it glosses a Thai name "(Digital Service
    Awards)", nor a programme's own name ("DIGI Data Awards 2024"), nor in an English article."""
    if "Award" not in text:
        return {}
    from pipeline.extract.merge import is_programme_name  # (merge reads names: imported when first asked)

    if not thai_article(text):
        return {}  # an English article: its names are English, read as such
    found = {}
    for i in occurrences(text, "Award"):
        end = i + 6 if text.startswith("Awards", i) else i + 5
        words = _RE_EN_AWARD_BEFORE.search(text, max(0, i - 80), i)
        if not words or (end < len(text) and (text[end].isalnum())) or _gloss(text, words.start()):
            continue
        name = text[words.start() : end]
        spaces = [j for j, c in enumerate(name) if c == " "]  # ("DGA DG Awards": the programme after its organizer)
        if not any(is_programme_name(name[j + 1 :]) for j in spaces) and not is_programme_name(name):
            thai = _RE_THAI_GLOSS.match(text, end)  # "Smart Local Government Awards (ท้องถิ่นอัจฉริยะ)": the Thai name given
            award = AwardName(words.start(), thai.end() if thai else end, thai.group(1) if thai else name, name_en=name)
            found[words.start()] = award if text[award.end : award.end + 1] == "\n" else _tail(text, award)
    return found


@lru_cache(maxsize=8192)
def award_key(name: str | None) -> str:
    """A key under which two spellings of one award meet (headline vs body, ดิจิตอล vs ดิจิทัล)."""
    if not name:
        return ""
    key = re.sub(r"[\s\"'“”‘’()]", "", name)
    key = key.removeprefix("รางวัล").removeprefix("โล่")
    return key.replace("ดิจิตอล", "ดิจิทัล").replace("ดิจิตัล", "ดิจิทัล").lower()
