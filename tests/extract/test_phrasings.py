"""Every phrasing and trap that issue 5 lists, one small article each (tests/fixtures/phrasings/).

The articles are written for these tests (see tests/fixtures/phrasings/README.md): short, one
phrasing or trap in each, with invented people and real agencies and award programmes. Each test
asserts the values a reader of the article would write down: the recipient's resolved name and
reference id, the award, the level, the event date, who accepted, and what must not be a win.

A case marked ``xfail(strict=True)`` is a phrasing the extractor does not handle yet: the reason
says what it gets wrong, and the mark must go once it is fixed (a strict xfail that passes fails).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.model import Article, Award
from pipeline.orgs import OrgFinder, Reference
from tests.inputs_support import extract_phrasing

LERTRAT_SERVICE = "รางวัลบริการภาครัฐ"
LERTRAT = "รางวัลเลิศรัฐ สาขาบริการภาครัฐ"
DG_OUTSTANDING = "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น"


def ids(article: Article) -> set[str | None]:
    return {a.recipient.org_id for a in article.awards}


def only_award(article: Article) -> Award:
    assert len(article.awards) == 1, [(a.recipient.name_th, a.award_th) for a in article.awards]
    return article.awards[0]


def event_date(article: Article) -> dt.date | None:
    assert len(article.events) == 1, article.events
    return article.events[0].date


def rep(award: Award) -> str | None:
    return award.representative.name_th if award.representative else None


def named(article: Article, award_th: str) -> Award:
    """The one award of the article with this name (other awards are another test's business)."""
    found = [a for a in article.awards if a.award_th == award_th]
    assert len(found) == 1, [(a.recipient.name_th, a.award_th) for a in article.awards]
    return found[0]


def case(name: str, *values, xfail: str | None = None):
    """A parametrized case named after its fixture; ``xfail`` says what the extractor gets wrong."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(name, *values, id=name, marks=marks)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("name", "recipient", "date"),
    [
        case("date-full", "interior-department-of-lands", dt.date(2022, 11, 30)),  # 30 พฤศจิกายน 2565
        case("date-weekday", "agri-department-of-agricultural-extension", dt.date(2020, 9, 16)),  # วันพุธที่ 16 …
        case("date-thai-digits", "interior-community-development-department", dt.date(2021, 9, 16)),  # ๑๖ กันยายน ๒๕๖๔
        case("date-abbrev-month-2digit-year", "finance-customs-department", dt.date(2025, 11, 17)),  # 17 พ.ย. 68
        case("date-abbrev-month-glued-year", "health-department-of-mental-health", dt.date(2020, 9, 16)),  # 16 ก.ย.63
        case("date-no-spaces", "digital-thai-meteorological-department", dt.date(2019, 9, 13)),  # 13ก.ย.2562
        case(
            "date-english-month-be-year", "transport-department-of-highways", dt.date(2021, 12, 24)
        ),  # 24 December 2564
        case("date-gregorian-english", "agri-royal-irrigation-department", dt.date(2023, 12, 6)),  # December 6, 2023
    ],
)
def test_event_date_forms(name: str, recipient: str, date: dt.date, ref: Reference) -> None:
    article = extract_phrasing(name, ref)
    assert event_date(article) == date
    assert article.events[0].year_ce == date.year and article.events[0].year_be == date.year + 543
    assert ids(article) == {recipient}


def test_stated_weekday_is_read_and_agrees(ref: Reference) -> None:
    """วันพุธที่ 16 กันยายน 2563: 2020-09-16 is a Wednesday, so no weekday warning."""
    article = extract_phrasing("date-weekday", ref)
    (event,) = article.events
    assert event.weekday_stated == 2  # Monday = 0
    assert not [w for w in article.warnings if w.code == "weekday"]


def test_yesterday_with_the_date_in_brackets(ref: Reference) -> None:
    """Posted วันเสาร์ที่ 15 กันยายน 2561; เมื่อวานนี้ (14 กันยายน 2561) is the ceremony."""
    article = extract_phrasing("date-yesterday-bracketed", ref)
    assert article.source.published == dt.date(2018, 9, 15)
    assert event_date(article) == dt.date(2018, 9, 14)
    assert ids(article) == {"interior-department-of-disaster-prevention-and-mitigation"}


def test_yesterday_without_a_date_is_the_day_before_posting(ref: Reference) -> None:
    """Posted วันเสาร์ที่ 15 กันยายน 2561; "เมื่อวานนี้" alone means 14 September 2018."""
    article = extract_phrasing("date-yesterday-bare", ref)
    assert article.source.published == dt.date(2018, 9, 15)
    assert event_date(article) == dt.date(2018, 9, 14)


def test_posting_stamp_is_the_publication_not_the_event(ref: Reference) -> None:
    """`9 กันยายน 2565 / 16:20:05` under the headline: published that day; the ceremony is the 8th."""
    article = extract_phrasing("date-posting-stamp", ref)
    assert article.source.published == dt.date(2022, 9, 9)
    (event,) = article.events
    assert event.date == dt.date(2022, 9, 8)
    assert event.time != "16:20"
    assert ids(article) == {"labour-social-security-office"}


def test_time_range(ref: Reference) -> None:
    """เวลา 10.30 - 12.00 น.: the event starts at 10:30 and ends at 12:00."""
    article = extract_phrasing("date-time-range", ref)
    (event,) = article.events
    assert (event.date, event.time, event.end_time) == (dt.date(2023, 9, 7), "10:30", "12:00")
    assert event.weekday_stated == 3
    assert ids(article) == {"interior-department-of-provincial-administration"}


# ---------------------------------------------------------------- lists


def test_numbered_list_of_recipients(ref: Reference) -> None:
    """ได้แก่ 1) กรมศุลกากร 2) กรมสรรพสามิต และ 3) สำนักงานเศรษฐกิจการคลัง: three winners of one award."""
    article = extract_phrasing("list-numbered", ref)
    pairs = {(a.recipient.name_th, a.award_th) for a in article.awards}
    award = f"{DG_OUTSTANDING} ระดับกรม"
    assert pairs == {("กรมศุลกากร", award), ("กรมสรรพสามิต", award), ("สำนักงานเศรษฐกิจการคลัง", award)}
    assert {a.recipient.org_id for a in article.awards} == {
        "finance-customs-department",
        "finance-excise-department",
        "finance-fiscal-policy-office",
    }
    assert [(c.stated, c.listed) for c in article.counts if c.scope == "recipients"] == [(3, 3)]


@pytest.mark.parametrize(
    "name",
    [
        case("list-numbered-cut-off"),
        # the same list with the venue between the award and "จำนวน 4 หน่วยงาน ได้แก่"
        case("list-count-after-venue"),
    ],
)
def test_numbered_list_cut_off_before_its_count(name: str, ref: Reference) -> None:
    """จำนวน 4 หน่วยงาน ได้แก่ 1) … 2) … 3) …: three winners kept, the missing fourth warned about."""
    article = extract_phrasing(name, ref)
    assert ids(article) == {
        "transport-department-of-land-transport",
        "transport-department-of-rural-roads",
        "transport-marine-department",
    }
    assert {a.award_th for a in article.awards} == {DG_OUTSTANDING}
    assert [(c.stated, c.listed) for c in article.counts if c.scope == "recipients"] == [(4, 3)]
    assert any(w.code == "list-cut-off" for w in article.warnings)


def test_list_x_and_y(ref: Reference) -> None:
    """ได้แก่ กรมการปกครอง และกรมที่ดิน: both win; the congratulating ministry does not."""
    article = extract_phrasing("list-and", ref)
    pairs = {(a.recipient.name_th, a.award_th) for a in article.awards}
    award = "รางวัลเลิศรัฐ สาขาบริการภาครัฐ"
    assert pairs == {("กรมการปกครอง", award), ("กรมที่ดิน", award)}
    assert "ministry-of-interior" not in ids(article)


def test_generic_noun_in_the_headline_is_not_an_organization(ref: Reference) -> None:
    """ "มหาดไทยยินดีกับสองกรมที่คว้ารางวัลเลิศรัฐ": กรม here is "department" in general, not a name."""
    article = extract_phrasing("trap-generic-noun-in-headline", ref)
    pairs = {(a.recipient.name_th, a.award_th) for a in article.awards}
    award = "รางวัลเลิศรัฐ สาขาบริการภาครัฐ"
    assert pairs == {("กรมการปกครอง", award), ("กรมที่ดิน", award)}


def test_list_separated_by_spaces_with_province_suffixes(ref: Reference) -> None:
    """เทศบาลนครยะลา จ.ยะลา องค์การบริหารส่วนจังหวัดชลบุรี จังหวัดชลบุรี …: four winners, suffixes dropped."""
    article = extract_phrasing("list-spaces-province", ref)
    assert {a.recipient.name_th for a in article.awards} == {
        "เทศบาลนครยะลา",
        "องค์การบริหารส่วนจังหวัดชลบุรี",
        "เทศบาลนครแหลมฉบัง",
        "องค์การบริหารส่วนจังหวัดยะลา",
    }
    assert ids(article) == {"municipality-nakhon-yala", "pao-chon-buri", "municipality-nakhon-laem-chabang", "pao-yala"}
    assert {a.award_th for a in article.awards} == {"รางวัลท้องถิ่นดิจิทัล"}
    assert len(article.awards) == 4  # the province suffixes are not winners of their own


def test_prakopduay_then_one_winner_per_line(ref: Reference) -> None:
    """ประกอบด้วย + line break, then "<organization> <award> <level>" on each line."""
    article = extract_phrasing("list-prakopduay-line-break", ref)
    triples = {(a.recipient.org_id, a.award_th, a.level) for a in article.awards}
    assert triples == {
        ("ind-department-of-industrial-works", f"{LERTRAT_SERVICE} ประเภทพัฒนาการบริการ", "ระดับดี"),
        ("ind-thai-industrial-standards-institute", f"{LERTRAT_SERVICE} ประเภทนวัตกรรมการบริการ", "ระดับดีเด่น"),
        (
            "ind-department-of-industrial-promotion",
            "รางวัลบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม",
            "ระดับดี",
        ),
    }


# ---------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("name", "recipient", "award"),
    [
        # รางวัล“หน่วยงานภาครัฐดิจิทัลดีเด่น”: รางวัล + the quoted name
        case("quote-curly-glued", "transport-department-of-land-transport", DG_OUTSTANDING),
        # ได้รับ "รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ"
        case("quote-straight", "agri-land-development-department", "รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ"),
        # ได้รับ ‘รางวัลองค์กรโปร่งใส’
        case("quote-single", "agri-department-of-fisheries", "รางวัลองค์กรโปร่งใส"),
        # รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น” with no opening quote
        case("quote-unbalanced", "transport-marine-department", DG_OUTSTANDING),
    ],
)
def test_quoted_award_names(name: str, recipient: str, award: str, ref: Reference) -> None:
    """Quotes removed, the name whole; that it is the only award is checked with who accepted it (below)."""
    article = extract_phrasing(name, ref)
    assert named(article, award).recipient.org_id == recipient
    assert ids(article) == {recipient}
    assert not [a for a in article.awards if any(q in (a.award_th or "") for q in "\"“”‘’'")]


# ---------------------------------------------------------------- organizations


def test_ministry_abbreviation_in_headline_is_resolved_and_not_a_recipient(ref: Reference) -> None:
    """ "ก.อุตฯ คว้า 2 รางวัล…": ก.อุตฯ is กระทรวงอุตสาหกรรม, which claims its departments' wins."""
    article = extract_phrasing("org-abbrev-ministry-of-industry", ref)
    mentions = OrgFinder(ref, article.text).find_all()
    (short,) = [m for m in mentions if m.stated == "ก.อุตฯ"]
    assert (short.org_id, short.name_th) == ("ministry-of-industry", "กระทรวงอุตสาหกรรม")
    pairs = {(a.recipient.org_id, a.award_th) for a in article.awards}
    assert pairs == {
        ("ind-department-of-industrial-promotion", "รางวัลพัฒนาการดีเด่น"),
        ("industrial-estate-authority-of-thailand", "รางวัลหน่วยงานคุณภาพด้านบุคลากรดิจิทัล"),
    }


