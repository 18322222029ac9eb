"""Results tables (pipeline.extract.grids): each row a winner, the award from its cells and what the text says
above the table."""

from __future__ import annotations

from pipeline.orgs import Reference
from tests.inputs_support import extract_text

CEREMONY = "ปลัดกระทรวงสาธารณสุข เปิดเผยว่า จากพิธีมอบรางวัลเลิศรัฐ ประจำปี พ.ศ. 2567 เมื่อวันที่ 26 กันยายน 2567 ณ อิมแพ็ค ฟอรั่ม\n"


def found(text: str, ref: Reference) -> list[tuple]:
    return [(a.recipient.name_th, a.award_th) for a in extract_text(text, ref).awards]


def test_the_branch_said_over_the_table_is_each_rows(ref: Reference) -> None:
    text = CEREMONY + (
        "ในจำนวนนี้ มีผลงานที่โดดเด่นในสาขาบริการภาครัฐ ดังตารางต่อไปนี้\n"
        "| ลำดับ | หน่วยงาน | ผลงาน | ประเภท | ระดับ |\n|---|---|---|---|---|\n"
        "| 1 | โรงพยาบาลมหาราชนครราชสีมา | ศูนย์สั่งการผู้ป่วยโรคหลอดเลือดสมองออนไลน์ | นวัตกรรมการบริการ | ดีเด่น |\n"
        "| 2 | โรงพยาบาลหาดใหญ่ | นัดคิวผ่าน LINE ลดรอ 2 ชั่วโมง | การพัฒนาการบริการ | ดี |\n"
    )
    assert found(text, ref) == [
        ("โรงพยาบาลมหาราชนครราชสีมา", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ"),
        ("โรงพยาบาลหาดใหญ่", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทการพัฒนาการบริการ"),
    ]


def test_a_finalists_row_is_no_win(ref: Reference) -> None:
    text = CEREMONY + (
        "หน่วยงานในสังกัดที่ได้รับรางวัล ตัวอย่างดังตาราง\n"
        "| ลำดับ | หน่วยงาน | สาขา / ประเภท | ระดับ |\n|---|---|---|---|\n"
        "| 1 | โรงพยาบาลหาดใหญ่ | สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ | ดีเด่น |\n"
        "| 2 | มหาวิทยาลัยเชียงใหม่ | เข้ารอบสุดท้าย สาขาบริการภาครัฐ | - |\n"
    )
    assert [name for name, _ in found(text, ref)] == ["โรงพยาบาลหาดใหญ่"]


def test_a_row_whose_result_says_finalist_or_not_passed_is_no_win(ref: Reference) -> None:
    text = CEREMONY + (
        "ผลการพิจารณาหน่วยงานในสังกัด มีดังนี้\n"
        "| หน่วยงาน | รางวัล | ผลการพิจารณา |\n|---|---|---|\n"
        "| โรงพยาบาลหาดใหญ่ | รางวัลเลิศรัฐ สาขาบริการภาครัฐ | ได้รับรางวัล ระดับดี |\n"
        "| โรงพยาบาลบางกรวย | รางวัลเลิศรัฐ สาขาบริการภาครัฐ | ไม่ผ่านการพิจารณา |\n"
        "| โรงพยาบาลตรัง | รางวัลเลิศรัฐ สาขาบริการภาครัฐ | เข้ารอบสุดท้าย |\n"
        "| โรงพยาบาลสงขลา | รางวัลเลิศรัฐ สาขาบริการภาครัฐ | รองชนะเลิศ (เกียรติบัตร) |\n"
        "| โรงพยาบาลสะเดา | รางวัลเลิศรัฐ สาขาบริการภาครัฐ | ผ่านการพิจารณารอบแรก |\n"
        "| โรงพยาบาลปัตตานี | รางวัลเลิศรัฐ สาขาบริการภาครัฐ | ส่งผลงานเข้าประกวด |\n"
    )
    assert [name for name, _ in found(text, ref)] == ["โรงพยาบาลหาดใหญ่"]


def test_applicants_counted_early_in_the_line_over_a_table_do_not_make_it_theirs(ref: Reference) -> None:
    text = (
        "สพร. ประกาศผลการตัดสินรางวัล DIGI Data Awards 2021 เมื่อวันพฤหัสบดีที่ 25 พฤศจิกายน 2564 โดยปีนี้มีหน่วยงาน"
        "ส่งผลงาน 118 หน่วยงาน และได้รับรางวัลทั้งสิ้น 8 หน่วยงาน ดังตาราง\n"
        "| ประเภทรางวัล | หน่วยงาน | ผลการตัดสิน |\n"
        "| การเปิดเผยข้อมูล (Open Data) | สำนักงานสถิติแห่งชาติ | ระดับดีเด่น |\n"
        "| ธรรมาภิบาลข้อมูล (Data Governance) | สำนักงานปลัดกระทรวงการคลัง | เข้ารอบสุดท้าย |\n"
    )
    assert [name for name, _ in found(text, ref)] == ["สำนักงานสถิติแห่งชาติ"]


def test_a_title_of_finalists_over_a_table_lists_no_winners(ref: Reference) -> None:
    text = CEREMONY + (
        "ตารางที่ 2 หน่วยงานที่ผ่านเข้ารอบสุดท้ายแต่ไม่ได้รับรางวัล\n"
        "| หน่วยงาน | รางวัล |\n|---|---|\n| โรงพยาบาลบางกรวย | รางวัลเลิศรัฐ สาขาบริการภาครัฐ |\n"
    )
    assert found(text, ref) == []


def test_a_column_of_people_who_accepted_gives_their_titles_organizations(ref: Reference) -> None:
    text = (
        "กระทรวงพาณิชย์คว้า 2 รางวัลรัฐบาลดิจิทัล ปี 2567\n"
        "เมื่อวันที่ 20 พฤศจิกายน 2567 ในงานประกาศรางวัลรัฐบาลดิจิทัล ประจำปี 2567 หน่วยงานในสังกัดกระทรวงพาณิชย์"
        "ได้รับรางวัลรวม 2 รางวัล ดังนี้\n"
        "| ลำดับ | ผู้รับรางวัล | รางวัล |\n|---|---|---|\n"
        "| 1 | นายสมชาย ใจดี อธิบดีกรมการค้าภายใน | รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม |\n"
        "| 2 | นางสาวศิริพร แก้วมณี รองอธิบดีกรมพัฒนาธุรกิจการค้า | รางวัลบริการดิจิทัลดีเด่น |\n"
    )
    article = extract_text(text, ref)
    assert [(a.recipient.name_th, a.award_th, a.representative.name_th) for a in article.awards] == [
        ("กรมการค้าภายใน", "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม", "นายสมชาย ใจดี"),
        ("กรมพัฒนาธุรกิจการค้า", "รางวัลบริการดิจิทัลดีเด่น", "นางสาวศิริพร แก้วมณี"),
    ]


def test_a_two_column_record_of_award_and_who_accepted_is_one_win(ref: Reference) -> None:
    text = (
        "อบต.บ้านเป็ด คว้ารางวัล DIGI Data Awards 2024\n"
        "| ชื่องาน | DIGI Data Awards 2024 |\n| วันที่ | พฤหัสบดี 22 สิงหาคม 2567 |\n| ผู้จัด | สพร. (DGA) |\n"
        "| รางวัลที่ได้รับ | รางวัลการใช้ข้อมูลเพื่อพัฒนาท้องถิ่นดีเด่น (Data Utilization Awards) |\n"
        "| ผู้รับรางวัล | นายสมศักดิ์ มีสุข นายกองค์การบริหารส่วนตำบลบ้านเป็ด |\n"
    )
    [award] = extract_text(text, ref).awards
    assert (award.recipient.name_th, award.award_th, award.award_en) == (
        "องค์การบริหารส่วนตำบลบ้านเป็ด",
        "รางวัลการใช้ข้อมูลเพื่อพัฒนาท้องถิ่นดีเด่น",
        "Data Utilization Awards",
    )
    assert (award.representative.name_th, award.representative.position_th) == (
        "นายสมศักดิ์ มีสุข",
        "นายกองค์การบริหารส่วนตำบลบ้านเป็ด",  # (the title ends with its cell)
    )


def test_a_title_of_finalists_over_a_rule_over_the_header_lists_no_winners(ref: Reference) -> None:
    text = (
        "เมื่อวันที่ 17 พฤศจิกายน 2568 สถ. ร่วมแสดงความยินดีกับ อปท. ที่ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2568 ดังนี้\n"
        "ตารางที่ 1 อปท. ที่ได้รับรางวัล\n|---|---|---|\n| ลำดับ | หน่วยงาน | รางวัล |\n|---|---|---|\n"
        "| 1 | เทศบาลนครขอนแก่น | หน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น |\n"
        "ตารางที่ 2 อปท. ที่ผ่านเข้ารอบสุดท้าย\n|---|---|\n| ลำดับ | หน่วยงาน |\n|---|---|\n| 1 | เทศบาลเมืองบ้านไผ่ |\n"
    )
    assert [name for name, _ in found(text, ref)] == ["เทศบาลนครขอนแก่น"]


def test_one_winners_awards_in_the_table_it_points_to(ref: Reference) -> None:
    text = (
        "เมื่อวันพฤหัสบดีที่ 29 สิงหาคม 2567 สพร. จัดงานประกาศผลรางวัล DIGI Data Awards 2024 "
        "โดยกรมทรัพยากรน้ำได้รับรางวัลตามตารางต่อไปนี้\n"
        "| ประเภทรางวัล | ระดับ | ชุดข้อมูล/ผลงาน |\n|---|---|---|\n"
        "| Open Data Awards | ดีเด่น | ข้อมูลระดับน้ำรายชั่วโมง |\n"
        "| Data Analytics Awards | ดี | แบบจำลองคาดการณ์น้ำท่วม |\n"
    )
    assert [(a.recipient.name_th, a.award_en, a.level) for a in extract_text(text, ref).awards] == [
        ("กรมทรัพยากรน้ำ", "Open Data Awards", "ระดับดีเด่น"),
        ("กรมทรัพยากรน้ำ", "Data Analytics Awards", "ระดับดี"),
    ]
