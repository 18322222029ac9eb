"""The award event: programme and year, date and time, venue, organizer, who presided, the total.

The event date is the date the text attaches to the ceremony ("วันนี้ (14 กันยายน 2561)",
"เมื่อวันที่ …"), not the posting date written above the headline; the programme comes from
the reviewed ``reference/programmes.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline import thai
from pipeline.extract.english import event_date
from pipeline.model import Event, Evidence, Issue, Org, Person
from pipeline.orgs import OrgFinder
from pipeline.textmatch import INDEX, Cued, occurrences, top_level_alternatives

PROGRAMMES = Path(__file__).resolve().parents[2] / "reference" / "programmes.csv"

_RE_EVENT_CUE = re.compile(r"มอบรางวัล|รับรางวัล|พิธี|ได้รับรางวัล|คว้า|ประกาศผล|เข้ารับ|รับมอบ")
# What introduces a date as the time of something: เมื่อวันที่ …, วันนี้ (…), and a label (วันที่ : …,
# พิธีมอบรางวัล : … in a summary or a results page, "| วันที่รับรางวัล | …" in a table of fields).
_RE_DATE_CUE = re.compile(  # (not a posting stamp's "โพสต์เมื่อ", "ลงวันที่ :"; a weekday opening a line: "วันศุกร์ที่ 13 …")
    r"(?:(?:(?<!โพสต์)(?<!เผยแพร่)(?<!อัปเดต)เมื่อ|ใน|วันนี้|เมื่อวานนี้|เมื่อวาน|วานนี้)\s?(?:ช่วง)?(?:คืน|เช้า|บ่าย|เย็น|ค่ำ)?(?:วัน[ก-๛]*\s?(?:ที่)?\s?)?\(?"
    r"|(?:^|\s|ของ)(?:เช้า|บ่าย|เย็น|ค่ำ)?วันที่|(?:^|\n)(?:เช้า|บ่าย|เย็น|ค่ำ)?วัน[ก-๛]{3,9}ที่|\s(?:เช้า|บ่าย|เย็น|ค่ำ)?วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)ที่|(?:(?<!ลง)วันที่(?:รับรางวัล)?|วันรับรางวัล|วันจัดงาน|วันประกาศผล|พิธี[ก-๛]*)\s?[:|])\s?$"
)
_RE_VENUE = re.compile(r"(?<!\S)ณ\s?(?=\S)")  # tried at each ณ (_venue)
_RE_VENUE_END = re.compile(
    r"\n|\s(?:โดย|ซึ่ง|เพื่อ|ทั้งนี้|สำหรับ|เมื่อ|ในวันที่|เวลา|พร้อม|และมี|ภายใต้|นอกจากนี้|ที่ผ่านมา|"
    r"ได้|จัดขึ้น|ในการนี้|จึง|ถือเป็น)|(?=\s?\()|[,;]"
)
_ORGANIZED_BY = ("จัดขึ้นโดย", "จัดโดย", "ดำเนินการโดย", "ภายใต้การดำเนินงานของ", "โดยความร่วมมือของ")
_RE_ORGANIZER = Cued("(?:" + "|".join(_ORGANIZED_BY) + r")\s?\"?", _ORGANIZED_BY)
_RE_ORGANIZER_AFTER = re.compile(r"\s?(?:เป็นผู้จัด|ได้จัด|จัดพิธี|จัดงาน|จัดขึ้น(?!โดย))")
_RE_PRESIDES = re.compile(r"เป็นประธาน(?:ใน)?(?:พิธี|การ|งาน)?(?:มอบ|ประกาศ|ในพิธี)")
_RE_ON_BEHALF = re.compile(r"ได้รับมอบหมายจาก\s?|ในนามของ\s?|แทน\s?(?=นาย|นาง)")
_RE_TOTAL = Cued(
    r"(?:ทั้งสิ้น|ทั้งหมด|รวม(?:ทั้งสิ้น|ทั้งหมด)?)\s?(?:จำนวน\s?)?(\d{1,3}(?:,\d{3})*|\d+)\s?(รางวัล|ผลงาน)"
    r"|จำนวน\s?(\d{1,3}(?:,\d{3})*|\d+)\s?(รางวัล|ผลงาน)\s?(?:จาก|ทั้งสิ้น)",
    ("ทั้งสิ้น", "ทั้งหมด", "รวม", "จำนวน"),
)
_RE_YEAR = re.compile(r"(?:ประจำปี|ปี)\s?(?:พ\.\s?ศ\.\s?|งบประมาณ\s?(?:พ\.\s?ศ\.\s?)?)?(\d{4})(?!\d)")
_RE_EN_NAME = re.compile(r"\"?((?:[A-Z][A-Za-z]*\s){1,5}Awards?\s?(?:\d{4})?)\"?")


@dataclass(frozen=True)
class Programme:
    programme_id: str
    name_th: str
    name_en: str
    pattern: re.Pattern


@cache
def programmes(path: Path = PROGRAMMES) -> tuple[Programme, ...]:
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(Programme(r["programme_id"], r["name_th"], r["name_en"], _caseless(r["patterns"])) for r in rows)


@cache
def _anchored() -> tuple[tuple[Programme, re.Pattern | Cued], ...]:
    """Each programme with what finds its matches: a Cued on the literal text each of its alternatives starts
    with ("รางวัลเลิศรัฐ", "dg"), or the pattern itself if an alternative has none."""
    out = []
    for programme in programmes():
        anchors = []
        for alternative in top_level_alternatives(programme.pattern.pattern):
            literal = re.match(r"[^\\()\[\]?*+{}|.^$]+", alternative)
            if not literal:
                anchors = [""]  # an alternative with no literal start: always run the pattern
                break
            anchor = literal.group(0).lower()  # the patterns run over lower-cased text
            if alternative[len(anchor) : len(anchor) + 1] in ("?", "*", "{"):
                anchor = anchor[:-1]  # "Awards?": the last letter is optional
            anchors.append(anchor)
        finder = programme.pattern if "" in anchors else Cued(programme.pattern, tuple(anchors))
        out.append((programme, finder))
    return tuple(out)


def _caseless(pattern: str) -> re.Pattern:
    """Patterns are matched against lower-cased text (re.IGNORECASE scans Thai text several times slower)."""
    if re.search(r"\\[A-Z]", pattern):  # \S, \W …: lower-casing would change their meaning
        return re.compile(pattern, re.I)
    return re.compile(pattern.lower())


def extract_event(
    text: str,
    orgs: OrgFinder,
    people: list[Person],
    published: dt.date | None,
    body_start: int,
    warnings: list[Issue],
    dates: list[thai.DateMention],
) -> Event | None:
    programme, mention = _programme(text, body_start)
    name = _name(text, mention, body_start)
    if programme is None and name is None:
        first = _RE_ANY_AWARD.search(text, body_start) or _RE_ANY_AWARD.search(text)
        english = _RE_EN_NAME.search(text, body_start) if first is None and "Award" in text else None
        if first is None and english is None:
            return None
        if first is not None:  # an award of no known programme: its first name
            name = (first.start(), first.end(), first.group(0))
        else:  # an English page of another programme: its English name stands for the event
            mention = english
    start = mention.start() if mention else name[0]
    event = Event(
        name_th=name[2] if name else None,
        name_en=_english_name(text, start),
        programme=programme.programme_id if programme else None,
        year_be=None,
        year_ce=None,
        evidence=_span(text, mention, name),
    )
    _year(event, text, start)
    _date(event, text, body_start, published, warnings, dates)
    if event.year_ce is None and event.date:
        event.year_ce, event.year_be = event.date.year, event.date.year + thai.BE_OFFSET
    if event.year_be is None and programme is not None and body_start:
        _year_in_headline(event, text[:body_start], programme)
        if event.year_be is not None:  # a yearless date ("18 กันยายนที่ผ่านมา") is read in the edition's year
            _date(event, text, body_start, published, warnings, dates)
    _time(event, text, body_start)
    event.venue_th = _venue(text, body_start)
    event.organizer = _organizer(text, orgs)
    event.presider, event.on_behalf_of = _presider(text, people)
    total = _RE_TOTAL.search(text, body_start)
    if total:
        event.total_awards = int((total.group(1) or total.group(3)).replace(",", ""))
        event.total_unit = total.group(2) or total.group(4)
    return event


def _span(text: str, mention: re.Match | None, name: tuple[int, int, str] | None) -> Evidence:
    """The programme mention and the Thai name together, in text order: the name may stand before the
    programme ("รางวัลดีเด่นประจำปี 2566 “Digital Government Awards”")."""
    if name and (mention is None or abs(name[0] - mention.start()) > 300):
        return Evidence.of(text, name[0], name[1])  # far apart: the name says it
    if name is None:
        return Evidence.of(text, mention.start(), mention.end())
    return Evidence.of(text, min(name[0], mention.start()), max(name[1], mention.end()))


def _programme(text: str, body_start: int) -> tuple[Programme | None, re.Match | None]:
    """The programme named most often in the body (ties: the first named)."""
    best, best_key = (None, None), None
    absent = _latin_absent(text)
    subject = _lowered(text, absent)
    for programme, finder in _anchored():
        found = list(_matches(finder, subject, absent))
        if not found:
            continue
        in_body = [m for m in found if m.start() >= body_start] or found
        key = (len(in_body), -in_body[0].start())
        if best_key is None or key > best_key:
            best, best_key = (programme, in_body[0]), key
    return best


def _matches(finder: re.Pattern | Cued, text: str, absent: frozenset[str]):
    """finder.finditer(text): a Cued finder looks for its literal words first, here each of them but the Latin
    ones the text cannot hold (``absent``; not added to textmatch.INDEX, which makes its pass dearer)."""
    if not isinstance(finder, Cued):
        yield from finder.finditer(text)
        return
    words = [word for word in finder.words if word not in absent and word in text]  # (most are in no text)
    if not words:
        return
    starts = (
        occurrences(text, words[0]) if len(words) == 1 else sorted({i for w in words for i in occurrences(text, w)})
    )
    yield from finder.tried_at(text, starts)


# Lower-casing the whole text costs about as much as the rest of _programme. Its only non-ASCII characters that
# become ASCII letters are İ (to i and a combining dot: the one character whose lower case is longer) and the
# Kelvin sign (to k); no character becomes a Thai one. So a Latin anchor that is not in the text's lower-cased
# ASCII characters (and cannot come from those two) is in no lower-cased text either, and without İ a Thai
# anchor stands at the same places in both texts.
_TO_ASCII = {"i": "\u0130", "k": "\u212a"}


def _latin_absent(text: str) -> frozenset[str]:
    """The Latin anchors (of every programme) that the lower-cased text does not hold."""
    latin = INDEX.latin(text).lower()
    odd = [c for c, odd in _TO_ASCII.items() if odd in text]  # (once per text: each test scans the whole text)
    if not odd:  # (most texts: no test of each word against them)
        return frozenset(word for word in _latin_anchors() if word not in latin)
    return frozenset(word for word in _latin_anchors() if word not in latin and not any(c in word for c in odd))


def _lowered(text: str, absent: frozenset[str]) -> str:
    """text.lower(), or the text itself when every programme's matches in it are those in text.lower(): no Latin
    anchor can be there (``absent`` holds them all), no İ moves a Thai one, and what follows each Thai anchor in
    its pattern is caseless."""
    if len(absent) < len(_latin_anchors()) or not _thai_caseless() or "\u0130" in text:
        return text.lower()
    return text


@cache
def _latin_anchors() -> frozenset[str]:
    """The anchors written in ASCII (the others are Thai, or _thai_caseless says no)."""
    return frozenset(w for _, f in _anchored() if isinstance(f, Cued) for w in f.words if w.isascii())


def _is_thai(word: str) -> bool:
    return all("\u0e00" <= c <= "\u0e7f" for c in word)


@cache
def _thai_caseless() -> bool:
    """Whether every finder is a Cued with ASCII or Thai anchors, no pattern ignores case, and every alternative
    starting with a Thai anchor has no cased character (but in \\s, \\d): at a Thai anchor such a pattern
    matches the text as it matches the lower-cased text (the others start with an ASCII letter: both fail)."""
    for programme, finder in _anchored():
        if not isinstance(finder, Cued) or programme.pattern.flags & re.I:
            return False
        if not all(w.isascii() or _is_thai(w) for w in finder.words):
            return False
        for alternative in top_level_alternatives(programme.pattern.pattern):
            rest = re.sub(r"\\[sSdD]", "", alternative)
            if _is_thai(alternative[:1]) and any(c.lower() != c or c.upper() != c for c in rest):
                return False
    return True


_RE_NAME = re.compile(r"(รางวัล[ก-๛A-Za-z\s()]{2,90}?ประจำปี\s?(?:งบประมาณ\s?)?(?:พ\.\s?ศ\.\s?)?\d{4})")
_RE_ANY_AWARD = re.compile(r"รางวัล[ก-๛]{4,}")
_RE_SPACES = re.compile(r"\s+")


def _name(text: str, mention: re.Match | None, body_start: int) -> tuple[int, int, str] | None:
    """The Thai name with its year as the text writes it: รางวัลรัฐบาลดิจิทัลประจำปี 2566."""
    if "ประจำปี" not in text:
        return None  # (the pattern's word: without it, it would be tried after every รางวัล)
    around = max(0, (mention.start() if mention else body_start) - 40)
    # (from body_start again only if it is before: a search that failed from before body_start fails from it too)
    m = _RE_NAME.search(text, around) or (_RE_NAME.search(text, body_start) if body_start < around else None)
    if not m:
        return None
    name = _RE_SPACES.sub(" ", m.group(1))
    return m.start(1), m.end(1), name


def _english_name(text: str, start: int) -> str | None:
    for pos in (max(0, start - 20), 0):
        award = text.find("Award", pos)
        if award == -1:
            continue
        m = _RE_EN_NAME.search(text, max(pos, award - 120))  # a name of at most five words ends in Award(s)
        if m:
            return m.group(1).strip()
    return None


def _date(
    event: Event, text: str, body_start: int, published: dt.date | None, warnings: list[Issue], dates: list
) -> None:
    """The date the text ties to the award ceremony: among the dates introduced as the time of
    something ("เมื่อวันที่ …", "วันนี้ (…)"), the first followed by award words (a yearless one, in the
    year of publication or of the award, when no cued date has a year); else the first date of the body."""
    mentions = [d for d in dates if d.start >= body_start and d.date]
    if mentions and all(posting_label(text, d) for d in mentions):
        mentions = []  # "โพสต์เมื่อ : 10 ธ.ค. 2567" under the story: when it was posted (a headline's date may say when)
    cued = [d for d in mentions if _cued(text, d)]
    awardish, other_steps = _ceremony_dates(text, cued)
    anchor = published or (dt.date(event.year_ce, 12, 31) if event.year_ce else None)
    if anchor and not awardish:  # "เมื่อวันที่ 26 กันยายน ที่ผ่านมา", "เมื่อวันที่ 6 ที่ผ่านมา"
        yearless = [d for d in thai.find_yearless_dates(text, anchor) if _cued(text, d)]  # (a lede above a long body)
        cued = sorted([*cued, *yearless, *_day_only(text, body_start, published)], key=lambda d: d.start)
        awardish, other_steps = _ceremony_dates(text, cued)
    relative = [] if awardish or published is None else _bare_relative(text, body_start, published)
    # (the dates followed by award words are chosen only when none of the above is found: looked for only then)
    near = (
        []
        if awardish or relative or other_steps or cued
        else [d for d in mentions if _RE_EVENT_CUE.search(text, d.end, d.end + 300)]
    )
    edition = dt.date(event.year_ce, 12, 31) if event.year_ce else None
    if not (awardish or relative or cued or mentions) and (english := event_date(text, body_start, published, edition)):
        relative = [english]  # "… won the award on Monday": the Monday of the story's week
    above = [] if mentions else _above_body(text, body_start, dates)
    if not (relative or other_steps or cued or near or mentions or above):
        return
    chosen = (awardish or relative or other_steps or cued or near or mentions or above)[0]
    event.date, event.date_stated, event.weekday_stated = chosen.date, chosen.text, chosen.weekday_stated
    if chosen.relative is not None and published and chosen.date != published + dt.timedelta(chosen.relative):
        warnings.append(
            Issue(
                "relative-date",
                f"the text says {chosen.relative:+d} day(s) from {published}",
                _ev(text, chosen),
            )
        )


# A relative day written alone ("เมื่อวานนี้ กรมควบคุมโรคได้รับรางวัล…"): the posting date plus its offset.
# The longer words first: เมื่อวานนี้ holds วานนี้ and เมื่อวาน.
_BARE_RELATIVE = (
    *(("เมื่อวานนี้", -1), ("เมื่อวาน", -1), ("วานนี้", -1), ("วันนี้", 0)),
    *(("วันพรุ่งนี้", 1), ("พรุ่งนี้", 1)),  # "ในวันพรุ่งนี้ เทศบาล… จะเดินทางไปรับรางวัล"
)
# "เมื่อวันศุกร์ที่ผ่านมา": the last such weekday before the posting date.
_RE_LAST_WEEKDAY = re.compile(rf"วัน({'|'.join(sorted(thai.WEEKDAY_NUMBERS, key=len, reverse=True))})ที่(?:ผ่านมา|แล้ว)")
# The steps before a ceremony, whose dates an article gives beside the ceremony's: the results announced,
# applications, the evaluation visit.
_RE_OTHER_STEP = re.compile(r"ประกาศผล|ประกาศ\s?ณ|ลงพื้นที่|ตรวจประเมิน|เปิดรับ|รับสมัคร|ส่งผลงาน|หมดเขต|คัดเลือก|ตัดสิน")
# "เมื่อวันที่ 6 ที่ผ่านมา": a day of the month, no month written (the posting date's month, or the one before).
_RE_DAY_ONLY = re.compile(r"(?<=วันที่)\s?(\d{1,2})\s?ที่ผ่านมา")


def _handing_on(text: str, date) -> bool:
    """ "วันนี้ (16 ธ.ค. 67) … ผู้ว่าราชการจังหวัด นำรางวัล… ที่จังหวัดได้รับ… มอบให้แก่ส่วนราชการ": the day the award was
    brought home and handed on, not the ceremony's (told after it: "โดยเมื่อวันที่ 12 ธันวาคมที่ผ่านมา … เข้ารับรางวัล")."""
    end = text.find("\n", date.end)
    return text.find("นำรางวัล", date.end, min(date.end + 200, len(text) if end < 0 else end)) >= 0


