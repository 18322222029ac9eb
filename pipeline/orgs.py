"""Organizations: the reviewed reference table, and finding organization names in Thai text.

Thai writes an organization's name without spaces and glues it to the next word
("กรมควบคุมโรคได้รับรางวัล"), so a name ends where a known name ends or,
for a name not in the reference, at a space or at a word that starts a verb phrase.
The reference table (``reference/organizations.csv``) grows through review, never through code.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from pathlib import Path

import ahocorasick

from pipeline.errors import InputError
from pipeline.model import Evidence, Org
from pipeline.textmatch import INDEX, Words, occurrences, top_level_alternatives, trie_pattern

REFERENCE = Path(__file__).resolve().parent.parent / "reference" / "organizations.csv"

# Words that begin an organization's name. "การ" alone is the Thai nominalizer, so only the
# state enterprises' heads are listed for it.
HEADS = [
    "กระทรวง",
    "ทบวง",
    "กรม",
    "สำนักงาน",
    "สำนัก",
    "สถาบัน",
    "องค์การบริหารส่วนจังหวัด",
    "องค์การบริหารส่วนตำบล",
    "องค์การ",
    "เทศบาลนคร",
    "เทศบาลเมือง",
    "เทศบาลตำบล",
    "ธนาคาร",
    "บริษัท",
    "มหาวิทยาลัย",
    "วิทยาลัย",
    "โรงพยาบาล",
    "โรงเรียน",
    "ศูนย์",
    "กองบัญชาการ",
    "กองทัพ",
    "กอง",
    "จังหวัด",
    "ที่ทำการปกครองจังหวัด",
    "ที่ว่าการอำเภอ",
    "สถานีตำรวจ",
    "กรุงเทพมหานคร",
    "เมืองพัทยา",
    "การไฟฟ้า",
    "การประปา",
    "การท่าเรือ",
    "การท่าอากาศยาน",
    "การรถไฟ",
    "การเคหะ",
    "การยาสูบ",
    "การกีฬา",
    "การท่องเที่ยว",
    "การนิคมอุตสาหกรรม",
    "การทางพิเศษ",
    "การสื่อสาร",
    "อบจ.",
    "อบต.",
    # Courts: their kinds, not ศาล alone (ศาลากลางจังหวัด is a building)
    "ศาลจังหวัด",
    "ศาลแขวง",
    "ศาลเยาวชนและครอบครัว",
    "ศาลปกครอง",
    "ศาลแรงงาน",
    "ศาลภาษีอากร",
    "ศาลอาญา",
    "ศาลแพ่ง",
]
# Units inside an organization: a person heading one accepts for the organization, not for it.
SUB_UNIT_HEADS = ("ศูนย์", "กอง", "ฝ่าย", "กลุ่ม", "งาน", "ส่วน", "สำนัก")
# A name not in the reference ends before these (glued verb phrases, clause words).
_STOP = (
    r"ได้รับ|ได้|คว้า|รับรางวัล|รับมอบ|รับโล่|เข้ารับ|เข้าร่วม|ร่วมกับ|ร่วมใน|ร่วมงาน|ร่วมพิธี|ร่วม|เป็น|"
    r"จัดพิธี|จัดงาน|จัดขึ้น|โดย|ซึ่ง|ประจำปี|ในการ|ในฐานะ|ในงาน|ในพิธี|ในปี|ในสังกัด|พร้อม|จำนวน|"
    r"ยังมี|มีหน่วยงาน|ที่ได้|ที่มี|ที่เข้า|ระดับ|สาขา|ด้วย|และได้|และเป็น|ทั้ง|นำโดย|ภายใต้|และส่วนราชการ|"
    r"และหน่วยงาน|และภาคี|และเครือข่าย|และผู้|และนาย|และนาง|และคณะ|และเจ้าหน้าที่|และข้าราชการ|และบุคลากร|ยังได้|"
    r"ยังคว้า|ยังเป็น|ยังรับ|ตกเป็น|เป็นของ|เพิ่ง|จึง|ก็ได้|และจังหวัด|และกรม|และสำนักงาน|และเทศบาล|และองค์การ|"
    r"และกระทรวง|และโรงพยาบาล|และมหาวิทยาลัย|และหน่วย|และอาคาร|และสถาน|ที่เดินทาง|ที่ผ่าน|ซึ่ง|"
    r"กล่าว|จะ|มีองค์กร|มีหน่วยงาน|มีผู้|เปิดเผย|แถลง|ชี้แจง|ขอแสดง|แสดงความ|ร่วมแสดง|"
    r"ตั้งเป้า|ผ่านการ|ปีนี้|เอง|จาก|ขนาด|เพียง|อำเภอ|ขึ้นรับ|ขึ้นเวที|เผยว่า|เผยรับ|เผยผล|ระบุว่า|รวบรวม|"
    r"ให้สัมภาษณ์|เดินทักทาย|ขอชื่นชม|ขอขอบคุณ|ขอบคุณ|ทั่วประเทศ|แห่งแรก|นำผลงาน|ถือเป็น|ต่างได้|ต่างก็|ต่างคว้า|ต่างรับ|ครองรางวัล|ส่งผู้แทน|ส่งผลงาน|มอบหมาย|ถ่ายภาพ|ให้เข้า|ให้เป็น|"
    r"และการรถไฟ|และการไฟฟ้า|และการประปา|และการท่าเรือ|และการท่าอากาศ|และการเคหะ|และการนิคม|และการยาง|และการทาง"
    # (and a state enterprise: "กรมศุลกากรและการรถไฟแห่งประเทศไทย" is two; "…และการแพทย์…" may be one name)
    # "เทศบาลนคร…ตั้งเป้า", "อบต. ขนาดกลางเพียงไม่กี่แห่ง" (ระบุว่า, not ระบุ: สระบุรี), "A และ B ต่างได้รับ…" (each),
    # "จังหวัดสุพรรณบุรีส่งผู้แทนรับรางวัล", "ผอ.รพ. ถ่ายภาพร่วมกับ…" (ส่ง alone begins กรมส่งเสริม…),
    # "รองอธิบดีกรมบังคับคดีให้สัมภาษณ์หลังรับรางวัล" (not เดินทาง alone: ศูนย์บริการหนังสือเดินทาง is a name)
)
_STOP_TRIE = trie_pattern(_STOP.split("|"))  # one trie: a branch per letter, not a try per word (~90 words)
_RE_STOP = re.compile(_STOP_TRIE)
_NAME_CHARS = r"[ก-๛A-Za-z0-9.ฯ]"
_RE_NAME_RUN = re.compile(_NAME_CHARS + "*")  # a name not in the reference runs on after its head word
# The head words by their first three letters, longest first (a dict lookup, not a startswith per head word).
_HEADS_BY_OPENING = {
    opening: tuple(h for h in sorted(HEADS, key=len, reverse=True) if h.startswith(opening))
    for opening in {h[:3] for h in HEADS}
}
_RE_ORG_SUFFIX = re.compile(r"\s?\((?:องค์การมหาชน|มหาชน)\)")
_RE_ABBR_AFTER = re.compile(r"\s?(?:\(\s*([^()\s][^()]{0,14}?)\s*\)|\s*หรือ\s+([A-Za-zก-๛.ฯ]{2,12}))")
_RE_PROVINCE_AFTER = re.compile(r"\s?(?:จ\.\s?|จังหวัด)([ก-๛]+)")
_RE_MINISTRY_AFTER = re.compile(r"\s((?:สำนักงานปลัดกระทรวง|กระทรวง|กรม)[ก-๛]+(?:\s?[ก-๛]+และ[ก-๛]+)?)")
_RE_DISTRICT_AFTER = re.compile(r"\s?(?:อ\.\s?|อำเภอ)[ก-๛]+")
_RE_NUMBER_AFTER = re.compile(
    r" ?([0-9]{1,3})(?![0-9.,:/])(?: ([ก-๛]{3,}))?"
)  # a numbered office's number (and province)
_RE_ZONE_AFTER = re.compile(r" ?เขต ?([0-9]{1,2})(?![0-9])")  # "สำนักงานเขตพื้นที่การศึกษา…เชียงราย เขต 1"
# Names a ministry or department written after is never attached to: a ministry, a province, and the places where
# ceremonies are held ("ที่ศูนย์การประชุมแห่งชาติสิริกิติ์ กรมสุขภาพจิต ได้รับ…": where, then who).
_NO_PARENT_WRITTEN = ("กระทรวง", "จังหวัด", "ศูนย์การประชุม", "โรงแรม", "หอประชุม", "ห้องประชุม")
# Class nouns that begin like a name but name no one organization.
_RE_CLASS_NOUN = re.compile(
    r"(?:สถาบัน(?:อุดมศึกษา|การศึกษา|การเงิน)|องค์การ(?:มหาชน|ปกครองส่วนท้องถิ่น)|องค์กร\S*|หน่วยงาน\S*|"
    r"(?:กระทรวง|กรม|จังหวัด|สำนักงาน|เทศบาล|โรงพยาบาล|โรงเรียน|ศูนย์|สถาบัน|มหาวิทยาลัย|ธนาคาร|บริษัท)"
    r"(?:ต่าง ?ๆ|ทั่วประเทศ|ใกล้เคียง|นำร่อง|เล็ก|ใหญ่|อื่น ?ๆ|ฯ|ดังกล่าว|นี้|เอกชน|ของรัฐ|รัฐ|ทั่วไป|ศูนย์|ชุมชน|ในสังกัด|ทุกแห่ง)?)$"
)
# "สถาบันอุดมศึกษาในภาคใต้", "โรงพยาบาลในพื้นที่…": the organizations of a region (a class too; tried on any length)
_RE_CLASS_IN_REGION = re.compile(r"(?:สถาบัน(?:อุดมศึกษา|การศึกษา)|มหาวิทยาลัย|โรงพยาบาล|โรงเรียน)ใน(?:ภาค|พื้นที่)[ก-๛]+$")
# A longer name is a class noun only if it begins like one that runs on (the length is checked before the regex).
_CLASS_NOUN_LONGEST, _CLASS_NOUNS_OPEN = 25, ("องค์กร", "หน่วยงาน")  # องค์การปกครองส่วนท้องถิ่น
# What follows a head word when it is a description of some organization, not a name: "มหาวิทยาลัยแห่งแรกใน…",
# "จังหวัดเดียวใน…", "โรงพยาบาลสังกัดกรม…", "สองกรมที่คว้า…" (ที่ดิน, ที่ปรึกษา … begin real names).
_RE_DESCRIPTION = re.compile(
    r"แห่ง(?:แรก|เดียว|หนึ่ง|นี้|นั้น|ใหม่|ที่)|เดียว|แรก|ใน(?!เมือง|วัง)|สังกัด|ต่าง ?ๆ|ทั่ว|ทุก|ทั้ง|หลาย|อื่น|ของ|ซึ่ง|นี้|นั้น|"
    r"ดังกล่าว|เหล่านี้|เหล่านั้น|ที่(?!ดิน|ปรึกษา|ทำการ|พัก|พึ่ง|อยู่|ว่าการ)"
)
# Each word above starts with a letter: a name going on with none of them (half) is no description, with no try.
_DESCRIPTION_FIRST = frozenset(alt[0] for alt in top_level_alternatives(_RE_DESCRIPTION.pattern))
_RE_ABBR_TOKEN = re.compile(
    r"(?:[ก-ฮ][ก-๛]{0,4}\.(?:[ก-๛]{1,5}[.ฯ])*ฯ?|[ก-ฮ]\.[ก-๛]{1,5}ฯ|[A-Z]{2,6}(?![A-Za-z])|depa|ดีป้า|ดีพร้อม)"
)
# Short forms written before a place name: อบจ.นครสวรรค์ is องค์การบริหารส่วนจังหวัดนครสวรรค์.
PREFIXES = {
    "อบจ.": "องค์การบริหารส่วนจังหวัด",
    "อบต.": "องค์การบริหารส่วนตำบล",
    "อบจ ": "องค์การบริหารส่วนจังหวัด",  # (a Facebook page drops the dot: "อบต หนองกุงเซิน")
    "อบต ": "องค์การบริหารส่วนตำบล",
    "ทน.": "เทศบาลนคร",
    "ทม.": "เทศบาลเมือง",
    "ทต.": "เทศบาลตำบล",
    "จ.": "จังหวัด",
    "รพ.สต.": "โรงพยาบาลส่งเสริมสุขภาพตำบล",  # (before รพ.: the longest short form is tried first)
    "รพร.": "โรงพยาบาลสมเด็จพระยุพราช",  # "รพร.สว่างแดนดิน": the Crown Prince hospitals' short form
    "รพ.": "โรงพยาบาล",
    "สนง.": "สำนักงาน",
    "สสจ.": "สำนักงานสาธารณสุขจังหวัด",  # "สสจ.นครพนม": a provincial public health office
    "สสอ.": "สำนักงานสาธารณสุขอำเภอ",
    "สพป.": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา",  # "สพป.ลำปาง เขต 1": an educational service area office
    "สพม.": "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา",
}
_RE_PREFIXED = re.compile(  # the place after the short form: not a clause word, nor และ ("ปลัด อบต. และหัวหน้า…")
    "(" + "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True)) + r")\s?(?!และ|" + _STOP_TRIE + r")"
    r"([ก-๛]{2,}?)(?=$|[^ก-๛]|" + _STOP_TRIE + ")"
)
_RE_TITLE_BEFORE = re.compile(r"(?:ผลงาน|โครงการ|หัวข้อ|ระบบ|แนวคิด|ชื่อ|สัมมนา|เรื่อง|หลักสูตร)\s?$")
_RE_WORK_IS = re.compile(r"ผลงาน[^\n\"]{0,30}(?:คือ|ได้แก่|ชื่อ)\s?$")
_PREFIX_KEYS = tuple(PREFIXES)
_PROVINCE_PREFIXES = ("อบจ.", "อบจ ", "ทน.", "จ.")  # short forms followed by a province's name (ทน.: its city's)


@cache
def province_codes() -> dict[str, str]:
    """Each province's official short code (ชร, ขก, กทม) to its name, from PyThaiNLP's provinces corpus (the source of
    the reference's province rows)."""
    from pythainlp.corpus import provinces

    return {p["abbr_th"]: p["name_th"] for p in provinces(details=True) if p.get("abbr_th")}


def _province_spelled_out(name: str) -> str:
    """ "สำนักงานสาธารณสุขจังหวัดสุราษฎร์ฯ" -> "…จังหวัดสุราษฎร์ธานี": the one province whose name the cut one begins."""
    head, _, cut = name.rpartition("จังหวัด")
    stem = cut.removesuffix("ฯ")
    names = {p for p in province_codes().values() if p.startswith(stem)} if len(stem) >= 3 else set()
    return f"{head}จังหวัด{names.pop()}" if len(names) == 1 else name


# Short forms read even glued to the word before ("…รายละเอียดข่าวอบต.หนองสาหร่าย", a breadcrumb run into the headline):
# three letters and a dot begin no other word
_GLUED_PREFIXES = ("อบจ.", "อบต.", "สสจ.", "สสอ.", "สพป.", "สพม.")
_RE_THAI_RUN = re.compile(r"[ก-๛]{0,24}")
# "ขสมก", "รฟม" written without their dots, standing alone (news headlines and LINE posts drop them)
_RE_BARE_ABBR = re.compile(r"[ก-ฮ][ก-ฮ]{2,5}(?![ก-๛.])")
_RE_PROVINCE_INSIDE = re.compile(r"\.\s?([ก-๛]{2,}?)(?=$|[^ก-๛]|" + _STOP_TRIE + ")")
_QUOTE_MARKS = Words(('"', "'"))  # a quote is 1-200 characters, no line break, between two of the same mark
_fields = attrgetter(*(f.name for f in fields(Org)))  # an Org's fields in order: Org(*_fields(org)) copies it
_NO_NAME = object()  # no name starts here: an abbreviation may
_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())  # ASCII, for bytes.translate(None, ...)
_MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")


