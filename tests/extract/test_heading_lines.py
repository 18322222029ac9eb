"""Winners listed line by line under an announcing sentence (pipeline.extract.headings)."""

from __future__ import annotations

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