@pytest.mark.parametrize(
    ("name", "org_id", "name_th", "award"),
    [
        # สผ. with its ministry named further on: the planning office, not the House secretariat
        (
            "org-abbrev-onep",
            "nre-office-of-natural-resources-and-environmental-policy-and-planning",
            "สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม",
            "รางวัลองค์กรโปร่งใส",
        ),
        (
            "org-abbrev-depa",
            "digital-economy-promotion-agency",
            "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล",
            "รางวัลหน่วยงานที่มีการเปิดเผยข้อมูลดีเด่น",
        ),
        ("org-abbrev-drt", "transport-department-of-rail-transport", "กรมการขนส่งทางราง", DG_OUTSTANDING),
        (
            "org-abbrev-cdd",
            "interior-community-development-department",
            "กรมการพัฒนาชุมชน",
            "รางวัลเลิศรัฐ สาขาบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม",
        ),
    ],
)
def test_recipient_named_only_by_abbreviation(name: str, org_id: str, name_th: str, award: str, ref: Reference) -> None:
    article = extract_phrasing(name, ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.recipient.name_th) == (org_id, name_th)
    assert found.award_th == award


def test_abbreviation_with_expansion_in_brackets_is_one_recipient(ref: Reference) -> None:
    """สทนช. (สำนักงานทรัพยากรน้ำแห่งชาติ) ได้รับ …: one organization, one win."""
    article = extract_phrasing("org-expansion-in-brackets", ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.recipient.name_th) == (
        "opm-office-of-the-national-water-resources",
        "สำนักงานทรัพยากรน้ำแห่งชาติ",
    )
    assert found.award_th == "รางวัลหน่วยงานคุณภาพด้านบุคลากรดิจิทัล"
    assert rep(found) == "นายชัยวัฒน์ ศรีสว่าง"