@dataclass(frozen=True)
class RefOrg:
    org_id: str
    name_th: str
    name_en: str
    abbreviations: tuple[str, ...]
    aliases: tuple[str, ...]
    kind: str
    parent_id: str
    province: str
    source: str


@dataclass
class Reference:
    """The organizations table with lookups by every name, alias and abbreviation."""

    orgs: dict[str, RefOrg]
    by_name: dict[str, str] = field(default_factory=dict)  # name or alias -> org_id
    by_abbr: dict[str, tuple[str, ...]] = field(default_factory=dict)  # abbreviation -> org_ids
    _candidates: Words | None = None  # the words a name can start with, but the Latin ones
    _latin: ahocorasick.Automaton | None = None  # the candidates' Latin words
    _resolved: dict[str, str | None] = field(default_factory=dict)  # name -> resolve(name)
    _ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # org_id -> ancestors(org_id)
    _opening: int = 0  # every name is at least this long (at most 8)
    # A name's first _opening letters -> (a trie of the rests, or None for a few), {rest: org_id} longest first.
    _by_opening: dict[str, tuple[re.Pattern | None, dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = REFERENCE) -> Reference:
        return _load(path)

    def resolve(self, name: str) -> str | None:
        """Reference id of a stated name (name, alias or unambiguous abbreviation); each name is looked up
        once (an article asks for the same names many times, and a cut-short name scans every name)."""
        if name not in self._resolved:
            self._resolved[name] = self._resolve(name)
        return self._resolved[name]

    def _resolve(self, name: str) -> str | None:
        key = _key(name)
        if key in self.by_name:
            return self.by_name[key]
        if key.endswith("ฯ") and len(key) >= 7:  # "สำนักงานปลัดกระทรวงการอุดมศึกษาฯ", "กรมอุตุฯ": a name cut short
            stem = key[:-1].removesuffix("\u0e4c")  # "สรรพสิทธิ์ฯ" shortens "สรรพสิทธิประสงค์"
            matches = {oid for k, oid in self.by_name.items() if k.startswith(stem)}
            if not matches and stem.startswith("กรม") and not stem.startswith("กรมการ"):
                stem = "กรมการ" + stem[3:]  # "กรมแพทย์แผนไทยฯ": กรมการแพทย์แผนไทยและการแพทย์ทางเลือก, said without การ
                matches = {oid for k, oid in self.by_name.items() if k.startswith(stem)}
            if len(matches) == 1:
                return matches.pop()
        ids = self.by_abbr.get(_abbr_key(name), ())
        return ids[0] if len(ids) == 1 else None

    def match_at(self, text: str, pos: int) -> tuple[int, str] | None:
        """Longest reference name starting at ``pos``: (end, org_id).

        The names are grouped by how they begin: a dict lookup rules out half the positions asked about and
        leaves a few names to try with startswith, or the trie of many (สำนักงาน…, Department …) past the opening
        (one trie of every name tried its root's branches at every position)."""
        group = self._by_opening.get(text[pos : pos + self._opening])
        if group is None:
            return None
        trie, rests = group
        start = pos + self._opening
        if trie is None:
            for rest in rests:
                if text.startswith(rest, start):
                    break
            else:
                return None
        else:
            m = trie.match(text, start)
            if not m:
                return None
            rest = m.group()
        end = start + len(rest)
        if text[pos].isascii() and text[pos:end].isascii() and (_word_char(text, pos - 1) or _word_char(text, end)):
            return None  # an English name inside a longer word
        return end, rests[rest]

    def candidate_starts(self, text: str) -> list[int]:
        """Where a name can start, in order: a head word, a known name, a known abbreviation or short form.

        One Aho-Corasick pass finds every such word at once (textmatch.Words: the article's pass in INDEX,
        with the other finders' words); the same words as one regex cost the engine a try at nearly every
        position of a Thai text (most Thai letters start some name).
        An automaton pays for each letter of the text a search among the first letters of its words,
        so the Latin words (English names, DGA) have their own, run over the text's few Latin letters."""
        if self._candidates is None:
            self._build_candidates()
        starts = self._candidates.starts(text)  # in order, each once
        if self._latin is None:
            return starts
        # A Latin word written in the text is, without what is not a letter, in the text's letters: the automaton
        # steps over those only (a third of them), and str.find confirms each word it names.
        letters = INDEX.latin(text).encode().translate(None, _NOT_LETTERS).decode()  # (INDEX: worked out once)
        found = [i for key in {key for _, key in self._latin.iter(letters)} for w in key for i in occurrences(text, w)]
        return sorted({*starts, *found}) if found else starts

    def _build_candidates(self) -> None:
        heads = tuple(HEADS)  # most names start with a head word; the automaton needs only the others
        words = {*HEADS, *PREFIXES, *(n for n in _names_for_trie(self) if not n.startswith(heads))}
        for org in self.orgs.values():
            words.update(a for a in org.abbreviations if len(a) >= 2)
            # "ขสมก", "รฟม": a Thai abbreviation written without its final dot (_RE_BARE_ABBR reads it)
            words.update(a[:-1] for a in org.abbreviations if _RE_BARE_ABBR.fullmatch(a[:-1]) and a.endswith("."))
        latin = {w for w in words if w.isascii()}
        self._candidates = Words(tuple(sorted(words - latin)))
        if latin:
            by_letters: dict[str, tuple[str, ...]] = {}  # a word's letters -> the words written with them
            for word in sorted(latin):
                key = word.encode().translate(None, _NOT_LETTERS).decode()
                by_letters[key] = (*by_letters.get(key, ()), word)
            self._latin = ahocorasick.Automaton()
            for key, words in by_letters.items():
                self._latin.add_word(key, words)
            self._latin.make_automaton()

    def ancestors(self, org_id: str) -> tuple[str, ...]:
        """The organizations above one, nearest first (parent_chain without itself); walked once per organization,
        as the same few win in article after article."""
        if org_id not in self._ancestors:
            self._ancestors[org_id] = tuple(self.parent_chain(org_id)[1:])
        return self._ancestors[org_id]

    def parent_chain(self, org_id: str) -> list[str]:
        chain, seen = [], set()
        while org_id and org_id in self.orgs and org_id not in seen:
            seen.add(org_id)
            chain.append(org_id)
            org_id = self.orgs[org_id].parent_id
        return chain


@cache
def _load(path: Path) -> Reference:
    if not path.exists():
        return Reference({})
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(path, f"cannot be read as a UTF-8 CSV ({exc})") from None
    ref = Reference({})
    for line, row in enumerate(rows, start=2):
        try:
            org = RefOrg(
                row["org_id"],
                row["name_th"],
                row.get("name_en") or "",
                _split(row.get("abbreviations")),
                _split(row.get("aliases")),
                row.get("kind") or "",
                row.get("parent_id") or "",
                row.get("province") or "",
                row.get("source") or "",
            )
        except KeyError as exc:
            raise InputError(path, f"missing column {exc}", place=str(line)) from None
        ref.orgs[org.org_id] = org
        for name in _names(org):
            ref.by_name.setdefault(_key(name), org.org_id)
        for abbr in org.abbreviations:
            key = _abbr_key(abbr)
            ref.by_abbr[key] = (*ref.by_abbr.get(key, ()), org.org_id)
    _group_by_opening(ref)
    return ref


_FEW = 8  # names of one opening tried one by one with startswith (a regex call costs as much as a dozen)


def _group_by_opening(ref: Reference) -> None:
    """Reference.match_at's groups: each name's rest after its opening, longest first, with its org_id."""
    names = list(_names_for_trie(ref))
    ref._opening = n = min([8, *(len(name) for name in names)])
    groups: dict[str, dict[str, str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[:n], {})[name[n:]] = ref.by_name.get(name) or ref.by_name[_key(name)]
    ref._by_opening = {
        opening: (re.compile(trie_pattern(rests)) if len(rests) > _FEW else None, rests)
        for opening, rests in groups.items()
    }


def _names_for_trie(ref: Reference):
    for org in ref.orgs.values():
        for name in _names(org):
            if len(name) > 3:
                yield name


def _names(org: RefOrg):
    """An organization's names: Thai, aliases, English, and an English name that opens with "The" without it (the
    reference writes "The Comptroller General's Department", a sentence "… and the Comptroller General's …")."""
    yield from (name for name in (org.name_th, *org.aliases, org.name_en) if name)
    if org.name_en.startswith("The "):
        yield org.name_en[4:]


def _word_char(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and text[pos].isascii() and text[pos].isalnum()


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _key(name: str) -> str:
    key = "".join(name.split())
    return key.lower() if key.isascii() else key


def _abbr_key(abbr: str) -> str:
    return "".join(abbr.split()).rstrip(".").lower()


# --- finding organizations in text ---------------------------------------------------------------


@dataclass
class OrgFinder:
    """Finds organizations in one article; learns the article's own abbreviations as it reads."""

    ref: Reference
    text: str
    local_abbr: dict[str, str] = field(default_factory=dict)  # abbreviation -> canonical Thai name
    local_forms: set[str] = field(default_factory=set)  # the abbreviations as written

    def __post_init__(self) -> None:
        self.quoted = _quotes(self.text)
        self._quote_starts = [a for a, _ in self.quoted]  # bisected for every candidate start (ints compare fast)
        self._quote_ends = [b for _, b in self.quoted]
        self._chosen: dict[tuple[str, ...], str] = {}  # the reading of each ambiguous abbreviation, see _disambiguate
        self._all: list[Org] | None = None
        self._starts: list[int] = []  # where each of _all starts and ends
        self._ends: list[int] = []
        self._learned = 0
        self._read: dict[tuple[int, bool], tuple] = {}  # (pos, generic) -> what at() read there, see at()
        self._taught: list[tuple[str, str]] = []  # the abbreviations learned by the reading in progress

    def at(self, pos: int, *, generic: bool = True) -> Org | None:
        """The organization whose name starts at ``pos``, with what is written right after it.

        List readers ask again where the scan has read: a position is read once, and asked again it
        gives a copy (callers change what they get) and teaches again what it taught (a later
        reading may have taught the same abbreviation another name). Only a bare abbreviation is read
        anew, as its meaning depends on what the article has taught so far."""
        key = (pos, generic)
        read = self._read.get(key)
        if read is None:
            self._taught = []
            org = self._name_at(pos, generic)
            self._read[key] = (_fields(org) if isinstance(org, Org) else org, self._taught)
        else:
            found, taught = read
            for abbr, name in taught:
                self.local_abbr[_abbr_key(abbr)] = name
                self.local_forms.add(abbr)
            org = Org(*found) if isinstance(found, tuple) else found
        return self._abbreviation_at(pos) if org is _NO_NAME else org

    def _name_at(self, pos: int, generic: bool) -> Org | object | None:
        """The organization named at ``pos``, None, or _NO_NAME where only an abbreviation may start."""
        text = self.text
        prefixed = None
        if text.startswith(_PREFIX_KEYS, pos) and (
            not _inside_word(text, pos) or text.startswith(_GLUED_PREFIXES, pos)
        ):
            prefixed = _RE_PREFIXED.match(text, pos)
        if prefixed:
            name, end = PREFIXES[prefixed.group(1)] + prefixed.group(2), prefixed.end()
            if prefixed.group(1) in _PROVINCE_PREFIXES and (province := province_codes().get(prefixed.group(2))):
                # "อบจ.ชร.", "ทน.ขก.": the province by its official two-letter code (no province's name is so short)
                name, end = PREFIXES[prefixed.group(1)] + province, end + text.startswith(".", end)
            if name.endswith("ฯ") and "จังหวัด" in name:  # "สสจ.สุราษฎร์ฯ": the province's name cut short
                name = _province_spelled_out(name)
            province = _RE_PROVINCE_INSIDE.match(text, end) if name.endswith("จ") else None
            if province:  # "สนง.ที่ดินจ.สระบุรี": the province's short form inside the name
                name, end = name[:-1] + "จังหวัด" + province.group(1), province.end()
            org_id = self.ref.resolve(name)
            name = self.ref.orgs[org_id].name_th if org_id else name
            org = Org(name, text[pos:end], Evidence.of(text, pos, end), org_id)
            return self._attach_after(org)
        known = self.ref.match_at(text, pos)
        end, org_id = (known[0], known[1]) if known else (None, None)
        complete = known and (
            end >= len(text)
            or not "\u0e00" <= text[end] <= "\u0e7f"
            or _RE_STOP.match(text, end)
            or text.startswith("กับ", end)  # "กรมสุขภาพจิตกับโรงพยาบาลพระนั่งเกล้า ได้รับ…": and
            or text.startswith(("ที่", "คือ", "อีก", "ก็"), end)  # "กรมบัญชีกลางที่คว้า…", "…คือหนึ่งใน…", "…อีกปี"
        )
        if not complete and text.startswith("จังหวัด", pos):
            # Every province is in the reference: "จังหวัดอุดรธานีเดินทางมา" is the province and a verb, and
            # "จังหวัดนำนวัตกรรม…" ("ทุกจังหวัดนำ…", every province) names none.
            if not known:
                return None
            complete = True
        heads = None if complete or not generic else _HEADS_BY_OPENING.get(text[pos : pos + 3])
        gend = self._generic_end(pos, heads) if heads else None  # a known name may go on: กรมการปกครอง…
        if gend and (end is None or (gend > end and not _RE_STOP.match(text, end) and text[end] not in " (")):
            end, org_id = gend, None
        if end is None:
            return _NO_NAME
        if end - pos < 4 and org_id is None:
            return None
        suffix = _RE_ORG_SUFFIX.match(text, end) if org_id is None and "(" in text[end : end + 2] else None
        if suffix:
            end = suffix.end()
        stated = text[pos:end]
        if org_id is None:
            org_id = self.ref.resolve(stated)
            if org_id is None and (
                (
                    (len(stated) <= _CLASS_NOUN_LONGEST or stated.startswith(_CLASS_NOUNS_OPEN))
                    and _RE_CLASS_NOUN.match(stated.removesuffix("ที่"))  # ("โรงพยาบาลชุมชนที่คว้า…": the class)
                )
                or ("ใน" in stated and _RE_CLASS_IN_REGION.match(stated))
            ):
                return None
        name = self.ref.orgs[org_id].name_th if org_id else stated
        return self._attach_after(Org(name, stated, Evidence.of(text, pos, end), org_id))

    def _generic_end(self, pos: int, heads: tuple[str, ...]) -> int | None:
        """End of a name that starts with an organization head word (the longest of ``heads`` written at ``pos``),
        or None if it is no name."""
        text = self.text
        for head in heads:
            if text.startswith(head, pos):
                break
        else:
            return None
        head_end = pos + len(head)
        if text[head_end : head_end + 1] in _MARKS or text[head_end + 1 : head_end + 2] == "\u0e4c":
            return None  # "จากองค์กร": the head ends inside another word
        run_end = _RE_NAME_RUN.match(text, head_end).end()
        if run_end == head_end:  # a bare head: "สำนักงาน ก.พ.ร."
            abbr = _RE_ABBR_TOKEN.match(text, head_end + 1) if text[head_end : head_end + 1] == " " else None
            return abbr.end() if abbr and self.ref.resolve(text[pos : abbr.end()]) else None
        if text.startswith("และ", head_end):
            return None  # "จังหวัดและองค์กรปกครองส่วนท้องถิ่น": a class of organizations, not one
        if text[head_end] in _DESCRIPTION_FIRST and _RE_DESCRIPTION.match(text, head_end):
            return None  # "มหาวิทยาลัยแห่งแรกในภาคเหนือ", "โรงพยาบาลสังกัดกรม": a description, not a name
        end = _cut_stop(text, pos, run_end, head_end)  # (not inside the head: ที่ว่าการอำเภอ)
        if text.endswith(("แห่งเดียว", "แห่งแรก"), head_end, end):
            return None  # "…เป็นสถาบันอุดมศึกษาแห่งเดียวที่ได้รับรางวัล": the only one of a class, no name
        return None if end - head_end < 2 else end  # "จังหวัดและ…", "วิทยาลัยเข้ารับ…": a head alone names no one

    def named(self, name: str, evidence: Evidence) -> Org:
        """An organization the text implies by a name it does not write as such (from a job title)."""
        org_id = self.ref.resolve(name)
        return Org(self.ref.orgs[org_id].name_th if org_id else name, evidence.text, evidence, org_id)

    def _attach_after(self, org: Org) -> Org:
        """Abbreviation in brackets or after หรือ, a province (จ.ยะลา), a ministry written after it."""
        text, end = self.text, org.evidence.end
        after = text[end : end + 12]
        if not after or after[0] not in " (":
            return org  # nothing is written after the name
        m = _RE_ABBR_AFTER.match(text, end) if "(" in after[:3] or "หรือ" in after else None
        abbr = (m.group(1) or m.group(2)).strip() if m else None
        if abbr and _looks_like_abbr(abbr):
            org.abbreviation = abbr
            self._learn(abbr, org.name_th)
            end = m.end()
        elif org.org_id and "(" in after[:2]:  # "สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.)": its short name
            close = text.find(")", end, end + 32)
            if close > 0 and self.ref.resolve(text[text.find("(", end) + 1 : close].strip()) == org.org_id:
                end = close + 1
        m = _RE_BARE_WORD_AFTER.match(text, end) if org.org_id is None and org.name_th.startswith("โรงพยาบาล") else None
        if m and self.ref.resolve("จังหวัด" + m.group(1)):  # "โรงพยาบาลพุทธชินราช พิษณุโลก": where it is (one name with
            org.province_th, end = "จังหวัด" + m.group(1), m.end()  # or without it, as the headline writes it)
        m = _RE_PROVINCE_AFTER.match(text, end) if "จ" in text[end : end + 3] else None
        if m and not org.name_th.startswith("จังหวัด") and _is_local(org.name_th):
            org.province_th = "จังหวัด" + m.group(1)
            end = m.end()
        m = _RE_DISTRICT_AFTER.match(text, end) if "อ" in text[end : end + 3] else None
        if m and _is_local(org.name_th):  # "ทต.ปงยางคก อ.ห้างฉัตร": where it is, not another organization
            end = m.end()
            m = _RE_PROVINCE_AFTER.match(text, end) if "จ" in text[end : end + 3] else None
            if m and not org.province_th:
                org.province_th, end = "จังหวัด" + m.group(1), m.end()
        m = (
            _RE_NUMBER_AFTER.match(text, end)
            if org.org_id is None and text[end : end + 2].strip()[:1].isdigit()
            else None
        )
        if m and (org.name_th.endswith(("ที่", "เขต")) or (m.group(2) and self.ref.resolve("จังหวัด" + m.group(2)))):
            # "ศูนย์อนามัยที่ 7", "โรงพยาบาลสมเด็จพระสังฆราชองค์ที่ 17", "สถาบันพัฒนาฝีมือแรงงาน 1 สมุทรปราการ",
            # "การประปาส่วนภูมิภาคเขต 1": numbered
            number = m.group(1) + (f" {m.group(2)}" if m.group(2) and self.ref.resolve("จังหวัด" + m.group(2)) else "")
            org.name_th, end = f"{org.name_th} {number}", m.start(1) + len(number)
            org.stated = text[org.evidence.start : end]
        m = _RE_ZONE_AFTER.match(text, end) if "เขต" in text[end : end + 4] else None
        if m:  # the zone is part of the name: เขต 1 and เขต 2 are two offices
            org.name_th, end = f"{org.name_th} เขต {m.group(1)}", m.end()
            org.org_id = self.ref.resolve(org.name_th)
        m = _RE_MINISTRY_AFTER.match(text, end) if text.startswith((" กระทรวง", " กรม", " สำนักงานปลัด"), end) else None
        if m and not org.name_th.startswith(_NO_PARENT_WRITTEN) and not m.group(1).startswith(org.name_th[:3]):
            ministry = _cut_stop(text, m.start(1), m.end(1))
            if not self._may_be_parent(org, text[m.start(1) : ministry]):
                org.evidence = Evidence.of(text, org.evidence.start, end)
                return org  # "การไฟฟ้าส่วนภูมิภาค (กฟภ.) กรมธนารักษ์ และ…": the next item of a list
            org.parent_th = text[m.start(1) : ministry]
            end = ministry
            m = _RE_ABBR_AFTER.match(text, end) if "(" in text[end : end + 3] else None
            if m and m.group(1) and _looks_like_abbr(m.group(1).strip()):  # "กระทรวงเกษตรและสหกรณ์ (กษ.)"
                self._learn(m.group(1).strip(), org.parent_th)
                end = m.end()
        if end != org.evidence.end:  # the span grew over what is attached
            org.evidence = Evidence.of(text, org.evidence.start, end)
        return org

    def _learn(self, abbr: str, name: str) -> None:
        """The article's own abbreviation, as written, for a name."""
        self.local_abbr[_abbr_key(abbr)] = name
        self.local_forms.add(abbr)
        self._taught.append((abbr, name))

    def _may_be_parent(self, org: Org, name: str) -> bool:
        """A known organization followed by another known one is attached to it only if the reference
        has the second above the first (โรงพยาบาลราชวิถี กรมการแพทย์); two unrelated ones are a list."""
        parent_id = self.ref.resolve(name)
        if org.org_id is None or parent_id is None or not name.startswith("กรม"):
            return True
        return parent_id in self.ref.parent_chain(org.org_id)

    def _abbreviation_at(self, pos: int) -> Org | None:
        text = self.text
        if pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in _MARKS):
            return None  # "สจ." inside "สสจ.": an abbreviation starts a word (_inside_word, before the regex)
        m = _RE_ABBR_TOKEN.match(text, pos) or _RE_BARE_ABBR.match(text, pos)
        if not m or (m.re is _RE_BARE_ABBR and m.group() not in self.ref.by_abbr and m.group() not in self.local_abbr):
            return None  # (a word with no dot is an abbreviation only when one the reference or the article knows)
        abbr, end = m.group(), m.end()
        if abbr[-1].isascii() and abbr[-1].isalpha() and _word_char(text, end):
            return None  # "depa" inside "department": a Latin abbreviation is a whole word
        if abbr.endswith(".") and "\u0e01" <= text[end : end + 1] <= "\u0e5b":
            abbr, end = self._with_place(abbr, end)  # "มทร.ธัญบุรี": a place after the dot, one abbreviation
            office = self._provincial_office(abbr, end) if abbr.endswith(".") else None
            if office is not None:
                return office
        key = abbr.rstrip(".").lower()  # _abbr_key(abbr): a token holds no space
        if key not in self.local_abbr and "0" <= text[end : end + 1] <= "9":
            return None  # "สคร.1 เชียงใหม่": a numbered regional office (สำนักงานป้องกันควบคุมโรคที่ 1), not สคร.
        if key in self.local_abbr:
            name = self.local_abbr[key]
            return Org(name, abbr, Evidence.of(text, pos, end), self.ref.resolve(name), abbreviation=abbr)
        ids = self.ref.by_abbr.get(key, ())
        if not ids:
            return None
        org_id = self._disambiguate(ids) if len(ids) > 1 else ids[0]
        org = Org(self.ref.orgs[org_id].name_th, abbr, Evidence.of(text, pos, end), org_id, abbreviation=abbr)
        if len(ids) > 1:
            org.candidates = tuple(i for i in ids if i != org_id)
        return org

    def _provincial_office(self, abbr: str, end: int) -> Org | None:
        """ "พช.อุทัยธานี": a department's abbreviation with a province after its dot is the department's office in
        that province, not the department: the office the article names ("สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี"), else
        as stated, for review."""
        place = _RE_THAI_RUN.match(self.text, end).group()
        province = next((place[:n] for n in range(len(place), 2, -1) if self.ref.resolve("จังหวัด" + place[:n])), None)
        if province is None:
            return None
        stop, pos = end + len(province), end - len(abbr)
        named = set(re.findall(rf"สำนักงาน[ก-๛]{{2,40}}?จังหวัด{province}", self.text))
        name = named.pop() if len(named) == 1 else self.text[pos:stop]
        return Org(name, self.text[pos:stop], Evidence.of(self.text, pos, stop), self.ref.resolve(name))

    def _with_place(self, abbr: str, end: int) -> tuple[str, int]:
        """The longest abbreviation of the reference (or of the article) that is ``abbr`` and the letters after it
        ("มทร.ธัญบุรี", whose letters run on into the next word: "มทร.ธัญบุรีได้รับ…"), else ``abbr``."""
        letters = _RE_THAI_RUN.match(self.text, end).group()
        for n in range(len(letters), 1, -1):
            key = (abbr + letters[:n]).lower()
            if key in self.ref.by_abbr or key in self.local_abbr:
                return abbr + letters[:n], end + n
        return abbr, end

    def _disambiguate(self, ids: tuple[str, ...]) -> str:
        """Pick the reading of an ambiguous abbreviation whose organization or ministry the text names (once per
        article: each use of the abbreviation asks again, and every name is looked for in the whole text)."""
        if ids not in self._chosen:
            self._chosen[ids] = self._choose(ids)
        return self._chosen[ids]

    def _choose(self, ids: tuple[str, ...]) -> str:
        def score(org_id: str) -> int:
            return sum(
                2 if i == 0 else 1
                for i, oid in enumerate(self.ref.parent_chain(org_id))
                if self.ref.orgs[oid].name_th in self.text
            )

        return max(ids, key=lambda i: (score(i), -ids.index(i)))

    def find_all(self, start: int = 0, end: int | None = None) -> list[Org]:
        """Every organization mention in ``text[start:end]``, left to right, not overlapping.

        The whole text is read once (again only if it taught us a new abbreviation); a range is a
        slice of that reading."""
        if self._all is None or self._learned != len(self.local_abbr):
            self._learned = len(self.local_abbr)
            self._all = self._scan()
            self._starts = [o.evidence.start for o in self._all]
            self._ends = [o.evidence.end for o in self._all]
        end = len(self.text) if end is None else end
        # The mentions are in order and do not overlap: those inside the range are one slice of them.
        return self._all[bisect_left(self._starts, start) : bisect_right(self._ends, end)]

    def _scan(self) -> list[Org]:
        text, found, pos = self.text, [], 0
        starts, next_start = self.ref.candidate_starts(text), 0
        local: list[int] = sorted({i for form in self.local_forms for i in occurrences(text, form)})
        forms = set(self.local_forms)
        quote_starts, quote_ends = self._quote_starts, self._quote_ends
        while True:
            next_start = bisect_left(starts, pos, next_start)
            at = starts[next_start] if next_start < len(starts) else len(text)
            local = [i for i in local if i >= pos] if local and local[0] < pos else local
            if local and local[0] < at:  # the article's own abbreviations, learned from "(พช.)"
                at = local.pop(0)
            if at >= len(text):  # (a name shortened with ฯ is one written so: most articles have none)
                found = self._expanded_later(found) if self.local_abbr else found
                return _expand_shortened(found) if "ฯ" in text else found
            q = bisect_left(quote_starts, at) - 1  # (most starts are after the last quote closed: no call for them)
            org = None if q >= 0 and at < quote_ends[q] and self._inside_quote(at) else self.at(at)
            if org:
                found.append(org)
                pos = org.evidence.end
            else:
                pos = at + 1
            if len(self.local_forms) != len(forms):  # learned one here: its later uses are found in this pass
                new, forms = self.local_forms - forms, set(self.local_forms)
                local = sorted({*(i for i in local if i >= pos), *(i for f in new for i in occurrences(text, f, pos))})
                self._learned = len(self.local_abbr)

    def _expanded_later(self, found: list[Org]) -> list[Org]:
        """ "รพ.มน. รับรางวัล…" in the headline, "โรงพยาบาลมหาวิทยาลัยนเรศวร (รพ.มน.)" in the body: an abbreviation
        read from its prefix (โรงพยาบาลมน) before the article expands it is the article's organization."""
        return [
            (self._abbreviation_at(o.evidence.start) or o)
            if o.org_id is None and _abbr_key(o.stated) in self.local_abbr and o.abbreviation is None
            else o
            for o in found
        ]

    def _inside_quote(self, pos: int) -> bool:
        """A name inside quotes (a work's title: ผลงาน "ศูนย์บริการ…") is not an organization,
        unless the quote is the name itself (a headline's "สำนักงานสถิติแห่งชาติ")."""
        i = bisect_left(self._quote_starts, pos) - 1  # quotes do not overlap: only the last one opened before pos
        if i < 0:
            return False
        a, b = self.quoted[i]
        if a + 1 < pos < b:  # (but a speaker's words are no title: ให้สัมภาษณ์ว่า "…เราคือกรมการจัดหางาน…")
            said = self.text[max(0, a - 10) : a].rstrip()
            return not said.endswith("ว่า") or said.endswith(("ชื่อว่า", "เรียกว่า", "ที่ว่า"))
        return pos == a + 1 and (
            _RE_TITLE_BEFORE.search(self.text, max(0, a - 14), a) is not None
            or _RE_WORK_IS.search(self.text, max(0, a - 40), a) is not None  # ผลงานที่ได้รับรางวัล คือ "ธนาคาร…"
        )


def _quotes(text: str) -> list[tuple[int, int]]:
    """The quotes, left to right, not overlapping: the matches of "[^"\\n]{1,200}"|'[^'\\n]{1,200}', found with
    str.find from each mark (a regex tried at each mark costs more; an article has a few)."""
    found, done = [], 0
    for start in _QUOTE_MARKS.starts(text):
        if start < done:
            continue
        close = text.find(text[start], start + 1, start + 202)  # the next same mark, within 200 characters
        if close > start + 1 and text.find("\n", start + 1, close) == -1:
            found.append((start, close + 1))
            done = close + 1
    return found


def _expand_shortened(found: list[Org]) -> list[Org]:
    """A name not in the reference shortened with ฯ ("รพ.สรรพสิทธิ์ฯ") is the one name of the article it begins
    ("โรงพยาบาลสรรพสิทธิประสงค์"), as the reference does for the names it knows."""
    for org in found:
        if org.org_id or not org.name_th.endswith("ฯ") or len(org.name_th) <= 8:
            continue
        stem = org.name_th[:-1].removesuffix("\u0e4c")
        if any(stem.startswith(h) and len(stem) - len(h) < 3 for h in HEADS):
            continue  # "โรงพยาบาลฯ": the head word alone begins every hospital's name
        names = {o.name_th for o in found if o.name_th.startswith(stem) and not o.name_th.endswith("ฯ")}
        if len(names) == 1:
            org.name_th = names.pop()
    return found


_RE_BARE_WORD_AFTER = re.compile(r" ([ก-๛]{3,20})(?=[\s,.)]|$)")  # a word alone after a name: a province's?


def _cut_stop(text: str, start: int, end: int, head_end: int = 0) -> int:
    """End of a name not in the reference: before the first glued stop word (not at its start, nor in its head); but
    an office's district is its name ("สำนักงานสาธารณสุขอำเภอจตุรพักตรพิมาน", as its province is: …จังหวัด…)."""
    m = _RE_STOP.search(text, max(start + 3, head_end), end)
    while m and text.startswith("อำเภอ", m.start()) and text.startswith("สำนักงาน", start):
        m = _RE_STOP.search(text, m.end(), end)
    return m.start() if m else end


_RE_ABBR_FORM = re.compile(r"[ก-๛.ฯ]{2,10}|[ก-ฮ.ฯ\s]{2,12}|[A-Za-z][A-Za-z.&\-]{1,10}")


def _looks_like_abbr(value: str) -> bool:
    """สพร., ก.พ.ร., DGA, ดีป้า, ดีพร้อม: short, one word, not the (องค์การมหาชน) suffix."""
    return (
        bool(_RE_ABBR_FORM.fullmatch(value))
        and value not in ("องค์การมหาชน", "มหาชน", "ประเทศไทย")
        and not value.startswith("ระดับ")  # "อบจ.สิงห์บุรี (ระดับดี)": the level it won
    )


def _is_local(name: str) -> bool:
    return name.startswith(("เทศบาล", "องค์การบริหารส่วน", "อบต", "อบจ", "โรงพยาบาล", "โรงเรียน", "สำนักงาน", "ศูนย์"))


def sub_unit(org: Org, ref: Reference | None = None) -> bool:
    """True for a unit inside an organization (a ศูนย์ or กอง), which does the work but is not the winner; not a
    department's numbered regional centre ("ศูนย์อนามัยที่ 7 ขอนแก่น"), an office of its own."""
    if org.org_id or not org.name_th.startswith(SUB_UNIT_HEADS) or org.name_th.startswith(_NOT_SUB_UNITS):
        return False
    return _RE_REGIONAL.search(org.name_th) is None


_RE_REGIONAL = re.compile(r"ที่ \d{1,2}(?: [ก-๛]+)?$")


# Heads that begin like a unit's but name whole organizations: an office (สำนักงาน…), a command of the police or
# the armed forces (กองบัญชาการตำรวจสอบสวนกลาง), an armed force (กองทัพบก).
_NOT_SUB_UNITS = ("สำนักงาน", "กองบัญชาการ", "กองทัพ")


def _inside_word(text: str, pos: int) -> bool:
    return pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in _MARKS)
