"""pipeline.extract.names: the shortcuts taken for speed find what the plain patterns find."""

from __future__ import annotations

import pytest

from pipeline import thai
from pipeline.extract import names
from tests.inputs_support import fixture_texts


def _names_by_finditer(text: str) -> list[names.AwardName]:
    """The award names of a text as _START.finditer's matches give them, and the names written in English
    (what _all_award_names walks)."""
    found, pos = [], 0
    for start in sorted({*(m.start() for m in names._START.finditer(text)), *names.english_award_names(text)}):
        if start >= pos and (award := names.award_at(text, start)):
            found.append(award)
            pos = award.end
    return found


def test_award_names_are_found_where_finditer_finds_them():
    texts = [*fixture_texts(), "ได้รับโล่รางวัลนี้ และโล่รางวัลเกียรติยศ", "โล่รางวัล รางวัลเลิศรัฐ", "โล่เกียรติคุณรางวัลX"]
    for text in texts:
        assert names._all_award_names.__wrapped__(text)[0] == _names_by_finditer(text)


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        (
            "รางวัลระดับดีเด่น สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ จำนวน 8 หน่วยงาน",
            "รางวัลสาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ",
            "ระดับดีเด่น",
        ),
        (
            "รางวัลระดับดีเด่นในสาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ จำนวน 8 หน่วยงาน",
            "รางวัลสาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ",
            "ระดับดีเด่น",
        ),
        ("รางวัลระดับดี ใน สาขาบริการภาครัฐ จำนวน 8 หน่วยงาน", "รางวัลสาขาบริการภาครัฐ", "ระดับดี"),
    ],
)
def test_an_award_named_by_its_level_first(text: str, name: str, level: str) -> None:
    """ "รางวัลระดับดีเด่น(ใน)สาขา… ประเภท…": the level first, then the category it was won in."""
    award = names.award_at(text, 0)
    assert (award.name_th, award.level) == (name, level)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("รางวัลเลิศรัฐแบ่งออกเป็น 3 สาขา ได้แก่ สาขาบริการภาครัฐ", "รางวัลเลิศรัฐ"),
        ("รางวัลรัฐบาลดิจิทัลแบ่งเป็น 4 ประเภท", "รางวัลรัฐบาลดิจิทัล"),
        ("รางวัลแบ่งปันความรู้ดีเด่น ประจำปี 2567", "รางวัลแบ่งปันความรู้ดีเด่น"),  # แบ่งปัน: a word of the name
        ("รางวัลเลิศรัฐปีนี้ มีผลงานสมัครรวม 1,137 ผลงาน", "รางวัลเลิศรัฐ"),  # this year's
        ("รางวัลเลิศรัฐภายในวันที่ 6 กันยายน 2567", "รางวัลเลิศรัฐ"),  # a deadline
    ],
)
def test_a_name_ends_before_a_verb_this_year_or_a_deadline(text: str, name: str) -> None:
    assert names.award_at(text, 0).name_th == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ ประเภทรายหมวด หมวด 1 การนำองค์การ", "… หมวด 1 การนำองค์การ"),
        ("รางวัลคุณภาพการบริหารจัดการภาครัฐ รายหมวด หมวด 7 ผลลัพธ์การดำเนินการ ได้แก่", "… รายหมวด หมวด 7 ผลลัพธ์การดำเนินการ"),
        ("รางวัลคุณภาพการบริหารจัดการภาครัฐ รายหมวด หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้", "… และการจัดการความรู้"),
        ("รางวัลคุณภาพการบริหารจัดการภาครัฐ ประเภทรายหมวด หมวด 4 ระดับดี", "… ประเภทรายหมวด หมวด 4"),
        ("รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ ประเภทรายหมวด หมวด 2.5 ล้าน", "… ประเภทรายหมวด หมวด"),
    ],
)
def test_a_pmqa_category_keeps_its_number(text: str, name: str) -> None:
    """Two categories won by one agency are two awards (หมวด 1 and หมวด 6), not one "… หมวด"; the category's title
    and "รายหมวด" (by category) are the award's name too."""
    assert names.award_at(text, 0).name_th.endswith(name.removeprefix("… "))


def test_a_names_version_number_is_kept() -> None:
    """ "…ระบบราชการ 4.0": the name's own number (a name otherwise ends at its first digit)."""
    text = "รางวัลหน่วยงานต้นแบบการพัฒนาสู่ระบบราชการ 4.0 ให้แก่กรมศุลกากร"
    assert names.award_at(text, 0).name_th == "รางวัลหน่วยงานต้นแบบการพัฒนาสู่ระบบราชการ 4.0"
    assert names.award_at("รางวัลเลิศรัฐ 2 รางวัล", 0).name_th == "รางวัลเลิศรัฐ"


