"""Property tests (hypothesis) over Thai dates, normalization and extraction.

Each property runs twice: a quick variant (200 examples) in the default run (``make test``), and a
long one (10,000 examples, marked ``fuzz``, excluded by default) that ``make fuzz`` runs.

Properties:
- parse(format(date)) == date for every date CE 1957..2100 in every form the module writes or reads;
- ``normalize`` never raises, leaves none of what it removes, and is idempotent (evidence offsets
  point into normalized text, so a second pass must not move them);
- ``find_dates`` / ``find_times`` / ``find_yearless_dates`` never raise and every span quotes the text;
- ``extract`` never raises on any text, ``sources.read`` + ``extract`` only raise ``InputError`` on
  any bytes, and every evidence span of every fact equals the normalized text at its offsets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util import arabic_digit_to_thai_digit

from pipeline import sources, textmatch, thai
from pipeline.errors import InputError
from pipeline.extract import extract
from pipeline.model import Evidence
from pipeline.orgs import Reference
from tests.fuzz_support import LONG, fuzz_settings

SEED = Path(__file__).parent.parent / "sources" / "thaigov-news-75771.txt"
SEED_TEXT = SEED.read_text("utf-8")
SEED_BYTES = SEED.read_bytes()

QUICK, FUZZ = 200, LONG
# The quick variant runs in `make test`; the long one only under `-m fuzz` (`make fuzz`).
RUNS = pytest.mark.parametrize(
    "examples", [pytest.param(QUICK, id="quick"), pytest.param(FUZZ, id="fuzz", marks=pytest.mark.fuzz)]
)


runs = fuzz_settings


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference.load()


# --- strategies ------------------------------------------------------------------------------------

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
ODD_SPACES = "\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u3000\x0b\x0c"
QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02\u2018\u2019\u201a\u201b\u2032\"'"
BREAKS = ["\n", "\r\n", "\r", "\t", " ", "  ", "   ", "\n\n\n", " \n ", "\t\n"]
THAI_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
THAI_WORDS = [
    "วันที่",
    "วันนี้",
    "เมื่อวานนี้",
    "ธันวาคม",
    "ธ.ค.",
    "ก.ย.",
    "กุมภาพันธ์",
    "December",
    "Wednesday,",
    "วันพฤหัสบดีที่",
    "เวลา",
    "น.",
    "นาฬิกา",
    "พ.ศ.",
    "รางวัล",
    "คว้า",
    "ได้แก่",
    "1)",
    "2)",
    "จำนวน",
    "หน่วยงาน",
    "สำนักงานปลัดกระทรวงอุตสาหกรรม",
    "กรมโรงงานอุตสาหกรรม",
    "ณ",
    "และ",
    "(",
    ")",
    "“",
    "”",
    "/",
    "-",
    ":",
    ".",
    ",",
]

TIME_WORDS = ["เวลา", "น.", "นาฬิกา", "10.30", "12.00", "9:05", "25.00", " - ", "–", "ถึง", "/"]

thai_block = st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F)
pieces = st.one_of(
    thai_block,
    st.sampled_from(THAI_MARKS),
    st.sampled_from("0123456789๐๑๒๓๔๕๖๗๘๙"),
    st.sampled_from(ZERO_WIDTH + ODD_SPACES + QUOTES),
    st.sampled_from(BREAKS),
    st.sampled_from(THAI_WORDS),
    st.sampled_from(TIME_WORDS),
    st.integers(0, 3000).map(str),
    st.characters(codec="utf-8"),  # anything at all, now and then
)
# Text weighted toward Thai: letters, marks, digits (both scripts), invisible characters, quotes,
# line breaks and tabs, and the words dates, times and awards are made of.
thai_ish = st.lists(pieces, max_size=80).map("".join)


def all_evidence(obj, seen=None):
    """Every Evidence reachable from a fact (an award's recipient, an event's presider ...)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, Evidence):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from all_evidence(getattr(obj, f.name), seen)
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from all_evidence(item, seen)


def raw(text: str) -> sources.RawSource:
    return sources.RawSource(sources.Source("fuzz.txt", "0" * 64), text)


# --- (a) parse(format(date)) == date -----------------------------------------------------------------

EN_MONTHS = [m.capitalize() for m in thai.ENGLISH_MONTHS]
EN_WEEKDAYS = [w.capitalize() for w in thai.ENGLISH_WEEKDAYS]


