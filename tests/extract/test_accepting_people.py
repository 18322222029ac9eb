"""Winners named through the people who accept for them (pipeline.extract.people, awards)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import sources
from pipeline.extract import extract
from pipeline.orgs import Reference
from tests.inputs_support import extract_text

LERTRAT_2568 = "วันนี้ (18 กันยายน 2568) นายกรัฐมนตรีเป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี พ.ศ. 2568\n"


def found(text: str, ref: Reference) -> list[tuple]:
    return [(a.recipient.name_th, a.award_th, a.level) for a in extract_text(text, ref).awards]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the title's organization, then its abbreviation in brackets, then the verb
            "[ภาพที่ 1] ผศ.ดร.อรุณี ศรีสุข รองอธิการบดีฝ่ายบริหาร มหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี (มทร.ธัญบุรี) รับมอบรางวัลเลิศรัฐ "
            "สาขาบริการภาครัฐ ประเภทการพัฒนาการบริการ ระดับดี จากรองนายกรัฐมนตรี เมื่อวันพุธที่ 16 กันยายน 2563\n",
            [
                (
                    "มหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี",
                    "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทการพัฒนาการบริการ",
                    "ระดับดี",
                )
            ],
        ),
        (  # the title before, the name in brackets
            "เมื่อวานนี้ ท่านนายก อบต.โพนสว่าง (นายประยงค์ ศรีบุญเรือง) ขึ้นรับรางวัลองค์กรปกครองส่วนท้องถิ่นดิจิทัลดีเด่น "
            "ในงาน Digital Government Awards 2024\n",
            [("องค์การบริหารส่วนตำบลโพนสว่าง", "รางวัลองค์กรปกครองส่วนท้องถิ่นดิจิทัลดีเด่น", None)],
        ),
        (  # handed to the agencies' envoys, listed by name and title
            LERTRAT_2568 + "จากนั้น นายกรัฐมนตรีได้มอบรางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ แก่ผู้แทนหน่วยงาน ดังนี้ "
            "นายวิศิษฐ์ พรหมมา อธิบดีกรมสรรพสามิต นางอรวรรณ ศรีสมบูรณ์ ผู้ว่าราชการจังหวัดนครพนม และ นพ.ชาตรี วงศ์ใหญ่ "
            "ผู้อำนวยการโรงพยาบาลมหาราชนครราชสีมา\n",
            [
                ("กรมสรรพสามิต", "รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ", None),
                ("จังหวัดนครพนม", "รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ", None),
                ("โรงพยาบาลมหาราชนครราชสีมา", "รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ", None),
            ],
        ),
        (  # "the award" handed over, its branch and level said before in the sentence
            LERTRAT_2568 + "สำหรับสาขาบริการภาครัฐ ระดับดีเด่น นายกรัฐมนตรีมอบรางวัลให้กับกรมการกงสุล กระทรวงการต่างประเทศ "
            "จากผลงานหนังสือเดินทางออนไลน์ (e-Passport Appointment) และสำนักงานประกันสังคม\n",
            [
                ("กรมการกงสุล", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ", "ระดับดีเด่น"),
                ("สำนักงานประกันสังคม", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ", "ระดับดีเด่น"),
            ],
        ),
    ],
    ids=["title-then-abbreviation", "name-in-brackets", "to-the-envoys", "branch-said-before"],
)
def test_winners_named_through_who_accepted(text: str, expected: list, ref: Reference) -> None:
    assert found(text, ref) == expected


@pytest.mark.parametrize(
    "text",
    [
        "เมื่อพิธีจบลง ผู้บริหารกระทรวงมหาดไทยเดินทักทายผู้ได้รับรางวัลในสังกัด",
        "ผู้ว่าราชการจังหวัดแสดงความยินดีกับผู้ได้รับรางวัลทุกหน่วยงาน",
    ],
    ids=["greeting-the-winners", "congratulating-the-winners"],
)
def test_who_spoke_or_greeted_the_winners_won_nothing(text: str, ref: Reference) -> None:
    article = extract_text(LERTRAT_2568 + text + "\n", ref)
    assert [a.recipient.name_th for a in article.awards] == []


def test_a_name_ends_before_a_glued_verb_of_speaking(ref: Reference) -> None:
    text = LERTRAT_2568 + "รองอธิบดีกรมบังคับคดีให้สัมภาษณ์หลังรับรางวัลว่า กรมฯ เตรียมขยายบริการไกล่เกลี่ยออนไลน์\n"
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == ["กรมบังคับคดี"]


def test_the_shortlist_before_the_judges_decided_won_nothing(ref: Reference) -> None:
    """ "… ผ่านเข้ารอบสุดท้าย 10 แห่ง เช่น A B และ C ก่อนที่คณะกรรมการจะตัดสินให้ 3 แห่งได้รับรางวัล": some of them won,
    the text does not say which."""
    text = (
        "สพร. จัดพิธีมอบรางวัลรัฐบาลดิจิทัล ประจำปี 2565 เมื่อวันที่ 30 พฤศจิกายน 2565\n"
        "การประกวดระดับท้องถิ่นปีนี้ มีองค์กรปกครองส่วนท้องถิ่นผ่านเข้ารอบสุดท้าย 10 แห่ง เช่น เทศบาลเมืองร้อยเอ็ด "
        "เทศบาลตำบลบ้านไผ่ และองค์การบริหารส่วนจังหวัดมหาสารคาม ก่อนที่คณะกรรมการจะตัดสินให้ 3 แห่งได้รับรางวัล\n"
    )
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the offices that came with the deputy governor did not win
            "สพร. มอบรางวัลรัฐบาลดิจิทัล ประจำปี 2564 เมื่อวันที่ 23 ธันวาคม 2564\n"
            "นางสาวอรุณี แก้วประเสริฐ รองผู้ว่าราชการจังหวัดเชียงราย พร้อมด้วยสำนักงานจังหวัดเชียงราย "
            "และสำนักงานสถิติจังหวัดเชียงราย ร่วมรับรางวัลรัฐบาลดิจิทัล ประจำปี 2564 ระดับจังหวัด ผ่านระบบการประชุมออนไลน์\n",
            ["จังหวัดเชียงราย"],
        ),
        (  # an envoy of the faculty accepts the hospital's award
            "เมื่อวันศุกร์ที่ 14 กันยายน 2561 ศ.นพ.ชาญชัย ทองประไพ รองคณบดีฝ่ายโรงพยาบาล คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น "
            "เป็นผู้แทนรับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดีเด่น ของโรงพยาบาลศรีนครินทร์ คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น\n",
            ["โรงพยาบาลศรีนครินทร์"],
        ),
        (  # the organizer named before "และรับรางวัลดังนี้"
            "อบต.นาป่า รับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2564\n"
            "วันพฤหัสบดีที่ 16 กันยายน 2564 นายกองค์การบริหารส่วนตำบลนาป่า พร้อมคณะผู้บริหาร ร่วมรับชมพิธีมอบรางวัลเลิศรัฐ "
            "ประจำปี พ.ศ. 2564 ผ่านระบบออนไลน์ ซึ่งจัดโดยสำนักงาน ก.พ.ร. และรับรางวัลดังนี้\n"
            "| สาขา | ประเภท | ระดับ | ผลงาน |\n|---|---|---|---|\n"
            "| บริการภาครัฐ | พัฒนาการบริการ | ดี | ศูนย์บริการร่วมออนไลน์ อบต.นาป่า |\n",
            ["องค์การบริหารส่วนตำบลนาป่า"],
        ),
    ],
    ids=["came-with", "envoy-of-the-owner", "organized-by"],
)
def test_who_accepted_for_whom(text: str, expected: list, ref: Reference) -> None:
    assert sorted({a.recipient.name_th for a in extract_text(text, ref).awards}) == expected


def test_congratulated_with_its_faculty_and_university_the_hospital_won(ref: Reference) -> None:
    text = (
        "สำนักงาน ก.พ.ร. มอบรางวัลเลิศรัฐ ประจำปี 2564 เมื่อวันที่ 16 กันยายน 2564\n"
        "มูลนิธิโรงพยาบาลมหาราชนครเชียงใหม่ ขอแสดงความยินดีกับโรงพยาบาลมหาราชนครเชียงใหม่ คณะแพทยศาสตร์ มหาวิทยาลัยเชียงใหม่ "
        "ที่ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี\n"
    )
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == ["โรงพยาบาลมหาราชนครเชียงใหม่"]


def test_the_same_category_is_the_award_named_before(ref: Reference) -> None:
    text = (
        "การไฟฟ้านครหลวง (กฟน.) เข้ารับรางวัลบริการดิจิทัลดีเด่น ในงานมอบรางวัลรัฐบาลดิจิทัล ประจำปี 2564 "
        "เมื่อวันศุกร์ที่ 24 ธันวาคม 2564\n"
        "สำหรับรางวัลในประเภทเดียวกันปีนี้ มีหน่วยงานได้รับรางวัลอีก 2 หน่วยงาน ได้แก่ กรมสรรพากร และกรมการขนส่งทางบก\n"
    )
    found = [(a.recipient.name_th, a.award_th) for a in extract_text(text, ref).awards]
    assert found == [
        ("การไฟฟ้านครหลวง", "รางวัลบริการดิจิทัลดีเด่น"),
        ("กรมสรรพากร", "รางวัลบริการดิจิทัลดีเด่น"),
        ("กรมการขนส่งทางบก", "รางวัลบริการดิจิทัลดีเด่น"),
    ]


def test_who_will_follow_the_winners_ways_won_nothing(ref: Reference) -> None:
    text = LERTRAT_2568 + "ทั้งนี้ สถ. จะนำแนวทางของผู้ได้รับรางวัลไปเผยแพร่แก่ อปท. ทั่วประเทศต่อไป\n"
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == []


def test_named_as_not_on_the_list_of_winners_won_nothing(ref: Reference) -> None:
    text = LERTRAT_2568 + (
        "ส่วนจังหวัดขอนแก่นและจังหวัดเชียงใหม่ ได้เพียงคำชมจากกรรมการว่า “มีพัฒนาการโดดเด่น” แต่ไม่มีชื่อในรายการผู้ได้รับรางวัล\n"
    )
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == []


def test_the_award_said_after_the_list_is_the_listed_winners(ref: Reference) -> None:
    """ "…ได้แก่ กรมการกงสุล จากผลงาน… และสำนักงานประกันสังคม จากผลงาน… ทั้งสองหน่วยงานได้รับรางวัลเลิศรัฐ สาขา… ระดับดีเด่น"."""
    path = Path(__file__).parents[1] / "fixtures/articles74/thaigov-lertrat-2561-pm-presides.txt"
    found = [(a.recipient.name_th, a.award_th) for a in extract(sources.read(path), ref).awards]
    award = "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ"
    assert found == [("กรมการกงสุล", award), ("สำนักงานประกันสังคม", award)]


@pytest.mark.parametrize(
    "said",
    [
        "ทั้งนี้ ปี 2561 กปภ. ได้รับรางวัลบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ มาแล้ว จากผลงานระบบชำระค่าน้ำ",
        "ทั้งนี้ ต่อเนื่องจากปี 2566 ที่ กปภ. ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี มาแล้ว",
    ],
    ids=["this-said-year", "continuing-from-year"],
)
def test_an_earlier_years_win_told_as_background_is_not_this_years(said: str, ref: Reference) -> None:
    text = LERTRAT_2568 + "การประปาส่วนภูมิภาค (กปภ.) ได้รับรางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม ระดับดี\n" + said + "\n"
    found = [a.award_th for a in extract_text(text, ref).awards]
    assert found == ["รางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม"]


def test_the_same_category_then_more_words_is_the_award_named_before(ref: Reference) -> None:
    text = (
        "กรมการจัดหางาน เข้ารับรางวัลบริการดิจิทัลดีเด่น ในงานมอบรางวัลรัฐบาลดิจิทัล ประจำปี 2561 "
        "เมื่อวันที่ 20 ธันวาคม 2561\n"
        "ในประเภทเดียวกันนี้ยังมีหน่วยงานที่ได้รับรางวัลอีก ได้แก่ กรมการกงสุล และกรมพัฒนาธุรกิจการค้า\n"
    )
    found = {(a.recipient.name_th, a.award_th) for a in extract_text(text, ref).awards}
    assert ("กรมการกงสุล", "รางวัลบริการดิจิทัลดีเด่น") in found


def test_quoted_winners_joined_by_and_before_a_relative_clause(ref: Reference) -> None:
    text = (
        "สพร. มอบรางวัลรัฐบาลดิจิทัล ประจำปี 2569 เมื่อวันที่ 19 พฤศจิกายน 2569\n"
        'ไฮไลต์ของปีนี้อยู่ที่ "กรมบัญชีกลาง" และ "กรมสรรพสามิต" ซึ่งคว้า ‘รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม’ ไปครอง\n'
    )
    assert [a.recipient.name_th for a in extract_text(text, ref).awards] == ["กรมบัญชีกลาง", "กรมสรรพสามิต"]


def test_who_went_up_to_accept_is_said_after_the_verb_not_before(ref: Reference) -> None:
    text = (
        "เมื่อวันที่ 21 พฤศจิกายน 2566 องค์การบริหารส่วนจังหวัดขอนแก่น ได้รับรางวัลองค์กรปกครองส่วนท้องถิ่นดิจิทัลดีเด่น\n"
        'ผู้อำนวยการกองสาธารณสุข กล่าวว่า "รพ.สต.บ้านโคกสี เป็นแห่งแรกที่ใช้ระบบนี้" อย่างไรก็ดี '
        "ผู้ที่ขึ้นรับรางวัลบนเวทีคือ นายก อบจ.ขอนแก่น\n"
    )
    assert [name for name, _, _ in found(text, ref)] == ["องค์การบริหารส่วนจังหวัดขอนแก่น"]


def test_a_headline_abbreviation_the_body_expands_is_the_bodys_organization(ref: Reference) -> None:
    text = (
        "รพ.มข. รับรางวัล DIGI Data Awards 2025\n\n"
        "เมื่อวันที่ 26 สิงหาคม 2568 นพ.สมชาย ดีงาม รองผู้อำนวยการ โรงพยาบาลมหาวิทยาลัยขอนแก่นนคร (รพ.มข.) "
        "เป็นตัวแทนเข้ารับรางวัล DIGI Data Awards 2025 ประเภท Open Data Awards ระดับดี จากสพร.\n"
    )
    assert {name for name, _, _ in found(text, ref)} == {"โรงพยาบาลมหาวิทยาลัยขอนแก่นนคร"}


def test_where_a_unit_was_moved_to_is_no_winner(ref: Reference) -> None:
    text = (
        "เมื่อวันที่ 1 ตุลาคม 2564 สำนักงาน ก.พ.ร. มอบรางวัลเลิศรัฐ ประจำปี 2564\n"
        "๒) โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านสันทราย ซึ่งถ่ายโอนมาสังกัด อบจ.ลำปาง ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ "
        "ประเภทนวัตกรรมการบริการ ระดับดีเด่น\n"
    )
    assert found(text, ref) == [
        (
            "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านสันทราย",
            "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ",
            "ระดับดีเด่น",
        )
    ]


def test_a_person_and_title_alone_on_the_line_above_the_verb_win_for_the_titles_organization(ref: Reference) -> None:
    text = (
        "สกลนคร - เมื่อวานนี้ (12 ก.ย. 66) เวลา 09.30 น.\n"
        "นพ.สมชาย ใจดี ผู้อำนวยการโรงพยาบาลสกลนคร\n"
        "เข้ารับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดีเด่น\n"
    )
    assert found(text, ref) == [("โรงพยาบาลสกลนคร", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ", "ระดับดีเด่น")]


def test_an_organization_alone_on_the_line_above_an_emoji_and_the_verb_is_the_subject(ref: Reference) -> None:
    # (a post's layout: the line the verb opens may start with an emoji, as the line above may)
    text = (
        "อบต.บ้านกลาง อ.เมืองลำพูน จ.ลำพูน\n"
        "🏆 ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประจำปี 2567\n\n"
        "เมื่อวันที่ 10 กันยายน 2567 ที่ผ่านมา ได้เข้าร่วมพิธีมอบรางวัล\n"
    )
    assert found(text, ref) == [("องค์การบริหารส่วนตำบลบ้านกลาง", "รางวัลเลิศรัฐ สาขาบริการภาครัฐ", None)]


def test_the_awards_bulleted_under_a_ceremony_received_at(ref: Reference) -> None:
    text = (
        "เมื่อวันพฤหัสบดีที่ 12 กันยายน 2562 นายแพทย์สมชาย ใจดี ผู้อำนวยการโรงพยาบาลลำปาง "
        'เข้ารับรางวัลจากงาน "รางวัลเลิศรัฐ ประจำปี 2562" ณ อิมแพ็ค ฟอรั่ม เมืองทองธานี ดังนี้\n'
        "• รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี จากผลงาน “ระบบนัดออนไลน์”\n"
        "• รางวัลการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม ระดับดี\n"
    )
    assert [(name, award) for name, award, _ in found(text, ref)] == [
        ("โรงพยาบาลลำปาง", "รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ"),
        ("โรงพยาบาลลำปาง", "รางวัลการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม"),
    ]


def test_a_second_award_joined_to_a_list_items_first(ref: Reference) -> None:
    text = (
        "เมื่อวันพฤหัสบดีที่ 18 ก.ย. 68 สำนักงาน ก.พ.ร. จัดพิธีมอบรางวัลเลิศรัฐ ประจำปี 2568 หน่วยงานในจังหวัดที่ได้รับรางวัล ได้แก่\n"
        "1) เทศบาลนครขอนแก่น รางวัลบริการภาครัฐ ประเภทยกระดับการให้บริการ ระดับดี\n"
        "2) โรงพยาบาลขอนแก่น รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดีเด่น "
        "และรางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี\n"
    )
    assert [(name, award) for name, award, _ in found(text, ref)][-2:] == [
        ("โรงพยาบาลขอนแก่น", "รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ"),
        ("โรงพยาบาลขอนแก่น", "รางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ"),
    ]


def test_a_title_said_before_the_name_is_whose_win_the_person_received(ref: Reference) -> None:
    text = (
        "เมื่อวันที่ 19 พฤศจิกายน 2569 สพร. จัดงานประกาศรางวัลรัฐบาลดิจิทัล ประจำปี 2569\n"
        "บนเวทีเดียวกัน ผู้ว่าราชการจังหวัดลำปาง นายสมชาย ใจดี ได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับจังหวัด\n"
    )
    assert found(text, ref) == [("จังหวัดลำปาง", "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับจังหวัด", None)]


def test_a_unit_said_to_belong_to_the_one_named_before_wins_itself(ref: Reference) -> None:
    text = (
        "เมื่อวันที่ 18 กันยายน 2568 สำนักงาน ก.พ.ร. จัดพิธีมอบรางวัลเลิศรัฐ ประจำปี 2568\n"
        "สำนักงานจัดหางานจังหวัดลำปาง ซึ่งเป็นหน่วยงานในสังกัด ก็ได้รับรางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี\n"
    )
    assert found(text, ref) == [("สำนักงานจัดหางานจังหวัดลำปาง", "รางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ", "ระดับดี")]


def test_as_many_as_two_awards_then_the_two(ref: Reference) -> None:
    text = (
        "เมื่อวันที่ 18 กันยายน 2568 สำนักงาน ก.พ.ร. จัดพิธีมอบรางวัลเลิศรัฐ ประจำปี 2568\n"
        "นายสมชาย ใจดี อธิบดีกรมพัฒนาฝีมือแรงงาน ได้ขึ้นรับรางวัลถึง 2 รางวัล คือ รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ "
        'ระดับดีเด่น จากผลงาน "ฝึกง่าย" และรางวัลการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม ระดับดี\n'
    )
    assert [award for _, award, _ in found(text, ref)] == [
        "รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ",
        "รางวัลการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม",
    ]


def test_a_hospitals_english_name_between_it_and_its_faculty(ref: Reference) -> None:
    text = (
        "เมื่อวันอังคารที่ 12 กันยายน 2566 สำนักงาน ก.พ.ร. จัดพิธีมอบรางวัลเลิศรัฐ ประจำปี พ.ศ. 2566\n"
        "โรงพยาบาลธรรมศาสตร์เฉลิมพระเกียรติ (Thammasat Hospital) คณะแพทยศาสตร์ มหาวิทยาลัยธรรมศาสตร์ ได้รับรางวัลบริการภาครัฐ "
        "ประเภทพัฒนาการบริการ ระดับดี\n"
    )
    assert [name for name, _, _ in found(text, ref)] == ["โรงพยาบาลธรรมศาสตร์เฉลิมพระเกียรติ"]


def test_a_programme_received_then_its_awards_bulleted_below_with_their_works(ref: Reference) -> None:
    text = (
        "เมื่อวันที่ 8 ก.ย. 65 ที่ผ่านมา ผู้อำนวยการโรงพยาบาลราชบุรี นพ.สมชาย ใจดี เข้ารับรางวัลเลิศรัฐ ประจำปี 2565 "
        "จากรองนายกรัฐมนตรี ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ ดังนี้\n"
        '👉 รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดีเด่น : "ส่งยาถึงบ้าน"\n'
        '👉 รางวัลบริการภาครัฐ ประเภทขยายผลนวัตกรรมการบริการ ระดับดี : "ศูนย์ไตเทียมชุมชน"\n'
    )
    assert found(text, ref) == [
        ("โรงพยาบาลราชบุรี", "รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ", "ระดับดีเด่น"),
        ("โรงพยาบาลราชบุรี", "รางวัลบริการภาครัฐ ประเภทขยายผลนวัตกรรมการบริการ", "ระดับดี"),
    ]


def test_list_items_that_are_only_local_executives_titles(ref: Reference) -> None:
    text = (
        "กรมส่งเสริมการปกครองท้องถิ่น ขอแสดงความยินดีกับองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2565 "
        "ประเภทรางวัลท้องถิ่นดิจิทัล ซึ่ง สพร. จัดพิธีมอบรางวัลเมื่อวันที่ 30 พฤศจิกายน 2565 "
        "โดยมีผู้บริหารท้องถิ่นเข้ารับรางวัล ดังนี้\n"
        "- นายกเทศมนตรีตำบลบ้านโป่ง จังหวัดราชบุรี\n"
        "- นายกองค์การบริหารส่วนตำบลหนองปลิง จังหวัดนครสวรรค์\n"
    )
    assert [name for name, _, _ in found(text, ref)] == ["เทศบาลตำบลบ้านโป่ง", "องค์การบริหารส่วนตำบลหนองปลิง"]
