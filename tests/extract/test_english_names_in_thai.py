"""Awards a Thai article names only in English (DIGI Data Awards' categories): the English name is the name the
article gives, so it is the award's Thai-side name too; in an English article it stays English only."""

from __future__ import annotations

import pytest

from pipeline.orgs import Reference
from tests.inputs_support import extract_text

LEDE = "สพร. ประกาศผลรางวัล DIGI Data Awards 2026 เมื่อวันพฤหัสบดีที่ 25 มิถุนายน 2569 ผลการตัดสินมีดังนี้\n\n"


def pairs(text: str, ref: Reference) -> list[tuple[str, str | None]]:
    return [(a.recipient.name_th, a.award_th) for a in extract_text(text, ref).awards]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a results page: English headings over bulleted winners
            "Open Data Awards\n• กรมควบคุมโรค\n• สำนักงานสถิติแห่งชาติ\n\nData Governance Awards\n• กรมบัญชีกลาง\n",
            [
                ("กรมควบคุมโรค", "Open Data Awards"),
                ("สำนักงานสถิติแห่งชาติ", "Open Data Awards"),
                ("กรมบัญชีกลาง", "Data Governance Awards"),
            ],
        ),
        (  # an item of a list: the award, ได้แก่, its winner
            "- Open Data Awards ได้แก่ กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช\n"
            "- Data Analytics Awards ได้แก่ สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ\n",
            [
                ("กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช", "Open Data Awards"),
                ("สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ", "Data Analytics Awards"),
            ],
        ),
        (  # a category line: ประเภท + the English name, ตกเป็นของ
            "ประเภท Data Governance Awards ตกเป็นของกรมบัญชีกลาง ซึ่งปีก่อนได้เพียงรางวัลชมเชย\n",
            [("กรมบัญชีกลาง", "Data Governance Awards")],
        ),
        (  # quoted after รางวัล, in a sentence
            "มหาวิทยาลัยเชียงใหม่ ได้รับรางวัล “Data Analytics Awards” จากเวทีนี้\n",
            [("มหาวิทยาลัยเชียงใหม่", "Data Analytics Awards")],
        ),
        (  # each winner with its award in brackets
            "หน่วยงานที่ได้รับรางวัล ได้แก่ กรมอุตุนิยมวิทยา (Open Data Awards) กรมการขนส่งทางบก (Data Innovation Awards) "
            "และกรมชลประทาน (Data Analytics Awards)\n",
            [
                ("กรมอุตุนิยมวิทยา", "Open Data Awards"),
                ("กรมการขนส่งทางบก", "Data Innovation Awards"),
                ("กรมชลประทาน", "Data Analytics Awards"),
            ],
        ),
        (  # prose: in the category, the winners are
            "ในประเภท Data Governance Awards ผู้ชนะได้แก่ กรมบัญชีกลาง และ สำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.) "
            "ทั้งสองหน่วยงานมีจุดเด่นร่วมกัน\n",
            [("กรมบัญชีกลาง", "Data Governance Awards"), ("สำนักงานหลักประกันสุขภาพแห่งชาติ", "Data Governance Awards")],
        ),
        (  # prose: the first category is X, which went to
            "รางวัลแบ่งเป็น 4 ประเภท\n\nประเภทแรกที่ถูกจับตามากที่สุดคือ Open Data Awards ซึ่งปีนี้ตกเป็นของกรมการขนส่งทางบก "
            "จากชุดข้อมูลสถิติการจดทะเบียนรถ\n",
            [("กรมการขนส่งทางบก", "Open Data Awards")],
        ),
    ],
    ids=["headings", "items", "category-falls-to", "quoted", "bracketed-after-each", "category-prose", "first-is"],
)
def test_an_award_named_in_english_in_a_thai_article(body: str, expected: list, ref: Reference) -> None:
    assert pairs(LEDE + body, ref) == expected


def test_the_programmes_own_english_name_is_no_award_of_its_own(ref: Reference) -> None:
    text = LEDE + "Digital Government Awards\n• กรมควบคุมโรค\n"
    assert ("กรมควบคุมโรค", "Digital Government Awards") not in pairs(text, ref)


