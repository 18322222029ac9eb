"""Finding organization names in Thai text: what starts like a name but describes some organization."""

from __future__ import annotations

import dataclasses

import ahocorasick
import pytest

from pipeline.model import Evidence
from pipeline.orgs import OrgFinder, Reference, sub_unit
from tests.inputs_support import fixture_texts


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference.load()


@pytest.mark.parametrize(
    "text",
    [
        "ม.เชียงใหม่ เป็นมหาวิทยาลัยแห่งแรกในภาคเหนือที่ได้รับรางวัล",
        "เป็นจังหวัดเดียวในภาคตะวันออกเฉียงเหนือที่ได้รับรางวัล",
        "จากผลงานลดระยะเวลารอคอยในโรงพยาบาลสังกัดกรม และจังหวัดแพร่",
        "มหาดไทยยินดีกับสองกรมที่คว้ารางวัลเลิศรัฐ",
        "ส่งผลงานจากโรงเรียนต่างๆ ทั่วประเทศ",
        "เป็นกรมแรกที่ได้รับรางวัลนี้",
        "สถาบันอุดมศึกษาในภาคใต้ที่ได้รับรางวัลเลิศรัฐ ยังมีมหาวิทยาลัยทักษิณ",
        "โรงพยาบาลในพื้นที่ภาคเหนือที่ได้รับรางวัล",
    ],
)
def test_a_head_word_followed_by_a_description_is_no_name(text: str, ref: Reference) -> None:
    finder = OrgFinder(ref, text)
    heads = ("มหาวิทยาลัยแห่ง", "จังหวัดเดียว", "โรงพยาบาลสังกัด", "กรมที่", "โรงเรียนต่าง", "กรมแรก", "สถาบันอุดม")
    heads += ("โรงพยาบาลใน",)
    assert not [o.stated for o in finder.find_all() if o.stated.startswith(heads)]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("สำนักงานที่ดินจังหวัดขอนแก่น ได้รับรางวัล", "สำนักงานที่ดินจังหวัดขอนแก่น"),
        ("เทศบาลตำบลในเมือง ได้รับรางวัล", "เทศบาลตำบลในเมือง"),
        ("ธนาคารแห่งประเทศไทย ได้รับรางวัล", "ธนาคารแห่งประเทศไทย"),
    ],
)
def test_names_that_begin_like_a_description_are_kept(text: str, stated: str, ref: Reference) -> None:
    assert OrgFinder(ref, text).at(0).stated == stated


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("17 ก.ย. 69 สสจ.นครพนม รับรางวัลเลิศรัฐ", "สำนักงานสาธารณสุขจังหวัดนครพนม"),
        ("สสจ. เชียงใหม่ ได้รับรางวัล", "สำนักงานสาธารณสุขจังหวัดเชียงใหม่"),
        ("สสอ.เมืองน่าน ได้รับรางวัล", "สำนักงานสาธารณสุขอำเภอเมืองน่าน"),
        ("| 2 | สพป.ลำปาง เขต 1 | ผลงาน | ดี |", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 1"),
        ("สพม.เชียงใหม่ ได้รับรางวัล", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเชียงใหม่"),
        ("สสจ.สุราษฎร์ฯ คว้าเลิศรัฐ", "สำนักงานสาธารณสุขจังหวัดสุราษฎร์ธานี"),  # the province's name cut short with ฯ
        ("- ทด. รางวัลบริการดิจิทัลดีเด่น", "กรมที่ดิน"),  # (the reference's abbreviation, reviewed data)
        ("สสจ.นครศรีฯ คว้าเลิศรัฐ", "สำนักงานสาธารณสุขจังหวัดนครศรีธรรมราช"),
    ],
)
def test_a_provincial_office_by_its_short_form(text: str, name: str, ref: Reference) -> None:
    assert [o.name_th for o in OrgFinder(ref, text).find_all()] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("โรงพยาบาลสมเด็จพระสังฆราชองค์ที่ 17 ได้รับรางวัล", "โรงพยาบาลสมเด็จพระสังฆราชองค์ที่ 17"),
        ("สถาบันพัฒนาฝีมือแรงงาน 1 สมุทรปราการ ได้รับรางวัล", "สถาบันพัฒนาฝีมือแรงงาน 1 สมุทรปราการ"),
        ("เทศบาลนครขอนแก่น 3 แห่ง", "เทศบาลนครขอนแก่น"),  # a count, not a number of the name
        ("โรงพยาบาลบ้านแพ้ว 2 รางวัล", "โรงพยาบาลบ้านแพ้ว"),
        ("พนักงานการประปาส่วนภูมิภาคเขต 1 ร่วมถ่ายภาพ", "การประปาส่วนภูมิภาคเขต 1"),  # a zone's office
    ],
)
def test_a_numbered_office_keeps_its_number(text: str, name: str, ref: Reference) -> None:
    assert [o.name_th for o in OrgFinder(ref, text).find_all()] == [name]


