"""Thai text: normalization, dates, times and weekdays as Thai government news writes them.

Month and weekday names come from pythainlp; what is here is the
grammar of how articles combine them (weekday prefixes, glued abbreviations, 2-digit
Buddhist-era years, relative dates with the real date in brackets, posting stamps).
Everything works on the *normalized* text, so evidence offsets point into one string.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from pythainlp.util.date import thai_abbr_months, thai_full_months, thai_full_weekdays

from pipeline.textmatch import INDEX, Words, occurrences, trie_pattern

BE_OFFSET = 543

# --- normalization -----------------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u3000\x0b\x0c"), " ")
_QUOTES = {
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02"), '"'),
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'"),
}
_TRANSLATE = {**_ZERO_WIDTH, **_SPACES, **_QUOTES}

_THAI = "\u0e00-\u0e7f"
_THAI_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # vowels and tone marks written above/below a consonant
_LEADING_VOWEL = "\u0e40-\u0e44"  # เ แ โ ใ ไ: always followed by their consonant
# A wide gap (a tab, or three spaces or more) separates the columns of a table copied from a page:
# it becomes one tab, so tables stay readable; other runs of spaces become one space.
# (Each alternative starts with a definite character, which lets the regex engine skip text fast.)
_RE_GAP = re.compile(r" +\t[ \t]*|\t[ \t]*|   +")
_RE_LINE_EDGES = re.compile(r"[ \t]+\n[ \t]*|\n[ \t]+")
_RE_BLANKS = re.compile(r"\n{3,}")
_ARABIC_DIGIT = {chr(0x0E50 + i): str(i) for i in range(10)}  # ๐-๙ to 0-9
_RE_SPECIAL = re.compile("[" + "".join(chr(c) for c in _TRANSLATE) + "]")
_LEADING = frozenset(chr(c) for c in range(0x0E40, 0x0E45))
_MARKS = frozenset(
    "\u0e31" + "".join(chr(c) for c in range(0x0E34, 0x0E3B)) + "".join(chr(c) for c in range(0x0E47, 0x0E4F))
)
# A Thai word never ends with a leading vowel or with mai han-akat (ั needs its final consonant: รางวั|ล), and
# never starts with a combining mark or with sara a, sara aa, sara am, lakkhangyao (ะ า ำ ๅ: ประจ|ำปี).
_NO_WORD_END = _LEADING | {"\u0e31"}
_NO_WORD_START = _MARKS | {"\u0e30", "\u0e32", "\u0e33", "\u0e45"}


def _replace_special(text: str) -> str:
    """Each special character (zero-width, odd space, curly quote) replaced. str.translate is slow on Thai
    text, and a regex substitution calls back into Python per character: an article has a few distinct ones,
    each replaced everywhere with str.replace, found by a search that resumes where the last one was found
    (the text before it has none)."""
    m = _RE_SPECIAL.search(text)
    while m:
        text = text.replace(m.group(), _TRANSLATE[ord(m.group())] or "")
        m = _RE_SPECIAL.search(text, m.start())
    return text


# A line break that cannot be a word boundary: after a leading vowel or ั, before a combining mark or a
# following vowel (ะ า ำ ๅ). The pattern starts with the line break, which lets the regex engine skip text fast.
_RE_BROKEN_WORD = re.compile(
    rf"\n(?:(?<=[{''.join(sorted(_NO_WORD_END))}]\n)(?=[{_THAI}])"
    rf"|(?<=[{_THAI}]\n)(?=[{''.join(sorted(_NO_WORD_START))}]))"
)
# A space or tab at a line's edge (" \n", "\n ", "\t\n", "\n\t"), found from the line break: one fast scan
# instead of four substring searches.
_RE_EDGE = re.compile(r"\n(?:[ \t]|(?<=[ \t]\n))")
# _RE_EDGE or _RE_BROKEN_WORD: whether either can find anything, in one scan.
_RE_LINE_WORK = re.compile(_RE_EDGE.pattern + "|" + _RE_BROKEN_WORD.pattern)


# A bulleted line, then a line indented under it: "- กรมบังคับคดี\n  รางวัลเลิศรัฐ สาขาบริการภาครัฐ"
_RE_ITEM_INDENT = re.compile(r"\n[ \t]*[-•*▪●◦■][ \t][^\n]*\n[ \t]+[^\s\-•*▪●◦■]")
_RE_ITEM_LINE = re.compile(r"[ \t]*[-•*▪●◦■][ \t]")


def _indented_paragraphs(text: str) -> str:
    """A press release copied from a PDF marks a paragraph by indenting its first line (a tab here, after the wide
    gap rule), not by a blank line: such a line after a flush one starts a paragraph (so that each paragraph's
    wrapped lines can be joined, its short last line no longer in the next one's way). Only in a text with two
    such lines or more and flush lines of body text (a lone indented line is a centred caption or signature); a
    short indented line, or one under a list's item, is the item's ("1. กรมการแพทย์\n   ผลงาน : …")."""
    lines = text.split("\n")
    starts = [
        i
        for i in range(1, len(lines))
        if lines[i][:1] == "\t"
        and len(lines[i]) >= 40
        and "\u0e01" <= lines[i][1:2] <= "\u0e4e"
        and not lines[i].startswith(_ITEM_LABELS, 1)
        and lines[i - 1].strip()
        and lines[i - 1][:1] not in " \t"
        and not _RE_BULLETED.match(lines[i - 1])
    ]
    if len(starts) < 2 or sum(len(line) >= 40 and line[:1] not in " \t" for line in lines) < 3:
        return text
    for i in reversed(starts):
        lines.insert(i, "")
    return "\n".join(lines)


def _join_indented_items(text: str) -> str:
    """A list item's lines indented under its bullet are the item's: one line each item (as Markdown reads it)."""
    out: list[str] = []
    item = False  # whether the line out[-1] is a bulleted item's
    for line in text.split("\n"):
        if item and line[:1] in " \t" and line.strip() and not _RE_ITEM_LINE.match(line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            continue
        item = bool(_RE_ITEM_LINE.match(line))
        out.append(line)
    return "\n".join(out)


def _join_broken_words(text: str) -> str:
    """Drop a line break that cannot be a word boundary: after a leading vowel or ั, before a combining mark
    or a following vowel (ะ า ำ ๅ)."""
    return _RE_BROKEN_WORD.sub("", text)


def normalize(text: str) -> str:
    """One canonical form of an article, so patterns and offsets are written against one shape.

    NFC; Thai digits to Arabic; zero-width characters removed; NBSP and other spaces to a space; a wide gap
    (tab, 3+ spaces: a table's columns) to one tab;
    curly and angle quotes to straight ones; CRLF to LF; hard line breaks inside a phrase joined;
    repeated spaces collapsed; at most one blank line between paragraphs.
    """
    text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for thai_digit, digit in _ARABIC_DIGIT.items():  # ten substring tests: far faster than a regex scan, and
        if thai_digit in text:  # str.replace far faster than str.translate (pythainlp's) on Thai text
            text = text.replace(thai_digit, digit)
    replaced = _replace_special(text)
    # A removed zero-width character may have kept a letter and its mark apart: NFC again (it may compose or
    # reorder them). The other replacements put one character NFC never composes (a space, a straight quote)
    # for another: the text is still NFC, and most articles with curly quotes are spared a pass.
    text = unicodedata.normalize("NFC", replaced) if len(replaced) != len(text) else replaced
    if "   " in text or "\t" in text:  # each pass only when it has work: most articles need few of them
        text = _RE_GAP.sub("\t", text)
    while "  " in text:  # runs of spaces to one: str.replace, pair by pair, is faster than a regex here
        text = text.replace("  ", " ")
    # One scan of the line breaks for both kinds of work on them (most articles need neither): a space or tab at
    # a line's edge, or a break inside a word. The steps between make no new break inside a word.
    line_work = "\n" in text and _RE_LINE_WORK.search(text) is not None
    if line_work and _RE_EDGE.search(text):
        text = _join_indented_items(text) if _RE_ITEM_INDENT.search(text) else text
        text = _RE_LINE_EDGES.sub("\n", _indented_paragraphs(text) if "\n\t" in text else text)
    if "\n\n\n" in text:  # before joining lines: a paragraph that starts with a blank line is never joined
        text = _RE_BLANKS.sub("\n\n", text)
    if "\n" in text:
        # Blank lines at either end first: a paragraph read with them is not read as wrapped, and once
        # the final strip removed them a second pass would join it (normalize must be idempotent).
        text = text.strip()
        joined = _join_wrapped_lines(_join_broken_words(text) if line_work else text)
        # NFC again when a line break was removed: two combining marks it kept apart may now stand in
        # non-canonical order, and normalize must be idempotent (offsets depend on it). The steps before
        # only replace digits or whitespace and never join two characters: the text is still in NFC.
        if joined is not text:
            text = unicodedata.normalize("NFC", joined)
    return text.strip()


WRAP_WIDTH = 140  # the widest line a hard-wrapped page has (PDFs, e-mail, narrow columns: 40-100 characters); lines
# of one length above it are paragraphs of their own ("สำนักงานปลัด… ได้รับรางวัล…\nกรมส่งเสริม… ได้รับรางวัล…")


def _join_wrapped_lines(text: str) -> str:
    """Join lines of hard-wrapped paragraphs (most lines of a paragraph filled to one width).

    Short lines (headlines, list items one per line) are left alone: only a paragraph whose
    lines all but the last reach at least 85% of its widest line counts as wrapped.
    """
    paragraphs = text.split("\n\n")
    joined = False
    for i, para in enumerate(paragraphs):
        if para.count("\n") < 2:  # fewer than 3 lines: counted without splitting
            continue
        lines = para.split("\n")
        if sum(1 for line in lines if _RE_NUMBERED_LINE.match(line)) >= 2:
            continue  # "1) กรม… รางวัล…\n2) …": numbered items, one a line, however wide
        bullets = _item_bullets(lines)
        if bullets:  # a list, never one wrapped paragraph, though its items may fill one width
            items = _join_wrapped_items(lines, bullets)
            if items is not None:
                paragraphs[i], joined = items, True
            continue
        width = max(len(line) for line in lines)
        body = lines[:-1]
        if 40 <= width <= WRAP_WIDTH and all(len(line) >= 0.85 * width for line in body) and not _stamp(lines[-1]):
            paragraphs[i], joined = _join(lines), True
    return "\n\n".join(paragraphs) if joined else text


_RE_STAMP_LINE = re.compile(
    r"(?:วันที่\s?)?\d{1,2}\s?[ก-๛.]{2,12}\s?\d{2,4}(?:\s?(?:เวลา\s?)?\d{1,2}[.:]\d{2}(?:\s?น\.)?)?"
)


_RE_NUMBERED_LINE = re.compile(r"\s*\d{1,2}[.)]\s")


def _stamp(line: str) -> bool:
    """A line that is a date alone ("วันที่ 11 ธันวาคม 2567") under a release's headline and number, or a posting label
    and its date ("เผยแพร่: 30 ตุลาคม 2568 เวลา 11:20 น. | อ่าน 632 ครั้ง"): the release's stamp, not the end of a wrapped
    sentence (three lines under 85% of one width are too few to tell a wrapped paragraph)."""
    return (len(line) <= 40 and _RE_STAMP_LINE.fullmatch(line.strip()) is not None) or bool(_RE_POSTED.match(line))


_RE_POSTED = re.compile(r"\s*(?:เผยแพร่|โพสต์|อัปเดต|ปรับปรุง|ลงวันที่|วันที่ลงข่าว)\s?(?:เมื่อ)?\s?:?\s?\d")


# A bulleted line (▪ • - ✅ 1. 2)); a line starting with these words is a label or a group, not the rest of a name.
_RE_BULLETED = re.compile(r"[^\w\s\"'(\[]|\d{1,2}[.)]\s")
_ITEM_LABELS = (
    *("ระดับ", "สาขา", "ประเภท", "รางวัล", "ผลงาน", "จาก", "โดย", "ได้แก่", "ด้าน", "หมายเหตุ", "ที่มา"),
    *("อำเภอ", "อ.", "จังหวัด", "จ.", "เขต", "ภาค", "กลุ่ม", "โซน"),
)
_NOT_ITEM_BULLETS = frozenset("0123456789*#")  # a numbered or a bold or Markdown heading's first character
_CLOSED = ('"', "”", "'", "’", ")")  # an item that ends so is whole: a page wraps a name, not after its closing mark
WRAPPED_ITEM = 30  # the longest rest of an item that a narrow page wraps onto a line of its own


def _item_bullets(lines: list[str]) -> set[str]:
    """The bullets that start two lines or more of a paragraph: its items' (a bold heading's ** or a numbered
    heading's digit are not)."""
    bullets = [  # (a line starting with a Thai letter, most of them, is tested no further)
        line[0]
        for line in lines
        if line
        and not "\u0e01" <= line[0] <= "\u0e4e"
        and line[0] not in _NOT_ITEM_BULLETS
        and _RE_BULLETED.match(line)
    ]
    return {b for b in bullets if bullets.count(b) > 1}


def _join_wrapped_items(lines: list[str], items: set[str]) -> str | None:
    """ "▪ กรมการแพทย์แผนไทยและการแพทย์\nทางเลือก\n▪ …": an item of a bulleted list that a narrow page wrapped.
    A short line of Thai words, between an item and the next item (or the paragraph's end), is the rest of the
    item above it, unless it starts a label of its own (ผลงาน…, อำเภอ…)."""
    out, changed = [lines[0]], False
    for i in range(1, len(lines)):
        line = lines[i]
        if (
            len(line) <= WRAPPED_ITEM
            and "\u0e01" <= line[:1] <= "\u0e4e"
            and out[-1][:1] in items
            and not out[-1].endswith(_CLOSED)  # ('… ผลงาน "X"\nกรมการพัฒนาชุมชน\n- …': the next group's heading)
            and (i + 1 == len(lines) or lines[i + 1][:1] in items)
            and not line.startswith(_ITEM_LABELS)
        ):
            out[-1], changed = _join([out[-1], line]), True
        else:
            out.append(line)
    return "\n".join(out) if changed else None


_RE_LAST_THAI_WORD = re.compile("[\u0e01-\u0e4e]+$")


def ends_mid_word(text: str) -> str | None:
    """The broken word if the text stops inside one ("…ด้านการเปิดเผยข้อมู"), else None.

    pythainlp segments the last run of Thai letters; a last piece its dictionary does not know is
    half a word. (A name may also be unknown: callers ask only when the text stops inside a fact.)"""
    m = _RE_LAST_THAI_WORD.search(text.rstrip()[-40:])
    if not m:
        return None
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize

    last = word_tokenize(m.group(0), engine="newmm")[-1]
    return None if last in thai_words() else last


def _join(lines: list[str]) -> str:
    """Thai words run on without a space, so a line break between two Thai letters is dropped; but an abbreviation
    or an honorific that opens the next line opened a word after a space ("รองเลขาธิการคณะกรรมการ\nป.ป.ช.")."""
    joined = lines[0]
    for line in lines[1:]:
        thai_both = joined[-1:] and "\u0e00" <= joined[-1] <= "\u0e7f" and "\u0e00" <= line[:1] <= "\u0e7f"
        joined += ("" if thai_both and not _RE_OPENS_WORD.match(line) else " ") + line
    return joined


_RE_OPENS_WORD = re.compile(r"[ก-ฮ]{1,3}\.(?:[ก-ฮ]{1,3}\.)*(?![ก-๛])|(?:นาย|นาง|นางสาว|ดร\.|ผศ\.|รศ\.)(?=[ก-ฮ])")


# --- dates ---------------------------------------------------------------------------------------

ENGLISH_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
ENGLISH_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
THAI_WEEKDAYS = [w.removeprefix("วัน") for w in thai_full_weekdays]  # Monday first, as datetime

_MONTHS: dict[str, int] = {}
for _i, (_full, _abbr) in enumerate(zip(thai_full_months, thai_abbr_months, strict=True), start=1):
    _MONTHS[_full] = _i
    _MONTHS[_abbr] = _i
    _MONTHS[_abbr.replace(".", "")] = _i  # ธค, มิย
for _i, _name in enumerate(ENGLISH_MONTHS, start=1):
    _MONTHS[_name] = _i
    _MONTHS[_name[:3]] = _i
_MONTHS["sept"] = 9
_MONTHS["พฤศจิกา"] = 11  # spoken short forms seen in news
_MONTHS["ธันวา"] = 12

_WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(THAI_WEEKDAYS):
    _WEEKDAYS[_name] = _i
_WEEKDAYS["พฤหัส"] = 3
WEEKDAY_NUMBERS = dict(_WEEKDAYS)  # Thai weekday name (without วัน) -> Monday = 0, as datetime
for _i, _name in enumerate(ENGLISH_WEEKDAYS):
    _WEEKDAYS[_name] = _i
    _WEEKDAYS[_name[:3]] = _i


def _alt(names) -> str:
    return trie_pattern(set(names))


def _first_chars(names) -> str:
    """The first letters of names, written for a character class."""
    return "".join(re.escape(c) for c in sorted({n[0] for n in names}))


# Without re.IGNORECASE (it makes scanning Thai text several times slower): English names are listed
# as written, lower-case and capitalized.
_MONTH_NAMES = {*_MONTHS, *(n.capitalize() for n in _MONTHS if n.isascii())}
_THAI_MONTHS = sorted(n for n in _MONTH_NAMES if not n.isascii())
_MONTH_ALT = _alt(_MONTH_NAMES)
_THAI_WD_ALT = _alt(n for n in _WEEKDAYS if not n.isascii())
_EN_WD_ALT = _alt({*(n for n in _WEEKDAYS if n.isascii()), *(n.capitalize() for n in _WEEKDAYS if n.isascii())})

_RE_THAI_WEEKDAY = rf"(?:วัน)?(?P<wd>{_THAI_WD_ALT})(?:\s*ที่)?\s*"
_RE_EN_WEEKDAY = rf"(?P<wd_en>{_EN_WD_ALT})\.?,?\s+"
# Every date form starts at a digit (day first: 8 กันยายน 2565, 13ก.ย.2562, 17 พ.ย. 68, 24 December 2564,
# 7 ธ.ค. พ.ศ. 2566, 07/12/2566) or, in English text, at a month (December 6, 2023). A pattern that starts
# with a digit class lets the regex engine skip Thai text fast; the weekday written before a date is read
# backwards from it.
# "ระหว่างวันที่ 12-13 ธันวาคม 2566" is a range; its first day is the date.
_RE_DMY = (
    rf"(?:(?:\s?[-–]\s?\d{{1,2}})?\s*(?P<m>{_MONTH_ALT})(?![ก-๛a-z])\.?\s*"
    rf"(?:พ\.\s?ศ\.\s*|ค\.\s?ศ\.\s*)?(?P<y>\d{{4}}|\d{{2}})(?!\d))"
)
_RE_NUM = r"(?:[/-](?P<m3>\d{1,2})[/-](?P<y3>\d{4}|\d{2})(?![\d/]))"
# The day is written \d\d? (not \d{1,2}, the same thing): a pattern whose first item is a character class
# lets the regex engine skip to the next digit in C; a repeat first makes it try every position of the text.
# The lookahead after the day holds the characters either form can go on with (a space, a dash, a slash,
# a month's first letter): it is implied by the rest of the pattern, and fails fast at the many digits of
# numbers that are no dates (the engine tries every digit of "2566" as a day).
DATE_RE = re.compile(rf"(?P<d>\d\d?)(?=[\s\-–/{_first_chars(_MONTH_NAMES)}])(?:{_RE_DMY}|{_RE_NUM})")
_EN_MONTH_ALT = _alt(n for n in _MONTH_NAMES if n.isascii())
_RE_MDY = (
    rf"(?P<m2>{_EN_MONTH_ALT})"
    r"\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})(?!\d)"
)
EN_DATE_RE = re.compile(_RE_MDY)
_RE_EN_MONTH = re.compile(_EN_MONTH_ALT)
_RE_LATIN_MONTH = re.compile(r"[JFMASONDjfmasond][a-z]{2}[a-z]*\.?\s\d")
_RE_WEEKDAY_BEFORE = re.compile(rf"(?:{_RE_THAI_WEEKDAY}|{_RE_EN_WEEKDAY})$")
_RELATIVE = {"วันนี้": 0, "เมื่อวานนี้": -1, "เมื่อวาน": -1, "วานนี้": -1, "พรุ่งนี้": 1}
_RE_RELATIVE = re.compile(rf"({_alt(_RELATIVE)})\s*\(\s*$")
_RE_STAMP = re.compile(r"\s*(?:/|\|)?\s*(?:เวลา\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*น\.)?")


class DateError(ValueError):
    """A date-shaped text that is no date (31 กุมภาพันธ์ 2566)."""


# Not frozen: a frozen dataclass sets each of its nine fields through object.__setattr__, four times the cost
# of building a plain one, and every date of every article is built (no caller changes or hashes one).
@dataclass(slots=True)
class DateMention:
    """A date found in text. ``date`` is None when the text is date-shaped but impossible."""

    start: int
    end: int
    text: str
    date: dt.date | None
    weekday_stated: int | None = None  # Monday = 0, as datetime
    era: str = "BE"  # BE, CE
    relative: int | None = None  # days from the posting date: วันนี้ 0, เมื่อวานนี้ -1
    stamp_time: str | None = None  # HH:MM[:SS] of a posting stamp "15 กันยายน 2561 / 13:49:42"
    error: str | None = None

    @property
    def weekday_matches(self) -> bool:
        return self.weekday_stated is None or self.date is None or self.date.weekday() == self.weekday_stated


def year_to_ce(year: int, digits: int, *, prefer_be: bool = True) -> tuple[int, str]:
    """Thai news writes Buddhist-era years (2566, or 66 after an abbreviated month).

    Four digits above 2400 are BE; 1900-2200 are CE. Two digits are BE (66 -> 2566) unless the
    date is clearly Gregorian (English month and weekday), then 23 -> 2023.
    """
    if digits == 2:
        return (year + 2500 - BE_OFFSET, "BE") if prefer_be else (year + 2000, "CE")
    if year >= 2400:
        return year - BE_OFFSET, "BE"
    return year, "CE"


def parse_date(text: str) -> dt.date:
    """Parse one date expression (any form ``find_dates`` knows). Raises DateError."""
    found = find_dates(normalize(text))
    if not found:
        raise DateError(f"no date in {text!r}")
    mention = found[0]
    if mention.date is None:
        raise DateError(mention.error or f"not a date: {text!r}")
    return mention.date


def find_dates(text: str) -> list[DateMention]:
    """Every date in normalized text, with its stated weekday, era and relative word if any."""
    # English months are rare: one among the text's Latin letters (where an English month is written whole) says
    # whether there can be one, at a fraction of a scan of the text. Then both patterns are tried only where an
    # English month can start (and DATE_RE where a Thai one, a dash or a slash is), not scanned over the text.
    # The gate English dates were read behind (a Latin word before a digit somewhere in the text) is asked only
    # when there is one.
    months = _english_months(text)
    found = [_mention(text, m) for m in _date_matches(text, months) if not _digit_before(text, m.start())]
    english = list(_tried_at(EN_DATE_RE, text, months)) if months else ()
    if english and _RE_LATIN_MONTH.search(text):
        found += [_mention(text, m) for m in english]
        found.sort(key=lambda d: d.start)
    iso = [m for i in occurrences(text, "-") if i >= 4 and (m := _RE_ISO.match(text, i - 4))]
    if iso:  # "โพสต์เมื่อ 2023-09-25": a CMS's stamp kept by a scraper (rare: tried only where a dash is)
        found += [_iso_mention(text, m) for m in iso]
        found.sort(key=lambda d: d.start)
    return found


# Year first, four digits: "2023-09-25" (CE), or "2566-09-25" (BE), not inside a longer number or a range.
_RE_ISO = re.compile(r"(?<![\d/.\-])(?P<y>(?:19|2[0145])\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)(?![\d/]|-\d|\.\d)")


def _iso_mention(text: str, m: re.Match) -> DateMention:
    """A year-first date; a weekday before it is read as before any date."""
    start, (ytext, month, day) = m.start(), m.group("y", "m", "d")
    before = _weekday_before(text, start)
    weekday = _WEEKDAYS.get((before.group("wd") or before.group("wd_en")).lower()) if before else None
    year, era = year_to_ce(int(ytext), 4)
    date, error = _date_or_error(m.group(0), year, int(month), int(day))
    start = before.start() if before else start
    return DateMention(start, m.end(), text[start : m.end()], date, weekday, era, error=error)


# After its day (and the spaces after it), every date DATE_RE reads has a month name, or the dash of a range
# ("12-13 ธันวาคม") or of a numeric date, or a slash.
_THAI_MONTH_WORDS = Words(tuple(_THAI_MONTHS))
_SEPARATORS = ("/", "-", "–")
# Every English month name (lower-case or capitalized, whole or short) starts with its month's first three letters.
_EN_MONTH_HEADS = tuple(sorted({n[:3] for n in _MONTH_NAMES if n.isascii()}))


def _english_months(text: str) -> list[int]:
    """Where an English month name can start in ``text`` (the first three letters of one), in order. Looked for
    (str.find per head) only when the text's Latin letters hold a month name, and then only the heads they hold:
    a head in the text is whole among its Latin letters."""
    latin = INDEX.latin(text)
    if _RE_EN_MONTH.search(latin) is None:
        return []
    return sorted({i for head in _EN_MONTH_HEADS if head in latin for i in occurrences(text, head)})


def _tried_at(pattern: re.Pattern, text: str, starts: list[int]):
    """pattern.finditer(text) for a pattern whose every match starts at one of ``starts`` (in order): leftmost
    first, not overlapping."""
    done = 0
    for start in starts:
        if start >= done:
            m = pattern.match(text, start)
            if m:
                done = m.end()
                yield m


def _date_matches(text: str, months: list[int] | None = None):
    """DATE_RE.finditer(text), the pattern tried only at the digits just before a month name, dash or slash.

    The scan tried it at every digit of the text (each of a year's four, every count): most of its cost, for
    the one or two dates an article has. The same matches, in the same order: a position the pattern is not
    tried at starts no match. ``months``: where English month names can start (_english_months, asked here if
    not known)."""
    cues = _THAI_MONTH_WORDS.starts(text)
    for sep in _SEPARATORS:
        cues += occurrences(text, sep)
    cues += _english_months(text) if months is None else months
    done = 0  # every position before is read: tried, or inside a match
    for cue in sorted(cues):
        if cue < done:
            continue
        start = cue
        while start and text[start - 1].isspace():  # as \s does
            start -= 1
        pos = start - 2 if start - 2 > done else done  # a day is one or two digits
        while pos < start:  # (from start to the cue: spaces, no day)
            m = DATE_RE.match(text, pos) if text[pos].isdecimal() else None  # as \d does
            pos = m.end() if m else pos + 1
            if m:
                yield m
        done = pos if pos > cue else cue


def _digit_before(text: str, pos: int) -> bool:
    """A digit or a slash right before (part of a longer number), or an issue's number ("ฉบับที่ 58 ธันวาคม 2567": a
    magazine's masthead, the issue and its month, no day)."""
    if pos > 0 and (text[pos - 1].isdigit() or text[pos - 1] == "/"):
        return True
    end = pos - 1 if pos > 0 and text[pos - 1] == " " else pos
    return text.endswith(_ISSUE_WORDS, max(0, end - 8), end)


_ISSUE_WORDS = ("ฉบับที่", "เล่มที่", "ปีที่")


# The month is matched atomically, (?>...): otherwise "30 ธันวาคม 2565" backtracks to the spoken short form
# "30 ธันวา" (followed by "คม", not by the year) and a dated date reads as a year-less one.
# The year may follow an era word: "30 ธันวาคม พ.ศ. 2565" has a year.
_RE_YEARLESS = re.compile(
    rf"(?P<d>\d\d?)(?=[\s{_first_chars(_THAI_MONTHS)}])\s*(?P<m>(?>{_alt(_THAI_MONTHS)}))"  # as in DATE_RE
    r"(?!\.?\s*(?:[พค]\.\s?ศ\.\s*)?\d)"
)


def find_yearless_dates(text: str, published: dt.date, start: int = 0) -> list[DateMention]:
    """ "เมื่อวันที่ 8 กันยายนที่ผ่านมา": a day and month, in the year that puts it on or before publication.
    From ``start``, a line start (the body's), on: the same dates a scan of the whole text finds there, since
    a match that starts on an earlier line has only its month name after the line break."""
    found = []
    for m in _RE_YEARLESS.finditer(text, start):
        month, day = _MONTHS[m.group("m")], int(m.group("d"))
        for year in (published.year, published.year - 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if date <= published:
                found.append(DateMention(m.start(), m.end(), m.group(0), date))
                break
    return found


# The last letter a weekday written before a date can end with, before the spaces (and ที่, or . and ,) after it.
_WEEKDAY_LAST = frozenset({*(n[-1] for n in _WEEKDAYS), ".", ","})
# How far back from the end of its name a weekday before a date can start: วัน + a Thai name, an English one + ".,".
_WEEKDAY_REACH = max(len("วัน") + len(n) if not n.isascii() else len(n) + 2 for n in _WEEKDAYS)


def _weekday_before(text: str, start: int) -> re.Match | None:
    """_RE_WEEKDAY_BEFORE's search in the 24 characters before a date. The search tries the pattern at each of
    them; it is asked only when the text there ends as a weekday can ("วันที่" before most dates does not)."""
    lo = max(0, start - 24)
    tail = text[lo:start].rstrip()
    if tail.endswith("ที่"):
        tail = tail[:-3].rstrip()
    if not tail or tail[-1] not in _WEEKDAY_LAST:
        return None
    # A match's weekday ends where the tail does (a Thai one; an English one after it, before its . , and spaces):
    # it starts no further back than the longest form, so the positions before that are not tried.
    return _RE_WEEKDAY_BEFORE.search(text, max(lo, lo + len(tail) - _WEEKDAY_REACH), start)


def _mention(text: str, m: re.Match) -> DateMention:
    start = m.start()
    before = _weekday_before(text, start)
    wd = wd_en = None
    if before:
        wd, wd_en = before.group("wd", "wd_en")
        start = before.start()
    month_first = m.re is EN_DATE_RE  # (its groups asked of the pattern that matched: no dict of both's)
    english = bool(wd_en) or month_first
    month_name = None
    if month_first:
        m2, day, ytext = m.group("m2", "d2", "y2")
        month = _MONTHS[m2.lower()]
    else:
        day, month_name, ytext, m3, y3 = m.group("d", "m", "y", "m3", "y3")
        if month_name is not None:
            month = _MONTHS[month_name.lower()]
            english = english or month_name.isascii()
        else:
            month, ytext = int(m3), y3
    year, era = year_to_ce(int(ytext), len(ytext), prefer_be=not english or len(ytext) == 4)
    wd_text = (wd or wd_en or "").lower()
    weekday = _WEEKDAYS.get(wd_text) if wd_text else None
    if not month_first and month_name is None and era == "CE" and "/" in m.group(0):
        day, month = _month_first(int(day), month, year, weekday)
    # _RE_RELATIVE ends with "(" and spaces: its search is tried at every place of the window, so asked only
    # when the text before the date ends so.
    window = max(0, start - 20)
    rel = _RE_RELATIVE.search(text, window, start) if text[window:start].rstrip().endswith("(") else None
    relative = _RELATIVE[rel.group(1)] if rel else None
    # A posting stamp has its separator ("15 กันยายน 2561 / 13:49:42", or "|" as _RE_STAMP allows) in its first
    # three characters; a time without one ("2566 เวลา 10.30 น.") belongs to the sentence. (Looked for before
    # _RE_STAMP is tried: most dates have none.)
    sep = text[m.end() : m.end() + 3]
    stamp = _RE_STAMP.match(text, m.end()) if "/" in sep or "|" in sep else None
    stamp_time = ":".join(x for x in stamp.groups() if x) if stamp else None
    date, error = _date_or_error(m.group(0), year, month, int(day))
    return DateMention(start, m.end(), text[start : m.end()], date, weekday, era, relative, stamp_time, error)


def _month_first(day: int, month: int, year: int, weekday: int | None) -> tuple[int, int]:
    """A Gregorian date with slashes is day first in Thai text, but a CMS left in its American default writes
    the month first ("09/25/2023"): read so when only that reading is a date, or only it falls on the weekday
    written before it. Both readings dates on that weekday ("09/05/2023", both Tuesdays): day first."""
    if day > 12 or day == month:
        return day, month
    if month > 12:
        return (month, day) if month <= calendar.monthrange(year, day)[1] else (day, month)
    if weekday is None:
        return day, month
    try:
        as_written, swapped = dt.date(year, month, day).weekday(), dt.date(year, day, month).weekday()
    except ValueError:
        return day, month
    return (month, day) if as_written != weekday and swapped == weekday else (day, month)


def _date_or_error(written: str, year: int, month: int, day: int) -> tuple[dt.date | None, str | None]:
    """The date, or why the one written cannot be (the text's typo, reported with it)."""
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, f"impossible date {written!r} ({_why_impossible(year, month, day)})"


def _why_impossible(year: int, month: int, day: int) -> str:
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if day < 1:
        return f"there is no day {day}"
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return f"year {year} is out of range"
    days = calendar.monthrange(year, month)[1]
    return f"{ENGLISH_MONTHS[month - 1].title()} {year} has {days} days"


def format_thai_date(date: dt.date, *, weekday: bool = False, abbreviated: bool = False, short_year=False) -> str:
    """Write a date as Thai news does; the inverse of ``parse_date`` (used by property tests)."""
    months = thai_abbr_months if abbreviated else thai_full_months
    year = date.year + BE_OFFSET
    ytext = f"{year % 100:02d}" if short_year else str(year)
    text = f"{date.day} {months[date.month - 1]} {ytext}"
    return f"วัน{THAI_WEEKDAYS[date.weekday()]}ที่ {text}" if weekday else text


# --- times ---------------------------------------------------------------------------------------

_CLOCK = r"(?:\s*(?:น\.|นาฬิกา))"
_RANGE = r"\s*(?:-|–|ถึง)\s*(?P<h2>\d{1,2})[.:](?P<mi2>\d{2})"
# After เวลา the clock word is optional; a bare time (``10.30 - 12.00 น.``) needs it, or any number would do.
_TIME_WORD = rf"เวลา\s*(?P<h>\d{{1,2}})[.:](?P<mi>\d{{2}}){_CLOCK}?(?:{_RANGE})?{_CLOCK}?"
# A bare time's hour is not part of a longer number: no digit, point, comma, colon or slash before it. That is
# asked after its first digit (the two characters ending there), so the pattern starts with a digit.
_TIME_BARE = rf"(?P<bh>\d(?<![\d.,:/]\d)\d?)[.:](?P<bmi>\d{{2}})(?:{_CLOCK}|(?:{_RANGE.replace('2>', '2b>')}){_CLOCK})"
TIME_RE = re.compile(f"(?:{_TIME_WORD}|{_TIME_BARE})")
# Each form alone starts with a literal word or a digit, which lets the regex engine skip to the next place one
# can start; TIME_RE, starting with either, is tried at every position of the text searched.
_TIME_WORD_RE, _TIME_BARE_RE = re.compile(_TIME_WORD), re.compile(_TIME_BARE)


@dataclass(slots=True)  # (not frozen: as DateMention)
class TimeMention:
    start: int
    end: int
    text: str
    time: str  # HH:MM
    end_time: str | None = None


def find_times(text: str) -> list[TimeMention]:
    """``เวลา 10.30 น.``, ranges ``เวลา 10.30 - 12.00 น.``, and bare ``10.30 น.`` / ``10.30 - 12.00 น.``
    (a bare time needs its clock word); impossible clock values are skipped."""
    return list(_times(text))


def first_time(text: str, pos: int = 0) -> TimeMention | None:
    """The first of ``find_times`` in ``text[pos:]`` (its offsets in ``text``), without reading on past it."""
    if pos and (text[pos - 1].isdigit() or text[pos - 1] in ".,:/"):
        # a bare time's lookbehind would see the character before pos, which the slice hides
        first = next(_times(text[pos:]), None)
        if first:
            first.start, first.end = first.start + pos, first.end + pos
        return first
    return next(_times(text, pos), None)


def _times(text: str, pos: int = 0):
    """TIME_RE's matches with possible clock values, found from its cue words: every match holds เวลา or a clock
    word near its start, and str.find skips the rest of the text far faster than the regex can (its first item is
    a digit). Each cue is found again only when the one before it has been used: the first time is usually at the
    first cue, and a caller that wants only it does not pay for finding the rest. (One generator: each layer of
    them costs about as much as the search.)"""
    done, nowhere = pos, len(text)
    found = [text.find(cue, pos) for cue in _TIME_CUES]
    found = [nowhere if j == -1 else j for j in found]
    while (i := min(found)) < nowhere:
        m = _search_time(text, max(done, i - 40), i + 80) if i >= done else None
        if m:
            done = m.end()
            if m.re is _TIME_WORD_RE:
                start, h2, mi2 = _hhmm(m.group("h"), m.group("mi")), m.group("h2"), m.group("mi2")
            else:
                start, h2, mi2 = _hhmm(m.group("bh"), m.group("bmi")), m.group("h2b"), m.group("mi2b")
            if start is not None:
                yield TimeMention(m.start(), m.end(), m.group(0), start, _hhmm(h2, mi2) if h2 else None)
        for k, j in enumerate(found):
            if j == i:
                j = text.find(_TIME_CUES[k], i + 1)
                found[k] = nowhere if j == -1 else j


_TIME_CUES = ("เวลา", "น.", "นาฬิกา")


def _search_time(text: str, pos: int, endpos: int) -> re.Match | None:
    """TIME_RE.search(text, pos, endpos), as the match of the form that starts first (its groups are that
    form's). Each form is searched alone (the engine skips to its start). A bare time cannot hold the "เ" of
    เวลา, so one starting before the word form's match ends before it: only that stretch is searched for it."""
    word = _TIME_WORD_RE.search(text, pos, endpos)
    bare = _TIME_BARE_RE.search(text, pos, word.start() if word else endpos)
    return bare or word


def _hhmm(hours: str, minutes: str) -> str | None:
    h, mi = int(hours), int(minutes)
    return f"{h:02d}:{mi:02d}" if h < 24 and mi < 60 else None
