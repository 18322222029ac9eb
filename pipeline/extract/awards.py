"""Who won what: win clauses, their recipients and their awards.

A win is stated by a verb of receiving (ได้รับ, คว้า, เข้ารับ, รับมอบ …) before an award, by
giving an award to someone (มอบรางวัล … ให้แก่ …), or by an award heading followed by the list
of its winners (``headings``). The recipient is, in this order: the organizations listed after
the award, the one named after ในนาม, the organization (or the person, through the
organization in their job title) just before the verb, the organization the article is about.
The awards are the ones listed after a count ("จำนวน 2 รางวัล ได้แก่ 1) … 2) …"), the one named
after the verb, or the heading the clause sits under.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.extract import english
from pipeline.extract.events import programmes
from pipeline.extract.lists import RE_AWARD_COUNT, ListSpan, read_list
from pipeline.extract.merge import DOUBTFUL, is_programme_name, merge, programme_of
from pipeline.extract.names import GRADE, LERTRAT_BRANCHES, AwardName, award_at, find_award_names
from pipeline.extract.people import POSITION_OPENING
from pipeline.model import Award, Evidence, Issue, Org, Person, StatedCount
from pipeline.orgs import OrgFinder, sub_unit
from pipeline.textmatch import Cued, Words, trie_pattern
from pipeline.textmatch import line_end as _line_end

# "ได้รับ 🏆 รางวัล…", "ไปรับ #รางวัลเลิศรัฐ": a post's emoji or hashtag mark before the award
_EMOJI = "(?:[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f]{1,4}|#)\\s?"
_OBJECT = (
    rf"(?=\s?(?:{_EMOJI})?(?:(?:ไปทั้ง|ไปถึง|ไป|มาถึง|มา|ได้ถึง|ถึง|อีก|รวม|ทั้ง)\s?)?(?:\d{{1,3}}\s?)?"
    r"(?:รางวัล|โล่|ถ้วย|\"|'|ระดับ(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ดี(?![ก-๛])))"
    r"|(?<=ได้รับ)[ \t]*\n\n?[^\w\n\"'(]{1,4}[ \t]*รางวัล)"  # ("โดย ขบ. ได้รับ\n\n- รางวัล…": bullets below)
)
_RE_EMOJI = re.compile(_EMOJI)
_RE_UNNAMED_LEVEL = re.compile(  # ("รางวัลระดับดีหลายแห่ง": a vague count glued to it)
    r"\s?รางวัล\s?(ระดับ(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ดี))(?:(?![ก-๛])|(?=หลาย|จำนวน|คือ|ได้แก่))"
)
_RE_LEVEL_OBJECT = re.compile(r"(ระดับ(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ดี))(?:ไปครอง)?")
_RE_FILLER = re.compile(  # "คว้าไปทั้งรางวัล A และรางวัล B", "ขึ้นรับรางวัลถึง 2 รางวัล คือ A และ B" (as many as)
    r"(?:ไปทั้ง|ไปถึง|ไป|มาถึง|มา|ได้ถึง|ถึง|ทั้ง(?=\s?รางวัล)|รางวัลถึง(?=\s?\d))\s?"
)
_RE_WIN = re.compile(
    r"(?:ได้รับการคัดเลือกให้(?:ได้รับ|เป็น)|ได้รับการประกาศ(?:ผล)?ให้ได้รับ|ได้รับการประกาศเกียรติคุณ\s?|ได้รับ|คว้า|กวาด|เข้ารับ(?:มอบ)?|"
    r"ร่วมรับ(?:มอบ)?|รับมอบ|รับ|ครอง|ได้(?= ?(?:รางวัล|โล่)))" + _OBJECT  # (ได้รางวัล: said, not written)
)
_WIN = Cued(  # the verbs, for the scan of a whole text
    _RE_WIN, ("ได้รับ", "คว้า", "กวาด", "ครอง", "เข้ารับ", "ร่วมรับ", "รับ", "ได้รางวัล", "ได้ รางวัล", "ได้โล่", "ได้ โล่")
)
_RE_GIVE = re.compile(r"มอบ(?=\s?(?:รางวัล|โล่|ถ้วย|เกียรติบัตร|\"))")
_RE_TO = re.compile(  # ("… แก่ผู้แทนหน่วยงาน ดังนี้ นาย… อธิบดีกรม… นาง… ผู้ว่าราชการจังหวัด…": to those accepting for them)
    r"\s?(?:ให้แก่|ให้กับ|แก่)\s?(?:ผู้แทน(?:หน่วยงาน|ส่วนราชการ)?(?:ต่าง\s?ๆ)?\s?(?:ดังนี้|ได้แก่)\s?:?\s?)?"
)
# A wish, a past, a question, a goal ("คือการได้รับ"): not this article's win ("สร้างชื่อเสียงด้วยการคว้า" is one).
# (Every word written out with its first letter, as in all the patterns searched before a position below: the
# engine then skips to those letters.)
_NOT_A_WIN = re.compile(
    r"(?:ไม่|เคย|จะ|หวังว่าจะ|เพื่อ|ขอ|หาก|เตรียม|รอ|ต้อง|เคยได้|หลังจาก|ภายหลังจาก|ใด|ควร|คือการ|ในการ|เพื่อการ|เป็นการ|สำห|"
    r"ด(?<!ชื่อเสียงด)้วยการ|ถึงการ|ตั้งเป้า(?:หมาย)?|มุ่งหวัง|ลุ้น|"  # (the look-behind after its first letter: see above)
    r"ไ(?<=ไม่ไ)ด้เป็นผู้|ใ(?<=ไม่ใ)ช่ผู้|"  # "…ในฐานะพันธมิตร ไม่ได้เป็นผู้รับรางวัล": not the one who received it
    r"ทักทายผู้|ยินดีกับผู้|ยินดีแก่ผู้|ต้อนรับผู้|ของผู้|รายการผู้|รายชื่อผู้|"  # "…เดินทักทายผู้ได้รับรางวัล",
    # "แนวทางของผู้ได้รับรางวัล": the winners greeted, whose ways are followed, or listed ("ไม่มีชื่อในรายการผู้ได้รับ
    # รางวัล"): no win of who is named before
    r"[|\t]\s?ผู้|ผู้ที่ขึ้น)"  # "| ลำดับ | ผู้รับรางวัล | รางวัล |": a table's header names a column, no win;
    # "ผู้ที่ขึ้นรับรางวัลบนเวทีคือ X": who went up is said after the verb, not before it
    r"(?:ได้)?\s?$"
)
_RE_COUNT = re.compile(  # "2 รางวัลซ้อน", "3 รางวัลรวด": a headline's glued "in a row" is part of the count
    r"\s?(?:มี)?(?:จำนวน|รวมทั้งสิ้น|รวมทั้งหมด|ทั้งสิ้น|ทั้งหมด|รวม|อีก)?\s?(\d{1,3})\s?"
    r"(รางวัล|หน่วยงาน|ผลงาน|แห่ง|องค์กร|ประเภท|สาขา)(?:ซ้อน|รวด)?"
)
_COUNT_FIRST = frozenset("มจรทอ")  # the first letters of มี and of _RE_COUNT's words
_RE_INTRO = re.compile(r"\s?(?:ได้แก่|ได้แก|หนึ่งในนั้นคือ|คือ|ประกอบด้วย|ดังนี้|ดังต่อไปนี้|อาทิ|เช่น|มีทั้ง)\s?:?|\s?:|\n")
_RE_COUNT_LIST = re.compile(r"(?:รวม|จำนวน|ทั้งหมด|ทั้งสิ้น)\s?(\d{1,2})\s?รางวัล\s?(?:ดังนี้|ได้แก่|คือ|ประกอบด้วย)\s?:?")
_RE_OTHER_COUNT = re.compile(r"\d\d*\s?(?:สาขา|ประเภท|ด้าน|มิติ|หมวด|กลุ่ม)")
_RE_NOT_WON_ON_THE_WAY = re.compile(r"ไม่ได้รับ|เข้ารอบแต่|ไม่ผ่าน")  # "ได้รับ 298 รางวัล และหน่วยงานที่เข้ารอบแต่ไม่ได้รับรางวัล เช่น"
_RE_INTRO_AT_END = re.compile(  # (searched up to a line's end; "ดังรายชื่อต่อไปนี้ (เรียงตามจังหวัด)" too)
    r"(?:ได้แก่|ประกอบด้วย|ดังนี้|ต่อไปนี้)(?:\s?\([^()\n]{1,30}\))?\s?:?$"
)
_RE_INTRO_AHEAD = re.compile(r"(?:ได้แก่|ประกอบด้วย|ดังนี้|อาทิ|เช่น|\d\s?(?:แห่ง|หน่วยงาน)\s?คือ)\s?:?")  # (อีก 1 แห่ง คือ X)
# _RE_INTRO_AHEAD in two, for _intro_ahead: its words (the engine skips to their first letters: a digit among them
# has it try every position), and the counted one, searched only where คือ is.
_RE_INTRO_WORD = re.compile(r"(?:ได้แก่|ประกอบด้วย|ดังนี้|อาทิ|เช่น)\s?:?")
_RE_INTRO_COUNTED = re.compile(  # ("อีก 1 แห่ง คือ X", "ร่วมกับอีกสองหน่วยงานในประเภทเดียวกัน คือ A และ B")
    r"(?:\d|สอง|สาม|สี่|ห้า)\s?(?:แห่ง|หน่วยงาน)(?:ในประเภทเดียวกัน|ในประเภทนี้)?\s?คือ\s?:?"
)
_NEGATIVE_WORDS = (
    *("ไม่ได้รับรางวัล", "ส่งผลงาน", "เข้าร่วมประกวด", "สมัคร", "ผ่านเข้ารอบ", "ผู้เข้ารอบ", "เสนอชื่อ", "รับชม", "ถ่ายทอดสด"),
    *("เข้าร่วมสัมมนา", "ร่วมรับฟัง", "เข้ารับการพิจารณา"),
    *("ขอให้หน่วยงาน", "ขอให้ผู้"),  # a request: "ขอให้หน่วยงานที่ได้รับรางวัลส่งรายชื่อผู้แทนเข้ารับรางวัล…"
    "นำผลงาน",  # "อยากให้ทุกกรม…นำผลงานที่ได้รับรางวัลไปเป็นต้นแบบ": to take up the winning works, no win of theirs
    "อยากเห็น",  # a wish: "อยากเห็นกรมศุลกากร… ขึ้นมารับรางวัลในปีหน้า"
    *("ฉบับเดิม", "เดิมระบุ", "ครั้งแรกระบุ"),  # a correction: "ข่าวฉบับเดิมระบุว่า X ได้รับรางวัล… ซึ่งไม่ถูกต้อง"
)
# Factored by prefix (none is another's prefix: the same matches): at each เ, ส, ร the engine tries one branch
# (a tenth fewer instructions per search).
_RE_NEGATIVE = re.compile(trie_pattern(_NEGATIVE_WORDS))
# "ตามที่…ได้เผยแพร่ข่าว…ว่า X ได้รับรางวัล… นั้น ขอแก้ไขข้อมูลให้ถูกต้อง": a report the article corrects
_RE_CORRECTED = re.compile(r"[^\n]{0,40}?(?:นั้น\s?(?:ขอ)?แก้ไข|ซึ่งไม่ถูกต้อง|ซึ่งคลาดเคลื่อน)")


_RE_THIS_KIND = re.compile(r"(?:รางวัล|โล่)(?:ใน)?(?:ประเภท|สาขา)\s?(?:ดังกล่าว|นี้)")
_RE_UNNAMED = re.compile(  # ("ที่ได้รับรางวัลระดับดีเด่นคือ A": a level, then its list)
    r"(?:รางวัล|โล่)(?:ด้วย|ดังกล่าว|นี้|ต่าง ?ๆ|ใน[ก-๛]*|\s?ระดับ(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ดี)(?=\s?(?:คือ|ได้แก่)))?\s?"
)
_RE_SAME = re.compile(  # ("ได้รับรางวัลระดับดีเด่นในประเภทเดียวกัน": the same award, at that level)
    r"(?:รางวัล|โล่)(?:(ระดับ\s?(?:ดีเด่น|ดี))\s?)?(?:ใน)?(?:ประเภท|สาขา|ระดับ)?\s?เดียวกัน(?:กับ[ก-๛]+)?\s?"
)
_RE_ANOTHER = re.compile(r"\s?(?:จากผลงาน\s?\"[^\"\n]{1,160}\"\s?)?(?:และ|รวมทั้ง|พร้อมทั้ง)\s?(?=รางวัล|โล่)")
_RE_CLAUSE_BREAK = re.compile(r"\n|ทั้งนี้|นอกจากนี้|สำหรับ(?!หน่วยงาน)|ขณะที่|อนึ่ง|\s(?=โดยใน)|\s(?=ส่วน)")
# Its literal words but the line break, for _clause_start. Where they are comes from the article's INDEX pass;
# the line break is found by str.rfind (in the index, every line break of every article would be a hit, which
# costs its pass more than the rfind saves).
_CLAUSE_WORDS = ("ทั้งนี้", "นอกจากนี้", "สำหรับ", "ขณะที่", "อนึ่ง")
_CLAUSE_WORD = {word[0]: word for word in _CLAUSE_WORDS}  # (their first letters differ)
_BREAKS = Words((*_CLAUSE_WORDS, "โดยใน", "ส่วน"))
# Between a subject and its verb, these mean the subject is not the one who won.
# (The มี words as one branch: a tenth fewer instructions per search; a full trie of them all costs twice as many.)
_RE_BLOCKING = re.compile(
    r"พิจารณา(?!\s?(?:ให้)?$)|คัดเลือก(?!\s?(?:ให้)?$)|ตัดสิน(?!\s?(?:ให้)?$)|ก่อนที่|ประกาศ|"  # but "ผ่านการพิจารณาได้รับ…"
    r"สังกัด|มี(?:หน่วยงาน|องค์กร|\s?อปท|ผู้|โรงพยาบาล|สถาน)|เป็นประธาน|"
    r"มอบ(?!หมาย)|กล่าว(?!ภายหลัง|หลัง)|เปิดเผย(?!ภายหลัง|หลัง)|จัดขึ้น|จัดพิธี|แสดงความยินดี|ร่วมยินดี|ยินดีกับ|ยินดี\s|ชื่นชม|เคย|ผลงาน|"
    r"ดูรายชื่อ|รายชื่อผู้"  # "… ทางเพจ DGA Thailand และดูรายชื่อผู้ได้รับรางวัลทั้งหมดได้ที่ …", "DGA ระบุว่า… เราสรุป
    # รายชื่อผู้ได้รับรางวัลหลักไว้ในตาราง": a pointer to the list of winners, no win of the one named before
)  # (but "X เปิดเผยภายหลังเข้ารับรางวัล": X spoke after receiving it)
# Words just before an organization that make it a modifier, not a subject.
_RE_MODIFIER = re.compile(  # ("อปท. จังหวัดขอนแก่น", "…ท้องถิ่นในพื้นที่จังหวัดขอนแก่น": the province's local governments)
    r"(?:ณ|ในสังกัด|สังกัด|ของ(?<!เป็นของ)(?<!ส่วนของ)|จาก|กับ(?<!ยินดีกับ)|แก่(?<!ได้แก่)|ร่วมกับ|ใน(?<!นามใน)|ภายใน|ทั่ว|อปท\.?|พื้นที่|"
    r"ส่วนราชการ)\s?$"  # ("ส่วนราชการจังหวัดสุโขทัย รับรางวัล…": the province's agencies won, not the province)
)
# "โรงพยาบาลศรีนครินทร์ คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น": between a unit and its university, its faculty
# (or "X ในสังกัด Y": X; "โรงพยาบาลX (X Hospital) คณะแพทยศาสตร์ มหาวิทยาลัยY": its English name between too)
_RE_FACULTY = re.compile(r"\s(?:\([A-Za-z][^()\n]{0,60}\)\s)?(?:คณะ|สำนักวิชา)[ก-๛]+\s|\s?(?:ใน|ภายใต้)?สังกัด\s?")
_RE_JOINED = re.compile(r"\sและ|ซึ่ง(?:ได้)?$|ผลการ(?:ตัดสิน|ประเมิน|พิจารณา)|ผลปรากฏ")  # a new clause (_negative)
_RE_JOINT = re.compile(r"\s?ร่วมกับ\s?|กับ")  # ("กรมสุขภาพจิตกับโรงพยาบาลพระนั่งเกล้า ได้รับ…": glued, and)
_RE_ENVOY = re.compile(r"ผู้แทน|ในนาม|แทน")
_RE_EDITION = re.compile(r"\s(?:19|20|25)\d\d$")
_RE_AND = re.compile(r"[\"']?\s?(?:,|และ|กับ)\s?[\"']?$")  # ('"กรมบัญชีกลาง" และ "กรมสรรพสามิต"': quoted names too)
_RE_OR = re.compile(r"\s?หรือ\s?")
_RE_ON_BEHALF = re.compile(r"\s?ในนาม(?:ของ)?\s?")
_RE_OF = re.compile(r"\s?ของ\s?")
_RE_LIST_OPENS = re.compile(r"(?:คือ|ได้แก่|ประกอบด้วย|เช่น|อาทิ|ยินดีกับ|ชื่นชม)\s?$")  # (ขอแสดงความยินดีกับ A B และ C)
_RE_RELATIVE = re.compile(r"(?:ที่|ซึ่ง)\s?(?:ได้|เคย)?\s?$")
# "ประกาศให้ มหาวิทยาลัยสงขลานครินทร์ เป็นหน่วยงานที่ได้รับรางวัล…": the noun before ที่ is the subject's class
# "กรมที่ดินเป็นหนึ่งในหน่วยงานที่ได้รับรางวัล…", "… เป็น 1 ใน 5 จังหวัดที่ได้รับ…": one of the winners
_RE_IS_ONE = re.compile(  # (and "… ได้รับการคัดเลือกให้เป็นหน่วยงานที่ได้รับรางวัล…")
    r"\s?(?:ได้รับการ(?:คัดเลือก|ประกาศ)ให้\s?)?(?:ถือ)?เป็น(?:\s?(?:หนึ่ง|1)\s?ใน\s?(?:\d{1,4}\s?)?|\s?\d{1,3}\s?)?"
    r"(?:หน่วยงาน|องค์กร|สถาบัน|ส่วนราชการ|รัฐวิสาหกิจ|มหาวิทยาลัย|โรงพยาบาล|จังหวัด|เทศบาล|อปท\.?)?\s?"
)
_RE_CATEGORY_ITEM = re.compile(  # (not "สาขานี้มี…", "ประเภทดังกล่าว": this one, said before, no name)
    rf"((?:สาขา|ประเภท)(?!นี้|ดังกล่าว|เดียวกัน)[ก-๛]+(?:\s(?:ประเภท)[ก-๛]+)?)(?:\s?({GRADE}))?"
)
_RE_PAST = re.compile(  # (every branch starts with a letter: the engine skips to those; ในปี last, its year group 4)
    r"ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา(?!\s?(?:นี้|\d))|(?:เมื่อ|ต่อเนื่องจาก|(?<=ทั้งนี้\s))ปี\s?(?:พ\.\s?ศ\.\s?)?(\d{4})|\((\d{4})\)|"
    r"ได้รับรางวัล[^\n]{0,60}?ประจำปี\s?(?:พ\.\s?ศ\.\s?)?(\d{4})|"  # "(ที่)ได้รับรางวัล… ประจำปี 2568": an edition's
    r"ใน(?<!ภายใน)ปี\s?(?:พ\.\s?ศ\.\s?)?(\d{4})"  # (not "ภายในปี 2570": by then, a goal)
)
# "ซึ่งได้รับรางวัลนี้เมื่อปีที่แล้ว": the award (a few words, no list) won last year
_RE_LAST_YEAR = re.compile(r"[^\s]{0,30}?\s?(?:มาแล้ว)?\s?(?:เมื่อ|ใน)ปี(?:ที่แล้ว|ก่อน)(?![ก-๛])")
_RE_BACKGROUND = re.compile(  # ("ได้รับรางวัลระดับดีเด่นเมื่อปี 2564": an unnamed award's level before the year)
    r"\s?(?:ระดับ(?:ดีเด่น|ดีเลิศ|ยอดเยี่ยม|ดี))?\s?(?:มาแล้ว)?\s?(?:เมื่อปี|ในปี|ปี)\s?(?:พ\.\s?ศ\.\s?)?(\d{4}|\d{2}(?![\d.,:/]))"
)
# "รางวัลที่ ธ.ก.ส. ได้รับ ได้แก่ 1. … 2. …": the awards an organization won, listed after it.
_RE_AWARDS_OF = Cued(r"(?:รางวัล|โล่)(?:ที่|ซึ่ง)\s?", ("รางวัลที่", "รางวัลซึ่ง", "โล่ที่"))
_RE_OWN_VERB = re.compile(r"\s?(?:ได้รับ|คว้า|ได้)[^\n:]{0,40}?(?=\s?(?:ได้แก่|มีดังนี้|ดังนี้|คือ|ประกอบด้วย|:)|\n)")
# Awards to persons: รางวัลผู้นำองค์กรดิจิทัลดีเด่น, รางวัลบุคคลต้นแบบ…, รางวัลเชิดชูเกียรติข้าราชการ…, CIO ดีเด่น.
_RE_PERSON_AWARD = re.compile(
    r"(?:รางวัล|โล่)?\s?(?:เชิดชูเกียรติ|ยกย่อง)?\s?(?:บุคคล|บุคลากร|ผู้นำ(?!ร่อง)|ผู้บริหาร|นักบริหาร|ข้าราชการ|เจ้าหน้าที่|"
    r"พนักงาน|ลูกจ้าง|ครู|อาสาสมัคร|คนดี|ผู้ทำคุณประโยชน์|CIO|Chief)"
)
# _RE_PERSON_AWARD's nouns alone, factored: where it is searched for, what it finds (its words before them are
# optional, and tried at every letter)
_RE_PERSON_NOUN = re.compile(
    r"C(?:IO|hief)|ข้าราชการ|ค(?:นดี|รู)|นักบริหาร|บุค(?:คล|ลากร)|ผู้(?:ทำคุณประโยชน์|นำ(?!ร่อง)|บริหาร)|พนักงาน|ลูกจ้าง|"
    r"อาสาสมัคร|เจ้าหน้าที่"
)
_RE_ALSO = re.compile(r"\s?(?:รางวัล|โล่)(?:ด้วย|เช่นกัน|เหมือนกัน)")  # "ที่ได้รับรางวัลด้วย ได้แก่": other wins, unnamed
_RE_LEVEL_GROUP = re.compile(
    rf"\s?(?:แบ่งเป็น|ได้แก่|คือ|ประกอบด้วย|,|และ)?\s?({GRADE})\s?\d{{1,3}}\s?รางวัล\s?(?:ได้แก่|คือ|:)\s?"
)
_RE_ITEM_LEVEL = re.compile(  # "จังหวัดลำพูน เทศบาลตำบลริมปิง ระดับดีเด่น"; "A ระดับดีเด่น, B ระดับดี และ C ระดับดี ทั้งหมด…"
    rf"\s?[–—:\-]?\s?({GRADE})(?:[\s,]*(?:และ)?\s*$|(?=\sทั้ง(?:หมด|\s?\d)))"
)
_RE_ITEM_CATEGORY = re.compile(  # after a dash or a colon, or a space before a branch of รางวัลเลิศรัฐ or a ประเภท
    rf"(?:\s?[–—:\-]\s?|\s(?:ใน)?(?=ประเภท|สาขา(?:บริการ|การบริหาร|คุณภาพ)))((?:ประเภท|สาขา)[^\n(]+?)"
    rf"\s?(?:\(([^)\n]{{2,80}})\))?\s?({GRADE})?(?:\s?\d{{1,3}}\s?รางวัล)?"  # ("A ในสาขา…": the branch it won in)
    r"(?:\s?(?:จาก)?(?:ผลงาน|โครงการ|ระบบ|แอป)[^\n]*?)?(?:\s?ซึ่ง[^\n]*?)?"  # "…จากผลงาน "…", B"; "… ซึ่ง…": an aside
    r"[\s,]*(?:และ|รวมถึง|รวมทั้ง|ตลอดจน)?\s*$",
    re.M,
)
_RE_BRANCH = re.compile(r"สาขา[ก-๛]+")
# The ceremony in an aside: "ในพิธีมอบรางวัล…", "ซึ่งเข้ารับรางวัลไปเมื่อวันที่ 14 กันยายน 2566" (when, not another win)
_RE_CEREMONY_AWARD = re.compile(
    r"(?:พิธี|งาน)(?:มอบ|ประกาศผล|ประกาศ)?รางวัล|ซึ่ง(?:ได้)?(?:เข้า)?รับรางวัล(?:ไป)?(?=\s?(?:เมื่อ|ใน|ณ))"
)
_RE_COUNT_AHEAD = Cued(
    r"\s?(?:จำนวน|รวม)\s?\d{1,3}\s?(?:รางวัล|หน่วยงาน|แห่ง|ผลงาน|องค์กร)\s?(?=ได้แก่|ดังนี้|ประกอบด้วย|คือ|:)",
    (" จำนวน", "จำนวน", " รวม", "รวม"),
)
# "ในพิธีมอบรางวัล X": the ceremony, not the award won.
_RE_CEREMONY = re.compile(
    r"พิธี(?:มอบ|ประกาศผล|ประกาศ)?\s?$|งาน(?<!ผลงาน)(?:มอบ|ประกาศผล|ประกาศ)\s?$|สัมมนา(?:วิชาการ)?\s?(?:และ)?มอบ\s?$"
)  # (…, "งานสัมมนาวิชาการและมอบรางวัลเลิศรัฐ": the ceremony's name, within CEREMONY_REACH letters before the award's)
CEREMONY_REACH = 20
_RE_WORK = re.compile(r"ผลงาน|บริการ|ระบบ|โครงการ|แอป|แพลตฟอร์ม|นวัตกรรม|ศูนย์")
WINDOW = 260
NEGATIVE_REACH = 80  # how far before a verb an "applied / shortlisted / watched" word still speaks of it
TOTAL = 30  # so many awards to one unnamed subject is a total
MAX_EVIDENCE = 600


@dataclass
class Mentions:
    """What the article names, found once and looked up by position."""

    text: str
    orgs: OrgFinder
    people: list[Person]
    org_mentions: list[Org]
    year_be: int | None = None  # the event's year: wins of other years are background
    body: int = 0  # where the body starts: above it, a headline's subject is not guessed
    programme: str | None = None  # the event's programme: an award that names none belongs to it

    def __post_init__(self) -> None:
        # The mentions are left to right and do not overlap, so their ends are in order too: a clause finds
        # the ones inside it by bisection instead of reading them all.
        self._org_ends = [o.evidence.end for o in self.org_mentions]
        self._people_at: dict[int, Person] = {}  # person_at is asked at every list item's start
        for person in self.people:
            self._people_at.setdefault(person.evidence.start, person)
        self._breaks: list[int] | None = None

    def breaks(self) -> list[int]:
        """Where _BREAKS' words start in the text: found once, then bisected for each verb's clause."""
        if self._breaks is None:
            self._breaks = _BREAKS.starts(self.text)
        return self._breaks

    def left_entity(self, start: int, end: int) -> Org | Person | None:
        """The organization or person written last in ``text[start:end]`` that can be a subject; of two
        organizations side by side ("โรงพยาบาลขอนแก่น สำนักงานสาธารณสุขจังหวัดขอนแก่น ได้รับ…") the first,
        the second being where it belongs."""
        best = self._last_entity(start, end)
        if isinstance(best, Org):
            before = self._org_before(start, best.evidence.start)
            if (
                before is not None
                and (
                    self.text[before.evidence.end : best.evidence.start] == " "
                    or _RE_FACULTY.fullmatch(self.text, before.evidence.end, best.evidence.start)
                )
                and not self._inside_person(before)
                and not self._in_venue(start, before)
                # (not one that qualifies a noun before it: "ในกลุ่มท้องถิ่นของจังหวัดขอนแก่น องค์การบริหารส่วนจังหวัด…")
                and not _RE_MODIFIER.search(self.text, max(0, before.evidence.start - 12), before.evidence.start)
            ):
                return before
        return best

    def _bracketed(self, person: Person) -> bool:
        """ "นายก อบต.โพนสว่าง (นายประยงค์ ศรีบุญเรือง) ขึ้นรับรางวัล…": a name in brackets after a title is an aside;
        the subject is before it."""
        a, b = person.evidence.start, person.evidence.end
        return self.text[max(0, a - 2) : a].rstrip().endswith("(") and self.text[b : b + 2].lstrip().startswith(")")

    def _in_venue(self, start: int, org: Org) -> bool:
        """ "ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ กรุงเทพมหานคร สำนักงานเขต… ได้รับ…": the place is where, not who."""
        at = self.text.rfind("ณ ", max(start, org.evidence.start - 80), org.evidence.start)
        if at >= 0 and (at == 0 or self.text[at - 1] in " \n("):
            return True
        before = self.text[max(0, org.evidence.start - 4) : org.evidence.start]  # "ที่ศูนย์การประชุมแห่งชาติ… กรม…"
        return before.endswith(("ที่", "ที่ ")) and before[:1] in (" ", "\n")

    def _last_entity(self, start: int, end: int) -> Org | Person | None:
        best = None
        for person in self.people:
            if start <= person.evidence.start and person.evidence.end <= end + 1 and not self._bracketed(person):
                best = person
        orgs = self.org_mentions
        for i in range(bisect_right(self._org_ends, end + 1) - 1, -1, -1):  # the last one first
            org = orgs[i]
            if org.evidence.start < start:
                break
            if self._inside_person(org):
                continue
            modifier = _RE_MODIFIER.search(self.text, max(0, org.evidence.start - 12), org.evidence.start)
            if modifier and not self._owner_of_work(modifier):
                continue
            return org if best is None or org.evidence.start > best.evidence.start else best
        return best

    def _org_before(self, start: int, pos: int) -> Org | None:
        """The last organization that starts at ``start`` or after and ends before ``pos``."""
        i = bisect_left(self._org_ends, pos) - 1
        return self.org_mentions[i] if i >= 0 and self.org_mentions[i].evidence.start >= start else None

    def _owner_of_work(self, modifier: re.Match) -> bool:
        """ "บริการหมอออนไลน์ของ รพ.ขอนแก่น เพิ่งได้รับรางวัล…", ผลงาน "PWA 1662 รู้ทุกจุด…" ของการประปา…: the work's
        owner is who won (a work's quoted title is passed over)."""
        if not modifier.group(0).startswith("ของ"):
            return False
        before = modifier.start()
        if self.text[before - 2 : before].strip()[-1:] in ('"', "”", "'", "’"):  # a title in quotes before ของ
            close = before - 1 - (self.text[before - 1] == " ")
            opened = max(self.text.rfind(q, max(0, close - 120), close) for q in ('"', "“", "'", "‘"))
            before = opened if opened >= 0 else before
        return bool(_RE_WORK.search(self.text, max(0, before - 40), before))

    def coordinated(self, org: Org, start: int, count: int | None = None) -> list[Org]:
        """The organizations joined to ``org`` before it: "กรมควบคุมโรค และกรมอุตุนิยมวิทยา ได้รับ…", and in a list
        that a list word opens, those with only a space between them: "คือ A (กปน) B (รฟม) และ ขสมก ได้รับ…" (or that
        the count said after it numbers: "A B และ C เป็น 3 หน่วยงานที่ได้รับ…")."""
        chain = [org]
        while True:
            head = chain[0].evidence.start
            before = self._org_before(start, head)
            if (
                before is not None
                and before.org_id
                and before.org_id == chain[0].org_id
                and _RE_OR.fullmatch(self.text, before.evidence.end, head)
            ):  # "ขบ. หรือกรมการขนส่งทางบก และ ทล. หรือกรมทางหลวง": each one organization, said twice
                head = before.evidence.start
                before = self._org_before(start, head)
            if before is None or not _RE_AND.fullmatch(self.text, before.evidence.end, head):
                break
            unit = self._org_before(start, before.evidence.start)  # "โรงพยาบาล… คณะแพทยศาสตร์ มหาวิทยาลัย… และ B":
            if unit is not None and _RE_FACULTY.fullmatch(self.text, unit.evidence.end, before.evidence.start):
                before = unit  # the hospital, not its university
            chain.insert(0, before)
        if len(chain) == 1:
            return chain
        spaced, head = [], chain[0].evidence.start
        while (before := self._org_before(start, head)) is not None and self.text[before.evidence.end : head] == " ":
            spaced.insert(0, before)
            head = before.evidence.start
        opened = spaced and (
            _RE_LIST_OPENS.search(self.text, max(start, head - 24), head)
            # "ทน.หาดใหญ่ ทม.สะเดา และ อบต.ท่าช้าง ได้รับ…": local governments, each named by its kind, are a list
            or all(o.name_th.startswith(("เทศบาล", "องค์การบริหารส่วน")) for o in (*spaced, *chain))
            or len(spaced) + len(chain) == count
        )
        return spaced + chain if opened else chain

    def joint_winner(self, org: Org, verb: int) -> Org | None:
        """ "กรมการแพทย์ ร่วมกับสำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.) ได้รับรางวัล…": a joint win, the partner's too
        (an agency's, not a company's that built the system)."""
        end = org.evidence.end
        joint = _RE_JOINT.match(self.text, end) if self.text.startswith(("ร่วมกับ", " ร่วมกับ", "กับ"), end) else None
        partner = self.orgs.at(joint.end()) if joint else None
        if partner is None or partner.name_th.startswith(("บริษัท", "ห้างหุ้นส่วน")):
            return None
        return partner if self.text[partner.evidence.end : verb].strip() == "" else None

    def _inside_person(self, org: Org) -> bool:
        return any(p.evidence.start <= org.evidence.start < p.evidence.end for p in self.people)

    def person_at(self, pos: int) -> Person | None:
        return self._people_at.get(pos)


@dataclass
class Found:
    awards: list[Award] = field(default_factory=list)
    counts: list[StatedCount] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    consumed: list[tuple[int, int]] = field(default_factory=list)

    def taken(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.consumed)


def extract_awards(text: str, mentions: Mentions, main: Org | None, body: int) -> Found:
    found = Found()
    for m in _WIN.finditer(text):
        if not _NOT_A_WIN.search(text, max(0, m.start() - 12), m.start()):
            _win_clause(text, m, mentions, main, found)
    for m in _RE_GIVE.finditer(text):
        _give_clause(text, m, mentions, found)
    for m in _RE_AWARDS_OF.finditer(text):
        _awards_of_clause(text, m, mentions, found)
    _won_in_relative_clauses(text, mentions, found)
    if "อีก" in text:
        _the_other_award(text, found)
    grids.table_wins(text, mentions, found)
    headings.heading_lists(text, mentions, found)
    if "ทั้ง" in text:
        _both_received(text, found)
    if "ผลงานนี้" in text or "ผลงานดังกล่าว" in text:
        _this_work_won(text, found)
    found.awards += english.english_awards(text, mentions.orgs)
    found.awards = [part for a in found.awards for part in _two_types(a)]
    found.awards = [a for a in found.awards if not _in_a_past_line(text, a.evidence.start, mentions.year_be)]
    _public_organization_names(found.awards, mentions.org_mentions)
    _hospitals_by_their_place(found.awards, mentions.org_mentions)
    _programme_put_back(text, found.awards, mentions.programme)
    found.awards = merge(found.awards, _headline_end(text, body), mentions.orgs.ref, mentions.programme)
    found.awards = _without_tallies(found.awards, body)
    for award in [a for a in found.awards if _RE_PERSON_AWARD.match(a.award_th or "")]:
        found.awards.remove(award)  # an award to a person is not one to the organization in their title
        what = f"{award.award_th} (given to a person of {award.recipient.name_th})"
        found.warnings.append(Issue("person-award", f"not counted as a win of an organization: {what}", award.evidence))
    doubtful = [a for a in found.awards if a.confidence < DOUBTFUL]
    found.awards = [a for a in found.awards if a.confidence >= DOUBTFUL]
    for award in doubtful:  # said, not guessed: a curator can accept it (curation/overrides.csv)
        what = f"{award.recipient.name_th}: {award.award_th or award.award_en or 'an award'}"
        found.warnings.append(Issue("doubtful-win", f"not counted as a win ({what})", award.evidence))
    return found


_RE_TWO_TYPES = re.compile(rf"(.+?)\s(ประเภท[ก-๛]+)\s?({GRADE})\s?และ\s?(ประเภท[ก-๛]+)")


def _two_types(award: Award) -> list[Award]:
    """ "- กรมชลประทาน – ประเภทพัฒนาการบริการ ระดับดีเด่น และประเภทนวัตกรรมการบริการ ระดับดี": two types of the branch
    read as one name; each is a win, at its own level."""
    m = _RE_TWO_TYPES.fullmatch(award.award_th) if award.award_th and "และประเภท" in award.award_th else None
    if m is None:
        return [award]
    first, second = replace(award, notes=list(award.notes)), replace(award, notes=list(award.notes))
    first.award_th, first.level = f"{m.group(1)} {m.group(2)}", m.group(3).replace(" ", "")
    second.award_th = f"{m.group(1)} {m.group(4)}"
    second.level = award.level if award.level != first.level else None
    return [first, second]


_RE_THIS_WORK = re.compile(r"ผลงาน(?:นี้|ดังกล่าว)\s?(?:จึง|ยัง)?(?:ได้รับ|คว้า)\s?(?=รางวัล)")


def _this_work_won(text: str, found: Found) -> None:
    """ "ผู้อำนวยการโรงพยาบาลเลิดสิน ซึ่งขึ้นรับรางวัลด้วยตนเอง อธิบายว่า … ผลงานนี้ได้รับรางวัลเลิศรัฐ สาขา…": the award
    the work is said to have won, in the paragraph of a win read with no award named, is that win's."""
    for m in _RE_THIS_WORK.finditer(text):
        award = award_at(text, m.end())
        paragraph = text.rfind("\n\n", 0, m.start()) + 1
        if award is None or not award.name_th:
            continue
        unnamed = [
            i
            for i, won in enumerate(found.awards)
            if won.award_th is None and won.award_en is None and paragraph <= won.evidence.start < m.start()
        ]
        if len({found.awards[i].recipient.name_th for i in unnamed}) == 1:  # (one winner only: whose work it is)
            for i in unnamed:
                found.awards[i] = _named_after(text, found.awards[i], award)


_RE_BOTH = re.compile(r"ทั้ง(?:สอง|สาม|สี่|\s?[2-9])\s?(?:หน่วยงาน|แห่ง|องค์กร)\s?(?:ต่าง)?(?:ได้รับ|คว้า)\s?(?=รางวัล)")
BOTH_REACH = 300


def _both_received(text: str, found: Found) -> None:
    """ "ได้แก่ กรมการกงสุล จากผลงาน… และสำนักงานประกันสังคม จากผลงาน… ทั้งสองหน่วยงานได้รับรางวัลเลิศรัฐ สาขา… ระดับดีเด่น":
    the award said after the list is the listed winners' (read with no award of their own)."""
    for m in _RE_BOTH.finditer(text):
        award = award_at(text, m.end())
        if award is None or not award.name_th:
            continue
        for i, won in enumerate(found.awards):
            unnamed = won.award_th is None and won.award_en is None
            if unnamed and m.start() - BOTH_REACH <= won.evidence.end <= m.start():
                found.awards[i] = _named_after(text, won, award)


def _named_after(text: str, won: Award, award: AwardName) -> Award:
    """A win read with no award named, given the award the text names for it further on (its evidence up to there)."""
    evidence = Evidence.of(text, won.evidence.start, award.end)
    return make_award(won.recipient, award, evidence, won.representative, won.confidence)


# A sentence that announces a list below it ("กรมการแพทย์ได้รับรางวัลเลิศรัฐ … รวม 2 รางวัล ได้แก่"): no headline ends so.
_RE_LIST_AHEAD_END = re.compile(r"(?:ได้แก่|ดังนี้|ประกอบด้วย|ต่อไปนี้)\s?:?[ \t]*$")
LIST_AHEAD_LINE = 40  # the shortest such sentence


def _headline_end(text: str, body: int) -> int:
    """Where the headline's lines end for merging its wording into the body's: at the body, or above it at a line
    that announces a list (a short story's first long line can come after its list; the list is not a headline)."""
    pos = 0
    while pos < body and (end := text.find("\n", pos, body)) >= 0:
        if end - pos >= LIST_AHEAD_LINE and _RE_LIST_AHEAD_END.search(text, end - 16, end):
            return pos
        pos = end + 1
    return body


_RE_TALLY = re.compile(r"(?:คว้า|ได้รับ|รับ|กวาด)\s?(\d{1,2})\s?รางวัล")


def _without_tallies(awards: list[Award], body: int) -> list[Award]:
    """ "กรมที่ดินคว้า 3 รางวัลเลิศรัฐ" as the headline over a story of its three provincial offices' wins: a tally of
    the wins the article lists for others (its units), no win of its own (the body would have named it)."""
    for award in [a for a in awards if a.award_th is None and a.award_en is None and a.evidence.start < body]:
        tally = _RE_TALLY.search(award.evidence.text)
        others = {a.recipient.name_th for a in awards if a.recipient.name_th != award.recipient.name_th}
        if (
            tally
            and len(others) >= int(tally.group(1))
            and all(a.award_th or a.award_en for a in awards if a is not award)
        ):
            awards.remove(award)
    return awards


_PUBLIC = " (องค์การมหาชน)"


def _public_organization_names(awards: list[Award], named: list[Org]) -> None:
    """ "รพ.บ้านแพ้ว รับรางวัลเลิศรัฐ" and "โรงพยาบาลบ้านแพ้ว (องค์การมหาชน) ได้รับ…": one winner, by the full name the
    article writes (an organization the reference lacks is named as stated, once with its status, once without)."""
    full = {o.name_th for o in named if o.org_id is None and o.name_th.endswith(_PUBLIC)}
    for award in awards if full else ():
        if award.recipient.org_id is None and award.recipient.name_th + _PUBLIC in full:
            award.recipient.name_th += _PUBLIC


_HOSPITAL = "โรงพยาบาล"


def _hospitals_by_their_place(awards: list[Award], named: list[Org]) -> None:
    """ "รพ.สว่างแดนดิน รับรางวัล…" and "โรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน": one hospital, by the full name the
    article writes (its royal patron's title, สมเด็จพระ…, dropped in the short form), when one full name ends so."""
    for award in awards:
        short = award.recipient.name_th
        if award.recipient.org_id or not short.startswith(_HOSPITAL) or len(short) <= len(_HOSPITAL) + 2:
            continue
        place = short[len(_HOSPITAL) :]
        full = {
            o.name_th
            for o in named
            if o.name_th.startswith(_HOSPITAL + "สมเด็จพระ") and o.name_th.endswith(place) and " " not in o.name_th
        }
        if len(full) == 1:
            award.recipient.name_th = full.pop()


_BARE_BRANCH = ("รางวัลสาขา", "รางวัลประเภท", "รางวัล สาขา", "รางวัล ประเภท")


def _programme_put_back(text: str, awards: list[Award], programme: str | None) -> None:
    """ "รางวัลสาขาบริการภาครัฐ ประเภท…", "… ได้รับรางวัลประเภทพัฒนาการบริการ": an award said by its branch or type
    alone, its programme (and a type's branch) said before it. The name gets them back, as a reader would read
    it, so that one award has one name across articles: from the last award named before it that names its
    programme (its branch too when on the same line), else the article's programme."""
    bare = [a for a in awards if a.award_th and a.award_th.startswith(_BARE_BRANCH)]
    if not bare:
        return
    named = sorted((a for a in awards if a.award_th and programme_of(a.award_th)), key=lambda a: a.evidence.start)
    fallback = next((p.name_th for p in programmes() if p.programme_id == programme), None)
    for award in bare:
        rest = award.award_th.removeprefix("รางวัล").removeprefix(" ")
        before = [a for a in named if a.evidence.start < award.evidence.start]
        last = before[-1] if before else None
        prefix = last.award_th.split(" สาขา")[0].split(" ประเภท")[0].strip() if last else fallback
        if prefix and rest.startswith("ประเภท"):
            branch = _branch_of_type(text, rest.split()[0], award.evidence.start, last)
            prefix = f"{prefix} {branch}" if branch else prefix
        if prefix:
            award.award_th = f"{prefix} {rest}"


def _branch_of_type(text: str, kind: str, pos: int, last: Award | None) -> str | None:
    """The branch a type belongs to: the one the text wrote it under before ("สาขาการบริหารราชการแบบมีส่วนร่วม
    ประเภทสัมฤทธิ์ผลประชาชนมีส่วนร่วม … อบจ.ขอนแก่น ยังได้รับรางวัลประเภทสัมฤทธิ์ผลประชาชนมีส่วนร่วม"), else that of
    the award named last on the same line (the types after it are the same branch's: "A ได้รับรางวัลเลิศรัฐ
    สาขาบริการภาครัฐ ประเภทX … B ได้รับรางวัลประเภทY")."""
    written = re.findall(r"(สาขา[ก-๛]+)\s?" + re.escape(kind), text[:pos])
    if written:
        return written[-1]
    headed = list(_RE_BRANCH_HEADING.finditer(text, max(0, pos - 1500), pos))
    if headed:  # "สาขาบริการภาครัฐ" on a line of its own over "- กรมการปกครอง ได้รับรางวัลประเภทพัฒนาการบริการ"
        return headed[-1].group(1) or "สาขา" + headed[-1].group(2)  # (or the branch's award: "รางวัลบริการภาครัฐ")
    if last is None or "\n" in text[last.evidence.start : pos]:
        return None
    branch = _RE_BRANCH.search(last.award_th)
    return branch.group(0) if branch else None


_RE_BRANCH_HEADING = re.compile(rf"(?m)^[^\S\n]*(?:(สาขา[ก-๛]+)|รางวัล({'|'.join(LERTRAT_BRANCHES)}))[^\S\n]*:?$")
_RE_OTHER_AWARD = re.compile(r"อีก(?:หนึ่ง)?\s?รางวัล(?:หนึ่ง)?\s?(?:คือ|ได้แก่|:)\s?")


def _the_other_award(text: str, found: Found) -> None:
    """ "… ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ … ส่วนอีกรางวัลหนึ่ง คือ รางวัลเลิศรัฐ สาขาการบริหารราชการ…": the other
    award of the winner of the award said just before it."""
    for m in _RE_OTHER_AWARD.finditer(text):
        award = award_at(text, m.end())
        before = [a for a in found.awards if a.evidence.start < m.start()]
        if award is None or not award.name_th or not before or found.taken(m.start()):
            continue
        last = max(before, key=lambda a: a.evidence.start)
        found.awards.append(make_award(last.recipient, award, Evidence.of(text, m.start(), award.end), None, 0.8))
        found.consumed.append((m.start(), award.end))


def _won_in_relative_clauses(text: str, mentions: Mentions, found: Found) -> None:
    """ "พร้อมโล่รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับจังหวัด ซึ่งจังหวัดภูเก็ตได้รับจากงาน…": the award, then who
    received it in a relative clause (the verb has no award after it, so _win_clause does not see it)."""
    at = text.find("ซึ่ง")
    while at >= 0:
        received = text.find("ได้รับ", at + 4, at + 90)  # (most relative clauses receive nothing: a find rules them out)
        award = _award_ending_at(text, at) if received >= 0 and not text.startswith("รางวัล", received + 6) else None
        org = mentions.orgs.at(at + len("ซึ่ง") + (text[at + 4 : at + 5] == " ")) if award else None
        verb = _RE_BARE_RECEIVED.match(text, org.evidence.end) if org else None
        if verb and not found.taken(at):
            found.awards.append(make_award(org, award, Evidence.of(text, award.start, verb.end()), None, 0.75))
            found.consumed.append((award.start, verb.end()))
        at = text.find("ซึ่ง", at + 4)


_RE_BARE_RECEIVED = re.compile(r"\s?ได้รับ(?=\s?(?:จาก|เมื่อ|ใน|ณ)|\s?$)")


_RE_LINE_HEAD = re.compile(r"[^\w\n]*")  # marks, emoji and spaces before a line's first word


def _subject_line_above(text: str, verb: int, mentions: Mentions) -> Org | Person | None:
    """ "อบต.บ้านกลาง อ.เมืองลำพูน จ.ลำพูน\nได้รับรางวัล…": a line that is only an organization (and where it is) over
    the line the verb opens (a post's layout): the subject."""
    line = text.rfind("\n", 0, verb)
    if line < 1 or not _RE_LINE_HEAD.fullmatch(text, line + 1, verb):
        return None
    above = text.rfind("\n", 0, line) + 1
    org = mentions.left_entity(above, line)
    titled = isinstance(org, Person) and org.organization is not None
    if titled and _RE_LINE_HEAD.fullmatch(text, above, org.evidence.start):
        # "นพ.ภาคภูมิ ศรีสกล ผอ.รพร.สว่างแดนดิน\nเข้ารับรางวัล…": a person and their title alone on the line above
        return org if _RE_LINE_TAIL.match(text, max(org.evidence.end, org.organization.evidence.end)) else None
    if not isinstance(org, Org) or not _RE_LINE_HEAD.fullmatch(text, above, org.evidence.start):
        return None
    return org if _RE_LINE_TAIL.match(text, org.evidence.end) else None


def _award_ending_at(text: str, pos: int) -> AwardName | None:
    """The award whose name (and its level) ends just before ``pos`` (a space between)."""
    names = find_award_names(text, max(0, pos - 200), pos)
    award = names[-1] if names else None
    if award is None or pos - award.end > 1 or not award.name_th or is_programme_name(award.name_th):
        return None
    return award


def _win_clause(text: str, m: re.Match, mentions: Mentions, main: Org | None, found: Found) -> None:
    verb = m.start()  # (a local: asked for a dozen times below)
    if text.startswith("ได้", verb) and not text.startswith("ได้รับ", verb) and not _quoted_speech(text, verb):
        return  # "ได้รางวัล" is said, not written: a win in a quote ("…เราคือกรมการจัดหางาน ที่ได้รางวัล…"), not a comment's
    obj = read_object(text, m.end(), mentions)
    if obj.background and mentions.year_be and obj.background != mentions.year_be:
        return
    if obj.on_behalf is None and "ผู้แทน" in text[max(0, verb - 10) : verb] and (of := _RE_OF.match(text, obj.end)):
        obj.on_behalf = mentions.orgs.at(of.end())  # "…เป็นผู้แทนรับรางวัล X ของโรงพยาบาลศรีนครินทร์": the award's owner
    clause_start = _clause_start(text, verb, mentions.breaks())
    if _of_the_past(text, m, obj, clause_start, mentions, found):
        return
    if obj.span is None and _RE_LAST_YEAR.match(text, m.end()):
        return  # "มหาวิทยาลัยเชียงใหม่ ซึ่งได้รับรางวัลนี้เมื่อปีที่แล้ว ได้รับเชิญขึ้นเวที…": last year's winner
    subject = mentions.left_entity(clause_start, verb) or _subject_line_above(text, verb, mentions)
    subject = _not_who_came_with(text, subject, clause_start, mentions)
    # (an aside on whom the subject belongs to is read past only before an award the verb names)
    aside_end = _past_aside(text, subject, mentions) if subject is not None and (obj.award or obj.awards) else None
    blocked = subject is not None and _RE_BLOCKING.search(text, aside_end or subject.evidence.end, verb)
    if blocked or (isinstance(subject, Org) and _where_not_who(text, subject, mentions, clause_start)):
        subject = None
    elif isinstance(subject, Org) and text.endswith(_ORGANIZED_BY, 0, subject.evidence.start):
        subject = None  # "…พิธีมอบรางวัล… ซึ่งจัดโดยสำนักงาน ก.พ.ร. และรับรางวัลดังนี้": the organizer, not who received
    if _province_tally(subject, obj):
        return  # "ในปีนี้ จังหวัดแพร่ได้รับรางวัลเลิศรัฐรวม 3 รางวัล": its agencies' tally, no win of the province's own
    relative = _RE_RELATIVE.search(text, max(0, verb - 8), verb)
    if relative and (
        subject is None
        or (
            relative.start() - subject.evidence.end > 2
            and not _RE_IS_ONE.fullmatch(text, subject.evidence.end, relative.start())
        )
    ):
        # "…ต้นแบบจากท้องถิ่นที่ได้รับรางวัล": the winner is the noun before ที่, not one further back ("A ได้รับรางวัล
        # ร่วมกับ B ซึ่งได้รับรางวัลเดียวกัน": B), nor the article's main organization
        named = obj.award is not None or obj.awards  # (what it won said: "…ซึ่งได้รับรางวัลร่วมด้วย" says none)
        subject, main = _named_before(text, mentions, clause_start, relative.start()) if named else None, None
    said = subject.evidence.start if subject else verb  # (its Evidence made only if a win is: a third are not)
    reach = max(clause_start, verb - NEGATIVE_REACH)
    reach = max(reach, text.rfind("โดย", reach, verb))  # (a โดย before reach would not move it)
    negative = _negative(text, reach, verb) or _corrected(text, obj.end) or _runners_up_listed(text, verb)
    if obj.recipients and text.endswith(("ผลงานที่", "ผลงานที่ได้", "ผลงานซึ่ง"), 0, verb):
        # "ผลงานที่ได้รับรางวัล คือ "ธนาคาร…"": the works that won; a winner only as a work's owner ("ผลงาน … ของ X")
        obj.recipients = [r for r in obj.recipients if text.startswith("ผลงาน", r[0][0])]
    if obj.recipients:
        _listed_winners(text, m, obj, clause_start, said, 0.3 if negative else 0.85, mentions, found)
        if isinstance(subject, Org) and obj.award is not None and _RE_WITH_N_OTHERS.search(text, m.end(), obj.end):
            # "X ได้รับรางวัล Y ร่วมกับอีกสองหน่วยงาน คือ A และ B": X won it too, with the two listed
            evidence = Evidence.of(text, subject.evidence.start, obj.award.end)
            found.awards.append(make_award(subject, obj.award, evidence, None, 0.3 if negative else 0.85))
        return
    if _units_under(text, max(clause_start, aside_end or 0), verb):
        return  # "หน่วยงานในสังกัดกระทรวงการคลังได้รับรางวัล…": agencies under the ministry won, not the ministry
    if obj.stated and obj.stated[0] >= TOTAL and not obj.recipients and not obj.awards:
        return  # "ได้รับรางวัลรวม 305 รางวัล", "หน่วยงานด้านสุขภาพได้รับรางวัลรวม 38 รางวัล": a total, not a win
    if subject is None and obj.award is None and not obj.awards and _RE_WINNERS_TOTAL.match(text, m.end()):
        return  # "ทำให้กระทรวงการคลังมีหน่วยงานได้รับรางวัลในปีนี้รวม 2 หน่วยงาน": how many won, not who
    titled = subject is None or (isinstance(subject, Org) and _glued(text, subject.evidence.start))
    if titled and _accepts_the_win_said(text, verb, found):
        return
    recipient, person, confidence = _subject(subject, mentions, main if verb >= mentions.body else None, text, verb)
    if isinstance(subject, Person) and (said_before := _win_it_accepts(text, subject, verb, found)):
        recipient, person, confidence = said_before.recipient, subject, 0.8
    elif isinstance(subject, Person) and subject.organization is None and (by := _org_by(text, subject, mentions)):
        recipient, person, confidence = by, subject, 0.85
    elif isinstance(subject, Person) and (delegator := _delegated_by(text, subject, mentions)):
        recipient, person, confidence = delegator, subject, 0.85
    elif isinstance(subject, Person) and not subject.organization and (head := _titled_before(text, subject, mentions)):
        recipient, person, confidence = head, subject, 0.85  # ("ผู้ว่าราชการจังหวัดลำพูน นายเกรียงไกร… ได้รับ…")
    if obj.on_behalf is not None:
        recipient, confidence = obj.on_behalf, 0.9
    if recipient is None or not _the_award(text, m, obj, clause_start):
        return
    if negative:
        confidence = min(confidence, 0.3)  # "ผ่านเข้ารอบสุดท้ายแต่ไม่ได้รับรางวัล เช่น …": applied, not won
    many = _RE_ARE_N.match(text, recipient.evidence.end) if recipient is subject else None
    recipients = (
        mentions.coordinated(recipient, clause_start, int(many.group(1)) if many else None)
        if recipient is subject and not _RE_ONLY_ONE.search(text, m.end(), m.end() + 40)
        else [recipient]  # ("…กรมพัฒนาธุรกิจการค้า และ NIA ซึ่งได้รับรางวัลเพียงหน่วยงานเดียว": NIA alone won)
    )
    if recipient is subject and (partner := mentions.joint_winner(recipient, verb)):
        recipients.append(partner)
    end = obj.end
    if recipient is subject and (others := _one_of_with(text, obj.end, verb, mentions)):
        recipients += [org for _item, org, _person, _own in others.recipients]
        end = others.end
    evidence = Evidence.of(text, said, end)
    for org in recipients:
        for award in obj.awards or [obj.award]:
            found.awards.append(make_award(org, award, evidence, person, confidence))
    if obj.awards:
        add_count(found, obj, "awards-of-recipient", recipient.name_th, text)
    found.consumed.append((verb, end))


def _delegated_by(text: str, person: Person, mentions: Mentions) -> Org | None:
    """ "อธิบดีกรมพัฒนาฝีมือแรงงาน มอบหมายให้ นายสุรชัย… ผู้อำนวยการสถาบัน… เป็นผู้แทนรับรางวัล": the one who sent the
    person is whose win it is (the person's own unit only went to accept it)."""
    at = text.rfind("มอบหมาย", max(0, person.evidence.start - 24), person.evidence.start)
    if at < 0:
        return None
    sender = mentions.left_entity(max(text.rfind("\n", 0, at) + 1, at - 120), at)
    if isinstance(sender, Person):
        return sender.organization
    return sender


_RE_ONLY_ONE = re.compile(r"เพียง(?:หน่วยงาน|แห่ง|องค์กร|รายเดียว)(?:เดียว)?")
_RE_WITH_N_OTHERS = re.compile(  # ("ร่วมกับอีกสองหน่วยงาน", "ร่วมกับหน่วยงานด้านสุขภาพอีก 2 แห่ง")
    r"ร่วมกับ(?:[ก-๛]{0,30}\s?)?อีก\s?(?:\d{1,2}|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)\s?(?:หน่วยงาน|แห่ง|องค์กร)"
)
_RE_WITH_OTHERS = re.compile(r"\s?(?:ใน)?(?:ปีนี้)?\s?ร่วมกับ\s?")


def _one_of_with(text: str, end: int, verb: int, mentions: Mentions) -> Object | None:
    """ "X เป็น 1 ใน 4 หน่วยงานที่ได้รับรางวัลประเภทดังกล่าวในปีนี้ ร่วมกับ A B และ C": the others of the four."""
    if not _RE_ONE_OF.search(text, max(0, verb - 40), verb) or not (w := _RE_WITH_OTHERS.match(text, end)):
        return None
    others = _items_at(text, w.end(), None, mentions)
    return others if others.recipients else None


def _not_who_came_with(text: str, subject, clause_start: int, mentions: Mentions):
    """ "นายอนุชา … รองผู้ว่าราชการจังหวัดสุพรรณบุรี พร้อมด้วยหัวหน้าสำนักงานจังหวัด… เข้ารับ…": the named person, not
    who came with them (but "รองปลัดกระทรวง… พร้อมด้วยผู้บริหารกรมการปกครอง เข้ารับ…": a title alone before it, the
    department's executives)."""
    if subject is None:
        return None
    # (the subject may be the last of those who came: "พร้อมด้วยสำนักงานจังหวัดX และสำนักงานสถิติจังหวัดX ร่วมรับ…")
    w = text.rfind("พร้อมด้วย", max(clause_start, subject.evidence.start - 120), subject.evidence.start)
    if w >= 0 and _RE_WIN.search(text, w, subject.evidence.start):
        w = -1  # a verb between: "พร้อมด้วย…" was another clause's
    earlier = mentions.left_entity(clause_start, w) if w >= 0 else None
    return earlier if isinstance(earlier, Person) else subject


def _named_before(text: str, mentions: Mentions, start: int, pos: int) -> Org | None:
    """The organization named right before ``pos`` (a space or ด้วย between), if it names one by itself: not one
    that qualifies a class noun ("อปท. จังหวัดขอนแก่น ที่…") or a place ("ใน…"), nor one in a person's title; but the
    one a partner is said with ("ร่วมกับกรมทรัพยากรน้ำ ซึ่งได้รับรางวัลเดียวกัน")."""
    named = mentions.orgs.find_all(start, pos)
    gap = text[named[-1].evidence.end : pos].strip() if named and pos - named[-1].evidence.end <= 60 else None
    org = (  # ("ผมขอชื่นชมกรมการแพทย์ด้วย ที่ได้รับรางวัล…", "X ได้รับการคัดเลือกให้เป็นหน่วยงานที่ได้รับรางวัล…")
        named[-1]
        if gap in ("", "ด้วย", "เช่นกัน") or (gap and _RE_IS_ONE.fullmatch(text, named[-1].evidence.end, pos))
        else None
    )
    if org is None or mentions._inside_person(org):
        return None
    modifier = _RE_MODIFIER.search(text, max(0, org.evidence.start - 12), org.evidence.start)
    if (
        modifier
        and not modifier.group().startswith(("ร่วมกับ", "กับ"))
        # ("เรื่องเล่า…มาจากกรมการจัดหางาน ซึ่งคว้ารางวัล…": ซึ่ง is said of the one just named, whatever came before it)
        and not (modifier.group().startswith("จาก") and text.startswith("ซึ่ง", pos))
    ):
        return None
    before = mentions._org_before(start, org.evidence.start)  # "…กับโรงพยาบาลX คณะแพทยศาสตร์ มหาวิทยาลัยY ที่ได้รับ…":
    if before is not None and _RE_FACULTY.fullmatch(text, before.evidence.end, org.evidence.start):  # the hospital,
        return before  # not the university it belongs to
    return org


def _accepts_the_win_said(text: str, verb: int, found: Found) -> bool:
    """ "สสจ.สุโขทัย ได้รับรางวัล X โดยมีนายแพทย์สาธารณสุขจังหวัดสุโขทัยเป็นผู้รับรางวัล": who accepted the win the line has
    just named (a title with no name, so no person to read; the province inside it is no winner), not another win."""
    if not text.endswith(("เป็นผู้", "เป็นผู้แทน", "เป็นตัวแทน"), 0, verb):
        return False
    line = text.rfind("\n", 0, verb) + 1
    by = text.rfind("โดย", max(line, verb - 90), verb)
    return by >= 0 and any(line <= a.evidence.start < by for a in found.awards)


def _runners_up_listed(text: str, verb: int) -> bool:
    """ "ส่วนรองชนะเลิศในประเภทเดียวกัน ได้แก่ A และ B ซึ่งได้รับโล่เกียรติคุณ": what the runners-up listed on the line
    received (a relative clause after the list), no win."""
    line = text.rfind("\n", 0, verb) + 1
    runners = text.find("รองชนะ", line, verb)
    return runners >= 0 and bool(_RE_INTRO_WORD.search(text, runners, verb)) and text.find("ซึ่ง", runners, verb) >= 0


def _province_tally(subject, obj: Object) -> bool:
    """A province with a total of awards ("รวม 3 รางวัล") and no list of them: what its agencies won, counted."""
    return (
        isinstance(subject, Org)
        and subject.name_th.startswith("จังหวัด")
        and bool(obj.stated)
        and obj.stated[1] == "รางวัล"
        and "รวม" in obj.stated[2].text
        and not obj.recipients
        and not obj.awards
        and (obj.award is None or is_programme_name(obj.award.name_th or ""))
    )


def _titled_before(text: str, person: Person, mentions: Mentions) -> Org | None:
    """ "ผู้ว่าราชการจังหวัดลำพูน นายเกรียงไกร ศรีพรหม ได้รับรางวัล…": the title said before the name (its organization
    glued to the office's head word) is whose win the person received."""
    start = person.evidence.start
    org = mentions._org_before(max(0, start - 80), start)
    if org is None or text[org.evidence.end : start].strip() or not _glued(text, org.evidence.start):
        return None
    run = org.evidence.start
    while run > 0 and "\u0e01" <= text[run - 1] <= "\u0e4e":
        run -= 1  # back to where the title's word starts
    return org if POSITION_OPENING.match(text, run, org.evidence.start) else None


def _org_by(text: str, person: Person, mentions: Mentions) -> Org | None:
    """ "กรมการแพทย์แผนไทยและการแพทย์ทางเลือก โดย นายแพทย์อดิศักดิ์ มีสุข รองอธิบดี ได้รับรางวัล…": the organization that
    acts through the person (named right before โดย) is the winner, when the person's title names none."""
    start = person.evidence.start
    before = text[max(0, start - 7) : start].rstrip()
    if not before.endswith("โดย"):  # (not โดยมี: "… จัดโดย สคร. โดยมี นาย… เป็นผู้แทนเข้ารับ" is another's envoy)
        return None
    by = text.rfind("โดย", 0, start)
    line = text.rfind("\n", 0, by) + 1
    orgs = mentions.orgs.find_all(line, by)
    if not orgs or text[orgs[-1].evidence.end : by].strip():
        return None
    venue = text[max(0, orgs[-1].evidence.start - 4) : orgs[-1].evidence.start].rstrip().endswith(("ณ", "ที่"))
    return None if venue else orgs[-1]  # (not "… ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ โดย นางสาว… นำทีมรับ": where)


def _glued(text: str, pos: int) -> bool:
    """Whether a Thai letter stands right before ``pos``: a name there is inside a word (a job title's province)."""
    return pos > 0 and "\u0e01" <= text[pos - 1] <= "\u0e4e"


def _win_it_accepts(text: str, person: Person, verb: int, found: Found) -> Award | None:
    """ "ที่ทำการปกครองจังหวัดลำพูน ได้รับรางวัล… โดยนายเกรียงไกร … ปลัดจังหวัดลำพูน เป็นผู้แทนรับรางวัล": a person
    introduced with โดย who accepts as its envoy accepts for the winner the line has just named, not for the office
    in their title."""
    start = person.evidence.start
    if not text[max(0, start - 7) : start].rstrip().endswith(("โดย", "โดยมี")):
        return None
    between = text[person.evidence.end : verb]
    if "ผู้แทน" not in between and "ผู้รับมอบ" not in between and not between.endswith("เป็นผู้"):
        return None  # (an envoy, one who accepts on its behalf, or "… เป็นผู้รับรางวัล")
    line = text.rfind("\n", 0, start) + 1
    said = [a for a in found.awards if line <= a.evidence.start < start]
    return said[-1] if said else None


def _of_the_past(text: str, m: re.Match, obj: Object, clause_start: int, mentions: Mentions, found: Found) -> bool:
    """A win of another year told as background (before the verb, or in the words that open its list); the lines
    of such a list are not read as this year's either: "ตัวอย่างหน่วยงานที่ได้รับรางวัลเมื่อปีที่แล้ว ได้แก่\n- A : …"."""
    past = (
        _in_the_past(text, clause_start, m.start(), mentions.year_be)
        or (
            obj.span is not None
            and (earlier_edition(obj.award, mentions) or _in_the_past(text, m.end(), obj.span.start, mentions.year_be))
        )
        or (obj.span is None and obj.award is not None and _said_of_the_past(text, obj.end, mentions.year_be))
    )
    if past and obj.span is not None:
        end = text.find("\n\n", m.end())  # to the paragraph's end
        found.consumed.append((m.start(), len(text) if end < 0 else end))
    return past


def _listed_winners(
    text: str, m: re.Match, obj: Object, clause_start: int, said: int, confidence: float, mentions, found: Found
) -> None:
    """The winners listed after the verb, group by group (a scope or a province after the first)."""
    award = obj.award or _heading_before(text, clause_start, m.start())
    line = text.rfind("\n", 0, m.start()) + 1
    if award is None and not _RE_ALSO.match(text, m.end()):  # "ที่ได้รับรางวัล X … อปท.ที่ได้รับรางวัล ได้แก่ …"
        award = _heading_before(text, line, m.start())
    if award is None:
        award = _at_scope(text, line) or _branch_award(text, clause_start, m.start()) or _named_for_them(text, m)
    if award is None:
        award = _category_after_list(text, obj, m.start())
    level = _RE_UNNAMED_LEVEL.match(text, m.end()) if obj.award is None else None  # "ได้รับรางวัลระดับดีเด่น ได้แก่
    level = level.group(1) if level else (obj.level if obj.award is None else None)  # A ประเภท…": each item's award
    while True:  # at that level
        for item, org, person, own in obj.recipients:
            won = own_or(own, award, level)
            quoted = (item[0], max(item[1], own.end)) if own is not None else item  # (with its own award)
            found.awards.append(make_award(org, won, claim(text, said, quoted), person, confidence))
            if own is not None and (second := and_award(text, own)) is not None:
                evidence = claim(text, said, (item[0], second.end))
                found.awards.append(make_award(org, second, evidence, person, confidence))
        end = max([obj.end] + [own.end for *_, own in obj.recipients if own is not None])  # (after an item's award)
        said = group_start(text, end)  # (a later group's evidence starts at its scope or province)
        scope = next_group(text, end, award, level)  # "… ระดับกรม อาทิ A และ B ระดับจังหวัด อาทิ C ส่วน…"
        if scope is None or not (more := _items_at(text, scope[1], scope[0], mentions)).recipients:
            break
        award, obj, level = scope[0], more, scope[0].level or level
    found.consumed.append((m.start(), obj.end))
    add_count(found, obj, "recipients", award.name_th if award and award.name_th else "", text)


_RE_ALL_IN = re.compile(
    r"\s?ทั้ง(?:หมด|\s?\d{1,2}\s?(?:แห่ง|หน่วยงาน|รางวัล))\s?(?:อยู่|เป็นรางวัล)?ใน\s?((?:ประเภท|สาขา)[ก-๛]+)"
)


def _category_after_list(text: str, obj: Object, verb: int) -> AwardName | None:
    """ "ได้แก่ A ระดับดีเด่น, B ระดับดี และ C ระดับดี ทั้งหมดอยู่ในประเภทนวัตกรรมการบริการ": the list's award, said after
    it: the award named last of that category, else the programme's."""
    end = max([obj.end] + [own.end for *_, own in obj.recipients if own is not None])
    if (after := _RE_ALL_IN.match(text, end)) is None:
        return None
    category = after.group(1)
    named = _named_last(text, verb)
    if named is not None and named.name_th and category in named.name_th:
        return AwardName(after.start(1), after.end(1), named.name_th, named.name_en, None, named.year_be)
    base = _programme_award_before(text, after.start())
    return AwardName(after.start(1), after.end(1), f"{base.name_th} {category}", None) if base else None


def _named_for_them(text: str, m: re.Match) -> AwardName | None:
    """ "…ร่วมแสดงความยินดีกับองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น … โดยองค์กร
    ปกครองส่วนท้องถิ่นที่ได้รับรางวัล ได้แก่ …": the award the same words ("…ส่วนท้องถิ่นที่ได้รับรางวัล") named before."""
    if not text.endswith("ที่", 0, m.start()):
        return None
    said = text[max(0, m.start() - 15) : m.end()]  # (the class noun's last letters, ที่, the verb)
    at = text.rfind(said, 0, m.start() - 15)
    if at < 0:
        return None
    return _specific_award_at(text, at + len(said) + (text[at + len(said) : at + len(said) + 1] == " "))


def _the_award(text: str, m: re.Match, obj: Object, clause_start: int) -> bool:
    """Sets what a subject's win is of when the verb names no award (the clause's topic, the award above at a
    scope, "คว้า 2 รางวัล… รางวัลแรกคือ…"); False when only a level is said, of no award the text names here."""
    if obj.award is not None and obj.award.name_th and _RE_SCOPE_ONLY.fullmatch(obj.award.name_th):
        obj.award = _scope_of_named(text, obj.award) or obj.award
    unnamed = obj.award is None and not obj.awards and not obj.level and _RE_UNNAMED_LEVEL.match(text, m.end())
    if unnamed:
        obj.level = unnamed.group(1)  # "ได้รับรางวัลระดับดีเด่น จากผลงาน…": a level, of the award the text is about
    if obj.award is None and not obj.awards and text.startswith("|", line := text.rfind("\n", 0, m.start()) + 1):
        obj.award = grids.award_above(text, _table_start(text, line))  # "| 1 | เทศบาลนคร… | ได้รับรางวัล |": the table's
    if obj.award is None and not obj.awards:
        obj.award = _same_kind_before(text, clause_start, m.start()) or _heading_before(text, clause_start, m.start())
        if obj.award is None and not obj.level:  # "ระดับจังหวัด จังหวัดภูเก็ตคว้ารางวัล": the award above, at that scope
            obj.award = _at_scope(text, text.rfind("\n", 0, m.start()) + 1) or _clause_topic(
                text, clause_start, m.start()
            )
        if obj.award is None and _RE_ONE_OF.search(text, max(0, m.start() - 40), m.start()):
            obj.award = _named_on_the_line(text, m.start())  # "…ระดับจังหวัด … จังหวัดขอนแก่นเป็นหนึ่งในจังหวัดที่ได้รับรางวัล"
        if unnamed and obj.award is None:
            obj.award = _level_of_topic(text, m.start()) or _other_level_of(text, clause_start, m.start(), obj.level)
        if obj.level and obj.award is None:
            return False
        if obj.level:
            t = obj.award
            obj.award = AwardName(t.start, t.end, t.name_th, t.name_en, obj.level, t.year_be)
    if obj.stated and not obj.awards and (obj.award is None or is_programme_name(obj.award.name_th or "")):
        obj.awards = _ordinal_awards(text, obj.end, obj.stated[0])  # "คว้า 2 รางวัล…" … "รางวัลแรกคือ…"
    return True


def _table_start(text: str, line: int) -> int:
    """The first line of the table (lines of cells) the line at ``line`` is in."""
    while line > 0 and text.startswith("|", start := text.rfind("\n", 0, line - 1) + 1):
        line = start
    return line


def _same_kind_before(text: str, clause_start: int, verb: int) -> AwardName | None:
    """ "ทั้งนี้ ในประเภทเดียวกัน กรมชลประทาน ได้รับรางวัลระดับดี", "… A และ B ก็ได้รับรางวัลด้วย": the award named last
    before, of which the clause speaks."""
    at = text.find("เดียวกัน", max(0, clause_start - 24), verb)
    if at < 0 or not text.endswith(("ประเภท", "สาขา", "ด้าน"), 0, at) or text.startswith("กับ", at + 8):
        return None  # ("…ในประเภทเดียวกันกับกรมควบคุมโรค ได้แก่ …": that one's award, read with its list)
    a = _named_last(text, at)
    return AwardName(a.start, a.end, a.name_th, a.name_en, None, a.year_be) if a else None  # (its level: the other's)


_RE_ONE_OF = re.compile(r"เป็น\s?(?:หนึ่ง|1)\s?ใน\s?(?:\d{1,4}\s?)?[ก-๛.]{2,30}ที่\s?$")


def _named_on_the_line(text: str, verb: int) -> AwardName | None:
    """The award the line names last before ``verb`` (the one "one of those that won" it speaks of)."""
    award = _named_last(text, verb)
    return award if award is not None and award.start > text.rfind("\n", 0, verb) else None


_RE_UNITS_UNDER = re.compile(  # (the count's form glued to the name: "12 หน่วยงาน อาทิ 1) กรม…" is a list; "1 ใน 5
    # หน่วยงานที่ได้รับ…" is one of them)
    r"(?:(?<!\d)(?<!ใน)(?<!ใน\s)(?<!เป็น)(?<!เป็น\s)\d+\s?หน่วยงาน(?:ใน)?(?:สังกัด)?(?=\S)|หน่วยงาน(?:ใน)?สังกัด)(?:ของ)?\s?"
    r"(?:(?!ได้แก่|อาทิ|คือ|ประกอบด้วย)[^\s)]+\s?){1,4}$"
)


_RE_UNIT_ASIDE = re.compile(  # ("รพ.สต.X ซึ่งถ่ายโอนมาสังกัด อบจ.เชียงใหม่ ได้รับ…": where it now belongs)
    r"\s?ซึ่ง(?:ได้)?(?:ถ่ายโอน|โอน)?(?:มา|ไป)?(?:อยู่)?(?:เป็น)?(?:หน่วยงาน|ส่วนราชการ)?(?:ใน|ภายใต้)?สังกัด(?:ของ)?\s?"
)


_PLACES = ("จังหวัด", "กรุงเทพมหานคร")
_RE_ARE_N = re.compile(r"\s?เป็น\s?(\d{1,2})\s?(?:หน่วยงาน|แห่ง|องค์กร|ส่วนราชการ|จังหวัด)")  # "A B และ C เป็น 3 หน่วยงานที่…"
_RE_DATELINE_DASH = re.compile(r" ?[-–—] ")


_ORGANIZED_BY = ("จัดโดย", "จัดโดย ")


def _where_not_who(text: str, org: Org, mentions: Mentions, clause_start: int) -> bool:
    """A place said as where, not as the winner: the venue's city before "โดย…" ("ณ ศูนย์การประชุมแห่งชาติสิริกิติ์
    กรุงเทพมหานคร โดยตนเองเป็นผู้รับรางวัล"), or a news agency's dateline, a place that opens a line with a dash after it
    ("จังหวัดจันทบุรี - โรงพยาบาลในจังหวัดจันทบุรี 2 แห่ง รับรางวัล…")."""
    if not org.name_th.startswith(_PLACES):
        return False
    start, end = org.evidence.start, org.evidence.end
    if text.startswith((" โดย", "โดย"), end) and mentions._in_venue(clause_start, org):
        return True
    return (start == 0 or text[start - 1] == "\n") and _RE_DATELINE_DASH.match(text, end) is not None


_RE_WINNERS_TOTAL = re.compile(
    r"\s?รางวัล\s?(?:ใน)?(?:ปีนี้)?\s?(?:รวม|ทั้งหมด|ทั้งสิ้น|จำนวน)?\s?\d{1,4}\s?(?:หน่วยงาน|แห่ง|จังหวัด|องค์กร|ส่วนราชการ)"
)
_RE_UNDER = re.compile(  # ("การประปาส่วนภูมิภาค (กปภ.) หน่วยงานรัฐวิสาหกิจสังกัดกระทรวงมหาดไทย ได้รับ…": the enterprise)
    r"\s?(?:(?:หน่วยงาน|ส่วนราชการ)?(?:รัฐวิสาหกิจ|ของรัฐ|ภาครัฐ)?\s?)?(?:ใน|ภายใต้)?สังกัด(?:ของ)?\s?"
)


def _past_aside(text: str, subject, mentions: Mentions) -> int | None:
    """Where what stands between a subject and its verb starts, past an aside on whom it belongs to (None: there
    is none): "โรงพยาบาลศรีธัญญา ซึ่งเป็นหน่วยงานในสังกัดกรมสุขภาพจิต ได้รับรางวัล…" (the hospital won)."""
    end = subject.evidence.end
    if not isinstance(subject, Org):
        return None
    if text.startswith((" ซึ่ง", "ซึ่ง"), end):
        aside = _RE_UNIT_ASIDE.match(text, end)
    else:  # "กรมส่งเสริมการปกครองท้องถิ่น ในสังกัดกระทรวงมหาดไทย ได้รับรางวัล…"
        aside = _RE_UNDER.match(text, end) if "สังกัด" in text[end : end + 32] else None  # ("…, หน่วยงานในสังกัด…")
    owner = mentions.orgs.at(aside.end()) if aside else None
    if aside is not None and owner is None and text.startswith(("ก็", " ก็", "ได้", " ได้"), aside.end()):
        return aside.end()  # "สำนักงานจัดหางานจังหวัดขอนแก่น ซึ่งเป็นหน่วยงานในสังกัด ก็ได้รับ…": of the one named before
    return owner.evidence.end if owner else None


def _units_under(text: str, start: int, verb: int) -> bool:
    """The subject is "หน่วยงานในสังกัด X", "2 หน่วยงานกระทรวงการคลัง" (agencies under X), with no list of them: no
    winner is named here."""
    at = text.rfind("หน่วยงาน", max(start, verb - 80), verb)
    return at >= 0 and bool(_RE_UNITS_UNDER.search(text, max(start, at - 4), verb))


def _quoted_speech(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quote opened on its line."""
    return text.count('"', text.rfind("\n", 0, pos) + 1, pos) % 2 == 1


def _corrected(text: str, end: int) -> bool:
    window = text[end : end + 60]  # (most wins are followed by none of the words: two finds rule them out)
    return ("แก้ไข" in window or "ซึ่ง" in window) and _RE_CORRECTED.match(text, end) is not None


def _negative(text: str, start: int, verb: int) -> re.Match | None:
    """An applied / shortlisted / watched word before the verb, unless a new clause joins the win to it:
    "ส่งผลงานเข้าประกวดรวม 41 ผลงาน และได้รับรางวัลรวม 9 รางวัล" applied, and won."""
    last = _RE_NEGATIVE.search(text, start, verb)  # (the last one: most clauses have none, so search first)
    while last is not None and (later := _RE_NEGATIVE.search(text, last.end(), verb)) is not None:
        last = later
    if last is not None and _RE_JOINED.search(text[last.end() : verb]):
        return None
    return last


def earlier_edition(award: AwardName | None, mentions: Mentions) -> bool:
    """ "หน่วยงานที่ได้รับรางวัลเลิศรัฐ ประจำปี 2568 ได้แก่ …" in a story of the 2569 edition: the winners of another."""
    return bool(award and award.year_be and mentions.year_be and award.year_be < mentions.year_be)


def _in_the_past(text: str, start: int, verb: int, year_be: int | None) -> bool:
    """ "สำหรับปีที่แล้ว (2567) กรมบังคับคดีได้รับรางวัล…": a win of another year, told as background."""
    if text.find("ปี", start, verb) < 0 and text.find("(", start, verb) < 0:
        return False  # each of _RE_PAST's words has ปี or a bracket: most clauses have neither
    m = _RE_PAST.search(text, start, verb)
    while m is not None:
        if m.group(3) is None:
            year = m.group(1) or m.group(2) or m.group(4)
            return year is None or year_be is None or int(year) != year_be
        if year_be is not None and int(m.group(3)) < year_be and text.find("ปีนี้", m.end(), verb) < 0:
            return True  # "หน่วยงานที่ได้รับรางวัลเลิศรัฐ ประจำปี 2568 ได้แก่ A ซึ่งได้รับ…" in a story of 2569
        m = _RE_PAST.search(text, m.end(), verb)
    return False


# "สำนักงานสถิติแห่งชาติ ซึ่งได้รับรางวัล X เมื่อปีที่แล้ว": the year said right after the award
_RE_PAST_AFTER = re.compile(r"\s?(?:เมื่อ|ใน)\s?(?:ปีที่แล้ว|ปีก่อน|ปี\s?(?:พ\.\s?ศ\.\s?)?(\d{4}))")


def _said_of_the_past(text: str, end: int, year_be: int | None) -> bool:
    """ "…รางวัล X เมื่อปีที่แล้ว" right after the award; or an earlier year a few words on, on its line ("…รางวัล X
    ในงาน Digital Government Awards 2020 เมื่อปี 2563" in a story of 2564)."""
    m = _RE_PAST_AFTER.match(text, end) if text.find("ปี", end, end + 12) >= 0 else None
    if m is not None:
        return m.group(1) is None or (year_be is not None and int(m.group(1)) < year_be)
    if not year_be:
        return False
    stop = _RE_CLAUSE_TURN.search(text, end, end + 80)  # (to the clause's end: "… ขณะที่กรมการกงสุล ซึ่งได้รับ…")
    m = _RE_EARLIER_YEAR.search(text, end, stop.start() if stop else end + 80)
    return m is not None and int(m.group(1)) < year_be


_RE_EARLIER_YEAR = re.compile(r"(?:เมื่อ|ใน(?<!ภายใน))ปี\s?(?:พ\.\s?ศ\.\s?)?(\d{4})")  # ("…จากเวทีเดียวกันในปี 2566")
_RE_CLAUSE_TURN = re.compile(r"\n|ขณะที่|ส่วน|ซึ่ง|โดย|ได้รับ|คว้า|\sและ")


# A line that opens in another year: "ย้อนไปเมื่อปีที่แล้ว …", "ในปีก่อน …", "เมื่อปี 2567 …".
_RE_PAST_OPENING = re.compile(r"(?:ย้อน(?:กลับ)?ไป\s?)?(?:เมื่อ|ใน|สำหรับ)?\s?(?:ปีที่แล้ว|ปีก่อน|ปี\s?(?:พ\.\s?ศ\.\s?)?(\d{4}))")


def _in_a_past_line(text: str, pos: int, year_be: int | None) -> bool:
    """ "ย้อนไปเมื่อปีที่แล้ว ในงาน DG Awards 2024 … ตกเป็นของ A และ B ขณะที่ C ได้รับรางวัลในระดับจังหวัด": every win of a
    line that opens in another year is of that year (told as background), up to a "ปีนี้" that comes back."""
    line = text.rfind("\n", 0, pos) + 1
    past = _RE_PAST_OPENING.match(text, line) if text.find("ปี", line, line + 24) >= 0 else None
    if past is None or text.find("ปีนี้", line, pos) >= 0:
        return False
    return past.group(1) is None or year_be is None or int(past.group(1)) < year_be


def _subject(subject, mentions: Mentions, main: Org | None, text: str, verb: int):
    """Recipient, representative and confidence from what stands before the verb."""
    if isinstance(subject, Person):
        org = subject.organization
        if org is not None and not sub_unit(org, mentions.orgs.ref):
            return org, subject, 0.8
        return (main, subject, 0.6) if main else (None, None, 0)
    if isinstance(subject, Org) and sub_unit(subject, mentions.orgs.ref):
        return (main, None, 0.6) if main else (None, None, 0)  # a กอง or ศูนย์ does the work; its parent wins
    if isinstance(subject, Org):
        gap = text[subject.evidence.end : verb]
        person = next((p for p in mentions.people if subject.evidence.end <= p.evidence.start < verb), None)
        return subject, person or _envoy_before(subject, mentions, text), 0.9 if len(gap) < 60 else 0.7
    return (main, None, 0.5) if main else (None, None, 0)


def _envoy_before(org: Org, mentions: Mentions, text: str) -> Person | None:
    """ "นางวรรณา … รองอธิบดีกรมบังคับคดี เป็นผู้แทนกรมบังคับคดี เข้ารับ…": the person who stands for the
    organization, named just before it."""
    before = [
        p for p in mentions.people if p.evidence.end <= org.evidence.start and org.evidence.start - p.evidence.end < 80
    ]
    if not before:
        return None
    person = before[-1]
    between = text[person.evidence.end : org.evidence.start]
    if "\n" in between and "รับ" in between:
        return None  # "… ปลัดจังหวัดลำพูน เป็นผู้แทนรับรางวัล\n- ที่ว่าการอำเภอ…": the envoy of the line above
    same = person.organization is not None and person.organization.name_th == org.name_th
    return person if same or _RE_ENVOY.search(between) else None


def _heading_before(text: str, start: int, end: int) -> AwardName | None:
    """The award a clause sits under: "สำหรับรางวัล X ระดับดีเด่น มีหน่วยงานที่ได้รับรางวัล ได้แก่ …"."""
    names = [
        a
        for a in find_award_names(text, start, end)
        if a.name_th
        and not is_programme_name(a.name_th)
        and not _RE_CEREMONY.search(text, max(0, a.start - CEREMONY_REACH), a.start)
    ]
    if not names:
        return None
    topic = names[-1]
    between = text[topic.end : end]
    if _RE_WIN.search(between) or "มาแล้ว" in between or "เคย" in between:
        return None  # the award belongs to another clause's win (or a past one), not to this one
    return topic


_RE_ORDINAL_AWARD = re.compile(r"(?:^|\n)รางวัล(?:แรก|ที่\s?(?:หนึ่ง|สอง|สาม|สี่|ห้า|[1-5]))\s?(?:คือ|ได้แก่|:)\s?")


def _ordinal_awards(text: str, pos: int, count: int) -> list[AwardName]:
    """ "กรมปศุสัตว์ … คว้า 2 รางวัลเลิศรัฐ" and, in the paragraphs after, "รางวัลแรกคือ …", "รางวัลที่สองคือ …"."""
    if "\nรางวัล" not in text[pos:]:
        return []
    found = [award_at(text, m.end()) for m in _RE_ORDINAL_AWARD.finditer(text, pos)][:count]
    return [a for a in found if a is not None]


_THIS_AWARD = ("รางวัลนี้", "รางวัลดังกล่าว", "โล่นี้", "โล่ดังกล่าว")


# The scopes an award is given at ("รางวัล X ระดับกรม", "… ส่วนระดับจังหวัด ได้แก่ …"), one pattern for every reader.
# (Not glued to a word that makes it a name, "ระดับกรมการ…"; but "ส่วนระดับจังหวัดตกเป็นของ…" is the scope.)
SCOPE = r"ระดับ(?:กระทรวง|กรม|จังหวัด|ท้องถิ่น|รัฐวิสาหกิจ|องค์การมหาชน)(?!(?!ตกเป็นของ|เป็นของ|ได้แก่)[ก-๛])"
_RE_SAME_SCOPE = re.compile(rf"\s?(?:ใน)?\s?({SCOPE})")  # "…รางวัลเดียวกันในระดับท้องถิ่น"
_RE_IN_SCOPE = re.compile(r"(?:รางวัล|โล่)ใน(ระดับ(?:กระทรวง|กรม|จังหวัด|ท้องถิ่น))(?!การ)")


def _at_other_scope(award: AwardName | None, scope: str) -> AwardName | None:
    if award is None or not award.name_th or not _RE_SCOPE.search(award.name_th):
        return None
    return AwardName(award.start, award.end, rescoped(award.name_th, scope), award.name_en, None, award.year_be)


# (and "… (Digital Government Awards 2021) ในประเภทรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม": the award, as its type)
# (an emoji between them too: "คว้ารางวัลรัฐบาลดิจิทัล ประจำปี 2567 ✨ "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น"")
_RE_ON_BEHALF_OF = re.compile(
    r"(?:[ \t]?[^\w\s\"'“”‘’()\[\].,:;]{1,4}(?=[ \t]?[\"'“‘]?รางวัล))?"  # (on the line: a bullet below is a list)
    r"\s?(?:ในนาม(?:ของ)?\s?[ก-๛.]{2,40}\s?|(?:ใน)?(?:ประเภท|สาขา)(?=รางวัล))?"
)


def _named_after_programme(text: str, award: AwardName) -> AwardName | None:
    """ "เข้ารับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2569 รางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ", "… 2568 ในนามจังหวัดอุตรดิตถ์
    รางวัลการบริหารราชการแบบมีส่วนร่วม ประเภท…": the programme, then the award of it that was won."""
    if not award.name_th or not is_programme_name(award.name_th):
        return None
    pos = _RE_ON_BEHALF_OF.match(text, award.end).end()
    won = _specific_award_at(text, pos) if text.startswith(("รางวัล", "'รางวัล", '"รางวัล', "“รางวัล"), pos) else None
    return (
        AwardName(won.start, won.end, won.name_th, won.name_en, won.level, won.year_be or award.year_be)
        if won
        else None
    )


def _specific_award_at(text: str, pos: int) -> AwardName | None:
    """The award named at ``pos`` if it names more than a programme ("รางวัลเลิศรัฐ" alone is no award won)."""
    award = award_at(text, pos)
    return award if award and award.name_th and not is_programme_name(award.name_th) else None


def _named_last(text: str, pos: int) -> AwardName | None:
    """The award named last before ``pos`` (not a programme's or a ceremony's name): what "รางวัลนี้" points to."""
    for award in reversed(find_award_names(text, max(0, pos - 1500), pos)):
        ceremony = _RE_CEREMONY.search(text, max(0, award.start - CEREMONY_REACH), award.start)
        if award.name_th and not is_programme_name(award.name_th) and not ceremony:
            return award
    return None


def _other_level_of(text: str, clause_start: int, verb: int, level: str) -> AwardName | None:
    """ "A ได้รับรางวัลX ระดับดีเด่น ขณะที่ B ได้รับรางวัลระดับดี": a level alone, after a contrast, is the award the
    sentence before gave at another level."""
    before = text[max(0, clause_start - 8) : clause_start].rstrip()
    if not (before.endswith(_CONTRAST) or text.startswith(_CONTRAST, clause_start)):
        return None
    award = _named_last(text, clause_start)
    if award is None or text.find("\n\n", award.end, clause_start) >= 0 or award.level == level:
        return None
    return award


_CONTRAST = ("ขณะที่", "ส่วน", "และ", "โดย")  # (the clause may start before the word or after it)


def _branch_award(text: str, start: int, verb: int) -> AwardName | None:
    """ "ในสาขาบริการภาครัฐ ผลงานที่ได้รับรางวัลระดับดีเด่น อาทิ …": the programme's award of the branch the clause names;
    "ในประเภทการขยายผลนวัตกรรมการบริการ มีหน่วยงาน…ได้รับรางวัลระดับดี เช่น …": of the type, in the branch the text
    wrote it under."""
    branch = _RE_BRANCH.search(text, start, verb) if text.find("สาขา", start, verb) >= 0 else None
    kind = _RE_TYPE.search(text, start, verb) if branch is None and text.find("ประเภท", start, verb) >= 0 else None
    found = branch or kind
    if found is not None and found.group(0).startswith(("ประเภทเดียวกัน", "สาขาเดียวกัน")):
        return _named_last(text, found.start())  # "สำหรับรางวัลในประเภทเดียวกันปีนี้ … ได้แก่ A และ B": the one named
    base = _programme_award_before(text, verb) if found else None
    if base is None or "สาขา" in (base.name_th or ""):
        return None
    name = found.group(0)
    if kind is not None and (under := _branch_of_type(text, name, kind.start(), None)):
        name = f"{under} {name}"
    return AwardName(found.start(), found.end(), f"{base.name_th} {name}", None, None, base.year_be)


_RE_TYPE = re.compile(r"ประเภท[ก-๛]+")


_BRANCHES = tuple("สาขา" + branch for branch in LERTRAT_BRANCHES)


def _level_of_topic(text: str, verb: int) -> AwardName | None:
    """ "ในสาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ … มีผลงานผ่านเข้ารอบสุดท้าย 12 ผลงาน\n\nผลปรากฏว่า A ได้รับรางวัลระดับดีเด่น":
    a level alone is won in the branch (and type) the paragraph, or the one before it, is about."""
    para = text.rfind("\n\n", 0, verb)
    before = text.rfind("\n\n", 0, para) if para > 0 else -1
    topic = _branch_award(text, before + 1 if para > 0 else 0, verb)
    if topic is None or not topic.name_th or not topic.name_th.endswith(_BRANCHES):
        return None  # (a branch by its whole name: not "สาขาบริการภาครัฐในปีนี้มี", a run of glued words)
    kind = _RE_TYPE.search(text, topic.end, verb) if "ประเภท" not in topic.name_th else None
    name = (
        f"{topic.name_th} {kind.group(0)}" if kind and text.rfind("\n", topic.end, kind.start()) < 0 else topic.name_th
    )
    return AwardName(topic.start, topic.end, name, None, None, topic.year_be)  # (its level set by the caller)


_RE_LATIN_CATEGORY = re.compile(r"(?:ประเภท|หมวด)\s?(?:[A-Z][A-Za-z&\-]*\s){1,5}Awards?\s")


def _clause_topic(text: str, start: int, verb: int) -> AwardName | None:
    """The topic a clause opens with, when it names no award: a scope ("ส่วนระดับจังหวัด จังหวัดนครราชสีมาได้รับ
    รางวัล": the award above, at that scope) or a branch of the programme ("สำหรับสาขาบริการภาครัฐ ประเภท…
    ระดับดีเด่น สปสช. ได้รับรางวัล")."""
    scopes = list(_RE_LINE_SCOPE.finditer(text, start, verb)) if text.find("ระดับ", start, verb) >= 0 else []
    if scopes:
        return _at_scope(text, scopes[-1].start())
    if (latin := _RE_LATIN_CATEGORY.match(text, start, verb)) and (base := _programme_award_before(text, start)):
        # "ประเภท Open Data Awards กรมควบคุมโรคได้รับรางวัล…": a category the paragraph opens with, in English
        name = f"{base.name_th} {latin.group(0).strip()}"
        return AwardName(latin.start(), latin.end(), name, None, None, base.year_be)
    branch = _RE_CATEGORY_ITEM.search(text, start, verb) if text.find("สาขา", start, verb) >= 0 else None
    base = _programme_award_before(text, branch.start()) if branch else None
    if base is None or "สาขา" in (base.name_th or ""):
        return None
    level = branch.group(2).replace(" ", "") if branch.group(2) else None
    return AwardName(branch.start(), branch.end(), f"{base.name_th} {branch.group(1)}", None, level, base.year_be)


def _at_scope(text: str, line: int) -> AwardName | None:
    """ "ระดับท้องถิ่น ผู้ได้รับรางวัล อาทิ …" (a paragraph opened by a scope): the award named above, at that scope."""
    scope = _RE_LINE_SCOPE.match(text, line) if text.startswith("ระดับ", line) else None
    if scope is None:
        return None
    named = [a for a in find_award_names(text, 0, line) if a.name_th and _RE_SCOPE.search(a.name_th)]
    if not named:
        return None
    base = named[-1]
    return AwardName(base.start, base.end, rescoped(base.name_th, scope.group(0)), base.name_en, None, base.year_be)


_RE_LINE_SCOPE = re.compile(SCOPE)
_RE_SCOPE_ONLY = re.compile(rf"รางวัล\s?({SCOPE})")


def _scope_of_named(text: str, said: AwardName) -> AwardName | None:
    """ "…เป็นหนึ่งในจังหวัดที่ได้รับรางวัลระดับจังหวัด": an award said by its scope alone is the award named last
    before it at another scope, at this one (else the award named last, at this scope)."""
    scope = _RE_SCOPE_ONLY.fullmatch(said.name_th).group(1)
    scoped = [a for a in find_award_names(text, 0, said.start) if a.name_th and _RE_SCOPE.search(a.name_th)]
    scoped = [a for a in scoped if not _RE_SCOPE_ONLY.fullmatch(a.name_th)]
    base = scoped[-1] if scoped else _named_last(text, said.start)
    if base is None or _RE_SCOPE_ONLY.fullmatch(base.name_th):
        return None
    name = rescoped(base.name_th, scope) if _RE_SCOPE.search(base.name_th) else f"{base.name_th} {scope}"
    return AwardName(said.start, said.end, name, base.name_en, said.level, base.year_be)


@dataclass
class Object:
    end: int
    award: AwardName | None = None
    awards: list[AwardName] = field(default_factory=list)
    recipients: list[tuple[tuple[int, int], Org, Person | None, AwardName | None]] = field(default_factory=list)
    stated: tuple[int, str, Evidence] | None = None
    span: ListSpan | None = None
    on_behalf: Org | None = None
    level: str | None = None  # a level won, the award being the clause's topic
    background: int | None = None  # the year of a win the text places in another year


def read_object(text: str, pos: int, mentions: Mentions, *, award: AwardName | None = None) -> Object:
    """What follows the verb: a count, an award, a count and a list of awards or of recipients."""
    while text.startswith(" ", pos):
        pos += 1
    if (emoji := _RE_EMOJI.match(text, pos)) is not None:
        pos = emoji.end()
    if text.startswith("\n", pos) and text.startswith(("รางวัล", "โล่"), pos + 1):
        pos += 1  # "เข้ารับ\nรางวัล…": a line broken inside the phrase
    elif text.startswith("\n", pos) and (bulleted := _award_lines_after(text, pos, mentions)):
        return Object(bulleted[-1].end, award=award, awards=bulleted)  # "โดย ขบ. ได้รับ\n\n- รางวัลA …\n- รางวัลB …"
    elif award is None and text.startswith(_AT_CEREMONY, pos) and (at := _ceremony_then_awards(text, pos, mentions)):
        return Object(at[-1].end, awards=at)
    elif award is None and text.startswith(_AS_TABLED, pos) and (rows := grids.awards_in_table_below(text, pos)):
        return Object(rows[-1].end, awards=rows)  # "…ได้รับรางวัลตามตารางต่อไปนี้": the rows of the table below
    filler = _RE_FILLER.match(text, pos)
    pos = filler.end() if filler else pos
    obj = Object(pos, award=award)
    level = _RE_LEVEL_OBJECT.match(text, pos) if award is None and text.startswith("ระดับ", pos) else None
    if level:  # "จังหวัดสมุทรสาครคว้าระดับดีเด่นไปครอง": the level of the clause's award
        obj.level, obj.end = level.group(1), level.end()
        return obj
    counted_at, counted = pos, _count(text, pos)
    if award is None:
        pos = _stated(text, pos, counted, obj, only_awards=True)
        kind = _RE_THIS_KIND.match(text, pos) if text.startswith(("รางวัล", "โล่"), pos) else None
        obj.award = _named_last(text, pos) if kind else award_at(text, pos)  # "รางวัลประเภทดังกล่าว": the one named
        if kind:  # last
            pos = obj.end = kind.end()
        elif obj.award:
            obj.award = _its_category(text, obj.award)
            obj.award = _field_below(text, obj.award) or obj.award
            obj.award = _named_after_programme(text, obj.award) or obj.award
            pos = obj.end = obj.award.end
            pos = _more_awards(text, pos, obj)
        elif same := _RE_SAME.match(text, pos):  # "ได้รับรางวัลเดียวกัน": the award named last before
            obj.award = _same_as(text, same, mentions) or _heading_before(text, max(0, pos - 1500), pos)
            if obj.award is None and "กับ" not in same.group():  # "ยังมีกรมธนารักษ์ได้รับรางวัลเดียวกัน": the last one
                obj.award = _named_last(text, pos)
            if same.group(1) and obj.award is not None:
                a = obj.award
                obj.award = AwardName(a.start, a.end, a.name_th, a.name_en, same.group(1).replace(" ", ""), a.year_be)
            pos = obj.end = same.end()  # (what follows it is read from its end: "…เดียวกันเมื่อปีที่แล้ว")
            scoped = _RE_SAME_SCOPE.match(text, pos)  # "…ได้รับรางวัลเดียวกันในระดับท้องถิ่น": at that scope
            if scoped and (rescoped_award := _at_other_scope(obj.award, scoped.group(1))):
                obj.award, pos = rescoped_award, scoped.end()
                obj.end = pos
        else:  # "ได้รับรางวัลด้วยจำนวน 6 หน่วยงาน": no award named, read on
            unnamed = _RE_UNNAMED.match(text, pos)
            if unnamed and text.startswith(_THIS_AWARD, pos):  # "คว้ารางวัลนี้", "ได้รับรางวัลดังกล่าว": the one named last
                obj.award = _named_last(text, pos)
            elif unnamed and (scoped := _RE_IN_SCOPE.match(text, pos)):  # "ได้รับรางวัลในระดับจังหวัด": the one named
                obj.award = _at_other_scope(_named_last(text, pos), scoped.group(1))  # last, at that scope
            pos = unnamed.end() if unnamed else pos
    count = counted if pos == counted_at else _count(text, pos)  # (nothing read after the verb: the same count)
    if obj.award is not None and not count and (ahead := _count_ahead(text, pos)) != pos:
        pos, count = ahead, _count(text, ahead)
    pos = _stated(text, pos, count, obj)
    behalf = _RE_ON_BEHALF.match(text, pos)
    if behalf:
        obj.on_behalf = mentions.orgs.at(behalf.end())
        pos = obj.end = obj.on_behalf.evidence.end if obj.on_behalf else pos
    background = _RE_BACKGROUND.match(text, pos)
    if background:
        obj.background = int(background.group(1)) + (2500 if len(background.group(1)) == 2 else 0)  # ("เมื่อปี 67")
    if obj.stated and _level_groups(text, pos, obj):
        return obj
    if (
        obj.award is not None
        and is_programme_name(obj.award.name_th or "")
        and not obj.stated
        and (listed := _ceremony_then_awards(text, pos, mentions))
    ):  # "เข้ารับรางวัลเลิศรัฐ ประจำปี 2565 จาก… ณ … ดังนี้\n👉 รางวัลA : "ผลงาน"\n👉 รางวัลB …": the programme's awards won
        obj.awards, obj.end = listed, listed[-1].end
        return obj
    intro = _RE_INTRO.match(text, pos) or _intro_ahead(text, pos, obj)
    if intro is None and obj.award is None:  # "X ได้รับรางวัลในงาน… รวม 2 รางวัล ดังนี้" and a list below
        later = _RE_COUNT_LIST.search(text, pos, _line_end(text, pos))
        if later:
            obj.stated = (int(later.group(1)), "รางวัล", Evidence.of(text, later.start(), later.end()))
            intro = later
    if (
        (intro is None or intro.group() == "\n")
        and obj.award is not None
        and not obj.stated
        and (categories := _categories_below(text, pos, obj.award, mentions))  # "…รางวัลX ปี 2567\n✅ A\n✅ B"
    ):
        obj.awards, obj.end = categories, categories[-1].end
        return obj
    if intro is None and obj.award is not None and not obj.stated:
        intro = _marked_winners_below(text, pos, mentions)  # "…ที่ได้รับรางวัล X 🎉🎉\n🏆 A\n🏆 B"
    roster = text.startswith("รายชื่อ", text.rfind("\n", 0, pos) + 1)  # "รายชื่อ…ที่ได้รับรางวัล (เรียงตามจังหวัด)\n…"
    if intro is None and roster:
        intro = _RE_ASIDE_TO_LINE_END.match(text, pos)
    if intro is None and obj.stated and obj.stated[1] == "รางวัล" and not obj.awards:
        obj.awards = _award_lines_below(text, pos, obj.stated[0])  # "คว้า 2 รางวัลจาก…\n…\n✅ A\n✅ B"
        obj.end = obj.awards[-1].end if obj.awards else obj.end
        return obj
    if not intro or (
        (intro.group(0) == "\n" or intro.re is _RE_ASIDE_TO_LINE_END)
        and ((not obj.stated and not roster) or _no_item_below(text, intro.end()))
    ):
        return obj
    _read_items(text, intro.end(), mentions, obj)
    if obj.award is not None and obj.awards:
        obj.awards = [_type_of_branch(a, obj.award) for a in obj.awards]
    return obj


def _type_of_branch(item: AwardName, award: AwardName) -> AwardName:
    """ "ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี 2 รางวัล ได้แก่ ประเภทพัฒนาการบริการ … และประเภท…": each type listed
    is of the branch (and at the level) the award before the list names."""
    if "สาขา" not in (award.name_th or "") or "สาขา" in (item.name_th or ""):
        return item
    typed = _category_of_list_award(item, award)
    if typed is None:
        return item
    return AwardName(typed.start, typed.end, typed.name_th, typed.name_en, typed.level or award.level, typed.year_be)


_RE_AWARD_FIELD = re.compile(r"[^\w\n]*\s?(?:รางวัลที่ได้รับ|ชื่อรางวัล)\s?[:：]\s?")


def _field_below(text: str, award: AwardName) -> AwardName | None:
    """ "X ได้รับรางวัล DIGI Data Awards 2025\\n📌 รางวัลที่ได้รับ : รางวัลการใช้ข้อมูล…ดีเด่น": the programme, then the
    award won in a labelled field on one of the next two lines."""
    if not award.name_th or not is_programme_name(award.name_th):
        return None
    line = text.find("\n", award.end)
    for _ in range(2):
        if line < 0:
            return None
        field = _RE_AWARD_FIELD.match(text, line + 1)
        if field:
            return _specific_award_at(text, field.end())
        line = text.find("\n", line + 1)
    return None


_RE_ASIDE_TO_LINE_END = re.compile(r"\s?(?:\([^()\n]{1,40}\))?\s?\n")  # a roster's heading ends: its list below
_RE_AWARD_LINE = re.compile(r"[^\w\sก-๛\"'(]+\s*(?=รางวัล|โล่)")  # a bulleted line that names an award


_RE_AND_AWARD = re.compile(r"\s?และ\s?(?=รางวัล)")


def and_award(text: str, award: AwardName) -> AwardName | None:
    """ "3) โรงพยาบาลX รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดีเด่น และรางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ
    ระดับดี": a second award of the same item, joined by และ."""
    joined = _RE_AND_AWARD.match(text, award.end)
    second = award_at(text, joined.end()) if joined else None
    return second if second is not None and second.name_th and not is_programme_name(second.name_th) else None


_AS_TABLED = ("รางวัลตามตาราง", "รางวัลดังตาราง")  # (not "ได้รับรางวัล ดังนี้" over a table: its columns say whose)
_AT_CEREMONY = ("รางวัลจากงาน", "รางวัลในงาน", "รางวัลจากเวที", "รางวัลในพิธี")


def _ceremony_then_awards(text: str, pos: int, mentions: Mentions) -> list[AwardName]:
    """ "…เข้ารับรางวัลจากงาน "รางวัลเลิศรัฐ ประจำปี 2562" ณ อิมแพ็ค ฟอรั่ม ดังนี้\n• รางวัลA\n• รางวัลB": the ceremony,
    then the awards received, on bulleted lines below the line that announces them."""
    line_end = _line_end(text, pos)
    announced = _RE_OWN_LIST.search(text, pos, line_end)
    if announced is None or _RE_COUNT.search(text, pos, announced.start()):
        return []  # ("…ในงาน… จำนวน 2 รางวัล ได้แก่": the count's list, read as such)
    return _award_lines_after(text, announced.end(), mentions)


def _award_lines_below(text: str, pos: int, count: int) -> list[AwardName]:
    """ "เทศบาลนครอุดรธานี คว้า 2 รางวัลจากเวที …\\nเมื่อวันที่ … เข้ารับรางวัล…\\n✅ รางวัลA\\n✅ รางวัลB": the awards counted,
    on as many bulleted lines within the next two lines below (no ได้แก่ or ดังนี้ announced them)."""
    line = text.find("\n", pos)
    for _ in range(2):
        if line < 0 or text.startswith("\n", line + 1):
            return []
        awards, at = [], line + 1
        while (bullet := _RE_AWARD_LINE.match(text, at)) and (award := award_at(text, bullet.end())):
            awards.append(award)
            at = text.find("\n", award.end) + 1
            if at == 0:
                break
        if awards:
            return awards if len(awards) == count and all(a.name_th for a in awards) else []
        line = text.find("\n", line + 1)
    return []


def _categories_below(text: str, pos: int, award: AwardName, mentions: Mentions) -> list[AwardName]:
    """ "อบต.X ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2567 (DG Awards 2024) 🏆\n✅ รางวัลA\n✅ รางวัลB": a programme won at the
    end of its line, over bulleted lines right below it that each name one of its awards: the wins."""
    if not award.name_th or not is_programme_name(award.name_th):
        return []
    return _award_lines_after(text, pos, mentions)


def _award_lines_after(text: str, pos: int, mentions: Mentions) -> list[AwardName]:
    """The awards on bulleted lines right below the line ``pos`` ends (a blank line between allowed), each line an
    award of its own and not its winner ("- รางวัล A : กรม X" is a list of others' wins; "- รางวัลA ผลงานของ…" is not)."""
    if (tail := _RE_LINE_TAIL.match(text, pos)) is None:
        return []
    awards, at = [], tail.end() + text.startswith("\n", tail.end())
    while (bullet := _RE_AWARD_LINE.match(text, at)) and (item := award_at(text, bullet.end())):
        end = _line_end(text, item.end)
        org = mentions.left_entity(item.end, end)
        if (
            not item.name_th
            or is_programme_name(item.name_th)
            or (org and _RE_WINNER_AFTER.fullmatch(text, item.end, org.evidence.start))
        ):
            return []
        awards.append(item)
        at = end + 1
    return awards


_RE_WINNER_AFTER = re.compile(r"[\s:：–—\-]*")  # between an award and its winner on a line: a colon, a dash


_RE_OWN_LIST = re.compile(r"(?:ดังนี้|ได้แก่|ประกอบด้วย|:)\s*$")


_RE_LINE_TAIL = re.compile(r"[^\w\n]*\n")  # the rest of a line: marks, emoji, spaces (no word)
_RE_MARK = re.compile(r"[^\w\s\"'(]+\s?")  # a line's bullet: "🏆 ", "• ", "✅"


def _marked_winners_below(text: str, pos: int, mentions: Mentions) -> re.Match | None:
    """ "ขอแสดงความยินดีกับ อปท. ในจังหวัดสงขลา ที่ได้รับรางวัล X (DG Awards 2025) 🎉🎉\n🏆 A\n🏆 B": an award that
    ends its line (but for emoji), over at least two lines that are each a bullet and an organization: its winners."""
    tail = _RE_LINE_TAIL.match(text, pos)
    if tail is None:
        return None
    at = tail.end()
    for _ in range(2):
        mark = _RE_MARK.match(text, at)
        org = mentions.orgs.at(mark.end()) if mark else None
        if org is None or not _RE_LINE_TAIL.match(text, org.evidence.end):
            return None
        at = text.find("\n", org.evidence.end) + 1
    return tail


def _no_item_below(text: str, pos: int) -> bool:
    """A list under a count starts on the next line, not after a blank one ("…276 ผลงาน\\n\\n<byline>"), and not with a
    line that opens a list of its own ("…รวม 214 รางวัล\\nสำนักงาน ก.พ.ร. ขอประกาศรายชื่อ… ดังนี้": a sentence)."""
    end = text.find("\n", pos)
    return text.startswith("\n", pos) or _RE_OWN_LIST.search(text, pos, len(text) if end < 0 else end) is not None


_RE_CATEGORY_AWARD = re.compile(r"\s?ประเภท\s?(?=รางวัล)")


def _its_category(text: str, award: AwardName) -> AwardName:
    """ "รางวัลรัฐบาลดิจิทัล ประจำปี 2567 (Digital Government Awards 2024) ประเภทรางวัลการพัฒนาบริการดิจิทัล (Digital
    Service)": the programme, then the award of it that was won, which is the fact."""
    category = _RE_CATEGORY_AWARD.match(text, award.end) if "ป" in text[award.end : award.end + 2] else None
    if category is None or not award.name_th or not is_programme_name(award.name_th):
        return award
    named = award_at(text, category.end())
    if named is None or not named.name_th:
        return award
    return AwardName(award.start, named.end, named.name_th, named.name_en, named.level, award.year_be, named.count)


def _same_as(text: str, same: re.Match, mentions: Mentions) -> AwardName | None:
    """ "ได้รับรางวัลในประเภทเดียวกันกับกรมควบคุมโรค ได้แก่ …": the award that organization was last said to win
    (the first named after its last mention before), not the last award named, which may be another's; without
    its level, which was that organization's."""
    at = text.find("กับ", same.start(), same.end())
    org = mentions.orgs.at(at + 3) if at >= 0 else None
    if org is None:
        return None
    for earlier in reversed(mentions.org_mentions):
        if earlier.evidence.end <= same.start() and earlier.name_th == org.name_th:
            names = [a for a in find_award_names(text, earlier.evidence.end, earlier.evidence.end + 120) if a.name_th]
            if names:
                a = names[0]
                return AwardName(a.start, a.end, a.name_th, a.name_en, None, a.year_be)
    return None


def _level_groups(text: str, pos: int, obj: Object) -> bool:
    """ "รวม 3 รางวัล แบ่งเป็น ระดับดีเด่น 1 รางวัล ได้แก่ A และระดับดี2 รางวัล ได้แก่ B และ C": the awards
    listed under each level, with that level."""
    items, p = [], pos
    while group := _RE_LEVEL_GROUP.match(text, p):
        span = read_list(text, group.end(), lambda q: _award_item(text, q))
        if not span or not span.values:
            break
        level = group.group(1).replace(" ", "")
        for item in span.items:
            if isinstance(item.value, AwardName):
                v = item.value
                obj.awards.append(AwardName(v.start, v.end, v.name_th, v.name_en, v.level or level, v.year_be))
        items += span.items
        p = span.end
    if not obj.awards:
        return False
    obj.span, obj.end = ListSpan(items=items, start=pos, end=p), p
    return True


def _award_item(text: str, pos: int):
    award = award_at(text, pos) if text.startswith(("รางวัล", "โล่"), pos) else None
    return (award.end, award) if award else None


def _count_ahead(text: str, pos: int) -> int:
    """ "ได้รับรางวัล X ในพิธี… ณ ทำเนียบรัฐบาล จำนวน 4 หน่วยงาน ได้แก่ 1) …": the count and its list come
    after an aside (the ceremony, the venue) on the same line."""
    end = min(_line_end(text, pos), pos + 300)
    if text.find("จำนวน", pos, end) < 0 and text.find("รวม", pos, end) < 0:
        return pos  # the count's words are rare: look for them before running the pattern
    ahead = _RE_COUNT_AHEAD.search(text, pos, end)
    if ahead is None:
        return pos
    gap = _RE_CEREMONY_AWARD.sub("", text[pos : ahead.start()])
    if _RE_WIN.search(gap) or _RE_INTRO_AHEAD.search(gap) or "รางวัล" in gap:
        return pos
    return ahead.start()


def _more_awards(text: str, pos: int, obj: Object) -> int:
    """ "รางวัล A ระดับดีเด่น จากผลงาน “…” และรางวัล B": a recipient's second award in one clause."""
    while True:
        another = _RE_ANOTHER.match(text, pos)
        award = award_at(text, another.end()) if another else None
        if award is None:
            return pos
        if not obj.awards:
            obj.awards = [obj.award]
        obj.awards.append(award)
        pos = obj.end = award.end


def _count(text: str, pos: int) -> re.Match | None:
    """_RE_COUNT.match, tried only where it can match: after at most two spaces, a digit or a letter of
    มี or its count words (the pattern starts with optional items: the engine would try them all)."""
    first = text[pos : pos + 3].lstrip()[:1]  # (a third space: "", no match)
    return _RE_COUNT.match(text, pos) if first in _COUNT_FIRST or first.isdecimal() else None


def _stated(text: str, pos: int, count: re.Match | None, obj: Object, only_awards: bool = False) -> int:
    """The count read at ``pos`` (if any) stated in ``obj``; where the reading goes on."""
    if not count or (only_awards and count.group(2) != "รางวัล"):
        return pos
    obj.stated = (int(count.group(1)), count.group(2), Evidence.of(text, count.start(), count.end()))
    obj.end = count.end()
    return count.end()


def _intro_ahead(text: str, pos: int, obj: Object) -> re.Match | None:
    """ "รวม 3 รางวัล แบ่งเป็น ระดับดีเด่น 1 รางวัล และระดับดี 2 รางวัล ได้แก่", "ในปีนี้ อาทิ": a list
    announced after an aside on the same line (a short one unless a count was stated)."""
    line_end = text.find("\n", pos)
    reach = 260 if obj.stated else 40  # "ได้รับ 2 รางวัลในงาน… เมื่อวัน… เวลา… ณ … ได้แก่": when, where, then the list
    if not obj.stated and text.startswith(("ร่วมกับอีก", " ร่วมกับอีก"), pos):
        reach = 80  # "…ร่วมกับอีกสองหน่วยงานในประเภทเดียวกัน คือ": the others, counted, then listed
    if not obj.stated and text.startswith(("ซึ่งเป็น", " ซึ่งเป็น"), pos):
        reach = 160  # "…รางวัลคุณภาพการบริหารจัดการภาครัฐ ซึ่งเป็นรางวัลสูงสุดของสาขา… ได้แก่": what the award is, then
    end = min(pos + reach, line_end if line_end >= 0 else len(text))
    intro = _RE_INTRO_WORD.search(text, pos, end)  # (the earlier of the two halves of _RE_INTRO_AHEAD)
    counted = _RE_INTRO_COUNTED.search(text, pos, end) if text.find("คือ", pos, end) >= 0 else None
    if counted is not None and (intro is None or counted.start() < intro.start()):
        intro = counted
    if intro is None and 0 <= line_end - pos <= 260 and _items_below(text, line_end):
        # "… ที่ได้รับรางวัลเลิศรัฐ ประจำปี 2567 จากสำนักงาน ก.พ.ร. ในพิธีเมื่อวันที่ 26 กันยายน 2567 ดังนี้\n1. …"
        intro = _RE_INTRO_AT_END.search(text, pos, line_end)
        if intro is not None and (
            _RE_WIN.search(text, pos, intro.start()) or _RE_COUNT_LIST.search(text, pos, line_end)
        ):
            intro = None  # the list is the nearer verb's ("… ได้รับรางวัล 2 รางวัล ดังนี้"), or a count's (read_object)
    if intro and _RE_OTHER_COUNT.search(text, pos, intro.start()):
        return None  # "รวม 305 รางวัล ครอบคลุม 3 สาขา ได้แก่ …": the list is of the branches, not of awards won
    if intro and _RE_NOT_WON_ON_THE_WAY.search(text, pos, intro.start()):
        return None  # "… และหน่วยงานที่เข้ารอบแต่ไม่ได้รับรางวัล เช่น กรมการกงสุล": the list is of those who did not win
    if intro and any(
        not _RE_CEREMONY.search(text, max(0, a.start - CEREMONY_REACH), a.start)
        for a in find_award_names(text, pos, intro.start())
    ):
        return None  # "รวม 37 รางวัล โดยรางวัล X ระดับกรม ได้แก่ …": the list is X's winners (headings._inline)
    return intro  # (not "ในงานประกาศรางวัลรัฐบาลดิจิทัล ประจำปี 2569": the ceremony, named on the way)


# "จ.เชียงใหม่ – เทศบาลนครเชียงใหม่", or in two columns ("จังหวัดขอนแก่น     เทศบาลนครขอนแก่น": a tab, normalized)
_RE_PLACED_ITEM = re.compile(r"(?:จ\.|จังหวัด)[ก-๛]{2,30}(?:\s?[–—-]\s?|\t)")


def _items_below(text: str, line_end: int) -> bool:
    """Whether a list starts on the next line (or after one blank line): "1. …", "จ.X – <winner>", or two bulleted
    lines ("- กรมการแพทย์แผนไทย… รางวัลบริการภาครัฐ…")."""
    at = line_end + 1 + text.startswith("\n", line_end + 1)
    if text.startswith("1.", at) or _RE_PLACED_ITEM.match(text, at) is not None:
        return True
    second = text.find("\n", at) + 1
    return text.startswith(_BULLETS, at) and second > 0 and text.startswith(_BULLETS, second)


_BULLETS = ("- ", "• ", "* ", "▪ ", "● ")


def _read_items(text: str, pos: int, mentions: Mentions, obj: Object) -> None:
    label = _RE_PLACE_FIRST.match(text, pos)  # "ดังนี้ จ.ลพบุรี ได้แก่ A และ B; …": the first province labels its group
    pos = label.end() if label else pos
    programme = _programme_before(text, pos)
    span = read_list(text, pos, lambda p: item_at(text, p, mentions, programme))
    values = span.values if span else None
    if not values:
        return
    obj.span, obj.end = span, span.end
    if isinstance(values[0], AwardName):
        obj.awards = [v for v in values if isinstance(v, AwardName)]
        return
    # (an item's category read as an item of its own, "A ประเภทX จากผลงาน …, B ประเภทY", is A's: it ends at B)
    starts = [item.start for item in span.items if not isinstance(item.value, AwardName)]
    for item in span.items:
        org, person = as_recipient(item.value)
        if org is not None:
            i = bisect_right(starts, item.start)
            own = _own_award(text, item, mentions, starts[i] if i < len(starts) else -1)
            if own is None and text.startswith("ระดับ", item.start) and (cell := _RE_LEVEL_CELL.match(text, item.start)):
                # "| ระดับดีเด่น | <winner> |": the row's level cell, the list's award at that level (own_or)
                own = AwardName(item.start, item.start, None, None, cell.group(1).replace(" ", ""))
            obj.recipients.append(((item.start, item.end), org, person, own))


def own_or(own: AwardName | None, award: AwardName | None, level: str | None = None) -> AwardName | None:
    """An item's own award, with the level of the list's award (or the ``level`` said for the list) when it states
    none ("รางวัลระดับดีเด่น ได้แก่ A ประเภทX, B ประเภทY"); else the list's award."""
    if own is not None and own.name_th is None and own.name_en is None:  # "- เทศบาลตำบลริมปิง ระดับดีเด่น"
        own, level = None, own.level  # the list's award, at the item's own level
    if own is None:  # "ได้รับรางวัลระดับดี เช่น A": the list's award, at the level said for the list
        if level and award is not None and award.level is None:
            return AwardName(award.start, award.end, award.name_th, award.name_en, level, award.year_be)
        return award
    level = level or (award.level if award is not None else None)
    if own.level is None and level:
        own = AwardName(own.start, own.end, own.name_th, own.name_en, level, own.year_be)
    return _category_of_list_award(own, award) or own


def _category_of_list_award(own: AwardName, award: AwardName | None) -> AwardName | None:
    """ "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น จำนวน 3 แห่ง คือ A ประเภทเทศบาลเมือง, B ประเภท…": an item's
    category, read as one of the programme's, is a category of the list's award (which names more than its
    programme)."""
    if award is None or not award.name_th or "ประเภท" in award.name_th or is_programme_name(award.name_th):
        return None
    programme, _, category = (own.name_th or "").partition(" ประเภท")
    if not category or not is_programme_name(programme):
        return None
    return AwardName(own.start, own.end, f"{award.name_th} ประเภท{category}", own.name_en, own.level, own.year_be)


def _own_award(text: str, item, mentions: Mentions, following: int = -1) -> AwardName | None:
    """An item that names its own award: "กรมการขนส่งทางบก (ขบ.) รางวัลบริการภาครัฐ … ระดับดี", or its
    category of the programme: "สำนักงานสถิติแห่งชาติ (สสช.) – ประเภทการเปิดเผยข้อมูล… (Open Data Impact)".
    It ends where the next item (at ``following``) starts."""
    end = item.chunk_end if item.chunk_end > item.end else text.find("\n", item.end)
    end = len(text) if end < 0 else end
    if item.end < following < end:
        end = following
    item = _past_expansion(text, item, mentions)  # "สบส. หรือกรมสนับสนุนบริการสุขภาพ ในสาขา…": after the full name
    item = _past_parent(text, item, mentions)
    names = find_award_names(text, item.end, end)
    if (
        names
        and (
            names[0].start - item.end <= 2
            or not text[item.end : names[0].start].strip(" -–—:")
            or _RE_OWN_CLAUSE.fullmatch(text, item.end, names[0].start)
        )
        and not _RE_NEXT_LIST.match(text, names[0].end)  # "… และ B รางวัลY ระดับดีเด่น ได้แก่ C": the next group's
    ):
        return names[0]  # "X รางวัล…", "• X — รางวัล… (…)", "X ที่ได้รับรางวัล…": the award written right after the winner
    category = _RE_ITEM_CATEGORY.match(text, item.end, end)
    if category is None and (level := _RE_ITEM_LEVEL.match(text, item.end, end)):  # a level alone: of the list's award
        return AwardName(level.start(1), level.end(), None, None, level.group(1).replace(" ", ""))
    base = _programme_award_before(text, item.start) if category else None
    if base is None:
        return None
    level = category.group(3).replace(" ", "") if category.group(3) else None
    name = f"{base.name_th} {category.group(1).strip()}"
    if "สาขา" not in name:  # "ในสาขาบริการภาครัฐ … ได้แก่ A ประเภทX": the branch the sentence named before
        line = text.rfind("\n", 0, item.start) + 1
        branch = _RE_BRANCH.search(text, max(line, base.end), item.start) or _branch_heading(text, base.end, line)
        name = f"{base.name_th} {branch.group(0)} {category.group(1).strip()}" if branch else name
    return AwardName(category.start(1), category.end(), name, category.group(2), level, base.year_be)


def _past_parent(text: str, item, mentions: Mentions):
    """The item with the faculty and the university written after a hospital's name ("โรงพยาบาลมหาราชนครเชียงใหม่
    คณะแพทยศาสตร์ มหาวิทยาลัยเชียงใหม่ รางวัล…"): its own award comes after them."""
    faculty = _RE_FACULTY.match(text, item.end)
    if faculty is None or "สังกัด" in faculty.group():
        return item
    parent = mentions.orgs.at(faculty.end())
    return replace(item, end=parent.evidence.end) if parent is not None else item


def _past_expansion(text: str, item, mentions: Mentions):
    """The item with the full name written after its short one and หรือ, if it is (the same organization)."""
    if (
        not text.startswith(("หรือ", " หรือ"), item.end)
        or (org := mentions.orgs.at(_RE_OR.match(text, item.end).end())) is None
    ):
        return item
    return replace(item, end=org.evidence.end)


_RE_BRANCH_LINE = re.compile(r"^สาขา[ก-๛]+(?=\s*$)", re.M)


def _branch_heading(text: str, start: int, end: int) -> re.Match | None:
    """The last branch written as a heading of its own between ``start`` and ``end`` ("สาขาบริการภาครัฐ" above the
    items "- กรมการจัดหางาน ประเภทนวัตกรรมการบริการ ระดับดีเด่น")."""
    if "สาขา" not in text[start:end]:
        return None
    headings = list(_RE_BRANCH_LINE.finditer(text, start, end))
    return headings[-1] if headings else None


def _programme_written_before(text: str, pos: int) -> AwardName | None:
    """The programme as the text writes it without รางวัล ("จัดงาน DIGI Data Awards 2025"): รางวัล DIGI Data Awards."""
    lower, best = text[:pos].lower(), None
    for programme in programmes():
        for m in programme.pattern.finditer(lower):
            if best is None or m.start() > best.start():
                best = m
    if best is None:
        return None
    written = text[best.start() : best.end()]
    name = written if written.startswith(("รางวัล", "โล่")) else f"รางวัล {written}"
    return AwardName(best.start(), best.end(), name)


def _programme_award_before(text: str, pos: int) -> AwardName | None:
    """The last award named before ``pos`` that names its programme ("รางวัล DIGI Data Awards 2025")."""
    named = [a for a in find_award_names(text, 0, pos) if a.name_th and programme_of(a.name_th)]
    if not named:
        return _programme_written_before(text, pos)
    base = named[-1]
    name = _RE_EDITION.sub("", base.name_th)  # the edition's year belongs to the event
    return AwardName(base.start, base.end, name, base.name_en, None, base.year_be)


def item_at(text: str, pos: int, mentions: Mentions, programme: str | None = None):
    """A list item: an award name, an organization, or a person (for the organization in their title);
    "สาขา… ประเภท… ระดับ…" is an award of the programme the text is about."""
    if programme and text.startswith(("สาขา", "ประเภท"), pos) and not _at_line_start(text, pos):  # own line: heading
        m = _RE_CATEGORY_ITEM.match(text, pos)
        if m:
            level = m.group(2).replace(" ", "") if m.group(2) else None
            return m.end(), AwardName(pos, m.end(), f"{programme} {m.group(1).strip()}", None, level)
    if text.startswith(("รางวัล", "โล่"), pos) or text[pos : pos + 1] in "\"'":
        award = award_at(text, pos)
        return (award.end, award) if award else None
    person = mentions.person_at(pos)
    if person is not None:
        return person.evidence.end, person
    if text.startswith(("นายก", "รองนายก"), pos) and (head := _local_head_item(text, pos, mentions)) is not None:
        return head.evidence.end, head  # "- นายกเทศมนตรีตำบลบ้านสร้าง จังหวัดปราจีนบุรี": the office a title heads
    cell = _RE_LEVEL_CELL.match(text, pos) if text.startswith("ระดับ", pos) else None
    if cell:  # "| ระดับดีเด่น | กรมควบคุมมลพิษ |": a table's row under the award's line, its level then its winner
        org = mentions.orgs.at(cell.end())
        return (org.evidence.end, org) if org else None
    work = _RE_WORK_OF.match(text, pos) if text.startswith(("ผลงาน", "ระบบ"), pos) else None
    org = mentions.orgs.at(work.end() if work else pos)  # "ผลงาน "…" ของกรมการแพทย์": the work's owner won
    gap = _RE_PLACE_GAP.match(text, org.evidence.end) if org and org.name_th.startswith(_PLACES) else None
    if gap and _at_line_start(text, pos):
        local = mentions.orgs.at(gap.end())  # "จังหวัดลำพูน เทศบาลตำบลริมปิง ระดับดีเด่น", "จ.ชลบุรี – เทศบาล…": where, who
        if local is not None and (local.name_th.startswith(_LOCAL_HEADS) or ":" in gap.group()):  # (any, after ":")
            local.province_th = local.province_th or org.name_th
            return local.evidence.end, local
    return (org.evidence.end, org) if org else None


_LOCAL_HEADS = ("เทศบาล", "องค์การบริหารส่วน")
_RE_MAYOR_ITEM = re.compile(r"(?:รอง)?นายกเทศมนตรี(นคร|เมือง|ตำบล)([ก-๛]+)")
_RE_CHIEF_ITEM = re.compile(r"(?:รอง)?นายก(?=องค์การบริหารส่วน(?:ตำบล|จังหวัด))")


def _local_head_item(text: str, pos: int, mentions: Mentions) -> Org | None:
    """A list item that is only a local executive's title ("นายกเทศมนตรีเมืองแสนสุข", "นายกองค์การบริหารส่วนตำบลX"):
    the local government the title heads (the title's own words name it)."""
    if m := _RE_MAYOR_ITEM.match(text, pos):
        return mentions.orgs.named(f"เทศบาล{m.group(1)}{m.group(2)}", Evidence.of(text, pos, m.end()))
    if m := _RE_CHIEF_ITEM.match(text, pos):
        return mentions.orgs.at(m.end())
    return None


_RE_LEVEL_CELL = re.compile(rf"({GRADE})\s?\|\s?")
_RE_PLACE_GAP = re.compile(r" ?[–—:\-] ?| |\t")  # "จังหวัดยะลา : เทศบาลนครยะลา" too, and two columns


_RE_NEXT_LIST = re.compile(r"\s?(?:ได้แก่|ประกอบด้วย)")
_RE_OWN_CLAUSE = re.compile(r"\s?(?:ที่|ซึ่ง)\s?(?:ได้)?รับ\s?")
# ("ผลงาน "…" ของกรมการแพทย์", "…เป็นของระบบ e-Tax Invoice by Email ของ สพธอ."): the work's owner
_RE_WORK_OF = re.compile(r'(?:ผลงาน\s?"[^"\n]{1,120}"|ระบบ[^"\n]{1,60}?)\s?ของ\s?')


def _at_line_start(text: str, pos: int) -> bool:
    """Only bullets, an item's number ("1. ") or spaces before ``pos`` on its line (read only when asked: it slices
    the line)."""
    return text[text.rfind("\n", 0, pos) + 1 : pos].strip(" -•*.)0123456789") == ""


def _programme_before(text: str, pos: int) -> str | None:
    """The programme's own name ("รางวัลเลิศรัฐ") as last written before ``pos``."""
    names = _programme_names(text)  # in the order of their starts
    i = bisect_left(names, (pos,))  # the first that starts at pos or after
    return names[i - 1][1] if i else None


@lru_cache(maxsize=8)
def _programme_names(text: str) -> tuple[tuple[int, str], ...]:
    out = []
    for award in find_award_names(text):
        words = (award.name_th or "").split()
        if words and is_programme_name(words[0]):
            out.append((award.start, words[0]))
    return tuple(out)


def as_recipient(value) -> tuple[Org | None, Person | None]:
    if isinstance(value, Person):
        return value.organization, value
    return (value, None) if isinstance(value, Org) else (None, None)


def _give_clause(text: str, m: re.Match, mentions: Mentions, found: Found) -> None:
    """มอบรางวัล X ให้แก่ A และ B: the award goes to the organizations after ให้แก่."""
    if found.taken(m.start()):
        return
    award = award_at(text, m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0))
    pos = award.end if award else m.end()
    if award is None and text.startswith("รางวัล", pos) and _RE_TO.match(text, pos + len("รางวัล")):
        award, pos = _branch_said_before(text, m.start()), pos + len("รางวัล")
    to = _RE_TO.match(text, pos)
    if to is None and award is not None and text.startswith((" :", ":"), pos):
        # "25:10 มอบรางวัล… ระดับกรม : กรมสรรพสามิต, กรมศุลกากร" (a video's chapters, a programme of the day)
        to = (
            _RE_COLON_TO.match(text, pos)
            if _RE_STAMP_HEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
            else None
        )
    if not to:
        return
    end = to.end()
    while span := read_list(text, end, lambda p: item_at(text, p, mentions)):
        for item in span.items:
            org, person = as_recipient(item.value)
            if org is not None:
                found.awards.append(make_award(org, award, claim(text, m.start(), (item.start, item.end)), person, 0.8))
        end = span.end
        scope = next_scope(text, end, award)  # "… ระดับกรม แก่ A และ B ระดับจังหวัด แก่ C และระดับท้องถิ่น แก่ D"
        if scope is None:
            break
        award, end = scope
    if end > to.end():
        found.consumed.append((m.start(), end))


_RE_BRANCH_SAID = re.compile(rf"(?:สำหรับ|ใน|ส่วน)\s?(สาขา[ก-๛]+)(?:\s?({GRADE}))?(?![ก-๛])")


def _branch_said_before(text: str, pos: int) -> AwardName | None:
    """ "สำหรับสาขาบริการภาครัฐ ระดับดีเด่น นายกรัฐมนตรีมอบรางวัลให้กับ A และ B": the award given is the branch's, of
    the programme named before."""
    line = text.rfind("\n", 0, pos) + 1
    said = list(_RE_BRANCH_SAID.finditer(text, max(line, pos - 120), pos))
    programme = _programme_before(text, pos)
    if not said or programme is None:
        return None
    branch, level = said[-1].group(1, 2)
    name = f"{programme} {branch}"
    return AwardName(said[-1].start(1), said[-1].end(), name, None, level.replace(" ", "") if level else None)


_RE_COLON_TO = re.compile(r"\s?:\s?")
_RE_STAMP_HEAD = re.compile(r"[\d:.\s\-–•]*")  # a line's time stamp or bullet, before its "มอบรางวัล…"
# After one scope's winners, the next scope of the same award and its list: "ระดับกรม อาทิ A และ B ระดับจังหวัด อาทิ C",
# "… ส่วนระดับจังหวัด รางวัลเป็นของ D และ E", "… ระดับจังหวัด แก่ F" (an award handed out),
# "… ขณะที่ระดับท้องถิ่น ผู้ได้รับรางวัล ได้แก่ G"
_RE_NEXT_SCOPE_GROUP = re.compile(
    rf"\s?(?:ส่วน|และ|ขณะที่|,)?\s?({SCOPE})\s?(?:(?:ผู้|หน่วยงานที่)ได้รับรางวัล\s?)?"
    r"(?:ได้แก่|อาทิ|เช่น|คือ|(?:รางวัล)?(?:ตก)?เป็นของ|ให้แก่|ให้กับ|แก่)\s?"
)


_PLACE_GROUP = r"(?:จ\.|จังหวัด)\s?[ก-๛]{2,30}\s?(?:ได้แก่|:)\s?"  # "จ.ลพบุรี ได้แก่ ", "จังหวัดสระบุรี: "
_RE_PLACE_FIRST = re.compile(rf"\s?{_PLACE_GROUP}")
_RE_NEXT_PLACE_GROUP = re.compile(rf"\s?(?:\([^()\n]{{1,30}}\))?\s?[;,]\s?{_PLACE_GROUP}")


def group_start(text: str, end: int) -> int:
    """Where the group after a list that ends at ``end`` starts (past the spaces and marks between)."""
    while end < len(text) and text[end] in " ;,)\n(":
        close = text.find(")", end, end + 32) if text[end] == "(" else -1  # past an aside: "(ระดับดี)"
        end = close + 1 if close > 0 else end + 1
    return end


def next_group(text: str, end: int, award: AwardName | None, level: str | None = None) -> tuple[AwardName, int] | None:
    """(the award, where the list starts) of the next group of a list of winners: the next scope of the award
    (next_scope), the next province ("จ.ลพบุรี ได้แก่ A และ B; จ.สระบุรี ได้แก่ C": the same award), or the next
    level of a list won at one ("ระดับดีเด่น ได้แก่ A และ B ส่วนระดับดี ได้แก่ C": the same award at that level)."""
    scope = next_scope(text, end, award)
    if scope is None and award is not None and (place := _RE_NEXT_PLACE_GROUP.match(text, end)):
        return award, place.end()
    leveled = (award is not None and award.level) or level
    if scope is None and leveled and (grade := _RE_NEXT_GRADE.match(text, end)):
        said = grade.group(1).replace(" ", "")
        if award is None:  # "ระดับดีเด่นคือ A ในสาขา… ส่วนระดับดี ได้แก่ B สาขา…": each item names its award
            return (AwardName(end, end, None, None, said), grade.end()) if said != level else None
        if said != (award.level or level):
            return AwardName(award.start, award.end, award.name_th, award.name_en, said, award.year_be), grade.end()
    return scope


_RE_NEXT_GRADE = re.compile(
    rf"\s{{0,2}}(?:ส่วน|และ|ขณะที่|,)?\s?(?:รางวัล\s?)?({GRADE})\s?(?:ได้แก่|อาทิ|เช่น|คือ|(?:ตก)?เป็นของ|ให้แก่|ให้กับ)\s?"
)


def next_scope(text: str, end: int, award: AwardName | None) -> tuple[AwardName, int] | None:
    """(the award at the next scope, where its list starts) if one is said at ``end``."""
    if award is None or not award.name_th or not _RE_SCOPE.search(award.name_th):
        return None
    m = _RE_NEXT_SCOPE_GROUP.match(text, end)
    if m is None:
        return None
    name = rescoped(award.name_th, m.group(1))
    return AwardName(award.start, award.end, name, award.name_en, award.level, award.year_be), m.end()


def _items_at(text: str, pos: int, award: AwardName, mentions: Mentions) -> Object:
    obj = Object(pos, award=award)
    _read_items(text, pos, mentions, obj)
    return obj


_RE_SCOPE = re.compile(rf"\s?{SCOPE}")


def rescoped(name_th: str, scope: str) -> str:
    """รางวัล X ระดับกรม + ระดับจังหวัด -> รางวัล X ระดับจังหวัด: one award, said again at another scope."""
    return f"{_RE_SCOPE.sub('', name_th).strip()} {scope}"


def _awards_of_clause(text: str, m: re.Match, mentions: Mentions, found: Found) -> None:
    """รางวัลที่ X ได้รับ ได้แก่ …: the list is of X's awards."""
    if found.taken(m.start()):
        return
    org = mentions.orgs.at(m.end())
    verb = _RE_OWN_VERB.match(text, org.evidence.end) if org else None
    intro = _RE_INTRO.match(text, verb.end()) if verb else None
    if intro is None:
        return
    obj = Object(intro.end())
    _read_items(text, intro.end(), mentions, obj)
    for award in obj.awards:
        found.awards.append(make_award(org, award, claim(text, m.start(), (award.start, award.end)), None, 0.85))
    if obj.awards:
        found.consumed.append((m.start(), obj.end))


def claim(text: str, clause: int, item: tuple[int, int]) -> Evidence:
    """Evidence of a listed winner: from the clause that says they won to the item, if short enough."""
    start = clause if item[1] - clause <= MAX_EVIDENCE else item[0]
    return Evidence.of(text, start, item[1])


def _clause_start(text: str, verb: int, breaks: list[int] | None = None) -> int:
    """Where the clause of a verb starts: after the last line break or clause word before it.

    The end of the last _RE_CLAUSE_BREAK match in the window, from where its words are in the text (the regex
    tries every position of the window, str.rfind reads it once per word). Of two clause words the later
    one ends later (none overlaps another), so the last one that ends by the verb is the one. ``breaks``: where
    _BREAKS' words start in the whole text (Mentions.breaks), if known."""
    start = verb - WINDOW if verb > WINDOW else 0
    if breaks is None:
        found = _BREAKS.starts(text, start, verb)
    else:
        found = breaks[bisect_left(breaks, start) : bisect_left(breaks, verb)]
    best = start
    for i in reversed(found):
        word = _CLAUSE_WORD.get(text[i])
        if word is None or not text.startswith(word, i) or i + len(word) > verb:
            continue
        if word == "สำหรับ" and text.startswith("หน่วยงาน", i + 6) and i + 14 <= verb:
            continue  # สำหรับหน่วยงาน…: not a clause word
        best = i + len(word)
        break
    best = max(best, text.rfind("\n", start, verb) + 1)  # a later line break ends later (none is inside a word)
    # A space before โดยใน or ส่วน: the clause starts after the space. (The later of the two, if after best: one
    # pass for both words.)
    for i in reversed(found):
        if i <= best:
            break
        word = 5 if text[i] == "โ" else 4  # the length of โดยใน, of ส่วน
        if text.startswith(("โดยใน", "ส่วน"), i) and text[i - 1].isspace() and i + word <= verb:
            return i
    return best


def add_count(found: Found, obj: Object, scope: str, subject: str, text: str) -> None:
    if not obj.stated or not obj.span:
        return
    stated, unit, evidence = obj.stated
    listed = sum(_times(text, item) for item in obj.span.items)
    span = Evidence.of(text, evidence.start, obj.span.end)
    found.counts.append(StatedCount(scope, subject, stated, listed, unit, span))
    if obj.span.cut_off or listed < stated:
        found.warnings.append(Issue("list-cut-off", f"{stated} {unit} stated, {listed} listed", span))


def _times(text: str, item) -> int:
    """How many an item of a list counts for: "รางวัลบริการภาครัฐ 2 รางวัล" is two of the awards stated."""
    if not isinstance(item.value, AwardName) or not (m := RE_AWARD_COUNT.match(text, item.end)):
        return 1
    return max(1, int(m.group(1)))


def make_award(org: Org, award: AwardName | None, evidence: Evidence, person, confidence: float) -> Award:
    if sub_unit(org):
        confidence = min(confidence, 0.3)  # a กอง or ศูนย์ does the work; it is rarely the winner
    result = Award(org, award.name_th if award else None, evidence, confidence=confidence)
    if award:
        result.award_en, result.level = award.name_en, award.level
    result.representative = person
    if org.candidates:
        result.confidence = min(result.confidence, 0.5)
        result.notes.append("ambiguous abbreviation: " + ", ".join((org.org_id or "", *org.candidates)))
    if org.org_id is None:
        result.notes.append("organization not in the reference table")
    return result


# Imported last, as modules: both import this one (its win-clause helpers). (Not inside extract_awards: an
# import statement run for every article costs more than the attribute look-ups.)
from pipeline.extract import grids, headings  # noqa: E402
