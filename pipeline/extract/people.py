"""People: honorific, name, surname, and the job title written after them.

A job title often names the person's organization ("อธิบดีกรมทางหลวงชนบท",
"ผู้ว่าราชการจังหวัดยะลา"); that is how an article that names only the person still tells
which organization accepted an award.
"""

from __future__ import annotations

import re

from pipeline.model import Evidence, Org, Person
from pipeline.orgs import OrgFinder
from pipeline.textmatch import Cued, trie_pattern

_HONORIFICS = [
    "ผู้ช่วยศาสตราจารย์",
    "รองศาสตราจารย์",
    "ศาสตราจารย์",
    "ว่าที่ร้อยตรีหญิง",
    "ว่าที่ร้อยตรี",
    "ว่าที่ร.ต.หญิง",
    "ว่าที่ร.ต.",
    "ว่าที่",
    "ร.ต.",
    "พลตำรวจเอก",
    "พลตำรวจโท",
    "พลตำรวจตรี",
    "พันตำรวจเอก",
    "พลเอก",
    "พลโท",
    "พลตรี",
    "พันเอก",
    "พล.ต.อ.",
    "พล.ต.ท.",
    "พล.ต.ต.",
    "พ.ต.อ.",
    "พ.ต.ท.",
    "พ.ต.ต.",
    "พล.อ.",
    "พล.ท.",
    "พล.ต.",
    "พ.อ.",
    "พ.ท.",
    "พ.ต.",
    "ร.ต.อ.",
    "นายแพทย์",
    "แพทย์หญิง",
    "ทันตแพทย์หญิง",
    "ทันตแพทย์",
    "เภสัชกรหญิง",
    "เภสัชกร",
    "นพ.",
    "พญ.",
    "ทพ.",
    "ทพญ.",
    "ภก.",
    "ภญ.",
    "ผศ.ดร.",
    "รศ.ดร.",
    "ศ.ดร.",
    "ผศ.",
    "รศ.",
    "ศ.",
    "ดร.",
    "ม.ร.ว.",
    "ม.ล.",
    "นางสาว",
    "น.ส.",
    "นาง",
    "นาย",
]
_HONORIFIC_ALT = trie_pattern(_HONORIFICS)
# นาย starts words that are not honorifics: นายกรัฐมนตรี, นายกเทศมนตรี, นายอำเภอ ...
_NOT_NAME = r"(?!ก(?:รัฐมนตรี|เทศมนตรี|องค์การ|สมาคม|อบ)|อำเภอ|ทะเบียน|จ้าง|ช่าง|ด่าน|ทหาร|ตำรวจ|หน้า|ประตู)"
_RE_PERSON = re.compile(
    rf"(?P<hon>(?:{_HONORIFIC_ALT})(?:\s?ดร\.)?)\s?{_NOT_NAME}"
    r"(?P<given>[ก-๛]{2,}(?:\s?\([ก-๛]+\))?)\s(?P<surname>[ก-๛]{2,})"
)
_PERSON = Cued(_RE_PERSON, tuple(_HONORIFICS))  # every name starts with its honorific
POSITION_HEADS = [
    "รองนายกรัฐมนตรี",
    "นายกรัฐมนตรี",
    "รัฐมนตรี",
    "รองปลัด",
    "ปลัด",
    "รองอธิบดี",
    "อธิบดี",
    "ผู้อำนวยการ",
    "รองผู้อำนวยการ",
    "ผู้ว่าราชการ",
    "รองผู้ว่าราชการ",
    "ผู้ว่าฯ",
    "รองผู้ว่าฯ",
    "ผู้ว่า",
    "นายกเทศมนตรี",
    "นายกองค์การบริหารส่วน",
    "นายก",
    "อบ",
    "นายอำเภอ",
    "เลขาธิการ",
    "รองเลขาธิการ",
    "ผู้ช่วยเลขาธิการ",
    "ประธาน",
    "รองประธาน",
    "กรรมการ",
    "ผู้ช่วย",
    "ที่ปรึกษา",
    "หัวหน้า",
    "ผู้บัญชาการ",
    "ผู้บริหาร",
    "อธิการบดี",
    "รองอธิการบดี",
    "คณบดี",
    "ผู้จัดการ",
    "ผู้ว่าการ",
    "รองผู้ว่าการ",
    "ผู้ตรวจราชการ",
    "โฆษก",
    "ผู้แทน",
    "นักวิชาการ",
    "เจ้าหน้าที่",
    "ปลัดจังหวัด",
    "ผอ.",
    "CEO",
]
# Any head may have a deputy or an assistant: รองนายกเทศมนตรี, ผู้ช่วยผู้อำนวยการ, รองผู้จัดการ.
_POSITION_HEAD = "(?:รอง|ผู้ช่วย)?(?:" + "|".join(map(re.escape, sorted(POSITION_HEADS, key=len, reverse=True))) + ")"
_RE_POSITION = re.compile(_POSITION_HEAD)
POSITION_OPENING = re.compile(_POSITION_HEAD + "$")  # a title's head word, all that is before its organization
# A job title ends before a verb phrase or a clause word (the words as one trie: the search tries them at every
# letter of the title, and a trie tries one branch per letter where an alternation tries every word).
_POSITION_END_WORDS = (
    "เป็นประธาน|เป็นผู้|เป็น|ได้รับ|ได้|เข้ารับ|เข้าร่วม|ร่วมเป็น|ร่วม|กล่าว|พร้อมด้วย|พร้อม|โดยมี|โดย|"
    "ซึ่ง|มอบ|รับมอบ|รับรางวัล|รับโล่|รับ #|เดินทาง|ให้การต้อนรับ|ณ |เมื่อ|ในฐานะ|ในพิธี|นำ|และคณะ|และผู้บริหาร|(|,|\n|"
    'เปิดเผย|เผยว่า|ระบุว่า|แถลง|ชี้แจง|ให้สัมภาษณ์|"'  # "โฆษก… เปิดเผยว่า กรม… ได้รับ…": the title ends where the speech starts
)
# (and a table's cell ends: "| นายบุญเรือน ใจดี นายกองค์การบริหารส่วนตำบลแม่ทา |")
_END_TRIE = trie_pattern([*_POSITION_END_WORDS.split("|"), "|"])  # "(?:ก…|ณ …|เ…|…)": a branch per first letter
_END_BY_NAME = r"(?:และ)?(?=" + _HONORIFIC_ALT + r")(?=\S+\s[ก-๛])"
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # what \s matches (none is above U+3000)
# \s?(?:END|\s END_BY_NAME), spelled as one alternation of which every branch starts with a letter (a space, or
# the trie's): the search then skips in C to where an end can start, where a leading \s? made it try every position.
_RE_POSITION_END = re.compile(
    "(?:"
    + "|".join(re.escape(w) + "(?:" + _END_TRIE + r"|\s?" + _END_BY_NAME + ")" for w in _SPACES)
    + "|"
    + _END_TRIE[3:-1]
    + ")"
)
MAX_POSITION = 140