def _ceremony_first(text: str, dates: list) -> tuple[list, list]:
    """(dates of the ceremony, dates of another step): a date whose clause names a step before the ceremony
    ("ประกาศผลเมื่อวันที่ 30 มิถุนายน 2564 ว่า…ได้รับรางวัล", "เมื่อวันที่ 12 มิ.ย. 2567 คณะกรรมการ… ลงพื้นที่ประเมิน…
    ได้รับรางวัล") is of that step, unless it is said to be the ceremony's (พิธี… before it)."""
    ceremony, other = [], []
    for d in dates:
        line_start = text.rfind("\n", 0, d.start) + 1
        before = text[max(line_start, d.start - 50) : d.start]
        cue = _RE_EVENT_CUE.search(text, d.end, d.end + 200)
        after = text[d.end : cue.end() if cue else d.end]
        step = "พิธี" not in before and (_RE_OTHER_STEP.search(before) or _RE_OTHER_STEP.search(after))
        (other if step else ceremony).append(d)
    return ceremony, other


def _day_only(text: str, body_start: int, published: dt.date | None) -> list[thai.DateMention]:
    if published is None or text.find("ที่ผ่านมา", body_start) < 0:
        return []  # (the pattern would be tried at every letter)
    found = []
    for m in _RE_DAY_ONLY.finditer(text, body_start):
        day = int(m.group(1))
        month_start = published.replace(day=1)
        for first in (month_start, (month_start - dt.timedelta(days=1)).replace(day=1)):
            try:
                date = first.replace(day=day)
            except ValueError:
                continue
            if date <= published:
                found.append(thai.DateMention(m.start(1), m.end(), m.group(0).strip(), date))
                break
    return found