def test_abbreviation_with_expansion_after_or_is_one_recipient(ref: Reference) -> None:
    """อบจ.นนทบุรี หรือ องค์การบริหารส่วนจังหวัดนนทบุรี ได้รับ …: one organization, one win."""
    article = extract_phrasing("org-expansion-after-or", ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.recipient.name_th) == ("pao-nonthaburi", "องค์การบริหารส่วนจังหวัดนนทบุรี")
    assert found.award_th == "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ"
    assert found.level == "ระดับดีเด่น"


def test_ministry_attached_to_the_department_is_dropped(ref: Reference) -> None:
    """กรมชลประทาน กระทรวงเกษตรและสหกรณ์ ได้รับ …: the department wins, not the ministry."""
    article = extract_phrasing("org-ministry-attached", ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.recipient.name_th) == ("agri-royal-irrigation-department", "กรมชลประทาน")
    assert found.award_th == "รางวัลหน่วยงานคุณภาพด้านการเปิดเผยข้อมูลผ่านศูนย์กลางข้อมูลเปิดภาครัฐ"
    assert rep(found) == "นายเกรียงไกร บุญชู"


def test_organization_named_only_in_the_job_title(ref: Reference) -> None:
    """นายอนุชา ทองประเสริฐ อธิบดีกรมทางหลวงชนบท เข้ารับรางวัล …: the department wins, he accepts."""
    article = extract_phrasing("org-in-job-title", ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.recipient.name_th) == (
        "transport-department-of-rural-roads",
        "กรมทางหลวงชนบท",
    )
    assert found.award_th == f"{DG_OUTSTANDING} ระดับกรม"
    assert rep(found) == "นายอนุชา ทองประเสริฐ"
    assert event_date(article) == dt.date(2021, 12, 24)