def test_a_short_form_with_a_number_after_it_is_a_numbered_office_not_the_short_forms_owner(ref: Reference) -> None:
    """ "สคร.1 เชียงใหม่" is สำนักงานป้องกันควบคุมโรคที่ 1, not สคร. (the state-enterprise policy office)."""
    assert [o.name_th for o in OrgFinder(ref, "สคร.1 เชียงใหม่ รับ 2 รางวัลเลิศรัฐ").find_all()] == []
    assert [o.name_th for o in OrgFinder(ref, "สคร. ได้รับรางวัล").find_all()] == ["สำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ"]


def test_a_short_form_before_and_is_no_name_with_what_follows(ref: Reference) -> None:
    """ "ปลัด อบต. และหัวหน้าสำนักปลัด": the อบต. of a job title, then the next person; no "องค์การบริหารส่วนตำบลและ…"."""
    text = "นายกองค์การบริหารส่วนตำบลท่าข้าม พร้อมด้วยปลัด อบต. และหัวหน้าสำนักปลัด เข้ารับรางวัล"
    assert not [o.name_th for o in OrgFinder(ref, text).find_all() if "และ" in o.name_th]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ขณะที่จังหวัดสุพรรณบุรีส่งผู้แทนรับรางวัลผ่านระบบออนไลน์", ["จังหวัดสุพรรณบุรี"]),  # a verb glued to the name
        ("[ภาพ] ผอ.รพ. ถ่ายภาพร่วมกับทีมเภสัชกร", []),  # the hospital of a title, then a verb: no hospital named
        ("เทศบาลเมืองลำพูนส่งผลงานเข้าประกวด", ["เทศบาลเมืองลำพูน"]),
        ("กรมส่งเสริมการเกษตรมอบหมายให้ผู้อำนวยการกอง", ["กรมส่งเสริมการเกษตร"]),  # (ส่ง inside a name stays)
        ("ได้รับมอบหมายจากอธิบดีกรมการจัดหางานให้เข้ารับรางวัล", ["กรมการจัดหางาน"]),
        ("ผู้แทนจังหวัดอุดรธานีเดินทางมารับรางวัล", ["จังหวัดอุดรธานี"]),  # every province is in the reference:
        ("ขอให้ทุกจังหวัดนำนวัตกรรมไปขยายผล", []),  # a province's name ends where its row's does, no other is one
        ("เบื้องหลังโรงพยาบาลชุมชนที่คว้ารางวัลเลิศรัฐ", []),  # a class, then ที่ and its verb
        ("โดยเฉพาะกรมบัญชีกลางที่คว้ารางวัลเลิศรัฐ", ["กรมบัญชีกลาง"]),  # a known name, then ที่ or คือ: a clause
        ("กรมสรรพสามิตคือหนึ่งในหน่วยงานที่ถูกพูดถึง", ["กรมสรรพสามิต"]),
        ("ส่วนกรมสรรพากรอีกปีก็คว้ารางวัล", ["กรมสรรพากร"]),
        ("กรมการกงสุลก็ไม่น้อยหน้า", ["กรมการกงสุล"]),
    ],
)
def test_a_verb_glued_after_a_name_is_not_part_of_it(text: str, names: list, ref: Reference) -> None:
    assert [o.name_th for o in OrgFinder(ref, text).find_all()] == names


def test_a_short_name_two_rows_begin_is_the_articles_full_name(ref: Reference) -> None:
    """ "รพ.มหาราชฯ": both Maharaj hospitals of the reference begin so; the article's own full name says which."""
    text = "รพ.มหาราชฯ เฮ! คว้ารางวัลเลิศรัฐ\nผู้อำนวยการโรงพยาบาลมหาราชนครราชสีมา เข้ารับรางวัล"
    assert [o.name_th for o in OrgFinder(ref, text).find_all()] == ["โรงพยาบาลมหาราชนครราชสีมา"] * 2


def test_a_name_shortened_with_the_abbreviation_mark_is_the_article_name_it_begins(ref: Reference) -> None:
    """ "รพ.สรรพสิทธิ์ฯ" in the headline is the "โรงพยาบาลสรรพสิทธิประสงค์" of the body (not in the reference)."""
    text = "รพ.สรรพสิทธิ์ฯ รับรางวัลเลิศรัฐ\nผู้อำนวยการโรงพยาบาลสรรพสิทธิประสงค์ เข้ารับรางวัล"
    names = [o.name_th for o in OrgFinder(ref, text).find_all()]
    assert names == ["โรงพยาบาลสรรพสิทธิประสงค์", "โรงพยาบาลสรรพสิทธิประสงค์"]


