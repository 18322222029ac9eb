"""The event date from a relative day written alone (no date after it): the posting date plus its offset,
only when the word is the time of the award clause."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline import sources
from pipeline.extract import extract
from pipeline.model import Article, Event, Source
from pipeline.orgs import Reference

HEADLINE = "กรมควบคุมโรครับรางวัลเลิศรัฐ ประจำปี 2561\nวันเสาร์ที่ 15 กันยายน 2561\n"
AWARD = "กรมควบคุมโรคได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี"


def event(tmp_path: Path, body: str, ref: Reference) -> Event:
    path = tmp_path / "article.txt"
    path.write_text(HEADLINE + body + "\n", encoding="utf-8")
    article = extract(sources.read(path), ref)
    assert article.source.published == dt.date(2018, 9, 15)
    (found,) = article.events
    return found


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (f"เมื่อวานนี้ {AWARD}", dt.date(2018, 9, 14)),
        (f"วันนี้ {AWARD}", dt.date(2018, 9, 15)),
        (f"{AWARD} เมื่อบ่ายวันนี้ ณ ทำเนียบรัฐบาล", dt.date(2018, 9, 15)),
        (f"{AWARD} ในพิธีที่สำนักงาน ก.พ.ร. จัดขึ้นเมื่อวาน ณ ทำเนียบรัฐบาล", dt.date(2018, 9, 14)),
        # a date written after the word is the date
        (f"เมื่อวานนี้ (13 กันยายน 2561) {AWARD}", dt.date(2018, 9, 13)),
    ],
    ids=["yesterday", "today", "this-afternoon-after-the-clause", "held-yesterday", "yesterday-with-its-date"],
)
def test_a_relative_day_that_times_the_award_clause(tmp_path: Path, body: str, date: dt.date, ref: Reference) -> None:
    assert event(tmp_path, body, ref).date == date


@pytest.mark.parametrize(
    "body",
    [
        f"{AWARD} จากผลงานที่พัฒนามาจนถึงวันนี้",  # "until today": no time of an event
        f"{AWARD}\nแต่วันนี้ประชาชนสามารถแจ้งข่าวได้ทางออนไลน์",  # another clause, another line
    ],
    ids=["until-today", "but-today"],
)
def test_a_relative_day_that_is_not_the_time_of_the_award(tmp_path: Path, body: str, ref: Reference) -> None:
    assert event(tmp_path, body, ref).date_stated != "วันนี้"


def read(tmp_path: Path, text: str, ref: Reference) -> Article:
    """The article a file of ``text`` gives (its posting date read from the text, as a saved file's is)."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract(sources.read(path), ref)


def dated(tmp_path: Path, text: str, ref: Reference) -> tuple[dt.date | None, dt.date | None]:
    article = read(tmp_path, text, ref)
    (found,) = article.events
    return article.source.published, found.date


FILLER = "เพื่อยกย่องหน่วยงานภาครัฐที่พัฒนาการให้บริการประชาชนอย่างต่อเนื่องและเป็นแบบอย่างที่ดีแก่หน่วยงานอื่น ๆ ต่อไปในอนาคต"


def test_a_labelled_ceremony_date_on_a_results_page(tmp_path: Path, ref: Reference) -> None:
    """ "พิธีมอบรางวัล : วันพฤหัสบดีที่ 21 กันยายน 2566": the ceremony, not the page's posting date above it."""
    text = (
        "สำนักงาน ก.พ.ร.\nเผยแพร่ 31 ส.ค. 2566 | ผู้เข้าชม 1,234\n\nประกาศผลการตัดสินรางวัลเลิศรัฐ ประจำปี พ.ศ. 2566\n"
        "พิธีมอบรางวัล : วันพฤหัสบดีที่ 21 กันยายน 2566 เวลา 09.30 น. ณ อิมแพ็ค ฟอรั่ม (มอบรางวัลแล้ว)\n\n"
        "สาขาบริการภาครัฐ\n1. กรมการแพทย์\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2023, 8, 31), dt.date(2023, 9, 21))


def test_a_summary_date_above_a_body_that_states_none(tmp_path: Path, ref: Reference) -> None:
    """ "• วันที่ : 25 ส.ค. 68" in a bullet summary above the body."""
    text = (
        "สสช. รับรางวัลหน่วยงานต้นแบบด้านการเปิดเผยข้อมูล\n25 ส.ค. 68 | ข่าวกิจกรรม | เข้าชม 412 ครั้ง\n\n"
        "• วันที่ : 25 ส.ค. 68 เวลา 14.00 น.\n• สถานที่ : โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลเวิลด์\n• ผู้จัด : สพร.\n"
        "• ผลงาน : เปิดเผยชุดข้อมูลสถิติทางการผ่าน data.go.th และ NSO Open Data API ให้ประชาชนนำไปใช้ประโยชน์ได้ทันที\n"
        "• ผู้รับรางวัล : รองผู้อำนวยการสำนักงานสถิติแห่งชาติ\n\n"
        f"สำนักงานสถิติแห่งชาติได้รับรางวัลหน่วยงานต้นแบบด้านการเปิดเผยข้อมูล ระดับดีเด่น {FILLER}\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2025, 8, 25), dt.date(2025, 8, 25))


def test_a_dated_line_broken_before_the_body(tmp_path: Path, ref: Reference) -> None:
    """ "เมื่อวันที่ 1 ก.ย. 59 … เข้ารับ" on a short line, the sentence going on in the body's first line."""
    text = (
        "กรมศุลกากร\n02/09/2559\n\nกรมศุลกากรรับรางวัลบริการภาครัฐ\n\n"
        "เมื่อวันที่ 1 ก.ย. 59 รองอธิบดีกรมศุลกากร เป็นผู้แทนกรมศุลกากรเข้ารับ\n"
        f"รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดีเด่น จากนายกรัฐมนตรี {FILLER}\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2016, 9, 2), dt.date(2016, 9, 1))


def test_a_yearless_date_after_the_award_clause(tmp_path: Path, ref: Reference) -> None:
    """ "ได้รับรางวัล … จากเวที DG Awards 2025 เมื่อวันที่ 17 พ.ย. ที่ผ่านมา", in a story dated by another event."""
    text = (
        "ขบ. เข้มรถโดยสารช่วงปีใหม่\n26 ธ.ค. 2568 11:05 น.\n\n"
        f"เมื่อวันที่ 26 ธ.ค. 2568 อธิบดีกรมการขนส่งทางบก เปิดเผยว่า ได้สั่งการให้ตั้งจุดตรวจทั่วประเทศ {FILLER}\n\n"
        "ทั้งนี้ กรมการขนส่งทางบกเพิ่งได้รับรางวัลหน่วยงานคุณภาพด้านบริการดิจิทัล จากเวที DG Awards 2025 "
        "เมื่อวันที่ 17 พ.ย. ที่ผ่านมา\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2025, 12, 26), dt.date(2025, 11, 17))


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (f"ในวันพรุ่งนี้ {AWARD.replace('ได้รับ', 'จะเดินทางไปรับ')}", dt.date(2018, 9, 16)),
        (f"เมื่อวันศุกร์ที่ผ่านมา {AWARD}", dt.date(2018, 9, 14)),
        (f"เมื่อวันเสาร์ที่ผ่านมา {AWARD}", dt.date(2018, 9, 8)),  # the posting day's weekday: a week before
        (f"{AWARD} เมื่อวันที่ 6 ที่ผ่านมา ณ ทำเนียบรัฐบาล", dt.date(2018, 9, 6)),
        (f"{AWARD} เมื่อวันที่ 28 ที่ผ่านมา ณ ทำเนียบรัฐบาล", dt.date(2018, 8, 28)),  # after the 15th: last month
    ],
    ids=["tomorrow", "last-friday", "last-saturday", "day-only", "day-only-last-month"],
)
def test_a_day_said_from_the_posting_date(tmp_path: Path, body: str, date: dt.date, ref: Reference) -> None:
    assert event(tmp_path, body, ref).date == date


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            f"สำนักงาน ก.พ.ร. ประกาศผลเมื่อวันที่ 30 มิถุนายน 2561 ว่า{AWARD} ต่อมาเมื่อวันที่ 14 กันยายน 2561 "
            "รองอธิบดีได้เข้ารับรางวัลในพิธีมอบรางวัลเลิศรัฐ",
            dt.date(2018, 9, 14),
        ),
        (
            f"เมื่อวันที่ 12 มิถุนายน 2561 คณะกรรมการลงพื้นที่ประเมินผลงาน และในที่สุด{AWARD}\n\n"
            "พิธีมอบรางวัลจัดขึ้นเมื่อวันที่ 14 กันยายน 2561 ณ ทำเนียบรัฐบาล โดยรองอธิบดีเป็นผู้รับรางวัล",
            dt.date(2018, 9, 14),
        ),
        (f"สำนักงาน ก.พ.ร. ประกาศผลเมื่อวันที่ 30 มิถุนายน 2561 ว่า{AWARD}", dt.date(2018, 6, 30)),  # no other
    ],
    ids=["results-announced-then-ceremony", "evaluation-visit-then-ceremony", "results-only"],
)
def test_the_ceremony_date_before_the_date_of_another_step(
    tmp_path: Path, body: str, date: dt.date, ref: Reference
) -> None:
    assert event(tmp_path, body, ref).date == date