def _english_be(d: dt.date) -> str:  # 24 December 2564
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year + thai.BE_OFFSET}"


def _gregorian(d: dt.date) -> str:  # Wednesday, December 6, 2023
    return f"{EN_WEEKDAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _numeric(d: dt.date) -> str:  # 07/12/2566
    return f"{d.day:02d}/{d.month:02d}/{d.year + thai.BE_OFFSET}"


def _glued(d: dt.date) -> str:  # 13ก.ย.2562
    return thai.format_thai_date(d, abbreviated=True).replace(" ", "")


FORMS = {
    "full": lambda d: thai.format_thai_date(d),
    "abbr": lambda d: thai.format_thai_date(d, abbreviated=True),
    "weekday": lambda d: thai.format_thai_date(d, weekday=True),
    "weekday-abbr": lambda d: thai.format_thai_date(d, weekday=True, abbreviated=True),
    "thai-digits": lambda d: arabic_digit_to_thai_digit(thai.format_thai_date(d)),
    "thai-digits-weekday-abbr": lambda d: arabic_digit_to_thai_digit(
        thai.format_thai_date(d, weekday=True, abbreviated=True)
    ),
    "glued": _glued,
    "numeric": _numeric,
    "english-month-be": _english_be,
    "gregorian": _gregorian,
    "iso": dt.date.isoformat,
}
# A 2-digit BE year is read as 25xx: it names one date only for BE 2500..2599 (CE 1957..2056).
SHORT_FORMS = {
    "short-year": lambda d: thai.format_thai_date(d, short_year=True),
    "abbr-short-year": lambda d: thai.format_thai_date(d, abbreviated=True, short_year=True),
    "weekday-abbr-short-year": lambda d: thai.format_thai_date(d, weekday=True, abbreviated=True, short_year=True),
    "thai-digits-abbr-short-year": lambda d: arabic_digit_to_thai_digit(
        thai.format_thai_date(d, abbreviated=True, short_year=True)
    ),
}
ALL_DATES = st.dates(dt.date(1957, 1, 1), dt.date(2100, 12, 31))
SHORT_DATES = st.dates(dt.date(1957, 1, 1), dt.date(2056, 12, 31))
DATED_FORMS = st.one_of(
    st.tuples(ALL_DATES, st.sampled_from(sorted(FORMS))).map(lambda t: (t[0], t[1], FORMS[t[1]])),
    st.tuples(SHORT_DATES, st.sampled_from(sorted(SHORT_FORMS))).map(lambda t: (t[0], t[1], SHORT_FORMS[t[1]])),
)


def check_round_trip(date: dt.date, form: str, write, before: str, after: str) -> None:
    written = write(date)
    assert thai.parse_date(written) == date, (form, written)
    # In a sentence: found once, at its place, quoting the normalized form, with its weekday.
    text = thai.normalize(before + written + after)
    (mention,) = [m for m in thai.find_dates(text) if m.date is not None]
    assert mention.date == date, (form, written)
    assert text[mention.start : mention.end] == mention.text == thai.normalize(written)
    assert mention.weekday_matches
    if "weekday" in form or form == "gregorian":
        assert mention.weekday_stated == date.weekday()
    assert mention.era == ("CE" if form in ("gregorian", "iso") else "BE")


@RUNS
def test_parse_of_format_is_the_date(examples: int) -> None:
    @runs(examples)
    @given(
        DATED_FORMS, st.sampled_from(["", "เมื่อ", "ประกาศ ", "ณ ", "(", "x "]), st.sampled_from(["", " ", ")", " เวลา"])
    )
    def prop(dated, before, after):
        date, form, write = dated
        check_round_trip(date, form, write, before, after)

    prop()


# --- (b) normalize ------------------------------------------------------------------------------------

GONE = set(ZERO_WIDTH + ODD_SPACES + "\r" + "๐๑๒๓๔๕๖๗๘๙" + QUOTES.replace('"', "").replace("'", ""))


def check_normalize(text: str) -> None:
    once = thai.normalize(text)
    assert thai.normalize(once) == once, "normalize is not idempotent"
    assert not GONE & set(once), sorted(GONE & set(once))
    assert "  " not in once and "\n\n\n" not in once
    assert once == once.strip()