def find_people(text: str, orgs: OrgFinder, start: int = 0, end: int | None = None) -> list[Person]:
    """Every person named in ``text[start:end]`` with the job title that follows the name."""
    found = []
    for m in _PERSON.finditer(text, start, len(text) if end is None else end):
        given = m.group("given")
        if given.startswith(("ได้", "เป็น")):  # "นายก" forms caught above; these are verbs, not names
            continue
        position, pos_end = _position(text, m.end())
        pos_start = pos_end - len(position) if position else pos_end
        if position and text.startswith(("(", " ("), pos_end):
            pos_end = _past_bracket(text, pos_start, pos_end, orgs)
        person_end = pos_end if position else m.end()
        name = f"{m.group('hon')}{given} {m.group('surname')}"
        person = Person(name, m.group("hon").strip(), position, Evidence.of(text, m.start(), person_end))
        if position:
            person.organization = _title_org(position, pos_start, orgs.find_all(pos_start, pos_end), orgs)
        found.append(person)
    return found


def _past_bracket(text: str, start: int, end: int, orgs: OrgFinder) -> int:
    """ "รองอธิการบดี มหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี (มทร.ธัญบุรี)": the title's organization goes on over its
    abbreviation in brackets, and the person's mention with it (the title is the words before)."""
    crossing = [o for o in orgs.find_all(start, end + 40) if o.evidence.start < end < o.evidence.end]
    return crossing[-1].evidence.end if crossing else end