def test_the_ceremony_date_before_a_notices_signing_date(tmp_path: Path, ref: Reference) -> None:
    """ "ประกาศ ณ วันที่ …" dates the notice, not the ceremony it announces."""
    body = f"{AWARD}\nประกาศ ณ วันที่ 25 สิงหาคม 2561 โดยพิธีมอบรางวัลจะจัดขึ้นในวันพฤหัสบดีที่ 13 กันยายน 2561 ณ ทำเนียบรัฐบาล"
    assert event(tmp_path, body, ref).date == dt.date(2018, 9, 13)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "โฆษกเปิดเผยว่า ในการประชุมเมื่อเช้าวันนี้ (15 กันยายน 2561) รัฐมนตรีได้แสดงความยินดีกับกรมควบคุมโรคที่ได้รับ"
            "รางวัลเลิศรัฐ ประจำปี 2561 ซึ่งจัดพิธีมอบรางวัลไปเมื่อวันพุธที่ 12 กันยายน 2561 ณ ศูนย์การประชุม",
            dt.date(2018, 9, 12),  # a meeting, then the ceremony named before its date
        ),
        (f"สำนักงาน ก.พ.ร. ประกาศผลในพิธีมอบรางวัลบ่ายวันนี้ โดย{AWARD}", dt.date(2018, 9, 15)),
    ],
    ids=["ceremony-named-before-its-date", "ceremony-this-afternoon"],
)
def test_the_date_the_text_says_is_the_ceremonys(tmp_path: Path, body: str, date: dt.date, ref: Reference) -> None:
    assert event(tmp_path, body, ref).date == date