# What may stand before it when it is the time of a clause: a space or line start, or เมื่อ / ใน / จัดขึ้น,
# with a part of the day (เมื่อบ่ายวันนี้). Not ถึง, จน, ตั้งแต่, แต่ …: "จนถึงวันนี้" is no time of an event.
_RE_RELATIVE_BEFORE = re.compile(  # ("ในพิธีมอบรางวัลบ่ายวันนี้": the ceremony's name right before it)
    r"(?:^|[\s(]|(?<=รางวัล))(?:(?:เมื่อ|ใน|จัดขึ้น(?:ใน)?)?(?:ช่วง)?(?:เช้า|บ่าย|เย็น|ค่ำ)?)$"
)
_RE_DATE_AFTER = re.compile(r"\s?(?:\(|ที่\s?\d|\d)")


def _bare_relative(text: str, body_start: int, published: dt.date) -> list[thai.DateMention]:
    """Relative days with no date written after them that are the time of an award clause: the clause's
    award words follow on the same line (วันนี้ กรม… ได้รับรางวัล) or come just before (…รับรางวัล
    เมื่อบ่ายวันนี้)."""
    found, taken = [], set()
    for word, offset in _BARE_RELATIVE:
        i = text.find(word, body_start)
        while i != -1:
            end = i + len(word)
            if i not in taken and not (taken & set(range(i, end))) and _time_of_award(text, i, end):
                date = published + dt.timedelta(offset)
                found.append(thai.DateMention(i, end, word, date, relative=offset))
            taken.update(range(i, end))
            i = text.find(word, end)
    for m in _RE_LAST_WEEKDAY.finditer(text, body_start):
        back = (published.weekday() - thai.WEEKDAY_NUMBERS[m.group(1)]) % 7 or 7
        if _time_of_award(text, m.start(), m.end()):
            date = published - dt.timedelta(back)
            found.append(thai.DateMention(m.start(), m.end(), m.group(0), date, relative=-back))
    return sorted(found, key=lambda d: d.start)