def test_a_latin_abbreviation_is_a_whole_word(ref: Reference) -> None:
    """ "depa" is สำนักงานส่งเสริมเศรษฐกิจดิจิทัล, but not the first letters of "department"."""
    text = "The Department of Fisheries and depa received awards."
    names = [o.name_th for o in OrgFinder(ref, text).find_all()]
    assert names == ["กรมประมง", "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"]


def test_two_known_organizations_in_a_list_are_not_parent_and_child(ref: Reference) -> None:
    """ "การไฟฟ้าส่วนภูมิภาค (กฟภ.) กรมธนารักษ์ และ…": กรมธนารักษ์ is the next winner, not กฟภ.'s parent."""
    text = "ได้แก่ การไฟฟ้าส่วนภูมิภาค (กฟภ.) กรมธนารักษ์ และเทศบาลนครอุดรธานี"
    found = OrgFinder(ref, text).find_all()
    assert [o.name_th for o in found] == ["การไฟฟ้าส่วนภูมิภาค", "กรมธนารักษ์", "เทศบาลนครอุดรธานี"]
    assert found[0].parent_th is None


def test_candidate_starts_are_where_a_candidate_word_starts(ref: Reference) -> None:
    """Read from textmatch.INDEX (the article's text) or not, the same places: where a head word, a short form,
    a known abbreviation or a name not starting with a head word starts (Latin ones found apart)."""
    from pipeline.orgs import _RE_BARE_ABBR, HEADS, PREFIXES, _names_for_trie
    from pipeline.textmatch import INDEX

    words = {*HEADS, *PREFIXES, *(n for n in _names_for_trie(ref) if not n.startswith(tuple(HEADS)))}
    words.update(a for org in ref.orgs.values() for a in org.abbreviations if len(a) >= 2)
    words.update(
        a[:-1]
        for org in ref.orgs.values()
        for a in org.abbreviations
        if a.endswith(".") and _RE_BARE_ABBR.fullmatch(a[:-1])
    )
    automaton = ahocorasick.Automaton()  # all of them in one, as they were found before the Latin ones were apart
    for word in words:
        automaton.add_word(word, len(word) - 1)
    automaton.make_automaton()
    for text in [*fixture_texts(), "The DGA and depa, DGAX: ดีป้า", ""]:
        expected = sorted({end - back for end, back in automaton.iter(text)})
        assert ref.candidate_starts(text) == expected
        INDEX.read(text)
        assert ref.candidate_starts(text) == expected


def test_asked_again_a_position_gives_a_copy_and_teaches_again(ref: Reference) -> None:
    """List readers ask OrgFinder.at where the scan has read: they get what a new reading gives, in an Org
    of their own, and the abbreviation learned there means that name again."""
    text = "สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.) และสำนักงานพัฒนาชุมชน (สพร.) ได้รับรางวัล สพร. กล่าว"
    finder = OrgFinder(ref, text)
    first = finder.find_all()
    assert [o.abbreviation for o in first[:2]] == ["สพร.", "สพร."]
    again = finder.at(0)
    assert again == first[0] and again is not first[0]
    assert finder.at(text.index("สพร. กล่าว")).name_th == first[0].name_th
    again.name_th = "changed"
    assert finder.at(0).name_th == first[0].name_th


def test_a_class_noun_is_short_unless_it_runs_on() -> None:
    """_name_at tries _RE_CLASS_NOUN only on a name of at most _CLASS_NOUN_LONGEST letters or one that begins
    with a class noun that runs on (องค์กร…): every other match of the regex is that short."""
    from re import _parser

    from pipeline import orgs

    pattern = orgs._RE_CLASS_NOUN.pattern
    for word in orgs._CLASS_NOUNS_OPEN:
        assert f"|{word}\\S*" in pattern
        pattern = pattern.replace(f"|{word}\\S*", "")
    assert _parser.parse(pattern).getwidth()[1] <= orgs._CLASS_NOUN_LONGEST


def test_evidence_of_is_a_frozen_evidence():
    """Evidence.of builds the span through a twin class (model.py): the result is an Evidence like any other."""
    span = Evidence.of("กรมควบคุมโรค ได้รับ", 0, 12)
    assert (
        type(span) is Evidence
        and span == Evidence(0, 12, "กรมควบคุมโรค")
        and hash(span) == hash(Evidence(0, 12, "กรมควบคุมโรค"))
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 1


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("กองยุทธศาสตร์และแผนงาน", True),
        ("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", True),
        ("กองบัญชาการตำรวจสอบสวนกลาง", False),  # a police command: a whole organization that wins
        ("กองทัพอากาศ", False),
        ("สำนักงานสาธารณสุขจังหวัดน่าน", False),
    ],
)
def test_a_unit_inside_an_organization_and_names_that_only_begin_like_one(name: str, unit: bool) -> None:
    org = OrgFinder(Reference.load(), name).named(name, Evidence.of(name, 0, len(name)))
    assert sub_unit(dataclasses.replace(org, org_id=None)) is unit