@RUNS
def test_normalize_never_raises_and_is_idempotent(examples: int) -> None:
    @runs(examples)
    @given(thai_ish)
    def prop(text):
        check_normalize(text)

    prop()


# --- (c) date and time finding -----------------------------------------------------------------------------


def check_finders(text: str) -> None:
    text = thai.normalize(text)
    for m in thai.find_dates(text):
        assert text[m.start : m.end] == m.text, m
        assert (m.date is None) == (m.error is not None), m
    times = thai.find_times(text)
    for m in times:
        assert text[m.start : m.end] == m.text, m
        assert len(m.time) == 5 and m.time <= "23:59", m
    # find_times looks only around its cue words (a speed-up): it must find what a scan of the whole
    # text with its pattern finds, less the impossible clock values.
    assert [(m.start, m.end) for m in times] == [
        (m.start(), m.end())
        for m in thai.TIME_RE.finditer(text)
        if int(m.group("h") or m.group("bh")) < 24 and int(m.group("mi") or m.group("bmi")) < 60
    ]
    # find_dates tries its pattern only before a month name, a dash or a slash (a speed-up): it must find what a
    # scan of the whole text finds, whether the text is the one the shared index read or not.
    whole = [m.span() for m in thai.DATE_RE.finditer(text)]
    assert [m.span() for m in thai._date_matches(text)] == whole
    textmatch.INDEX.read(text)
    assert [m.span() for m in thai._date_matches(text)] == whole
    for m in thai.find_yearless_dates(text, dt.date(2023, 12, 7)):
        assert text[m.start : m.end] == m.text, m
        assert m.date <= dt.date(2023, 12, 7)


@RUNS
def test_date_and_time_spans_quote_the_text(examples: int) -> None:
    @runs(examples)
    @given(thai_ish)
    def prop(text):
        check_finders(text)

    prop()


# --- (d) extraction -----------------------------------------------------------------------------------


def check_article(text: str, ref: Reference) -> None:
    article = extract(raw(text), ref)  # documented never to raise: problems land in article.errors
    assert article.text == thai.normalize(text)
    for ev in all_evidence(article):
        assert 0 <= ev.start <= ev.end <= len(article.text), ev
        assert article.text[ev.start : ev.end] == ev.text, ev


@st.composite
def seed_mutations(draw) -> str:
    """The seed article, truncated at a random point, with random slices deleted and text inserted."""
    text = SEED_TEXT
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    for _ in range(draw(st.integers(0, 4))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        if draw(st.booleans()):
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        else:
            text = text[:at] + draw(thai_ish) + text[at:]
    return text


@RUNS
def test_extract_never_raises_on_thai_ish_text(examples: int, ref: Reference) -> None:
    @runs(examples)
    @given(thai_ish)
    def prop(text):
        check_article(text, ref)

    prop()


@RUNS
def test_extract_never_raises_on_mutated_seed(examples: int, ref: Reference) -> None:
    @runs(examples)
    @given(seed_mutations())
    def prop(text):
        check_article(text, ref)

    prop()


@RUNS
def test_reading_mutated_seed_bytes_raises_only_input_error(examples: int, ref: Reference, tmp_path: Path) -> None:
    """Bytes cut anywhere (also inside a UTF-8 sequence) or spliced: a usable article or an InputError."""
    path = tmp_path / "article.txt"

    @runs(examples)
    @given(st.integers(0, len(SEED_BYTES)), st.binary(max_size=8), st.integers(0, len(SEED_BYTES)))
    def prop(cut, junk, at):
        data = SEED_BYTES[:cut]
        at = min(at, len(data))
        path.write_bytes(data[:at] + junk + data[at:])
        try:
            source = sources.read(path)
        except InputError as exc:
            assert str(exc).startswith(str(path)), exc  # the message names the file
            return
        check_article(source.text, ref)

    prop()


# --- found by the properties --------------------------------------------------------------------------


def test_event_evidence_when_the_thai_name_comes_before_the_programme(ref: Reference) -> None:
    """Found by test_extract_never_raises_on_mutated_seed (the seed with one letter of the name deleted)."""
    text = "สำนักงานปลัดกระทรวงอุตสาหกรรม คว้ารางวัลดีเด่นประจำปี 2566 “Digital Government Awards 2023”"
    check_article(text, ref)