@pytest.mark.parametrize("branch", ["รางวัลบริการภาครัฐ", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ", "รางวัลการบริหารราชการแบบมีส่วนร่วม"])
def test_a_branch_keeps_its_type_said_after_its_level(branch: str) -> None:
    """ "รางวัลบริการภาครัฐ ระดับดี ประเภทการพัฒนาการบริการ": the branch, by its own name or with สาขา, then its type."""
    award = names.award_at(f"{branch} ระดับดี ประเภทการพัฒนาการบริการ ในพิธีมอบรางวัล", 0)
    assert (award.name_th, award.level) == (f"{branch} ประเภทการพัฒนาการบริการ", "ระดับดี")


def test_a_plaque_of_an_award_is_the_award() -> None:
    """ "ได้รับโล่รางวัล X": the plaque is how award X is handed over; "โล่เกียรติคุณ" alone is a plaque's own name."""
    assert names.award_at("โล่รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม", 0).name_th == "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม"
    assert names.award_at("โล่เกียรติคุณ จากกระทรวง", 0).name_th == "โล่เกียรติคุณ"


@pytest.mark.parametrize(
    "text",
    [
        "รางวัลเปิดเผยกับทีมข่าวหลังเวทีว่า ระบบนัดหมายช่วยได้มาก",  # "…ที่ขึ้นรับรางวัลเปิดเผยกับทีมข่าว…": a speech
        "รางวัลกล่าวว่า ทีมงานทุ่มเทมาก",
    ],
)
def test_words_that_open_a_speech_are_no_award_name(text: str) -> None:
    assert names.award_at(text, 0) is None
    assert names.award_at("รางวัลการเปิดเผยข้อมูลภาครัฐดีเด่น", 0).name_th == "รางวัลการเปิดเผยข้อมูลภาครัฐดีเด่น"


def test_what_an_award_will_bring_is_not_its_name() -> None:
    award = names.award_at("รางวัลรองชนะเลิศจะได้รับเกียรติบัตร", 0)
    assert award is not None and award.name_th == "รางวัลรองชนะเลิศ"


@pytest.mark.parametrize(
    ("text", "name", "year"),
    [("รางวัลรัฐบาลดิจิทัลปี 66 ด้าน", "รางวัลรัฐบาลดิจิทัล", None), ("รางวัลเลิศรัฐปี 2565", "รางวัลเลิศรัฐ", 2565)],
)
def test_a_year_glued_to_the_name_is_no_word_of_it(text: str, name: str, year: int | None) -> None:
    award = names.award_at(text, 0)
    assert award is not None and (award.name_th, award.year_be) == (name, year)


def test_all_together_is_no_awards_name() -> None:
    """ "จังหวัด-เทศบาล-รพ.มหาราชฯ รับรางวัลพร้อมหน้า": รางวัล, then an adverb, names no award."""
    text = "รางวัลพร้อมหน้า"
    assert names.award_at(text, 0) is None or names.award_at(text, 0).name_th is None


def test_how_many_won_is_no_part_of_a_name() -> None:
    """ "…กรมการแพทย์มีหน่วยงานในสังกัดได้รับรางวัลเลิศรัฐหลายแห่ง": the programme's name, then how many won it."""
    assert names.award_at("รางวัลเลิศรัฐหลายแห่ง ซึ่งถือเป็น", 0).name_th == "รางวัลเลิศรัฐ"


def test_a_speech_quoted_on_the_line_after_is_no_awards_name() -> None:
    text = 'ผู้อำนวยการโรงพยาบาลบ้านโฮ่ง เป็นผู้แทนรับรางวัล\n"เราไม่ได้มีงบประมาณมาก แต่เรามีชุมชนที่ช่วยกัน"'
    at = text.index("รางวัล")
    assert names.award_at(text, at) is None
    named = 'ได้รับรางวัล\n🏆 "หน่วยงานภาครัฐดิจิทัลดีเด่น"'
    assert names.award_at(named, named.index("รางวัล")).name_th == "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น"


@pytest.mark.parametrize(
    ("text", "name"),
    [("รางวัลเลิศรัฐติดต่อกันเป็นปีที่สาม", "รางวัลเลิศรัฐ"), ("รางวัลเช่นกันในปีนี้", None)],
    ids=["in-a-row", "too"],
)
def test_in_a_row_and_too_are_no_part_of_a_name(text: str, name: str | None) -> None:
    award = names.award_at(text, 0)
    assert (award.name_th if award else None) == name


@pytest.mark.parametrize(
    "text",
    [
        'ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2567 ประเภท "หน่วยงานภาครัฐดิจิทัลดีเด่น (Digital Transformation)" จาก สพร.',
        'ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2567 หรือ Digital Government Awards 2024 ประเภท "หน่วยงานภาครัฐดิจิทัลดีเด่น" จาก',
    ],
)
def test_a_quoted_category_after_the_year_or_the_english_name_is_the_awards(text: str) -> None:
    award = names.award_at(text, text.index("รางวัล"))
    assert award.name_th == "รางวัลรัฐบาลดิจิทัล ประเภทหน่วยงานภาครัฐดิจิทัลดีเด่น"
    assert award.year_be == 2567
    assert award.name_en == ("Digital Government Awards 2024" if "หรือ" in text else None)


@pytest.mark.parametrize(
    ("text", "name_th", "name_en"),
    [
        ("คว้ารางวัลประเภท ‘Data Governance Awards’ จากงาน", "Data Governance Awards", "Data Governance Awards"),
        ('ได้รับรางวัลประเภท "นวัตกรรมการบริการ" ระดับดี', "รางวัลประเภทนวัตกรรมการบริการ", None),
    ],
)
def test_a_quoted_category_right_after_rangwan_prapet_is_the_award(
    text: str, name_th: str, name_en: str | None
) -> None:
    text = thai.normalize(text)
    award = names.award_at(text, text.index("รางวัล"))
    assert (award.name_th, award.name_en) == (name_th, name_en)