def test_the_day_the_award_was_received_over_a_meeting_today(tmp_path: Path, ref: Reference) -> None:
    body = (
        "วันนี้ (15 กันยายน 2561) เวลา 09.30 น. ผู้ว่าราชการจังหวัดเป็นประธานการประชุม และแสดงความยินดีกับหน่วยงานที่ได้รับ"
        "รางวัลเลิศรัฐ ประจำปี 2561 ซึ่งได้รับมอบรางวัลจากสำนักงาน ก.พ.ร. เมื่อวันที่ 10 กันยายน 2561 ได้แก่ กรมควบคุมโรค"
    )
    assert event(tmp_path, body, ref).date == dt.date(2018, 9, 10)


def test_a_weekday_opening_the_body_over_a_posting_stamp(tmp_path: Path, ref: Reference) -> None:
    body = (
        "วันศุกร์ที่ 14 กันยายน 2561 นายแพทย์สาธารณสุขจังหวัดนครปฐม เข้ารับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ "
        'ระดับดี จากผลงาน "คลินิกหมอครอบครัว ดูแลผู้สูงอายุติดเตียงถึงบ้าน" ณ ศูนย์การประชุมอิมแพ็ค เมืองทองธานี\n\n'
        "โพสต์เมื่อ 15 ก.ย. 2561 โดย admin"
    )
    assert event(tmp_path, body, ref).date == dt.date(2018, 9, 14)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (  # the dateline is the story's date; the ceremony's is in the sentence
            "Department of Lands wins award\n\nBangkok, 5 December 2024 – The Department of Lands received the "
            "Outstanding Digital Government Agency Award at the Digital Government Awards 2024 ceremony, organised "
            "by the Digital Government Development Agency (DGA) on Wednesday, 4 December 2024 at the Queen Sirikit "
            "National Convention Center.\n",
            dt.date(2024, 12, 5),
            dt.date(2024, 12, 4),
        ),
        (  # a Thai dateline, the ceremony the day before
            "กรมที่ดินรับรางวัล\n\nกรุงเทพฯ 5 ธ.ค. 2567 – กรมที่ดินได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น จากงาน "
            "Digital Government Awards 2024 ซึ่งจัดขึ้นเมื่อวันที่ 4 ธันวาคม 2567 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ "
            "โดยมีผู้บริหารเข้าร่วมงานจำนวนมาก\n",
            dt.date(2024, 12, 5),
            dt.date(2024, 12, 4),
        ),
        (  # the dateline alone dates the story and, with nothing else said, the award
            "Department of Lands wins award\n\nBangkok, 5 December 2024 – The Department of Lands received the "
            "Outstanding Digital Government Agency Award at the Digital Government Awards 2024, organised by the "
            "Digital Government Development Agency (DGA) at the Queen Sirikit National Convention Center.\n",
            dt.date(2024, 12, 5),
            dt.date(2024, 12, 5),
        ),
        (  # no dateline: the time of the clause that follows it
            "กรมที่ดินรับรางวัล\n\nเมื่อวันที่ 5 ธ.ค. 2567 – กรมที่ดินได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น จากงาน "
            "Digital Government Awards 2024 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ ส่วนพิธีปิดงานมีขึ้นวันที่ 6 ธันวาคม 2567 "
            "โดยมีผู้บริหารเข้าร่วมงานจำนวนมาก\n",
            None,
            dt.date(2024, 12, 5),
        ),
    ],
    ids=["english-dateline", "thai-dateline", "dateline-only", "time-of-the-clause-is-no-dateline"],
)
def test_a_dateline_dates_the_story(tmp_path: Path, text: str, published, date: dt.date, ref: Reference) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = extract(sources.read(path), ref)
    assert (article.source.published, article.events[0].date) == (published, date)