# A provincial or district office's head is titled by its function: นายแพทย์สาธารณสุขจังหวัดยโสธร,
# พัฒนาการจังหวัดลำปาง, ประกันสังคมจังหวัดสมุทรปราการ.
# (รองนายแพทย์สาธารณสุขจังหวัดX heads with สำนักงานสาธารณสุขจังหวัดX; เจ้าพนักงานที่ดินจังหวัดX: สำนักงานที่ดินจังหวัดX)
_RE_LOCAL_HEAD = re.compile(r"(?:รอง)?(?:นายแพทย์|เจ้าพนักงาน)?([ก-๛]{3,30}?)(จังหวัด|อำเภอ)([ก-๛]{2,})")


def _local_head_near(text: str, start: int) -> bool:
    """Whether จังหวัด or อำเภอ is written where _RE_LOCAL_HEAD needs it (3-39 letters after ``start``): two
    str.find are cheaper than the regex, which tries them after each letter."""
    return text.find("จังหวัด", start + 3, start + 46) != -1 or text.find("อำเภอ", start + 3, start + 44) != -1


_OFFICE_OF = {"พัฒนาการ": "พัฒนาชุมชน"}  # a head's title whose function word is not its office's
_NOT_OFFICE = ("ผู้ว่าราชการ", "รองผู้ว่าราชการ", "ปลัด", "นายอำเภอ", "หัวหน้าสำนักงาน")


def _position(text: str, pos: int) -> tuple[str | None, int]:
    start = pos + 1 if text[pos : pos + 1] == " " else pos
    if not _RE_POSITION.match(text, start) and not (
        _local_head_near(text, start) and _RE_LOCAL_HEAD.match(text, start)
    ):
        return None, pos
    stop = _RE_POSITION_END.search(text, start + 2, start + MAX_POSITION)
    end = stop.start() if stop else min(len(text), start + MAX_POSITION)
    if stop and (public := _RE_PUBLIC_ORGANIZATION.match(text, end)):
        end = public.end()  # "ผู้อำนวยการโรงพยาบาลบ้านแพ้ว (องค์การมหาชน)": the bracket is its organization's name
    position = text[start:end].strip()
    return (position, start + len(position)) if position else (None, pos)


_RE_PUBLIC_ORGANIZATION = re.compile(r"\s?\(องค์การมหาชน\)")


# Job titles that name their organization another way (compiled here: _title_org runs for every titled person).
_RE_PERMANENT_SECRETARY = re.compile(r"(?:รอง)?ปลัด(กระทรวง[ก-๛]+)")
_RE_MAYOR = re.compile(r"(?:รอง)?นายกเทศมนตรี(นคร|เมือง|ตำบล)([ก-๛]+)")
_RE_SECRETARY_GENERAL = re.compile(r"(?:รอง)?เลขาธิการ\s?(คณะกรรมการ[ก-๛]+)")


def _title_org(position: str, start: int, inside: list[Org], orgs: OrgFinder) -> Org | None:
    """The organization a job title names: the first one in it, with two Thai conventions:
    ปลัดกระทรวงX heads สำนักงานปลัดกระทรวงX; นายกเทศมนตรีนครX heads เทศบาลนครX."""
    span = Evidence.of(orgs.text, start, start + len(position))
    m = _RE_PERMANENT_SECRETARY.match(position)
    if m and not position.startswith("ปลัดจังหวัด"):
        ministry = inside[0].name_th if inside and inside[0].name_th.startswith("กระทรวง") else m.group(1)
        return orgs.named("สำนักงานปลัด" + ministry, span)
    m = _RE_MAYOR.match(position)
    if m:
        return orgs.named("เทศบาล" + m.group(1) + m.group(2), span)
    m = _RE_SECRETARY_GENERAL.match(position)
    if m and not inside:  # เลขาธิการคณะกรรมการอาหารและยา heads สำนักงานคณะกรรมการอาหารและยา
        return orgs.named("สำนักงาน" + m.group(1), span)
    m = _RE_LOCAL_HEAD.match(position)
    if m and not m.group(1).startswith(_NOT_OFFICE) and not _RE_POSITION.match(position):
        function = _OFFICE_OF.get(m.group(1), m.group(1))  # (พัฒนาการจังหวัดX heads สำนักงานพัฒนาชุมชนจังหวัดX)
        return orgs.named(f"สำนักงาน{function}{m.group(2)}{m.group(3)}", span)
    return inside[0] if inside else None
