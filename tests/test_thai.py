"""pipeline.thai: normalization, Thai dates (every form issue 2 and issue 5 list), times, and impossible dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline import thai
from pipeline.thai import (
    DateError,
    find_dates,
    find_times,
    find_yearless_dates,
    format_thai_date,
    normalize,
    parse_date,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "fixtures").glob("articles*/*.txt")) + sorted((ROOT / "sources").glob("*.txt"))

# --- normalization ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        # NFC: a decomposed Latin letter is composed; Thai marks typed tone-first are put in canonical order
        ("e\u0301", "\u00e9"),
        ("ก\u0e48\u0e38", "ก\u0e38\u0e48"),
        # Thai digits become Arabic
        ("๒๕๖๖", "2566"),
        ("จำนวน ๑๕๐ รางวัล", "จำนวน 150 รางวัล"),
        # zero-width characters and the soft hyphen are dropped
        ("กรม\u200bโรง\u200cงาน\u200d\u2060\ufeffอุตสาหกรรม\u00ad", "กรมโรงงานอุตสาหกรรม"),
        # NBSP and other wide spaces are a space
        ("ณ\u00a0ตึกสันติไมตรี\u3000ทำเนียบ\u2009รัฐบาล", "ณ ตึกสันติไมตรี ทำเนียบ รัฐบาล"),
        # a zero-width character between a letter and its mark: dropped, then the two are composed (NFC again);
        # a space or quote put for another before a mark composes with nothing
        ("e\u200b\u0301 “x”", '\u00e9 "x"'),
        ("a\u00a0\u0301 “\u0301", 'a \u0301 "\u0301'),
        # curly, angle and prime quotes are straight ones
        ("รางวัล“Digital Government Awards”", 'รางวัล"Digital Government Awards"'),
        ("‘Data Governance’ «x» „y‟", '\'Data Governance\' "x" "y"'),
        # CRLF and CR are LF
        ("บรรทัดหนึ่ง\r\nบรรทัดสอง\rบรรทัดสาม", "บรรทัดหนึ่ง\nบรรทัดสอง\nบรรทัดสาม"),
        # a hard line break inside a word: after a leading vowel, before a combining mark
        ("สำนักงานพัฒนารัฐบาลดิจิทัล เ\nพื่อ", "สำนักงานพัฒนารัฐบาลดิจิทัล เพื่อ"),
        ("รัฐบาลดิจ\nิทัล", "รัฐบาลดิจิทัล"),
        # repeated spaces collapse; spaces at line edges go; a wide gap (a table's columns) is one tab
        ("นาย  ดุสิต   อนันตรักษ์", "นาย ดุสิต\tอนันตรักษ์"),
        ("หัวข้อ  \n   เนื้อความ", "หัวข้อ\nเนื้อความ"),
        # at most one blank line between paragraphs; nothing at either end
        ("ย่อหน้าหนึ่ง\n\n\n\n\nย่อหน้าสอง", "ย่อหน้าหนึ่ง\n\nย่อหน้าสอง"),
        ("\ufeff  \n ข่าว \n\n", "ข่าว"),
        # straight quotes stay; a BOM inside a word goes too
        ("\"data.go.th\" 'x'", "\"data.go.th\" 'x'"),
        ("ราง\ufeffวัล", "รางวัล"),
        # table columns: a tab stays, a wide gap or a mix of tabs and spaces is one tab
        ("หน่วยงาน\tรางวัล", "หน่วยงาน\tรางวัล"),
        ("หน่วยงาน     รางวัล", "หน่วยงาน\tรางวัล"),
        ("หน่วยงาน \t  รางวัล\t\tระดับ", "หน่วยงาน\tรางวัล\tระดับ"),
        # a word broken after mai han-akat or before a following vowel (sara aa, sara am) is joined too
        ("รัฐบาลดิจิทั\nล", "รัฐบาลดิจิทัล"),
        ("ประจ\nำปี", "ประจำปี"),
        ("รางวัลระดับดีเด่นประเภทองค์กรก\nารบริการ", "รางวัลระดับดีเด่นประเภทองค์กรการบริการ"),
        # ... but a break between two whole words on short lines is kept
        ("รางว\nัล\nดิจิท\nัล", "รางวัล\nดิจิทัล"),
    ],
)
def test_normalize(raw: str, normalized: str) -> None:
    assert normalize(raw) == normalized


def test_hard_wrapped_paragraph_is_joined_but_a_list_is_not() -> None:
    sentence = (
        "นายดุสิต อนันตรักษ์ ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร เป็นผู้แทนเข้ารับรางวัลรัฐบาลดิจิทัล"
        "ประจำปี 2566 จากรัฐมนตรีประจำสำนักนายกรัฐมนตรี ณ ตึกสันติไมตรี ทำเนียบรัฐบาล"
    )
    # Broken as a PDF or a narrow page breaks Thai: at word boundaries that are not spaces.
    breaks = [sentence.index("สารสนเทศ"), sentence.index("รัฐบาลดิจิทัล"), sentence.index("สำนักนายก")]
    lines = [sentence[a:b] for a, b in zip([0, *breaks], [*breaks, len(sentence)], strict=True)]
    assert all(len(line) >= 0.85 * max(map(len, lines)) for line in lines[:-1])
    assert normalize("\n".join(lines)) == sentence  # Thai on both sides of each break: joined with nothing between
    items = "ได้แก่\n1) สำนักงานเศรษฐกิจอุตสาหกรรม\n2) กรมโรงงานอุตสาหกรรม\n3) การนิคมอุตสาหกรรมแห่งประเทศไทย"
    assert normalize(items) == items  # short lines one item each are not a wrapped paragraph


def test_a_pdf_releases_indented_paragraphs_are_joined_each_on_its_own() -> None:
    """A PDF press release marks a paragraph by an indented first line, not a blank line: the short last line of
    one paragraph does not keep the next from being joined."""
    pdf = (
        "24 ชั่วโมง โดยไม่ต้องเดินทางมายังศาล ปัจจุบันมีการยื่นเอกสารผ่านระบบแล้ว\n"
        "กว่า 1.2 ล้านรายการ\n"
        "        ในพิธีเดียวกันนี้ ศาลจังหวัดเชียงใหม่ ได้รับรางวัลเลิศรัฐ สาขาบริการ\n"
        "ภาครัฐ ประเภทขยายผลการบริการ ระดับดี จากผลงานไกล่เกลี่ยออนไลน์ ลดการ\n"
        "เดินทาง ลดค่าใช้จ่าย โดยมีนางวราภรณ์ ทองสุข ผู้อำนวยการสำนักอำนวยการ\n"
        "ประจำศาลจังหวัดเชียงใหม่ เป็นผู้รับรางวัล\n"
        "        ทั้งนี้ สำนักงานศาลยุติธรรมเคยได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี\n"
        "เมื่อปี 2565 จากผลงานระบบติดตามสำนวนคดีออนไลน์ และระบบยื่นคำฟ้องออนไลน์\n"
        "ของศาลทั่วประเทศ"
    )
    paragraphs = normalize(pdf).split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1] == (
        "ในพิธีเดียวกันนี้ ศาลจังหวัดเชียงใหม่ ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทขยายผลการบริการ ระดับดี "
        "จากผลงานไกล่เกลี่ยออนไลน์ ลดการเดินทาง ลดค่าใช้จ่าย โดยมีนางวราภรณ์ ทองสุข ผู้อำนวยการสำนักอำนวยการ"
        "ประจำศาลจังหวัดเชียงใหม่ เป็นผู้รับรางวัล"
    )
    assert normalize(normalize(pdf)) == normalize(pdf)


def test_lines_indented_under_a_list_item_stay_the_items() -> None:
    items = "ผลการประกาศรางวัล\n1. กรมการแพทย์\n   ผลงาน : ระบบนัดหมายออนไลน์ของโรงพยาบาลในสังกัดทั่วประเทศ\nระดับดีเด่น"
    assert "\n\n" not in normalize(items)


def test_a_wrapped_line_that_opens_with_an_abbreviation_keeps_its_space() -> None:
    sentence = (
        "สำนักงาน ป.ป.ช. โดยนางสาวพิมพ์ลดา วงศ์ประเสริฐ รองเลขาธิการคณะกรรมการ\n"
        "ป.ป.ช. เป็นผู้แทนเข้ารับรางวัลบริการดิจิทัลภาครัฐดีเด่น ในงานประกาศผลรางวัล\n"
        "รัฐบาลดิจิทัล ประจำปี 2568 เมื่อวันจันทร์ที่ 17 พฤศจิกายน 2568 ณ โรงแรม\n"
        "เซ็นทารา แกรนด์"
    )
    joined = normalize(sentence)
    assert "รองเลขาธิการคณะกรรมการ ป.ป.ช. เป็นผู้แทน" in joined
    assert "ประกาศผลรางวัลรัฐบาลดิจิทัล" in joined  # (Thai on both sides, no abbreviation: nothing between)


def test_a_releases_headline_number_and_date_stamp_are_not_a_wrapped_paragraph() -> None:
    head = (
        "กรมการขนส่งทางบก คว้ารางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม งาน DG Awards 2024\n"
        "ข่าวประชาสัมพันธ์ กลุ่มประชาสัมพันธ์ กรมการขนส่งทางบก ฉบับที่ 412/2567\n"
    )
    for stamp in ("วันที่ 11 ธันวาคม 2567", "11 ธ.ค. 67 13.30 น.", "เผยแพร่: 11 ธันวาคม 2567 เวลา 13:30 น. | อ่าน 632 ครั้ง"):
        assert normalize(head + stamp) == head + stamp
    assert normalize(head + "วันที่ 11 ธันวาคม 2567 ทีมข่าว").count("\n") == 0  # no stamp alone: wrapped lines


def test_an_item_a_narrow_page_wrapped_is_joined_to_its_item() -> None:
    text = "▪ กรมการแพทย์แผนไทยและการแพทย์\nทางเลือก\n▪ กรมส่งเสริมสหกรณ์\n▪ เทศบาลนครหาดใหญ่ จังหวัด\nสงขลา"
    assert normalize(text) == ("▪ กรมการแพทย์แผนไทยและการแพทย์ทางเลือก\n▪ กรมส่งเสริมสหกรณ์\n▪ เทศบาลนครหาดใหญ่ จังหวัดสงขลา")
    # a group label between items, a label under an item, a heading's bold or number: each a line of its own
    for kept in (
        "- เทศบาลนครนครราชสีมา\nอำเภอปากช่อง\n- เทศบาลเมืองปากช่อง",
        "- กรมสรรพากร\nผลงาน ระบบยื่นภาษี\n- กรมศุลกากร",
        "**ระดับดีเด่น** (1 รางวัล)\nจังหวัดอุบลราชธานี\n- จังหวัดยโสธร",
        "1. รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น\n1.1 ระดับกรม\n- กรมการกงสุล\n- กรมบังคับคดี",
        # numbered items as wide as the sentence above them: one a line
        "ปลัดกระทรวงมหาดไทย กล่าวว่า รางวัลที่ได้รับในระดับดีเด่นของหน่วยงานในสังกัด มีดังนี้\n"
        "1) กรมการปกครอง รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ\n"
        "2) กรมการพัฒนาชุมชน รางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม",
        # an item whole up to its closing quote: the line under it heads the next items (a winner over its awards)
        '- สาขาบริการภาครัฐ ผลงาน "ชุมชนรู้ทันภัย"\nกรมการพัฒนาชุมชน\n- สาขาการบริหารราชการแบบมีส่วนร่วม',
    ):
        assert normalize(kept) == kept


def test_the_lines_of_an_item_indented_under_its_bullet_are_the_items() -> None:
    text = (
        "ได้แก่\n\n- กรมบังคับคดี\n  รางวัลเลิศรัฐ สาขาบริการภาครัฐ\n  ประเภทพัฒนาการบริการ ระดับดีเด่น\n"
        "- กรมราชทัณฑ์ และ\n  สำนักงานกิจการยุติธรรม\n    - หน่วยย่อย\n\nท้ายข่าว"
    )
    assert normalize(text) == (
        "ได้แก่\n\n- กรมบังคับคดี รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดีเด่น\n"
        "- กรมราชทัณฑ์ และ สำนักงานกิจการยุติธรรม\n- หน่วยย่อย\n\nท้ายข่าว"  # a nested bullet stays an item
    )


def test_long_lines_of_one_length_are_paragraphs_not_a_wrapped_one() -> None:
    line = "กรมส่งเสริมอุตสาหกรรม (กสอ.) กระทรวงอุตสาหกรรม ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ "
    text = "\n".join(f"{line}ระดับดี จากผลงานที่ {i} ซึ่งให้บริการผู้ประกอบการทั่วประเทศผ่านระบบออนไลน์" for i in range(3))
    assert normalize(text) == text  # each line over 140 characters: a page never wraps that wide


def test_a_list_of_items_of_one_width_is_not_a_wrapped_paragraph() -> None:
    items = "\n".join(f"- องค์การบริหารส่วนตำบลหนองสาหร่าย อำเภอปากช่อง จังหวัดนครราชสีมา {i}" for i in range(4))
    assert normalize(items) == items


def test_wrapped_english_lines_are_joined_with_a_space() -> None:
    line = "Digital Government Awards 2023 were presented at the"
    text = f"{line}\n{line}\n{line}\nend"
    assert normalize(text) == f"{line} {line} {line} end"


WRAPPED = "\n".join(["ก" * 50, "ข" * 48, "ค" * 46, "ง" * 5])
TWO_LINES = "\n".join(["ก" * 50, "ข" * 48])


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("\n" + WRAPPED, "ก" * 50 + "ข" * 48 + "ค" * 46 + "ง" * 5),
        ("\ufeff\n\n" + WRAPPED, "ก" * 50 + "ข" * 48 + "ค" * 46 + "ง" * 5),
        (" \n" + WRAPPED + "\n", "ก" * 50 + "ข" * 48 + "ค" * 46 + "ง" * 5),
        ("\u200b\n" + WRAPPED, "ก" * 50 + "ข" * 48 + "ค" * 46 + "ง" * 5),
        # two lines are no wrapped paragraph, with or without a line break after them
        (TWO_LINES, TWO_LINES),
        (TWO_LINES + "\n", TWO_LINES),
        ("\n\n" + TWO_LINES + "\n\n", TWO_LINES),
    ],
    ids=[
        "newline-before",
        "bom-blank-line",
        "space-line-newline-after",
        "zero-width-line",
        "two-lines",
        "two-lines-newline-after",
        "two-lines-blank-lines",
    ],
)
def test_blank_lines_around_a_paragraph_do_not_change_it(raw: str, normalized: str) -> None:
    """Blank lines at either end are gone before paragraphs are read: a wrapped paragraph is joined in the
    first pass (it was once joined only by a second normalize, which moved every offset after it)."""
    assert normalize(raw) == normalized
    assert normalize(normalized) == normalized


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_normalize_is_idempotent_on_every_article(path: Path) -> None:
    once = normalize(path.read_text("utf-8"))
    assert normalize(once) == once


@pytest.mark.parametrize(
    "raw",
    [
        "\u0e48\u200b\u0e38",  # a zero-width space between two marks: removing it leaves them out of order
        "ะ\n \u0323\u200b\u0e4b",  # the same after a line break
        "x\n\n\nกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกก\nกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกก\nก",
    ],
)
def test_normalize_is_idempotent_on_inputs_that_once_broke_it(raw: str) -> None:
    """Found by the property test: each of these gave a different text when normalized twice."""
    once = normalize(raw)
    assert normalize(once) == once


# --- dates -------------------------------------------------------------------------------------------

D = dt.date


@pytest.mark.parametrize(
    ("text", "date", "weekday", "era"),
    [
        # issue 2
        ("วันพฤหัสบดีที่ 7 ธันวาคม 2566", D(2023, 12, 7), 3, "BE"),
        ("07/12/2566", D(2023, 12, 7), None, "BE"),
        ("7-12-66", D(2023, 12, 7), None, "BE"),
        ("7 ธันวาคม 2566", D(2023, 12, 7), None, "BE"),
        ("7 ธ.ค. 2566", D(2023, 12, 7), None, "BE"),
        ("7 ธ.ค. 66", D(2023, 12, 7), None, "BE"),
        ("7 ธค 66", D(2023, 12, 7), None, "BE"),
        ("7 ธ.ค. พ.ศ. 2566", D(2023, 12, 7), None, "BE"),
        # issue 5
        ("30 พฤศจิกายน 2565", D(2022, 11, 30), None, "BE"),
        ("วันพุธที่ 16 กันยายน 2563", D(2020, 9, 16), 2, "BE"),
        ("๑๖ กันยายน ๒๕๖๔", D(2021, 9, 16), None, "BE"),
        ("17 พ.ย. 68", D(2025, 11, 17), None, "BE"),
        ("16 ก.ย.63", D(2020, 9, 16), None, "BE"),
        ("13ก.ย.2562", D(2019, 9, 13), None, "BE"),
        ("24 December 2564", D(2021, 12, 24), None, "BE"),
        ("Wednesday, December 6, 2023", D(2023, 12, 6), 2, "CE"),
        # spoken short month, English abbreviations, a short weekday
        ("6 ธันวา 2566", D(2023, 12, 6), None, "BE"),
        ("Wed, 6 Dec 2023", D(2023, 12, 6), 2, "CE"),
        ("วันพฤหัสที่ 7 ธันวาคม 2566", D(2023, 12, 7), 3, "BE"),
        ("29 กุมภาพันธ์ 2567", D(2024, 2, 29), None, "BE"),  # 2024 is a leap year
        # a CMS's stamp kept by a scraper: year first
        ("2023-09-25", D(2023, 9, 25), None, "CE"),
        ("2566-09-25", D(2023, 9, 25), None, "BE"),
        ("วันจันทร์ที่ 2023-09-25", D(2023, 9, 25), 0, "CE"),
    ],
)
def test_date_forms(text: str, date: dt.date, weekday: int | None, era: str) -> None:
    normalized = normalize(text)
    [mention] = find_dates(normalized)
    assert (mention.date, mention.weekday_stated, mention.era, mention.error) == (date, weekday, era, None)
    assert normalized[mention.start : mention.end] == mention.text == normalized  # the whole form is the evidence
    assert mention.weekday_matches
    assert parse_date(text) == date


def test_dates_inside_a_sentence_keep_their_offsets() -> None:
    text = normalize("เมื่อวันพฤหัสบดีที่ ๗ ธันวาคม ๒๕๖๖ เวลา ๑๐.๓๐ น. ณ ทำเนียบรัฐบาล และอีกครั้งเมื่อ 13ก.ย.2562")
    found = find_dates(text)
    assert [m.date for m in found] == [D(2023, 12, 7), D(2019, 9, 13)]
    assert [text[m.start : m.end] for m in found] == ["วันพฤหัสบดีที่ 7 ธันวาคม 2566", "13ก.ย.2562"]
    assert [m.text for m in found] == ["วันพฤหัสบดีที่ 7 ธันวาคม 2566", "13ก.ย.2562"]


@pytest.mark.parametrize(
    ("text", "date", "relative"),
    [
        ("วันนี้ (6 ธันวาคม 2566) เวลา 10.30 น.", D(2023, 12, 6), 0),
        ("เมื่อวานนี้ (14 กันยายน 2561) ที่ศาลากลางจังหวัดน่าน", D(2018, 9, 14), -1),
        ("เมื่อวาน ( 14 กันยายน 2561 )", D(2018, 9, 14), -1),
        ("ในวันที่ 6 ธันวาคม 2566", D(2023, 12, 6), None),
    ],
)
def test_relative_dates_carry_the_stated_date_and_the_offset(text: str, date: dt.date, relative: int | None) -> None:
    [mention] = find_dates(normalize(text))
    assert (mention.date, mention.relative) == (date, relative)


def test_posting_stamp_keeps_its_time() -> None:
    [mention] = find_dates(normalize("15 กันยายน 2561 / 13:49:42"))
    assert (mention.date, mention.stamp_time) == (D(2018, 9, 15), "13:49:42")
    [plain] = find_dates(normalize("15 กันยายน 2561 เวลา 13.49 น."))
    assert plain.stamp_time is None  # a time in the sentence is not a posting stamp


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("09/25/2023", D(2023, 9, 25)),  # only month first is a date
        ("Mon, 10/02/2023 - 14:05", D(2023, 10, 2)),  # 10 Feb 2023 was a Friday, 2 Oct a Monday
        ("Fri, 10/02/2023 - 14:05", D(2023, 2, 10)),  # day first on its weekday
        ("อังคาร 09/05/2023", D(2023, 5, 9)),  # both Tuesdays: day first, as Thai text writes it
        ("10/02/2023", D(2023, 2, 10)),
        ("10/02/2566", D(2023, 2, 10)),  # a Buddhist-era year is Thai: day first
    ],
)
def test_a_slashed_gregorian_date_is_month_first_only_when_that_alone_fits(text: str, date: dt.date) -> None:
    [mention] = find_dates(normalize(text))
    assert (mention.date, mention.error, mention.weekday_matches) == (date, None, True)


@pytest.mark.parametrize(
    ("text", "weekday", "actual"),
    [
        ("วันพฤหัสบดีที่ 6 ธันวาคม 2566", 3, 2),  # 6 Dec 2023 is a Wednesday
        ("วันจันทร์ที่ 7 ธันวาคม 2566", 0, 3),
        ("Friday, December 6, 2023", 4, 2),
    ],
)
def test_weekday_that_does_not_match_its_date(text: str, weekday: int, actual: int) -> None:
    [mention] = find_dates(normalize(text))
    assert mention.weekday_stated == weekday
    assert mention.date.weekday() == actual
    assert not mention.weekday_matches


@pytest.mark.parametrize(
    ("text", "date_text", "why"),
    [
        ("31 กุมภาพันธ์ 2566", "31 กุมภาพันธ์ 2566", "February 2023 has 28 days"),
        ("29 กุมภาพันธ์ 2566", "29 กุมภาพันธ์ 2566", "February 2023 has 28 days"),  # 2023 is not a leap year
        ("31 เมษายน 2567", "31 เมษายน 2567", "April 2024 has 30 days"),
        ("31 มิ.ย. 67", "31 มิ.ย. 67", "June 2024 has 30 days"),
        ("0 มกราคม 2566", "0 มกราคม 2566", "there is no day 0"),
        ("32/12/2566", "32/12/2566", "December 2023 has 31 days"),
        ("12/13/2566", "12/13/2566", "there is no month 13"),
        ("วันพุธที่ 30 กุมภาพันธ์ 2563", "30 กุมภาพันธ์ 2563", "February 2020 has 29 days"),
        ("2023-02-30", "2023-02-30", "February 2023 has 28 days"),
    ],
)
def test_impossible_dates_are_found_and_named(text: str, date_text: str, why: str) -> None:
    [mention] = find_dates(normalize(text))
    assert mention.date is None
    assert mention.error == f"impossible date {date_text!r} ({why})"
    assert mention.weekday_matches  # nothing to compare: the error is the impossible date, not the weekday
    with pytest.raises(DateError, match=f"impossible date '{date_text}'"):
        parse_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ไม่มีวันที่ในข้อความนี้",
        "ปี 2566",
        "เวลา 10.30 น.",
        "2566/12",
        "1,043 รางวัล",
        "ปีงบประมาณ 2566-2567",  # a range of years
        "โทร. 0-2141-2023-09-11",  # a number with dashes
        "ISBN 978-2023-09-25",
    ],
)
def test_text_without_a_date(text: str) -> None:
    assert find_dates(normalize(text)) == []
    with pytest.raises(DateError, match="no date"):
        parse_date(text)


@pytest.mark.parametrize(
    ("year", "digits", "prefer_be", "expected"),
    [
        (2566, 4, True, (2023, "BE")),
        (2023, 4, True, (2023, "CE")),
        (66, 2, True, (2023, "BE")),
        (23, 2, False, (2023, "CE")),
        (2400, 4, True, (1857, "BE")),
    ],
)
def test_year_to_ce(year: int, digits: int, prefer_be: bool, expected: tuple[int, str]) -> None:
    assert thai.year_to_ce(year, digits, prefer_be=prefer_be) == expected


@pytest.mark.parametrize(
    ("options", "text"),
    [
        ({}, "7 ธันวาคม 2566"),
        ({"abbreviated": True}, "7 ธ.ค. 2566"),
        ({"short_year": True}, "7 ธันวาคม 66"),
        ({"weekday": True}, "วันพฤหัสบดีที่ 7 ธันวาคม 2566"),
        ({"weekday": True, "abbreviated": True, "short_year": True}, "วันพฤหัสบดีที่ 7 ธ.ค. 66"),
    ],
)
def test_format_thai_date_and_back(options: dict, text: str) -> None:
    assert format_thai_date(D(2023, 12, 7), **options) == text
    assert parse_date(text) == D(2023, 12, 7)


def test_every_day_of_a_leap_year_round_trips_in_every_format() -> None:
    day = D(2024, 1, 1)
    while day.year == 2024:
        for weekday in (False, True):
            for abbreviated in (False, True):
                for short_year in (False, True):
                    text = format_thai_date(day, weekday=weekday, abbreviated=abbreviated, short_year=short_year)
                    assert parse_date(text) == day, text
        day += dt.timedelta(days=1)


ISSUE_FORMS = [
    # written, the date, the span it quotes (normalized)
    ("30 พฤศจิกายน 2565", D(2022, 11, 30), "30 พฤศจิกายน 2565"),
    ("วันพุธที่ 16 กันยายน 2563", D(2020, 9, 16), "วันพุธที่ 16 กันยายน 2563"),
    ("วันพฤหัสบดีที่ 7 ธันวาคม 2566", D(2023, 12, 7), "วันพฤหัสบดีที่ 7 ธันวาคม 2566"),
    ("๑๖ กันยายน ๒๕๖๔", D(2021, 9, 16), "16 กันยายน 2564"),
    ("17 พ.ย. 68", D(2025, 11, 17), "17 พ.ย. 68"),
    ("16 ก.ย.63", D(2020, 9, 16), "16 ก.ย.63"),
    ("13ก.ย.2562", D(2019, 9, 13), "13ก.ย.2562"),
    ("07/12/2566", D(2023, 12, 7), "07/12/2566"),
    ("24 December 2564", D(2021, 12, 24), "24 December 2564"),
    ("Wednesday, December 6, 2023", D(2023, 12, 6), "Wednesday, December 6, 2023"),
    ("12-13 ธันวาคม 2566", D(2023, 12, 12), "12-13 ธันวาคม 2566"),
]


@pytest.mark.parametrize(("written", "date", "span"), ISSUE_FORMS, ids=[f[0] for f in ISSUE_FORMS])
@pytest.mark.parametrize(
    ("before", "after"),
    [("เมื่อ", " ณ ทำเนียบรัฐบาล"), ("ข่าววันที่ ", "\nเวลา 10.30 น."), ("(", ")"), ("ประกาศผล\n\n", "")],
    ids=["glued", "newline-time", "brackets", "paragraph"],
)
def test_every_form_in_a_sentence_quotes_its_span(
    written: str, date: dt.date, span: str, before: str, after: str
) -> None:
    text = normalize(before + written + after)
    [mention] = find_dates(text)
    assert mention.date == date
    assert mention.text == span
    assert text[mention.start : mention.end] == span
    assert text.index(span) == mention.start


@pytest.mark.parametrize(
    ("text", "date", "span"),
    [
        ("12-13 ธันวาคม 2566", D(2023, 12, 12), "12-13 ธันวาคม 2566"),
        ("ระหว่างวันที่ 12 – 13 ธันวาคม 2566", D(2023, 12, 12), "12 – 13 ธันวาคม 2566"),
        ("ระหว่างวันที่ 29-30 พ.ย. 66 ณ อิมแพ็ค", D(2023, 11, 29), "29-30 พ.ย. 66"),
    ],
)
def test_a_range_of_days_is_its_first_day(text: str, date: dt.date, span: str) -> None:
    [mention] = find_dates(normalize(text))
    assert (mention.date, mention.text, mention.error) == (date, span, None)


@pytest.mark.parametrize(
    ("text", "date", "era"),
    [("6 Dec 23", D(2023, 12, 6), "CE"), ("6 ธ.ค. 23", D(1980, 12, 6), "BE")],
)
def test_two_digit_year_is_buddhist_era_unless_the_month_is_english(text: str, date: dt.date, era: str) -> None:
    [mention] = find_dates(text)
    assert (mention.date, mention.era) == (date, era)


def test_posting_stamp_is_not_part_of_the_date_nor_an_event_time() -> None:
    text = normalize("ข่าวประชาสัมพันธ์\n15 กันยายน 2561 / 13:49:42\nเข้าชม 120 ครั้ง")
    [mention] = find_dates(text)
    assert (mention.text, mention.stamp_time) == ("15 กันยายน 2561", "13:49:42")
    assert text[mention.start : mention.end] == "15 กันยายน 2561"
    assert find_times(text) == []  # no clock word: the stamp is when the page was posted, not the event
    [short] = find_dates("7 ธันวาคม 2566 / 09:12")
    assert short.stamp_time == "09:12"


def test_posting_stamp_after_a_bar() -> None:
    # _RE_STAMP takes "/" or "|" between the date and the time; both give the stamp's time
    [mention] = find_dates("15 กันยายน 2561 | 13:49:42")
    assert (mention.date, mention.stamp_time) == (D(2018, 9, 15), "13:49:42")


def test_seed_header_dates() -> None:
    """The seed's header: the posting date with its weekday, the same date in numbers, then the event's."""
    text = normalize("วันพฤหัสบดีที่ 7 ธันวาคม 2566\n07/12/2566\nพิมพ์\nวันนี้ (6 ธันวาคม 2566) เวลา 10.30 น.")
    found = find_dates(text)
    assert [(m.text, m.date, m.weekday_stated, m.relative) for m in found] == [
        ("วันพฤหัสบดีที่ 7 ธันวาคม 2566", D(2023, 12, 7), 3, None),
        ("07/12/2566", D(2023, 12, 7), None, None),
        ("6 ธันวาคม 2566", D(2023, 12, 6), None, 0),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_impossible_date_span_quotes_the_text() -> None:
    text = normalize("จัดงานเมื่อวันที่ 31 กุมภาพันธ์ 2566 ณ ทำเนียบรัฐบาล")
    [mention] = find_dates(text)
    assert mention.date is None and mention.error
    assert text[mention.start : mention.end] == mention.text == "31 กุมภาพันธ์ 2566"


# --- year-less dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        ("เมื่อวันที่ 8 กันยายนที่ผ่านมา", D(2023, 12, 7), [("8 กันยายน", D(2023, 9, 8))]),
        ("เมื่อวันที่ 26 ก.ย. ที่ผ่านมา", D(2023, 12, 7), [("26 ก.ย.", D(2023, 9, 26))]),
        ("เมื่อ 25 ธันวาคม", D(2023, 12, 7), [("25 ธันวาคม", D(2022, 12, 25))]),  # after publication: a year back
        ("ในวันที่ 7 ธันวาคม นี้", D(2023, 12, 7), [("7 ธันวาคม", D(2023, 12, 7))]),  # the publication day itself
        ("เมื่อ 29 กุมภาพันธ์", D(2023, 12, 7), []),  # neither 2023 nor 2022 has one
        ("เมื่อ 29 กุมภาพันธ์", D(2024, 12, 7), [("29 กุมภาพันธ์", D(2024, 2, 29))]),
        # a date with its year is not year-less, however its month is written
        ("30 พฤศจิกายน 2565", D(2023, 12, 7), []),  # not "30 พฤศจิกา" (a spoken short form) + "ยน 2565"
        ("7 ธันวาคม 2566", D(2023, 12, 7), []),  # not "7 ธันวา" + "คม 2566"
        ("7 ธันวาคม พ.ศ. 2566", D(2023, 12, 7), []),  # the year after the era word
        ("13ก.ย.2562", D(2023, 12, 7), []),
        ("17 พ.ย. 68", D(2025, 12, 7), []),
    ],
    ids=[
        "same-year",
        "abbreviated",
        "year-before",
        "publication-day",
        "no-leap-day",
        "leap-day",
        "full-month",
        "spoken-prefix",
        "era-word",
        "glued",
        "short-year",
    ],
)
def test_find_yearless_dates(text: str, published: dt.date, found: list) -> None:
    mentions = find_yearless_dates(text, published)
    assert [(m.text, m.date) for m in mentions] == found
    assert all(text[m.start : m.end] == m.text for m in mentions)


# --- times -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("เวลา 10.30 น.", [("10:30", None)]),
        ("เวลา 9:05 น.", [("09:05", None)]),
        ("เวลา 10.30 นาฬิกา", [("10:30", None)]),
        ("เวลา 10.30 - 12.00 น.", [("10:30", "12:00")]),
        ("ระหว่างเวลา 09.00-12.00 น.", [("09:00", "12:00")]),
        ("เวลา 13.00 ถึง 16.30 น.", [("13:00", "16:30")]),
        ("10.30 - 12.00 น.", [("10:30", "12:00")]),
        ("ตั้งแต่ 09.00 น. เป็นต้นไป", [("09:00", None)]),
        ("เวลา ๑๐.๓๐ น.", [("10:30", None)]),
        # not times: impossible clock values, numbers without a clock word, a decimal amount
        ("เวลา 25.00 น.", []),
        ("เวลา 10.75 น.", []),
        ("25.00 - 26.00 น.", []),
        ("ราคา 2.50 บาท", []),
        ("ปี 2566 อันดับ 10.30", []),
    ],
)
def test_times(text: str, times: list[tuple[str, str | None]]) -> None:
    normalized = normalize(text)
    found = find_times(normalized)
    assert [(t.time, t.end_time) for t in found] == times
    for t in found:
        assert normalized[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "span", "times"),
    [
        ("วันนี้ (6 ธันวาคม 2566) เวลา 10.30 น. ณ ตึกสันติไมตรี", "เวลา 10.30 น.", ("10:30", None)),
        ("ประชุมเวลา 13.30–16.30 น. ที่ห้องประชุม", "เวลา 13.30–16.30 น.", ("13:30", "16:30")),
        ("กิจกรรม 10.30 - 12.00 น. ณ ห้องประชุม", "10.30 - 12.00 น.", ("10:30", "12:00")),
    ],
)
def test_time_span_inside_a_sentence(text: str, span: str, times: tuple) -> None:
    normalized = normalize(text)
    [found] = find_times(normalized)
    assert (found.text, (found.time, found.end_time)) == (span, times)
    assert normalized[found.start : found.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "ระหว่างวันที่ 12-13 ธันวาคม 2566 และ 14 – 15 ธ.ค. 66",
        "เมื่อ 12\u2028\u2028\u2028 ธันวาคม 2566 ปี 256613 ก.ย.2562 และ 07/12/2566, 1/2/66-3/4/67",
        "รางวัล 53 รางวัล 219 ผลงาน 1,043 คน โทร 02-123-4567 วันที่ 5ธค2566",
        "24 December 2564 และ 30 พฤศจิกายน 2565",  # an English month: tried at its first three letters too
        "",
    ],
)
def test_dates_are_looked_for_only_where_a_date_can_be(text: str) -> None:
    """The pattern is tried only at a day's digits before a month name, dash or slash: the matches of a scan of
    the whole text, read into the shared index or not."""
    from pipeline import textmatch

    whole = [m.span() for m in thai.DATE_RE.finditer(text)]
    assert [m.span() for m in thai._date_matches(text)] == whole
    textmatch.INDEX.read(text)
    assert [m.span() for m in thai._date_matches(text)] == whole


def test_dates_of_every_fixture_are_those_of_a_whole_scan() -> None:
    from tests.inputs_support import fixture_texts

    for text in fixture_texts():
        assert [m.span() for m in thai._date_matches(text)] == [m.span() for m in thai.DATE_RE.finditer(text)]


@pytest.mark.parametrize("text", ["ฉบับที่ 58 ธันวาคม 2567", "ปีที่ 12 ฉบับที่58 ธันวาคม 2567", "เล่มที่ 3 มกราคม 2568"])
def test_an_issue_number_before_a_month_is_no_date(text: str) -> None:
    """A magazine's masthead ("ฉบับที่ 58 ธันวาคม 2567": issue 58, of December) names no day, so no impossible one."""
    assert find_dates(normalize(text)) == []