def test_governor_accepts_for_the_province(ref: Reference) -> None:
    """ผู้ว่าราชการจังหวัดน่าน เข้ารับรางวัล …: จังหวัดน่าน wins, the governor is the representative."""
    article = extract_phrasing("org-governor-for-province", ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.recipient.name_th) == ("province-nan", "จังหวัดน่าน")
    assert found.award_th == "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทการบริการที่เป็นเลิศ"
    assert found.level == "ระดับดี"
    assert rep(found) == "นายสุรชัย อินทรประสิทธิ์"


def test_sub_unit_that_did_the_work_is_not_the_recipient(ref: Reference) -> None:
    """กรมอนามัยได้รับ …; กองส่งเสริมความรอบรู้และสื่อสารสุขภาพ built it and its director accepted."""
    article = extract_phrasing("org-sub-unit-did-the-work", ref)
    found = named(article, f"{LERTRAT} ประเภทนวัตกรรมการบริการ")
    assert (found.recipient.org_id, found.recipient.name_th) == ("health-department-of-health", "กรมอนามัย")
    assert found.level == "ระดับดีเด่น"
    assert ids(article) == {"health-department-of-health"}
    assert not [a for a in article.awards if "กองส่งเสริม" in a.recipient.name_th]


# The representative is named after the ceremony ("… ในพิธีมอบรางวัลคุณภาพการปฏิบัติราชการ ประจำปี พ.ศ. 2563 ณ …
# โดยมี<person> <position> เป็นผู้แทนรับรางวัล"): he accepted the award the sentence is about; the ceremony's name
# is not a second award.
@pytest.mark.parametrize(
    ("name", "recipient", "award", "level", "person"),
    [
        case("date-full", "interior-department-of-lands", DG_OUTSTANDING, None, "นายประเสริฐ วงศ์สวัสดิ์"),
        case(
            "org-ministry-attached",
            "agri-royal-irrigation-department",
            "รางวัลหน่วยงานคุณภาพด้านการเปิดเผยข้อมูลผ่านศูนย์กลางข้อมูลเปิดภาครัฐ",
            None,
            "นายเกรียงไกร บุญชู",
        ),
        case("quote-curly-glued", "transport-department-of-land-transport", DG_OUTSTANDING, None, "นายอำนาจ ศรีสมบัติ"),
        case("quote-single", "agri-department-of-fisheries", "รางวัลองค์กรโปร่งใส", None, "นายปรีชา แสงทอง"),
        case("quote-unbalanced", "transport-marine-department", DG_OUTSTANDING, None, "นายวรพล ใจมั่น"),
        case(
            "date-weekday",
            "agri-department-of-agricultural-extension",
            f"{LERTRAT} ประเภทพัฒนาการบริการ",
            "ระดับดี",
            "นางสาวกาญจนา ศรีสุข",
        ),
        case(
            "date-time-range",
            "interior-department-of-provincial-administration",
            f"{LERTRAT} ประเภทนวัตกรรมการบริการ",
            "ระดับดีเด่น",
            "นายกิตติพงษ์ สุขเจริญ",
        ),
        case(
            "date-yesterday-bracketed",
            "interior-department-of-disaster-prevention-and-mitigation",
            f"{LERTRAT} ประเภทการพัฒนาการบริการ",
            "ระดับดี",
            "นายธีระ ชัยมงคล",
        ),
        case(
            "quote-straight",
            "agri-land-development-department",
            "รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ",
            None,
            "นายสมพงษ์ ทองคำ",
        ),
        # the representative directs the sub-unit that did the work: still the department's award
        case(
            "org-sub-unit-did-the-work",
            "health-department-of-health",
            f"{LERTRAT} ประเภทนวัตกรรมการบริการ",
            "ระดับดีเด่น",
            "นางสาวนภา ศรีอ่อน",
        ),
    ],
)
def test_representative_accepts_the_one_award(
    name: str, recipient: str, award: str, level: str | None, person: str, ref: Reference
) -> None:
    article = extract_phrasing(name, ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.award_th, found.level) == (recipient, award, level)
    assert rep(found) == person