def test_an_english_gloss_in_brackets_stays_the_thai_names(ref: Reference) -> None:
    text = LEDE + "กรมการขนส่งทางบก ได้รับรางวัลบริการดิจิทัลภาครัฐดีเด่น (Digital Service Awards) จากเวทีนี้\n"
    article = extract_text(text, ref)
    assert [(a.award_th, a.award_en) for a in article.awards] == [("รางวัลบริการดิจิทัลภาครัฐดีเด่น", "Digital Service Awards")]


def test_an_english_article_keeps_its_names_english(ref: Reference) -> None:
    text = (
        "The Meteorological Department won the Open Data Award at the DIGI Data Awards 2024 ceremony organised by "
        "the Digital Government Development Agency on 29 August 2024 in Bangkok.\n"
    )
    assert [(a.award_th, a.award_en) for a in extract_text(text, ref).awards] == [(None, "Open Data Award")]


@pytest.mark.parametrize("award", ["Open Data Awards", "รางวัลข้อมูลเปิด"])
def test_the_finalists_listed_after_an_award_are_no_winners(award: str, ref: Reference) -> None:
    text = LEDE + (
        f"หมวด {award} ผู้เข้ารอบสุดท้ายได้แก่ กรมการขนส่งทางบก กรมอุตุนิยมวิทยา สำนักงานสถิติแห่งชาติ และกรุงเทพมหานคร "
        'ซึ่งสุดท้ายรางวัลตกเป็นของ "กรมการขนส่งทางบก"\n'
    )
    assert {name for name, _ in pairs(text, ref)} <= {"กรมการขนส่งทางบก"}


def test_the_finalists_of_a_category_said_in_prose_are_no_winners(ref: Reference) -> None:
    text = LEDE + ("ผลงานที่ผ่านเข้ารอบสุดท้ายในประเภท Data Analytics Awards ได้แก่ กรมควบคุมโรค และกรมศุลกากร ได้รับเกียรติบัตร\n")
    assert pairs(text, ref) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the Thai name in brackets after the English one
            "Smart Local Government Awards (ท้องถิ่นอัจฉริยะ)\n• เทศบาลนครยะลา\n\n",
            [("เทศบาลนครยะลา", "ท้องถิ่นอัจฉริยะ", "Smart Local Government Awards")],
        ),
        (  # small words inside the name
            "AI for Public Service Awards\n• กรมสุขภาพจิต\n\n",
            [("กรมสุขภาพจิต", "AI for Public Service Awards", "AI for Public Service Awards")],
        ),
        (  # a quoted Thai name, then its English in brackets
            "กรมพัฒนาธุรกิจการค้า เข้ารับ “รางวัลบริการภาครัฐดิจิทัลดีเด่น” (Digital Government Service Award) ในงานนี้\n",
            [("กรมพัฒนาธุรกิจการค้า", "รางวัลบริการภาครัฐดิจิทัลดีเด่น", "Digital Government Service Award")],
        ),
    ],
    ids=["thai-gloss-after", "small-words", "quoted-thai-then-english"],
)
def test_the_thai_and_english_names_of_one_award(body: str, expected: list, ref: Reference) -> None:
    found = [(a.recipient.name_th, a.award_th, a.award_en) for a in extract_text(LEDE + body, ref).awards]
    assert found == expected


@pytest.mark.parametrize("said", ["เข้ารอบสุดท้าย", "ไม่ผ่านการพิจารณา", "ผ่านการพิจารณารอบแรก", "ส่งผลงานเข้าประกวด"])
def test_a_finalists_row_under_an_english_heading_is_no_win(said: str, ref: Reference) -> None:
    # (the words a table's cell says no win with: grids.says_not_won, for a row under a heading too)
    text = LEDE + f"AI for Public Service Awards\n| กรมสุขภาพจิต | ได้รับรางวัล |\n| การไฟฟ้าส่วนภูมิภาค | {said} |\n\n"
    assert [name for name, _ in pairs(text, ref)] == ["กรมสุขภาพจิต"]


