"""Winners listed line by line under an announcing sentence (pipeline.extract.headings)."""

from __future__ import annotations

import pytest

from pipeline.orgs import Reference
from tests.inputs_support import extract_text

LERTRAT_PARTICIPATION = (
    "เมื่อวันที่ 12 กันยายน 2566 สำนักงาน ก.พ.ร. มอบรางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม ประจำปี พ.ศ. 2566 "
    "ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ หน่วยงานในพื้นที่ภาคใต้ที่ได้รับรางวัลประเภทสัมฤทธิผลประชาชนมีส่วนร่วม มีดังนี้\n"
)
TYPE = "รางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม"


def test_a_provinces_bare_name_labels_its_winners(ref: Reference) -> None:
    """ "สงขลา : เทศบาลนครสงขลา (ระดับดีเด่น)": a province, a colon, its winner; the type named alone after the
    branch is the branch's; a province with no winner ("ปัตตานี : -") and a credit line ("ข่าว/ภาพ : …") add none."""
    text = LERTRAT_PARTICIPATION + (
        "สงขลา : เทศบาลนครสงขลา (ระดับดีเด่น)\n"
        "สงขลา : องค์การบริหารส่วนตำบลคูเต่า (ระดับดี)\n"
        "ตรัง : จังหวัดตรัง (ระดับดีเด่น)\n"
        "ปัตตานี : -\n"
        "ที่มา : สำนักงานประชาสัมพันธ์จังหวัดสงขลา\n"
    )
    found = [(a.recipient.name_th, a.award_th) for a in extract_text(text, ref).awards]
    assert found == [
        ("เทศบาลนครสงขลา", TYPE),
        ("องค์การบริหารส่วนตำบลคูเต่า", TYPE),
        ("จังหวัดตรัง", TYPE),
    ]


def test_a_word_that_is_no_province_labels_nothing(ref: Reference) -> None:
    text = LERTRAT_PARTICIPATION + "ผู้ประสานงาน : สำนักงานประชาสัมพันธ์จังหวัดสงขลา\n"
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == []


def test_a_bare_level_and_a_colon_under_a_branch_heading(ref: Reference) -> None:
    """ "- ดีเด่น: A (its work) และ B" under "สาขาบริการภาครัฐ": the level's winners; a work in brackets after a
    winner is an aside, not the end of the list."""
    text = (
        "วันนี้ (8 ก.ย. 2565) ที่อิมแพ็ค ฟอรั่ม สำนักงาน ก.พ.ร. จัดงานมอบรางวัลเลิศรัฐ ประจำปี 2565\n\n"
        "ผลรางวัลที่น่าสนใจ มีดังนี้\n\nสาขาบริการภาครัฐ\n"
        "- ดีเด่น: กรมการกงสุล (ระบบนัดหมายทำหนังสือเดินทางออนไลน์) และสำนักงานประกันสังคม\n"
        "- ดี: การไฟฟ้าส่วนภูมิภาค\n"
    )
    found = [(a.recipient.name_th, a.award_th, a.level) for a in extract_text(text, ref).awards]
    assert found == [
        ("กรมการกงสุล", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ", "ระดับดีเด่น"),
        ("สำนักงานประกันสังคม", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ", "ระดับดีเด่น"),
        ("การไฟฟ้าส่วนภูมิภาค", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ", "ระดับดี"),
    ]


def test_a_dash_then_a_mark_opens_each_item(ref: Reference) -> None:
    text = (
        "สถ. ขอแสดงความยินดีกับองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น "
        "ในงานประกาศรางวัลรัฐบาลดิจิทัล ประจำปี 2565 ที่ สพร. จัดขึ้นเมื่อวันพุธที่ 30 พ.ย. 65 ได้แก่\n"
        "- ✅ อบจ.ภูเก็ต\n- ✅ ทน.ยะลา จ.ยะลา\n- ✅ อบต.ท่าข้าม อ.หาดใหญ่ จ.สงขลา\n"
        "ซึ่งรายชื่อข้างต้นคัดเลือกจาก อปท. ที่สมัคร 1,210 แห่ง\n"
    )
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == [
        "องค์การบริหารส่วนจังหวัดภูเก็ต",
        "เทศบาลนครยะลา",
        "องค์การบริหารส่วนตำบลท่าข้าม",
    ]


def test_winners_joined_by_a_slash(ref: Reference) -> None:
    text = (
        "ปลัดกระทรวงสาธารณสุข แสดงความยินดีกับโรงพยาบาลที่ได้รับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2566 ซึ่งสำนักงาน ก.พ.ร. "
        "จัดพิธีมอบรางวัลเมื่อวันที่ 12 กันยายน 2566 โดยมีรายชื่อดังนี้\n\n"
        "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ\n"
        "• ระดับดีเด่น : โรงพยาบาลขอนแก่น / โรงพยาบาลสวรรค์ประชารักษ์\n"
    )
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == [
        "โรงพยาบาลขอนแก่น",
        "โรงพยาบาลสวรรค์ประชารักษ์",
    ]


def test_a_category_and_level_then_a_dash_then_its_winner(ref: Reference) -> None:
    text = (
        "สำนักงาน ก.พ.ร. ประกาศผลรางวัลเลิศรัฐ ประจำปี 2561 เมื่อวันที่ 14 กันยายน 2561\n"
        "2. รางวัลการบริหารราชการแบบมีส่วนร่วม\n"
        "ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม ระดับดีเด่น — จังหวัดกาฬสินธุ์ (ผลงาน “กาฬสินธุ์โมเดล”)\n"
    )
    found = [(a.recipient.name_th, a.award_th, a.level) for a in extract_text(text, ref).awards]
    assert found == [("จังหวัดกาฬสินธุ์", "รางวัลการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม", "ระดับดีเด่น")]


@pytest.mark.parametrize(("ending", "kept"), [("\n", True), ("", False)], ids=["line-break", "none"])
def test_an_unknown_name_ending_the_text_is_kept_when_the_text_ended_whole(
    ending: str, kept: bool, ref: Reference
) -> None:
    """A text that ends with its line break ends where its writer ended it: its last winner (a name the reference
    does not know) is kept. One that stops without one may have been cut inside that name: it is left out, with a
    warning."""
    text = LERTRAT_PARTICIPATION + "สงขลา : เทศบาลนครสงขลา\nตรัง : เทศบาลตำบลนาโยงเหนือ" + ending
    names = [a.recipient.name_th for a in extract_text(text, ref).awards]
    assert ("เทศบาลตำบลนาโยงเหนือ" in names) is kept


def test_a_record_of_labelled_fields(ref: Reference) -> None:
    """A page of "label: value" lines: the award field and, lines away, who received it (a person with a title)."""
    text = (
        "ข่าวโรงพยาบาลพระนั่งเกล้า\n\nเรื่อง: รับรางวัลเลิศรัฐ ประจำปี 2568\nวันที่: 23 ก.ย. 2568\n"
        "สถานที่: ศูนย์การประชุมแห่งชาติสิริกิติ์\n"
        "รางวัล: รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี\n"
        'ผลงาน: "รับยาใกล้บ้าน ลดแออัด ด้วยระบบ Tele-Pharmacy"\n'
        "ผู้รับรางวัล: พญ.วิภาวดี สุขเกษม ผู้อำนวยการโรงพยาบาลพระนั่งเกล้า\n"
    )
    found = [
        (a.recipient.name_th, a.award_th, a.level, a.representative.name_th) for a in extract_text(text, ref).awards
    ]
    assert found == [
        (
            "โรงพยาบาลพระนั่งเกล้า",
            "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ",
            "ระดับดี",
            "พญ.วิภาวดี สุขเกษม",
        )
    ]


def test_rank_labels_under_an_award_heading(ref: Reference) -> None:
    """ "ชนะเลิศร่วม : B" and "รางวัลชมเชย : C" under "1) รางวัลX": ranks within X, their winners X's; finalists not."""
    text = (
        "สพร. จัดงานประกาศผลรางวัล DIGI Data Awards 2023 เมื่อวันที่ 23 พฤศจิกายน 2566 ผลการตัดสิน มีดังนี้\n\n"
        "1) รางวัลข้อมูลเปิดดีเด่น (Open Data Awards)\nชนะเลิศ : กรมอุตุนิยมวิทยา\nชนะเลิศร่วม : กรมการขนส่งทางบก\n"
        "ผู้เข้ารอบสุดท้าย : กรมพัฒนาที่ดิน\n\n"
        "2) รางวัลการใช้ประโยชน์จากข้อมูล (Data Utilization Awards)\nชนะเลิศ : กรมควบคุมโรค\n"
        "รางวัลชมเชย : องค์การบริหารส่วนจังหวัดขอนแก่น\n"
    )
    found = [(a.recipient.name_th, a.award_th) for a in extract_text(text, ref).awards]
    assert found == [
        ("กรมอุตุนิยมวิทยา", "รางวัลข้อมูลเปิดดีเด่น"),
        ("กรมการขนส่งทางบก", "รางวัลข้อมูลเปิดดีเด่น"),
        ("กรมควบคุมโรค", "รางวัลการใช้ประโยชน์จากข้อมูล"),
        ("องค์การบริหารส่วนจังหวัดขอนแก่น", "รางวัลการใช้ประโยชน์จากข้อมูล"),
    ]


def test_the_runners_up_of_the_same_category_are_no_winners(ref: Reference) -> None:
    text = (
        "สพร. ประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2566 เมื่อวันที่ 6 ธันวาคม 2566\n"
        "เทศบาลนครยะลา ได้รับรางวัลท้องถิ่นดิจิทัลดีเด่น ระดับดีเด่น\n"
        "สำหรับรางวัลในประเภทเดียวกัน ระดับดี ได้แก่ เทศบาลนครรังสิต\n"
        "ส่วนรองชนะเลิศของประเภทเดียวกัน ได้แก่ เทศบาลนครหาดใหญ่ และองค์การบริหารส่วนจังหวัดภูเก็ต\n"
    )
    names = {a.recipient.name_th for a in extract_text(text, ref).awards}
    assert "เทศบาลนครหาดใหญ่" not in names and "องค์การบริหารส่วนจังหวัดภูเก็ต" not in names


def test_an_award_went_to_said_as_ไปอยู่กับ(ref: Reference) -> None:
    text = (
        "สพร. ประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2569 เมื่อวันที่ 19 พฤศจิกายน 2569\n"
        "ส่วนรางวัลท้องถิ่นดิจิทัลดีเด่นที่ทุกคนจับตา ไปอยู่กับ อบต.บางพระ อ.ศรีราชา จ.ชลบุรี ซึ่งเป็น อบต. เล็ก ๆ\n"
    )
    found = [(a.recipient.name_th, a.award_th) for a in extract_text(text, ref).awards]
    assert [name for name, _ in found] == ["องค์การบริหารส่วนตำบลบางพระ"]
    assert found[0][1].startswith("รางวัลท้องถิ่นดิจิทัลดีเด่น")