# ---------------------------------------------------------------- award names


def test_headline_and_body_wording_are_one_award(ref: Reference) -> None:
    """Headline รางวัลหน่วยงานดิจิทัลดีเด่น, body รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม: one award."""
    article = extract_phrasing("award-headline-vs-body", ref)
    found = only_award(article)
    assert found.recipient.org_id == "finance-excise-department"
    assert found.award_th == f"{DG_OUTSTANDING} ระดับกรม"
    assert rep(found) == "นายสุเมธ พานทอง"


@pytest.mark.parametrize(
    ("name", "recipient", "award_th", "award_en", "level"),
    [
        (
            "award-english-data-governance",
            "nre-department-of-water-resources",
            "รางวัลหน่วยงานคุณภาพด้านการใช้ธรรมาภิบาลข้อมูลภาครัฐ",
            "Data Governance",
            None,
        ),
        (
            "award-english-effective-change",
            "nre-royal-forest-department",
            "รางวัลเลิศรัฐ สาขาบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม",
            "Effective Change",
            "ระดับดีเด่น",
        ),
    ],
)
def test_english_in_brackets_goes_to_award_en(
    name: str, recipient: str, award_th: str, award_en: str, level: str | None, ref: Reference
) -> None:
    article = extract_phrasing(name, ref)
    found = only_award(article)
    assert found.recipient.org_id == recipient
    assert (found.award_th, found.award_en, found.level) == (award_th, award_en, level)