def _time_of_award(text: str, start: int, end: int) -> bool:
    if _RE_DATE_AFTER.match(text, end):
        return False  # "วันนี้ (14 กันยายน 2561)": the written date is read as a date
    if not _RE_RELATIVE_BEFORE.search(text, max(0, start - 24), start) and start > 0:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return bool(
        _RE_EVENT_CUE.search(text, end, min(line_end, end + 150))
        or _RE_EVENT_CUE.search(text, max(line_start, start - 300), start)  # (…รับรางวัล… ณ … เวลา … น. วันนี้)
    )


def _awardish(text: str, cued: list) -> tuple[list, list]:
    """(the cued dates followed by award words ("เมื่อวันที่ … เข้ารับรางวัล"), the others that end a clause of award
    words on their line ("ได้รับรางวัล … จากเวที DG Awards 2025 เมื่อวันที่ 17 พ.ย. ที่ผ่านมา"))."""
    after = [d for i, d in enumerate(cued) if _RE_EVENT_CUE.search(text, d.end, _reach(text, d, cued, i))]
    return after, [
        d
        for d in cued
        if d not in after and _RE_EVENT_CUE.search(text, max(text.rfind("\n", 0, d.start) + 1, d.start - 150), d.start)
    ]


def _reach(text: str, date, cued: list, i: int) -> int:
    """How far award words after a date are its clause's: 200 characters, but not into the next paragraph (a
    round-up's next item) nor past the next date ("วันที่ 11 … คณะศึกษาดูงาน… วันที่ 18 … รับรางวัลเลิศรัฐ": captions
    run together; the award is the 18th's)."""
    end = date.end + 200
    if i + 1 < len(cued) and cued[i + 1].start < end:
        end = cued[i + 1].start
    paragraph = text.find("\n\n", date.end, end)
    return end if paragraph < 0 else paragraph


