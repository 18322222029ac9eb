"""Property tests (hypothesis) over the input side: Thai dates in every era and form, normalization of
hard-wrapped and dirty text, extraction of mutated corpus articles, and reading arbitrary bytes.

The long runs (10,000 examples each, ``make fuzz``) are marked ``fuzz`` and left out of the default run; a
quick, derandomized variant of the extraction and reading properties (300 examples) runs by default, as
issue 2 asks ("extraction never raises on arbitrary text"). Complements tests/test_fuzz.py (seed
mutations, 1957-2100 dates, date/time finders): here the whole Buddhist-era range, every corpus article,
wrapped paragraphs and foreign encodings.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pythainlp.util import arabic_digit_to_thai_digit

from pipeline import sources, thai
from pipeline.errors import InputError
from pipeline.extract import extract
from pipeline.orgs import Reference
from tests.fuzz_support import LONG, fuzz_settings

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("articles*/*.txt"))]
CORPUS += [p.read_text("utf-8") for p in sorted((ROOT / "sources").glob("*.txt"))]
QUICK = 300


def variant(examples: int) -> settings:
    return fuzz_settings(examples, HealthCheck.filter_too_much)


BOTH = pytest.mark.parametrize(
    "examples", [pytest.param(QUICK, id="quick"), pytest.param(LONG, id="long", marks=pytest.mark.fuzz)]
)
LONG_ONLY = pytest.mark.parametrize("examples", [pytest.param(LONG, id="long", marks=pytest.mark.fuzz)])


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference.load()


# --- dates: parse(format(d)) == d over the whole Buddhist era the parser reads ------------------------

# Four-digit years from 2400 are Buddhist era (CE 1857..9456); a 2-digit year is 25xx (CE 1957..2056).
EVERY_BE_DATE = st.dates(dt.date(1857, 1, 1), dt.date(9456, 12, 31))
SHORT_YEAR_DATE = st.dates(dt.date(1957, 1, 1), dt.date(2056, 12, 31))


@st.composite
def written_dates(draw) -> tuple[dt.date, str]:
    short_year = draw(st.booleans())
    date = draw(SHORT_YEAR_DATE if short_year else EVERY_BE_DATE)
    text = thai.format_thai_date(
        date, weekday=draw(st.booleans()), abbreviated=draw(st.booleans()), short_year=short_year
    )
    if draw(st.booleans()):
        text = arabic_digit_to_thai_digit(text)
    return date, text


@LONG_ONLY
def test_parse_of_format_is_the_date_in_every_era(examples: int) -> None:
    @variant(examples)
    @given(written_dates(), st.sampled_from(["", "เมื่อ", "วันนี้ (", "ประกาศเมื่อ\n", "ข่าว "]))
    def prop(dated, before):
        date, text = dated
        assert thai.parse_date(text) == date, text
        normalized = thai.normalize(before + text)
        [mention] = [m for m in thai.find_dates(normalized) if m.date]
        assert (mention.date, mention.weekday_matches) == (date, True)
        assert normalized[mention.start : mention.end] == mention.text

    prop()


# --- normalization of hard-wrapped, dirty text -----------------------------------------------------------

WORDS = [
    "รางวัล",
    "รัฐบาลดิจิทัล",
    "สำนักงาน",
    "ปลัดกระทรวง",
    "อุตสาหกรรม",
    "ได้รับ",
    "เข้ารับ",
    "ประจำปี",
    "๒๕๖๖",
    "2566",
    "“Data",
    "Governance”",
    "ณ",
    "ทำเนียบรัฐบาล",
    "เ",
    "\u0e34",
    "\u0e48",
]
DIRT = ["", "", "", "\u200b", "\u00a0", "\ufeff", "\u00ad", "\r", " ", "  ", "\t", "\u3000", "\u0e38\u0e48"]


@st.composite
def wrapped_text(draw) -> str:
    """Paragraphs hard-wrapped at a random width (lines of nearly equal length), with dirt between words."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
        text = "".join(w + draw(st.sampled_from(DIRT)) + draw(st.sampled_from(["", " "])) for w in words)
        width = draw(st.integers(5, 90))
        lines = [text[i : i + width] for i in range(0, len(text), width)]
        paragraphs.append(draw(st.sampled_from(["\n", "\r\n", " \n"])).join(lines))
    return draw(st.sampled_from(["\n\n", "\n\n\n\n", "\r\n\r\n", "\n \n"])).join(paragraphs)


@LONG_ONLY
def test_normalize_is_idempotent_on_wrapped_dirty_text(examples: int) -> None:
    @variant(examples)
    @given(st.one_of(wrapped_text(), st.text(max_size=400)))
    def prop(text):
        once = thai.normalize(text)
        assert thai.normalize(once) == once
        assert not set("\u200b\u00a0\ufeff\u00ad\r\u3000๐๑๒๓๔๕๖๗๘๙") & set(once)
        assert "\n\n\n" not in once and "  " not in once

    prop()