def test_winners_in_prose_after_applicants_are_counted(ref: Reference) -> None:
    """Applicants and finalists counted at the start of the line do not make the later clauses' winners finalists:
    "…ผ่านเข้ารอบสุดท้าย 14 หน่วยงาน โดยผู้คว้ารางวัลใหญ่ X Awards คือ A … ส่วน Y Awards ตกเป็นของ B"."""
    text = LEDE + (
        "ปีนี้มีหน่วยงานส่งผลงานเข้าประกวด 97 หน่วยงาน ผ่านเข้ารอบสุดท้าย 14 หน่วยงาน โดยผู้คว้ารางวัลใหญ่ Open Data Awards "
        "คือกรมอุตุนิยมวิทยา จากชุดข้อมูลพยากรณ์อากาศรายชั่วโมง ส่วน Data Analytics Awards ตกเป็นของสำนักงานหลักประกันสุขภาพ"
        "แห่งชาติ (สปสช.) ที่ใช้ข้อมูลเบิกจ่าย\n"
    )
    assert pairs(text, ref) == [
        ("กรมอุตุนิยมวิทยา", "Open Data Awards"),
        ("สำนักงานหลักประกันสุขภาพแห่งชาติ", "Data Analytics Awards"),
    ]


def test_one_sentence_each_award_then_its_winner(ref: Reference) -> None:
    text = LEDE + (
        "โดยรางวัลสูงสุด Data Analytics Awards ได้แก่ กรมการแพทย์ ส่วน Open Data Awards มอบแก่ กรมทางหลวง "
        "และ Data Governance Awards เป็นของ กรมการข้าว\n"
    )
    assert pairs(text, ref) == [
        ("กรมการแพทย์", "Data Analytics Awards"),
        ("กรมทางหลวง", "Open Data Awards"),
        ("กรมการข้าว", "Data Governance Awards"),
    ]


def test_the_headlines_shorter_wording_with_the_programme_is_the_bodys_win(ref: Reference) -> None:
    text = (
        "มหาวิทยาลัยมหิดลรับรางวัล DIGI Data Awards 2023 ด้านธรรมาภิบาลข้อมูล\n\n"
        "สพร. จัดพิธีมอบรางวัล DIGI Data Awards 2023 เมื่อวันที่ 23 พฤศจิกายน 2566 มหาวิทยาลัยมหิดล ได้รับรางวัล "
        "“Data Governance Awards” จากระบบธรรมาภิบาลข้อมูลของมหาวิทยาลัย\n"
    )
    assert pairs(text, ref) == [("มหาวิทยาลัยมหิดล", "Data Governance Awards")]


def test_a_category_in_english_after_in_the_same_year_falls_to_its_winner(ref: Reference) -> None:
    text = (
        "ศูนย์ข้อมูลสุขภาพ รับรางวัล DIGI Data Awards 2024\n\n"
        "เมื่อวันที่ 27 สิงหาคม 2567 สพร. ประกาศผล DIGI Data Awards 2024 ณ กรุงเทพมหานคร\n"
        "ในปีเดียวกัน ประเภท Data Governance Awards ระดับดีเด่น ตกเป็นของกรมอนามัย\n"
    )
    assert pairs(text, ref) == [("กรมอนามัย", "Data Governance Awards")]


@pytest.mark.parametrize("said", ["ชนะเลิศ ", "รางวัลตกเป็นของ ", "ผู้ชนะคือ "])
def test_an_english_category_line_whose_winner_is_said_so_after_the_colon(said: str, ref: Reference) -> None:
    text = (
        "สพร. ประกาศผล DIGI Data Awards 2025 เมื่อวันที่ 28 สิงหาคม 2568\nผลการตัดสินมีดังนี้\n"
        f"- Open Data Awards : {said}กรมทรัพยากรน้ำบาดาล จากชุดข้อมูลบ่อน้ำบาดาล ส่วนรองชนะเลิศคือ กรมควบคุมมลพิษ\n"
    )
    assert pairs(text, ref) == [("กรมทรัพยากรน้ำบาดาล", "Open Data Awards")]