def _ceremony_dates(text: str, cued: list) -> tuple[list, list]:
    """(dates of the ceremony, dates of another step), the dates followed by award words first, then those that
    end a clause of them (which a date of another step followed by award words does not hide)."""
    after, before = _awardish(text, cued)
    ceremony, other = _ceremony_first(text, after)
    if not ceremony:
        ceremony, more = _ceremony_first(text, before)
        other = other + more
    ceremony = _named_ceremony_first(text, ceremony, cued)
    return [d for d in ceremony if not _handing_on(text, d)], other  # (not the day it was brought home: handed on)


# The ceremony named just before a date: "ซึ่งจัดพิธีมอบรางวัลไปเมื่อวันจันทร์ที่ 17 …", "ในงานประกาศรางวัล… จัดขึ้นเมื่อ…",
# "ซึ่งได้รับมอบรางวัลจากสำนักงาน ก.พ.ร. เมื่อวันที่ 26 …"
_RE_CEREMONY_BEFORE = re.compile(r"(?:(?:พิธี|งาน)(?:มอบ|ประกาศ)|(?:ได้|เข้า)รับ(?:มอบ)?รางวัล)[^\n]{0,70}$")


def _named_ceremony_first(text: str, dates: list, cued: list) -> list:
    """A date said to be the ceremony's before the ceremony's other candidates: "เมื่อเช้าวันนี้ (19 …) รัฐมนตรี…
    แสดงความยินดีกับ ขบ. ที่ได้รับรางวัล… ซึ่งจัดพิธีมอบรางวัลไปเมื่อวันจันทร์ที่ 17 …" was a meeting, then the ceremony."""
    if not dates or len(cued) < 2:
        return dates
    named = [d for d in cued if _RE_CEREMONY_BEFORE.search(text, max(0, d.start - 80), d.start)]
    return [named[0], *(d for d in dates if d is not named[0])] if named and named[0] is not dates[0] else dates


