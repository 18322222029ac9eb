"""pipeline.extract.headings: the shortcuts taken for speed find what the plain patterns find."""

from __future__ import annotations

import re

from pipeline.extract import headings
from pipeline.orgs import Reference
from pipeline.textmatch import occurrences
from tests.inputs_support import extract_text, fixture_texts


def test_category_prose_is_found_where_the_regex_finds_it():
    texts = [*fixture_texts(), "และสาขาบริการ ได้แก่ กรมA", "ส่วน ประเภทพัฒนาการ ระดับดีเด่น คือ จังหวัดB", "ได้แก่ระดับจังหวัด ได้แก่"]
    hits = 0
    for text in texts:
        expected = [m.span() for m in headings._RE_CATEGORY_PROSE.finditer(text)]
        assert [m.span() for m in headings._category_prose_matches(text)] == expected
        hits += len(expected)
    assert hits >= 5


def test_marks_are_stripped_as_the_regex_strips_them():
    for text in fixture_texts():
        for line in text.split("\n"):
            assert headings._strip_marks(line) == headings._RE_MARKS.sub("", line, count=1)


def test_a_line_that_starts_with_a_letter_keeps_its_start():
    for line in ("รางวัลเลิศรัฐ", "Award", "เอกสาร", ""):
        assert headings._strip_marks(line) == headings._RE_MARKS.sub("", line, count=1) == line
    assert headings._strip_marks("1.2) ประเภทX") == "ประเภทX"
    assert headings._strip_marks("๑. ประเภทX") == "ประเภทX"  # a Thai digit is a number, not a letter
    assert headings._strip_marks("🏆 - รางวัลX") == "รางวัลX"


def test_category_lines_match_as_without_the_lookahead():
    plain = re.compile(headings._RE_CATEGORY.pattern.replace(r"(?=[\sรไตเผ:–—-]|$)", ""))
    assert plain.pattern != headings._RE_CATEGORY.pattern
    lines = ["สาขาบริการภาครัฐ ระดับดีเด่น ได้แก่ กรมA", "ประเภทนวัตกรรม : กรมB", "ด้านการบริหาร ระดับ ดี", "หมวดX ได้แก่"]
    hits = 0
    for text in [*fixture_texts(), *lines]:
        for word in ("สาขา", "ประเภท", "ด้าน", "หมวด"):
            for i in occurrences(text, word):
                got, expected = headings._RE_CATEGORY.match(text, i), plain.match(text, i)
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups()))
                hits += expected is not None
    assert hits >= 20