# --- extraction of mutated corpus articles ----------------------------------------------------------------


@st.composite
def mutated_articles(draw) -> str:
    """A corpus article cut, with lines dropped, duplicated or swapped, digits made Thai, line ends made CRLF,
    or random text spliced in."""
    text = draw(st.sampled_from(CORPUS))
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(["drop", "dup", "swap", "splice", "cut-line"]))
        at = draw(st.integers(0, len(lines) - 1))
        if op == "drop" and len(lines) > 1:
            del lines[at]
        elif op == "dup":
            lines.insert(at, lines[at])
        elif op == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "splice":
            lines[at] = lines[at][: len(lines[at]) // 2] + draw(st.text(max_size=30)) + lines[at][len(lines[at]) // 2 :]
        else:
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    if draw(st.booleans()):
        text = arabic_digit_to_thai_digit(text)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


def check_extract(text: str, ref: Reference) -> None:
    article = extract(sources.RawSource(sources.Source("fuzz.txt", "0" * 64), text), ref)  # must not raise
    assert article.text == thai.normalize(text)
    spans = [a.evidence for a in article.awards] + [e.evidence for e in article.events]
    spans += [c.evidence for c in article.counts] + [i.evidence for i in article.warnings + article.errors]
    for span in filter(None, spans):
        assert article.text[span.start : span.end] == span.text, span


@BOTH
def test_extract_never_raises_on_mutated_corpus_articles(examples: int, ref: Reference) -> None:
    @variant(examples)
    @given(mutated_articles())
    def prop(text):
        check_extract(text, ref)

    prop()


@BOTH
def test_extract_never_raises_on_arbitrary_text(examples: int, ref: Reference) -> None:
    @variant(examples)
    @given(st.text(max_size=600))
    def prop(text):
        check_extract(text, ref)

    prop()


# --- reading any bytes: a usable article or an InputError naming the file -------------------------------

SAMPLE = (ROOT / "tests" / "fixtures" / "bad" / "count-mismatch.txt").read_text("utf-8")


def _labels():
    """Any text, and the character-set labels a sidecar may hold: real ones, and codecs that are no charset."""
    real = ["utf-8", "tis-620", "windows-874", "iso-8859-1", "utf-16", "cp1252", "rot13", "hex", "idna", "undefined"]
    return st.one_of(st.text(max_size=12), st.sampled_from(real))


@st.composite
def article_bytes(draw) -> bytes:
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp874", "latin-1"]))
    text = SAMPLE[: draw(st.integers(0, len(SAMPLE)))]
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    return data


@BOTH
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_reading_any_bytes_gives_an_article_or_a_named_input_error(examples: int, tmp_path: Path, suffix) -> None:
    path, sidecar = tmp_path / f"article{suffix}", tmp_path / "article.meta.json"

    @variant(examples)
    @given(
        st.one_of(article_bytes(), st.binary(max_size=300)),
        st.one_of(
            st.none(),
            st.binary(max_size=40),
            st.dictionaries(st.sampled_from(["published", "title", "charset"]), _labels()).map(
                lambda d: json.dumps(d).encode()
            ),
        ),
    )
    def prop(data, meta):
        path.write_bytes(data)
        sidecar.unlink(missing_ok=True)
        if meta is not None:
            sidecar.write_bytes(meta)
        try:
            raw = sources.read(path)
        except InputError as exc:
            assert Path(exc.path) in (path, sidecar), exc
            assert str(exc).startswith(str(exc.path)) and exc.problem
            return
        assert raw.text.strip()

    prop()


# --- found by the long runs ------------------------------------------------------------------------------


def test_event_evidence_across_a_related_news_line(ref: Reference) -> None:
    """Found by test_extract_never_raises_on_mutated_corpus_articles (news-regional-hatyai-lertrat-2565
    with lines dropped), then reduced to these three lines."""
    check_extract(
        "เทศบาลนครหาดใหญ่ จ.สงขลา คว้ารางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม จากผลงานเครือข่ายชุมชน"
        "เฝ้าระวังและรับมือน้ำท่วม หลังเมืองหาดใหญ่เผชิญอุทกภัยใหญ่ซ้ำหลายครั้ง\nอ่านข่าวเพิ่มเติม\n\n"
        "สำหรับรางวัลเลิศรัฐ ประจำปี 2565 มีผลงานที่ได้รับรางวัลทั้งหมด 219 ผลงาน จากที่ส่งเข้าประกวด 1,043 ผลงานทั่วประเทศ",
        ref,
    )