# "Posted: 12 December 2024", "ลงวันที่ 17 ก.ย. 2561", "โพสต์เมื่อ : 10 ธ.ค. 2567": the date a page was put up
_RE_POSTING_LABEL = re.compile(r"(?:Posted|Published|Updated|โพสต์|เผยแพร่|ลงวันที่|อัปเดต)(?:\s?on|เมื่อ)?\s?:?\s?$", re.I)


def posting_label(text: str, mention) -> bool:
    """Whether a posting label stands right before the date: when the page was put up, not when the award was."""
    return _RE_POSTING_LABEL.search(text, max(0, mention.start - 24), mention.start) is not None


def _above_body(text: str, body_start: int, dates: list) -> list[thai.DateMention]:
    """When the body states no date: a date above it introduced as the time of the award ("• วันที่ : 25 ส.ค. 68"
    in a summary, "เมื่อวันที่ 1 ก.ย. 59 … เข้ารับ" on a line broken before the body), not the posting date
    standing alone on its line."""
    return [
        d
        for d in dates
        if d.start < body_start
        and d.date
        and (
            (_cued(text, d) and _RE_EVENT_CUE.search(text, d.end, _paragraph_end(text, d.end, 600)))
            or headline_date(text, d)
        )
        and not alone_on_line(text, d)
    ]