def test_results_page_with_numbered_and_markdown_headings() -> None:
    """ "1. รางวัล… / 1.1 ระดับกรม (3 รางวัล) / - กรม…", "## สาขา… / ### ประเภท… / **ระดับดีเด่น** (3 รางวัล)", and an
    item's own category after its name: the winners of each heading, with the award the headings compose."""

    text = (
        "สำนักงาน ก.พ.ร. ขอแสดงความยินดีกับหน่วยงานที่ได้รับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2568 รายชื่อบางส่วนมีดังนี้\n\n"
        "## สาขาบริการภาครัฐ\n\n### ประเภทพัฒนาการบริการ\n**ระดับดีเด่น** (2 รางวัล)\n"
        "กรมการขนส่งทางบก กระทรวงคมนาคม\nกรมสรรพากร กระทรวงการคลัง\n\n"
        "สพร. ประกาศรายชื่อหน่วยงานรับรางวัลรัฐบาลดิจิทัล ประจำปี 2568\n\n"
        "1. รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น\n1.1 ระดับกรม (2 รางวัล)\n- กรมการกงสุล\n- กรมบังคับคดี\n"
        "2. รางวัลบริการดิจิทัลภาครัฐดีเด่น (1 รางวัล)\n- กรมสรรพสามิต\n\nทั้งนี้ ทุกหน่วยงานจะพัฒนาต่อ\n"
    )
    article = extract_text(text)
    assert sorted((a.recipient.name_th, a.award_th, a.level) for a in article.awards) == sorted(
        [
            ("กรมการขนส่งทางบก", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ", "ระดับดีเด่น"),
            ("กรมสรรพากร", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ", "ระดับดีเด่น"),
            ("กรมการกงสุล", "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม", None),
            ("กรมบังคับคดี", "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม", None),
            ("กรมสรรพสามิต", "รางวัลบริการดิจิทัลภาครัฐดีเด่น", None),
        ],
        key=str,
    )


def test_a_level_heading_over_items_that_name_their_category() -> None:
    text = (
        "สธ. คว้า 2 รางวัลเลิศรัฐ ปี 2567\n\nเมื่อวันที่ 26 กันยายน 2567 ปลัดกระทรวงสาธารณสุขเผยว่า หน่วยงานในสังกัด"
        "ได้รับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2567 รวม 2 รางวัล ดังนี้\n\n"
        "ระดับดีเด่น 1 รางวัล ได้แก่\n1) กรมการแพทย์ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ\n\n"
        "ระดับดี 1 รางวัล ได้แก่\n2) กรมอนามัย สาขาการบริหารราชการแบบมีส่วนร่วม ประเภทยกระดับการมีส่วนร่วม\n\n"
        "ทั้งนี้ ทุกหน่วยงานจะพัฒนาต่อ\n"
    )
    article = extract_text(text)
    assert [(a.recipient.name_th, a.award_th, a.level) for a in article.awards] == [
        ("กรมการแพทย์", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ", "ระดับดีเด่น"),
        ("กรมอนามัย", "รางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม ประเภทยกระดับการมีส่วนร่วม", "ระดับดี"),
    ]


def test_a_category_heading_with_its_count() -> None:
    text = (
        "สพร. ประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2569 ในส่วนขององค์กรปกครองส่วนท้องถิ่น ดังนี้\n\n"
        "ประเภทองค์การบริหารส่วนจังหวัด (1 รางวัล)\nอบจ.นครราชสีมา จ.นครราชสีมา\n\nทั้งนี้ ทุกหน่วยงานจะพัฒนาต่อ\n"
    )
    (award,) = extract_text(text).awards
    assert (award.recipient.name_th, award.award_th) == (
        "องค์การบริหารส่วนจังหวัดนครราชสีมา",
        "รางวัลรัฐบาลดิจิทัล ประเภทองค์การบริหารส่วนจังหวัด",
    )


def test_the_programmes_bare_name_does_not_replace_the_award_the_headline_names() -> None:
    text = (
        "ประกาศผลรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น ประจำปี 2569\n\n"
        "สพร. ประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2569 (DG Awards 2026) ในส่วนขององค์กรปกครองส่วนท้องถิ่น ดังนี้\n\n"
        "ประเภทองค์การบริหารส่วนจังหวัด (1 รางวัล)\nอบจ.นครราชสีมา จ.นครราชสีมา\n\nทั้งนี้ ทุกหน่วยงานจะพัฒนาต่อ\n"
    )
    (award,) = extract_text(text).awards
    assert award.award_th == "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น ประเภทองค์การบริหารส่วนจังหวัด"


def test_two_types_with_their_levels_after_one_winners_dash(ref: Reference) -> None:
    text = (
        "วันที่ 18 กันยายน 2568 ผู้บริหารกรมในสังกัดเข้ารับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2568 ได้รับรางวัลรวม 3 รางวัล ดังนี้\n"
        "สาขาบริการภาครัฐ\n"
        "- กรมส่งเสริมการเกษตร – ประเภทพัฒนาการบริการ ระดับดีเด่น และประเภทนวัตกรรมการบริการ ระดับดี\n"
        "- กรมพัฒนาที่ดิน – ประเภทพัฒนาการบริการ ระดับดี\n"
    )
    article = extract_text(text, ref)
    assert [(a.recipient.name_th, a.award_th, a.level) for a in article.awards][:2] == [
        ("กรมส่งเสริมการเกษตร", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ", "ระดับดีเด่น"),
        ("กรมส่งเสริมการเกษตร", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ", "ระดับดี"),
    ]