def test_digital_spelling_variants_are_one_award(ref: Reference) -> None:
    """Headline ดิจิตอล, body ดิจิทัล: one award, named as the body spells it."""
    article = extract_phrasing("award-spelling-digital", ref)
    found = only_award(article)
    assert found.recipient.org_id == "transport-department-of-airports"
    assert found.award_th == DG_OUTSTANDING


def test_dg_awards_short_and_long_name_are_one_event_and_one_award(ref: Reference) -> None:
    """Headline "DG Awards 2025", body "Digital Government Awards 2025": one event of 2568, one award."""
    article = extract_phrasing("award-dg-awards-short-and-long", ref)
    (event,) = article.events
    assert (event.programme, event.year_be, event.year_ce, event.date) == (
        "digital-government-awards",
        2568,
        2025,
        dt.date(2025, 11, 17),
    )
    found = only_award(article)
    assert found.recipient.org_id == "transport-department-of-land-transport"
    assert found.award_th == f"{DG_OUTSTANDING} ระดับกรม"


def test_level_with_a_glued_count(ref: Reference) -> None:
    """รวม 3 รางวัล แบ่งเป็น ระดับดีเด่น 1 รางวัล ได้แก่ … และระดับดี2 รางวัล ได้แก่ … และ …: level ระดับดี."""
    article = extract_phrasing("award-level-glued-count", ref)
    triples = {(a.recipient.org_id, a.award_th, a.level) for a in article.awards}
    ops = "health-office-of-the-permanent-secretary"
    assert triples == {
        (ops, f"{LERTRAT_SERVICE} ประเภทนวัตกรรมการบริการ", "ระดับดีเด่น"),
        (ops, f"{LERTRAT_SERVICE} ประเภทพัฒนาการบริการ", "ระดับดี"),
        (ops, "รางวัลบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม", "ระดับดี"),
    }


# ---------------------------------------------------------------- traps that are not wins


def test_totals_are_not_wins(ref: Reference) -> None:
    """1,043 ผลงาน applied, 219 ผลงาน shortlisted, 53 รางวัล given: one win, กรมพัฒนาที่ดิน's."""
    article = extract_phrasing("trap-totals", ref)
    found = only_award(article)
    assert found.recipient.org_id == "agri-land-development-department"
    assert (found.award_th, found.level) == (f"{LERTRAT_SERVICE} ประเภทพัฒนาการบริการ", "ระดับดี")
    assert not [c for c in article.counts if c.scope in ("awards-of-recipient", "recipients")]


def test_numbered_branches_of_the_award_are_not_wins(ref: Reference) -> None:
    """แบ่งออกเป็น 3 สาขา ได้แก่ 1) … 2) … 3) …: the branches, not what กรมสุขภาพจิต won."""
    article = extract_phrasing("trap-branches-list", ref)
    found = only_award(article)
    assert found.recipient.org_id == "health-department-of-mental-health"
    assert (found.award_th, found.level) == ("รางวัลเลิศรัฐ สาขาบริการภาครัฐ", "ระดับดี")


def test_seminar_title_in_quotes_is_not_an_award(ref: Reference) -> None:
    """เสวนาหัวข้อ "เส้นทางสู่รางวัลรัฐบาลดิจิทัล" by DGA and ก.พ.ร.: neither a win nor winners."""
    article = extract_phrasing("trap-seminar-title", ref)
    found = only_award(article)
    assert found.recipient.org_id == "commerce-department-of-internal-trade"
    assert found.award_th == "รางวัลหน่วยงานคุณภาพด้านบุคลากรดิจิทัล"
    assert not any("เส้นทาง" in (t.name_th or "") for t in article.award_types)