def headline_date(text: str, mention) -> bool:
    """ "กยท. รับรางวัลเลิศรัฐ ประเภทนวัตกรรมการบริการ (26 ก.ย. 67)": a date in brackets that ends a line of award
    words is the date of the award it names, not the date of posting."""
    before = text[max(0, mention.start - 7) : mention.start]
    if "(" not in before[-2:] and "วันที่" not in before:
        return False  # (most dates: no bracket or วันที่ before them)
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    rest = text[mention.end : len(text) if line_end < 0 else line_end].strip()
    said = text[line_start : mention.start].rstrip()
    return (
        (said.endswith("(") and rest in (")", ""))
        or (said.endswith("วันที่") and not rest)  # "… ประจำปี 2567 วันที่ 4 ธ.ค. 2567"
    ) and bool(_RE_EVENT_CUE.search(text, line_start, mention.start))


def _paragraph_end(text: str, pos: int, most: int) -> int:
    """Where the paragraph (or summary block) at ``pos`` ends, at least 200 and at most ``most`` characters on."""
    end = text.find("\n\n", pos, pos + most)
    return pos + most if end == -1 else max(end, pos + 200)


def alone_on_line(text: str, mention) -> bool:
    """A date with at most a label's length beside it on its line: a posting stamp, not a sentence's date."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    return (len(text) if line_end < 0 else line_end) - line_start - len(mention.text) <= 16


def _cued(text: str, mention) -> bool:
    """A date introduced as the time of something, or one that opens a line with its weekday ("วันอังคารที่ 10
    ธันวาคม 2567 เวลา 13.30 น. ณ …", the weekday read as part of the date)."""
    if (
        mention.text.startswith("วัน")
        and "ที่" in mention.text[3:16]  # (a post's stamp "วันพฤหัสบดี 7 ธ.ค. 2566" has no ที่)
        and (mention.start == 0 or text[mention.start - 1] in "\n ")  # ("📍 งานมอบรางวัล… วันพฤหัสบดีที่ 12 …")
        and not alone_on_line(text, mention)
    ):
        return True
    if _RE_DATELINE_DASH.match(text, mention.end) and _RE_DATELINE_PLACE.fullmatch(
        text, text.rfind("\n", 0, mention.start) + 1, mention.start
    ):
        return True  # a news agency's dateline: "ทำเนียบรัฐบาล 12 ธ.ค. - นายกรัฐมนตรีเป็นประธานมอบรางวัล…"
    # ("เมื่อวันพฤหัสบดีที่ผ่านมา (", "เมื่อช่วงบ่ายวันพฤหัสบดีที่ผ่านมา (": the longest cue, 36 letters)
    return bool(_RE_DATE_CUE.search(text, max(0, mention.start - 36), mention.start))


_RE_DATELINE_DASH = re.compile(r"\s?[-–—]\s")
_RE_DATELINE_PLACE = re.compile(r"[ก-๛.]{2,20}(?:\s[ก-๛.]{2,20})?\s")  # a place of one or two words opens the line


def _ev(text: str, mention) -> Evidence:
    return Evidence.of(text, mention.start, mention.end)


def _year(event: Event, text: str, start: int) -> None:
    m = _RE_YEAR.search(text, start, start + 120)
    if m:
        _set_year(event, int(m.group(1)))
    elif event.name_en and re.search(r"(\d{4})", event.name_en):
        year = int(re.search(r"(\d{4})", event.name_en).group(1))
        event.year_be, event.year_ce = year + thai.BE_OFFSET, year
    elif event.date:
        event.year_ce, event.year_be = event.date.year, event.date.year + thai.BE_OFFSET


# A year written right after a programme's name: "รางวัลเลิศรัฐ 2568", "… ประจำปี พ.ศ. 2566", "DG Awards 2024".
_RE_YEAR_AFTER = re.compile(r"\s?(?:ประจำปี|ปี)?\s?(?:พ\.\s?ศ\.\s?)?((?:19|20|25)\d\d)(?!\d)")


def _year_in_headline(event: Event, head: str, programme: Programme) -> None:
    """A feature's body may name the programme bare ('คำว่า "รางวัลเลิศรัฐ" …') where its headline gave the edition
    ("เบื้องหลังรางวัลเลิศรัฐ 2568"): the year written right after the programme's name above the body (not one
    in the body, which may be a past win's)."""
    finder = next(f for p, f in _anchored() if p is programme)
    absent = _latin_absent(head)
    for m in _matches(finder, _lowered(head, absent), absent):
        y = _RE_YEAR_AFTER.match(head, m.end()) or re.search(r"((?:19|20|25)\d\d)(?!\d)", m.group(0))
        if y:
            _set_year(event, int(y.group(1)))
            return


def _set_year(event: Event, year: int) -> None:
    """The edition's year as written, in either era (a Buddhist year is above 2400)."""
    event.year_be, event.year_ce = (year, year - thai.BE_OFFSET) if year > 2400 else (year + thai.BE_OFFSET, year)


def _time(event: Event, text: str, body_start: int) -> None:
    first = thai.first_time(text, body_start)
    if first:
        event.time, event.end_time = first.time, first.end_time


def _venue(text: str, body_start: int) -> str | None:
    """The place after the first "ณ" that names one. Each "ณ" is tried as it is found (ณ is also a letter of
    words: คุณ, ประมาณ), rather than all of them first, as _RE_VENUE.finditer would (the same matches: one
    never reaches past the next "ณ")."""
    i = text.find("ณ", body_start)
    while i != -1:
        # (most ณ end a word, คุณ, ประมาณ: the pattern's (?<!\S), tested first without a regex call)
        m = _RE_VENUE.match(text, i) if i == 0 or text[i - 1].isspace() else None
        if m:
            end = _RE_VENUE_END.search(text, m.end(), m.end() + 120)
            venue = text[m.end() : end.start() if end else m.end() + 120].strip(" ,")
            if len(venue) >= 4:
                return venue
        i = text.find("ณ", i + 1)
    return None


def _organizer(text: str, orgs: OrgFinder) -> Org | None:
    m = _RE_ORGANIZER.search(text)
    if m:
        org = orgs.at(m.end())
        if org:
            return org
    for org in orgs.find_all():
        if _RE_ORGANIZER_AFTER.match(text, org.evidence.end):
            return org
    return None


def _presider(text: str, people: list[Person]) -> tuple[Person | None, Person | None]:
    m = _RE_PRESIDES.search(text)
    if not m:
        return None, None
    before = [p for p in people if p.evidence.end <= m.start() and m.start() - p.evidence.start < 400]
    if not before:
        return None, None
    behalf = _RE_ON_BEHALF.search(text, before[0].evidence.start, m.start())
    if behalf:
        chief = [p for p in before if p.evidence.end <= behalf.start()]
        delegator = next((p for p in before if p.evidence.start >= behalf.end() - 1), None)
        if chief:
            return chief[-1], delegator
    return before[-1], None