def test_a_local_governments_short_form_glued_to_the_word_before_is_expanded() -> None:
    """A breadcrumb run into the headline: "…รายละเอียดข่าวอบต.หนองสาหร่าย รับรางวัล…"."""
    text = "หน้าแรก >> ข่าวประชาสัมพันธ์ >> รายละเอียดข่าวอบต.หนองสาหร่าย รับรางวัลเลิศรัฐ"
    names = [o.name_th for o in OrgFinder(Reference.load(), text).find_all()]
    assert "องค์การบริหารส่วนตำบลหนองสาหร่าย" in names


@pytest.mark.parametrize("first", ["กรมศุลกากร", "การไฟฟ้านครหลวง"])
def test_a_state_enterprise_after_a_glued_and_is_an_organization_of_its_own(first: str) -> None:
    text = f"{first}และการรถไฟแห่งประเทศไทย ได้รับรางวัลบริการภาครัฐ"
    names = [o.name_th for o in OrgFinder(Reference.load(), text).find_all()]
    assert names == [first, "การรถไฟแห่งประเทศไทย"]


def test_a_department_written_after_the_venue_is_not_the_venues_parent() -> None:
    text = "เมื่อวันที่ 13 กันยายน 2561 ที่ศูนย์การประชุมแห่งชาติสิริกิติ์ กรมสุขภาพจิต ได้รับรางวัลเลิศรัฐ"
    names = [o.name_th for o in OrgFinder(Reference.load(), text).find_all()]
    assert names[-1] == "กรมสุขภาพจิต"


def test_an_offices_district_is_part_of_its_name() -> None:
    text = "| 3 | สำนักงานสาธารณสุขอำเภอจตุรพักตรพิมาน | รางวัลการบริหารราชการแบบมีส่วนร่วม |"
    names = [o.name_th for o in OrgFinder(Reference.load(), text).find_all()]
    assert names[0] == "สำนักงานสาธารณสุขอำเภอจตุรพักตรพิมาน"


@pytest.mark.parametrize(
    ("text", "name", "stated"),
    [
        ("ทีมงาน อบจ.ชร. คว้ารางวัล", "องค์การบริหารส่วนจังหวัดเชียงราย", "อบจ.ชร."),
        ("ทน.ขก. ได้รับรางวัล", "เทศบาลนครขอนแก่น", "ทน.ขก."),
        ("จ.ชร. ได้รับรางวัล", "จังหวัดเชียงราย", "จ.ชร."),
        ("อบจ.เชียงราย ได้รับรางวัล", "องค์การบริหารส่วนจังหวัดเชียงราย", "อบจ.เชียงราย"),
        ("อบต.นาดี ได้รับรางวัล", "องค์การบริหารส่วนตำบลนาดี", "อบต.นาดี"),  # a tambon's name, no province code
    ],
)
def test_a_province_by_its_official_code_after_a_short_form(text: str, name: str, stated: str, ref: Reference) -> None:
    [org] = OrgFinder(ref, text).find_all()
    assert (org.name_th, org.evidence.text) == (name, stated)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“กระทรวงมหาดไทยขอชื่นชมทุกหน่วยงานที่ได้รับรางวัล”", "กระทรวงมหาดไทย"),
        ("รองอธิบดีกรมบังคับคดีให้สัมภาษณ์หลังรับรางวัล", "กรมบังคับคดี"),
    ],
)
def test_a_name_ends_before_a_glued_verb(text: str, name: str, ref: Reference) -> None:
    assert [o.name_th for o in OrgFinder(ref, text).find_all()] == [name]


def test_a_short_form_before_ทั่วประเทศ_names_no_one(ref: Reference) -> None:
    """ "๑ ใน ๓ อบต. ทั่วประเทศที่ได้รับรางวัล": a class across the country, not an อบต. named ทั่วประเทศ."""
    assert [o.name_th for o in OrgFinder(ref, "อบต.หนองปรือ เป็น 1 ใน 3 อบต. ทั่วประเทศที่ได้รับรางวัล").find_all()] == [
        "องค์การบริหารส่วนตำบลหนองปรือ"
    ]


def test_the_only_one_of_a_class_is_no_name(ref: Reference) -> None:
    text = "ซึ่งมหาวิทยาลัยเชียงใหม่เป็นสถาบันอุดมศึกษาแห่งเดียวที่ได้รับรางวัลในประเภทนี้ และเป็นโรงพยาบาลแห่งแรกในภาคเหนือ"
    assert [o.name_th for o in OrgFinder(ref, text).find_all()] == ["มหาวิทยาลัยเชียงใหม่"]