def test_livestream_watchers_are_not_recipients(ref: Reference) -> None:
    """สำนักงานพัฒนาชุมชนจังหวัดลำปาง ร่วมรับชมการถ่ายทอดสด …: only กรมการพัฒนาชุมชน won."""
    article = extract_phrasing("trap-livestream", ref)
    found = only_award(article)
    assert (found.recipient.org_id, found.recipient.name_th) == (
        "interior-community-development-department",
        "กรมการพัฒนาชุมชน",
    )
    assert (found.award_th, found.level) == (f"{LERTRAT} ประเภทนวัตกรรมการบริการ", "ระดับดี")
    assert event_date(article) == dt.date(2021, 9, 16)


def test_view_counter_under_the_date_is_not_a_count(ref: Reference) -> None:
    """วันศุกร์ที่ 6 ธันวาคม 2567 / เข้าชม 219 ครั้ง: the posting date, and 219 is nothing."""
    article = extract_phrasing("trap-view-counter", ref)
    assert article.source.published == dt.date(2024, 12, 6)
    (event,) = article.events
    assert event.date == dt.date(2024, 12, 5)
    assert event.total_awards != 219
    assert not [c for c in article.counts if c.stated == 219]
    found = only_award(article)
    assert found.recipient.org_id == "municipality-nakhon-khon-kaen"
    assert found.award_th == "รางวัลท้องถิ่นดิจิทัล"
    assert rep(found) == "นายวีรพงษ์ คำมูล"


def test_text_cut_off_mid_word(ref: Reference) -> None:
    """Ends "…กับผู้แทนจากเทศบาลตำบลหนองบั": the win above stands; the cut name is nobody."""
    article = extract_phrasing("trap-cut-mid-word", ref)  # extract_phrasing() also asserts the article is not refused
    found = only_award(article)
    assert found.recipient.org_id == "pao-khon-kaen"
    assert found.award_th == "รางวัลท้องถิ่นดิจิทัล"
    assert event_date(article) == dt.date(2024, 12, 5)


# ---------------------------------------------------------------- ambiguity


@pytest.mark.parametrize(
    ("name", "candidates"),
    [
        (
            "ambiguous-abbrev-onep-or-house",
            {
                "nre-office-of-natural-resources-and-environmental-policy-and-planning",
                "secretariat-of-the-house-of-representatives",
            },
        ),
        (
            "ambiguous-abbrev-dga-or-tica",
            {"digital-government-development-agency", "foreign-thailand-international-cooperation-agency"},
        ),
    ],
)
def test_ambiguous_recipient_is_kept_with_low_confidence_and_a_warning(
    name: str, candidates: set[str], ref: Reference
) -> None:
    """สผ. / สพร. with nothing in the text to choose between two offices: said, not guessed silently."""
    article = extract_phrasing(name, ref)
    found = only_award(article)
    assert found.award_th == "รางวัลองค์กรโปร่งใส"
    assert {found.recipient.org_id, *found.recipient.candidates} == candidates
    assert found.confidence <= 0.5
    said = found.notes + [w.message for w in article.warnings]
    assert any("ambiguous" in s for s in said), said


# ---------------------------------------------------------------- the organizer, however it is introduced


@pytest.mark.parametrize(
    "name",
    [
        case("award-spelling-digital"),  # ซึ่งจัดโดยสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)
        case("org-abbrev-depa"),  # ซึ่งจัดโดยสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) หรือ สพร.
        case("date-full"),  # ซึ่งสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) จัดขึ้น
        case("date-abbrev-month-2digit-year"),  # ซึ่ง… หรือ สพร. จัดขึ้น
        case("award-dg-awards-short-and-long"),  # ซึ่ง… หรือ สพร. จัดขึ้น
    ],
)
def test_organizer_is_dga_with_or_without_its_abbreviation(name: str, ref: Reference) -> None:
    article = extract_phrasing(name, ref)
    (event,) = article.events
    assert event.organizer is not None
    assert (event.organizer.org_id, event.organizer.name_th) == (
        "digital-government-development-agency",
        "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)",
    )
    assert "digital-government-development-agency" not in ids(article)