def test_a_ceremony_date_in_a_table_of_fields_under_a_related_line(tmp_path: Path, ref: Reference) -> None:
    """A local government's page as trafilatura gives it: its layout as long table rows above the body, a posting
    label, a related line with its pointers, then the award's fields as a table."""
    menu = "| หน้าแรก | ข้อมูลทั่วไป | บุคลากร | ข่าวประชาสัมพันธ์ | กระดานสนทนา | ติดต่อเรา | " * 3
    text = (
        f"เทศบาลตำบลบ้านแป้น\n{menu}\nเทศบาลตำบลบ้านแป้น รับรางวัลเลิศรัฐ ปี 2561\nลงวันที่ 17 ก.ย. 2561 โดย admin\n"
        "เทศบาลตำบลบ้านแป้น ขอขอบคุณประชาชนทั้ง 9 หมู่บ้าน ที่ร่วมกันคัดแยกขยะจนปริมาณขยะที่ส่งกำจัดลดลงร้อยละ 35 "
        "ทำให้เทศบาลได้รับรางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม ในครั้งนี้\n"
        "ข่าวที่เกี่ยวข้อง » เทศบาลตำบลอุโมงค์ รับรางวัล » ประชาสัมพันธ์การชำระภาษีป้าย\n"
        "| ระดับรางวัล | ระดับดี |\n| วันที่รับรางวัล | 14 กันยายน 2561 |\n| สถานที่ | อิมแพ็ค ฟอรั่ม เมืองทองธานี |\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2018, 9, 17), dt.date(2018, 9, 14))


def test_a_posting_label_is_not_the_time_of_the_award(tmp_path: Path, ref: Reference) -> None:
    """An ASP.NET page as trafilatura gives it, one line: the headline, "ลงวันที่ : 09/09/2565" (posted on), the body."""
    text = (
        "กรมพัฒนาฝีมือแรงงาน :: รายละเอียดข่าว\n\nกพร. รับรางวัลเลิศรัฐ ประจำปี 2565 ลงวันที่ : 09/09/2565 "
        "จำนวนผู้อ่าน : 512 เมื่อวันที่ 8 กันยายน 2565 เวลา 10.00 น. รองอธิบดีกรมพัฒนาฝีมือแรงงาน เป็นผู้แทนกรมเข้ารับรางวัล"
        "เลิศรัฐ ประจำปี พ.ศ. 2565 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ ณ ศูนย์แสดงสินค้าและการประชุม อิมแพ็ค\n"
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(sources.read(path), ref).events[0].date == dt.date(2022, 9, 8)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (  # a body opening with its weekday and date, a posting stamp with its time under it
            "จังหวัดเชียงใหม่ รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับจังหวัด ประจำปี 2567\n\n"
            "วันอังคารที่ 10 ธันวาคม 2567 เวลา 13.30 น. ณ โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลเวิลด์ รองผู้ว่าราชการจังหวัด"
            "เชียงใหม่ เป็นผู้แทนจังหวัดเชียงใหม่ เข้ารับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับจังหวัด ในงานประกาศรางวัลรัฐบาลดิจิทัล\n\n"
            "ข่าว : ศุภชัย ใจดี\nวันที่ 11 ธันวาคม 2567 เวลา 09:42:18  เข้าชม 318 ครั้ง\n",
            dt.date(2024, 12, 10),
        ),
        (  # an English dateline, the page's "Posted:" label under the story
            "Revenue Department wins award\n\nBangkok, Tuesday, December 10, 2024 – The Revenue Department received "
            "the Outstanding Digital Government Service Award at the Digital Government Awards 2024 ceremony organized "
            "by the Digital Government Development Agency at Centara Grand at CentralWorld, Bangkok.\n\n"
            "Posted: 12 December 2024\n",
            dt.date(2024, 12, 10),
        ),
    ],
    ids=["weekday-opening-the-body", "dateline-and-posted-label"],
)
def test_the_ceremony_date_over_a_posting_stamp_under_the_story(
    tmp_path: Path, text: str, date: dt.date, ref: Reference
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(sources.read(path), ref).events[0].date == date


def test_yesterday_with_a_yearless_date_in_a_lede_above_a_long_body(tmp_path: Path, ref: Reference) -> None:
    """ "เมื่อวานนี้ (21 ธ.ค.)" on a short line above the body's first long line, on a page posted 22/12/2565."""
    text = (
        "กรมบังคับคดีคว้ารางวัลรัฐบาลดิจิทัลระดับดีเด่น 2 ปีซ้อน\nวันที่ลงข่าว : 22/12/2565 เข้าชม : 643\n"
        "เมื่อวานนี้ (21 ธ.ค.) ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ กรมบังคับคดี ได้เข้ารับ\n"
        "รางวัลรัฐบาลดิจิทัล ประเภทหน่วยงานระดับกรม ระดับดีเด่น ประจำปี 2565\n" + FILLER + " " + FILLER + "\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2022, 12, 22), dt.date(2022, 12, 21))


@pytest.mark.parametrize(
    "body",
    [
        # captions run together: the award words after the 11th are the 13th's
        "\nวันที่ 11 กันยายน 2561 คณะศึกษาดูงานจากโรงพยาบาลระนองเยี่ยมชมศูนย์รับส่งต่อผู้ป่วย วันที่ 13 กันยายน 2561 "
        "ผู้อำนวยการ รับรางวัลเลิศรัฐ ณ ศูนย์การประชุมแห่งชาติสิริกิติ์",
        # a round-up: the award words of the next item are not the 11th's
        "\n1. จังหวัดเตรียมรับมือน้ำหลาก\nรองผู้ว่าราชการจังหวัด ประชุมศูนย์บัญชาการเหตุการณ์ เมื่อวันที่ 11 ก.ย. 61\n\n"
        "2. กรมควบคุมโรคคว้ารางวัลเลิศรัฐ\nเมื่อวันที่ 13 กันยายน 2561 " + AWARD,
    ],
    ids=["captions-run-together", "round-up-items"],
)
def test_award_words_after_a_date_are_its_own_up_to_the_next_date_or_paragraph(
    tmp_path: Path, body: str, ref: Reference
) -> None:
    assert event(tmp_path, body, ref).date == dt.date(2018, 9, 13)


def test_a_ceremony_date_with_its_weekday_after_the_events_name_on_a_line_of_a_post(ref: Reference) -> None:
    """A post's stamp above; "📍 งานมอบรางวัลรัฐบาลดิจิทัล วันพฤหัสบดีที่ 12 ธันวาคม 2567" below the win: the weekday
    date is the ceremony's (it need not open its line), the stamp is when the post went up."""
    text = (
        "อบต.หนองบัว\n17 ธ.ค. 67\n\n🎉 ขอแสดงความยินดี 🎉\n"
        "องค์การบริหารส่วนตำบลหนองบัว ได้รับ 🏆 รางวัลท้องถิ่นดิจิทัล ประจำปี 2567 จาก สพร.\n"
        "📍 งานมอบรางวัลรัฐบาลดิจิทัล วันพฤหัสบดีที่ 12 ธันวาคม 2567\n"
    )
    article = extract(sources.RawSource(Source("post.txt", "0" * 64), text), ref)
    (found,) = article.events
    assert (found.date, article.source.published) == (dt.date(2024, 12, 12), dt.date(2024, 12, 17))
    (award,) = article.awards  # (the emoji between the verb and the award)
    assert (award.recipient.name_th, award.award_th) == ("องค์การบริหารส่วนตำบลหนองบัว", "รางวัลท้องถิ่นดิจิทัล")


def test_today_at_the_end_of_a_long_award_clause_after_its_time(ref: Reference) -> None:
    """ "…เข้ารับรางวัล… ในงาน… ที่ สพร. จัดขึ้น ณ โรงแรม… เวลา 13.30 - 16.00 น. วันนี้": the posting day, though the award
    words are far before it on its line."""
    text = (
        "ข่าวกรมการขนส่งทางบก ที่ 201/2565\nวันพุธที่ 30 พฤศจิกายน 2565\n\n"
        "อธิบดีกรมการขนส่งทางบก นายธีรวัฒน์ ปานทอง เข้ารับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม ในงาน Digital "
        "Government Awards 2022 ที่ สพร. (สำนักงานพัฒนารัฐบาลดิจิทัล) จัดขึ้น ณ โรงแรมเดอะ สุโกศล กรุงเทพฯ ซึ่งมีผู้บริหาร"
        "หน่วยงานภาครัฐเข้าร่วมงานจำนวนมาก เวลา 13.30 - 16.00 น. วันนี้\n"
    )
    article = extract(sources.RawSource(Source("release.txt", "0" * 64), text), ref)
    (found,) = article.events
    assert found.date == dt.date(2022, 11, 30)


def test_a_last_weekday_with_its_day_in_brackets_after_jat_khuen_muea(ref: Reference) -> None:
    """ "…ซึ่ง สพร. จัดขึ้นเมื่อวันพฤหัสบดีที่ผ่านมา (5 ธ.ค.) ณ …": the bracketed day is the ceremony's, its cue 27 letters back."""
    text = (
        "ข่าวไอที | 7 ธ.ค. 2567 08:15 น.\n\n"
        "กรมสรรพากรได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม บนเวทีประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2567 "
        "ที่ สพร. จัดขึ้นเมื่อวันพฤหัสบดีที่ผ่านมา (5 ธ.ค.) ณ ศูนย์การประชุมแห่งชาติสิริกิติ์\n"
    )
    article = extract(sources.RawSource(Source("news.txt", "0" * 64), text), ref)
    (found,) = article.events
    assert found.date == dt.date(2024, 12, 5)


def test_a_year_first_posting_stamp_dates_a_relative_day(tmp_path: Path, ref: Reference) -> None:
    """A scraper keeps a CMS's stamp as it was rendered: "โพสต์เมื่อ 2023-09-25" is the posting date, and
    เมื่อวานนี้ in the body is the day before it."""
    text = (
        "โรงพยาบาลขอนแก่นรับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2566\n"
        "โพสต์เมื่อ 2023-09-25 | อ่าน 312 ครั้ง\n\n"
        "เมื่อวานนี้ โรงพยาบาลขอนแก่น ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี "
        "จากสำนักงาน ก.พ.ร. ณ ศูนย์การประชุมอิมแพ็ค เมืองทองธานี\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2023, 9, 25), dt.date(2023, 9, 24))


def test_a_yearless_date_after_a_part_of_the_day(tmp_path: Path, ref: Reference) -> None:
    """ "เช้าวันที่ 18 กันยายนที่ผ่านมา": the morning of a day is the time of what follows, as เมื่อวันที่ is."""
    text = (
        'เบื้องหลัง "เลิศรัฐ 2568" เมื่อรางวัลราชการวัดที่ชีวิตคน\n'
        "25 ก.ย. 2568 เวลา 06:00 น.\n\n"
        "เช้าวันที่ 18 กันยายนที่ผ่านมา ห้องประชุมใหญ่ของศูนย์การประชุมแห่งชาติสิริกิติ์แน่นขนัดไปด้วยข้าราชการ "
        "ที่มาร่วมพิธีมอบรางวัลเลิศรัฐ ประจำปี พ.ศ. 2568 กรมการแพทย์แผนไทยและการแพทย์ทางเลือก ได้รับรางวัลเลิศรัฐ "
        "สาขาบริการภาครัฐ ระดับดีเด่น\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2025, 9, 25), dt.date(2025, 9, 18))


def test_a_yearless_date_in_the_edition_the_headline_names(tmp_path: Path, ref: Reference) -> None:
    """A magazine feature has no posting date and its body names the programme bare: the headline's
    "รางวัลเลิศรัฐ 2568" gives the edition, and the yearless day of the ceremony is in its year."""
    text = (
        "สารสุขภาพ ฉบับเดือนตุลาคม\n\n"
        "เบื้องหลังรางวัลเลิศรัฐ 2568: เมื่อหน่วยบริการสุขภาพเล็ก ๆ ลุกขึ้นมาเปลี่ยนระบบ\n\n"
        'หากย้อนไปเมื่อห้าปีก่อน คำว่า "รางวัลเลิศรัฐ" อาจฟังดูไกลตัวสำหรับโรงพยาบาลชุมชน '
        "แต่เมื่อวันพฤหัสบดีที่ 18 กันยายนที่ผ่านมา ในพิธีมอบรางวัล โรงพยาบาลแม่สอด ได้รับรางวัลเลิศรัฐ "
        "สาขาบริการภาครัฐ ระดับดีเด่น\n"
    )
    (found,) = read(tmp_path, text, ref).events
    assert (found.year_be, found.date) == (2568, dt.date(2025, 9, 18))


def test_a_yearless_day_of_a_time_of_day(tmp_path: Path, ref: Reference) -> None:
    """ "เมื่อช่วงบ่ายของวันที่ 12 ธ.ค. ที่ผ่านมา": the afternoon of a day, its year the posting's."""
    text = (
        "สรรพสามิต คว้ารางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม DG Awards 2024\n13 ธ.ค. 2567\n\n"
        "เมื่อช่วงบ่ายของวันที่ 12 ธ.ค. ที่ผ่านมา อธิบดีกรมสรรพสามิต ขึ้นรับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม "
        "จากเวทีมอบรางวัลรัฐบาลดิจิทัล ประจำปี 2567 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2024, 12, 13), dt.date(2024, 12, 12))


def test_the_day_the_award_was_brought_home_is_not_the_ceremonys(tmp_path: Path, ref: Reference) -> None:
    text = (
        "จังหวัดเชียงใหม่ รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับจังหวัด ประจำปี 2567\n\n"
        "วันที่ 16 ธันวาคม 2567 เวลา 14:20:37 น.\n\n"
        "วันนี้ (16 ธ.ค. 67) ณ ห้องประชุมข่วงเวียง ศาลากลางจังหวัดเชียงใหม่ ผู้ว่าราชการจังหวัดเชียงใหม่ นำรางวัลหน่วยงานภาครัฐ"
        "ดิจิทัลดีเด่น ระดับจังหวัด ที่จังหวัดเชียงใหม่ได้รับจากงานมอบรางวัลรัฐบาลดิจิทัล ประจำปี 2567 มอบให้แก่ส่วนราชการ\n\n"
        "โดยเมื่อวันที่ 12 ธันวาคมที่ผ่านมา ผู้ว่าราชการจังหวัดเชียงใหม่ได้เป็นผู้แทนจังหวัดเข้ารับรางวัลดังกล่าว "
        "จากสำนักงานพัฒนารัฐบาลดิจิทัล ณ ศูนย์การประชุมแห่งชาติสิริกิติ์\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2024, 12, 16), dt.date(2024, 12, 12))


def test_the_night_of_a_weekday_cues_its_date(tmp_path: Path, ref: Reference) -> None:
    """ "ไปเมื่อคืนวันพฤหัสบดีที่ 19 พ.ย. ที่ผ่านมา": the night of that day."""
    text = (
        "ส่องผลรางวัลรัฐบาลดิจิทัล 2569\n21 พ.ย. 2569\n\n"
        "สพร. มอบรางวัลรัฐบาลดิจิทัล ประจำปี 2569 ไปเมื่อคืนวันพฤหัสบดีที่ 19 พ.ย. ที่ผ่านมา ที่ศูนย์การประชุมแห่งชาติสิริกิติ์ "
        "กรมศุลกากร ได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม\n"
    )
    assert dated(tmp_path, text, ref) == (dt.date(2026, 11, 21), dt.date(2026, 11, 19))


def test_a_news_agencys_dateline_is_the_ceremonys_day(tmp_path: Path, ref: Reference) -> None:
    """ "ทำเนียบรัฐบาล 12 ธ.ค. - นายกรัฐมนตรีเป็นประธานมอบรางวัล…": the wire's dateline, its year from the posting stamp."""
    text = (
        "สำนักข่าวไทย อสมท\n\nนายกฯ มอบรางวัลรัฐบาลดิจิทัล ปี 67\n\n12 ธ.ค. 2567 16:42 น. | เปิดอ่าน 1,387 |\n\n"
        "ทำเนียบรัฐบาล 11 ธ.ค. - นายกรัฐมนตรีเป็นประธานมอบรางวัลรัฐบาลดิจิทัล ประจำปี 2567 (Digital Government Awards 2024) "
        "ที่สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) จัดขึ้น ณ ศูนย์การประชุมแห่งชาติสิริกิติ์\n"
    )
    (found,) = read(tmp_path, text, ref).events
    assert (found.date, found.date_stated) == (dt.date(2024, 12, 11), "11 ธ.ค.")


def test_a_part_of_the_day_said_with_chuang_before_the_weekday(tmp_path: Path, ref: Reference) -> None:
    """ "เมื่อช่วงบ่ายวันพฤหัสบดีที่ผ่านมา (25 ก.ย.)": the longest cue, 36 letters before the date."""
    text = (
        "ไอทีข่าวสด\n\nกรมอนามัย คว้า DIGI Data Awards 2025\n\n26 ก.ย. 68 08:45 น. | อ่าน 2,310 ครั้ง\n\n"
        "สพร. ประกาศผลรางวัลด้านข้อมูลภาครัฐประจำปีเมื่อช่วงบ่ายวันพฤหัสบดีที่ผ่านมา (25 ก.ย.) ที่ศูนย์การประชุม "
        "กรมอนามัยได้รับรางวัล Open Data Awards\n"
    )
    (found,) = read(tmp_path, text, ref).events
    assert found.date == dt.date(2025, 9, 25)
