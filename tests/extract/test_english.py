"""English pages of Thai agencies and English news sites (tests/fixtures/phrasings/en-*.txt).

The articles were written for these tests (see tests/fixtures/phrasings/README.md), one English
phrasing each. English-only articles name no Thai award: ``award_th`` stays None, the English name
is ``award_en``, the recipient is the reference table's Thai name, and "Outstanding" / "Good" levels
are ระดับดีเด่น / ระดับดี.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline import sources
from pipeline.extract import extract
from pipeline.extract.english import is_english
from pipeline.model import Article, Source
from tests.inputs_support import PHRASINGS, extract_phrasing, extract_text

OUTSTANDING, GOOD = "ระดับดีเด่น", "ระดับดี"


def facts(article: Article) -> list[tuple]:
    """(recipient id, award_th, award_en, level, representative) of every counted win, in text order."""
    return [
        (
            a.recipient.org_id,
            a.award_th,
            a.award_en,
            a.level,
            a.representative.name_th if a.representative else None,
        )
        for a in sorted(article.awards, key=lambda a: a.evidence.start)
    ]


def test_each_received_a_good_level_award(ref):
    """ "the Customs Department and the Department of Employment each received a Good-level award in the service
    development category": two winners, the programme the story named in that category, level ระดับดี; "OPDC
    received 1,247 applications" is no win."""
    award = "Public Sector Excellence Awards, service development category"
    assert facts(extract_phrasing("en-each-received", ref)) == [
        ("finance-customs-department", None, award, GOOD, None),
        ("labour-department-of-employment", None, award, GOOD, None),
    ]


def test_won_an_outstanding_level_award(ref):
    """ "won an Outstanding-level award": the level, no name; the attached ministry is not a winner."""
    article = extract_phrasing("en-outstanding-level-award", ref)
    assert facts(article) == [("transport-department-of-highways", None, None, OUTSTANDING, None)]
    assert article.events[0].date == dt.date(2024, 9, 26)


def test_winners_in_one_sentence_separated_by_semicolons(ref):
    """ "X received A at the outstanding level; Y received B at the good level; and Z received C …"."""
    assert facts(extract_phrasing("en-at-the-level-semicolons", ref)) == [
        (
            "agri-department-of-livestock-development",
            None,
            "Public Service Award for Service Innovation",
            OUTSTANDING,
            None,
        ),
        ("province-udon-thani", None, "Participatory Governance Award for Public Participation", GOOD, None),
        ("health-department-of-health", None, "Public Service Award for Service Development", GOOD, None),
    ]


def test_received_the_same_award(ref):
    """ "The Department of Health, also under the Ministry of Public Health, received the same award":
    the award named before, for a second winner; the headline's wording merges into the body's."""
    award = "Outstanding Digital Government Agency Award (Department Level)"
    assert facts(extract_phrasing("en-same-award", ref)) == [
        ("health-department-of-mental-health", None, award, None, None),
        ("health-department-of-health", None, award, None, None),
    ]


def test_person_with_the_organization_in_the_job_title(ref):
    """ "Ms. A, Deputy Director-General of the Department of Agricultural Extension, received …": the
    department won, the person accepted; the category follows the name; the organizer is no winner."""
    assert facts(extract_phrasing("en-person-title", ref)) == [
        (
            "agri-department-of-agricultural-extension",
            None,
            "Public Service Award, Service Development category",
            GOOD,
            "Ms. Wilaiwan Thongsuk",
        )
    ]


def test_on_behalf_of_and_also_receiving(ref):
    """ "Mr. A, Deputy Governor (Operations), received the Thailand Quality Class (TQC) award for 2023 on
    behalf of the Metropolitan Waterworks Authority (MWA)"; "Also receiving a TQC this year was …": the
    abbreviation is the award the text expanded before. The parent ministry and the organizer are not winners."""
    assert facts(extract_phrasing("en-on-behalf-and-also-receiving", ref)) == [
        ("metropolitan-waterworks-authority", None, "Thailand Quality Class", None, "Mr. Somkiat Boonmee"),
        ("electricity-generating-authority-of-thailand", None, "Thailand Quality Class", None, None),
    ]


def test_event_date_of_an_english_page_of_another_programme(ref):
    assert extract_phrasing("en-on-behalf-and-also-receiving", ref).events[0].date == dt.date(2023, 12, 1)


def test_accepted_the_following_awards(ref):
    """ "accepted the following awards on behalf of the department:" and one bullet per award, each with its
    own level; "received two Public Sector Excellence Awards" is a count, not a third award."""
    assert facts(extract_phrasing("en-following-awards", ref)) == [
        (
            "health-department-of-health",
            None,
            "Public Service Award, Service Innovation category",
            OUTSTANDING,
            "Dr. Anong Srisuk",
        ),
        (
            "health-department-of-health",
            None,
            "Participatory Governance Award, Public Participation category",
            None,
            "Dr. Anong Srisuk",
        ),
    ]


def test_earlier_wins_and_shortlists_are_not_wins(ref):
    """ "in 2022 the Department received …" and "previously won …" are background (the organizer named
    just before is not the subject); "was also shortlisted … but did not receive an award" is no win."""
    assert facts(extract_phrasing("en-background-not-a-win", ref)) == [
        (
            "transport-department-of-highways",
            None,
            "Outstanding Digital Government Agency Award (Department Level)",
            None,
            None,
        )
    ]


def test_headline_wording_gives_way_to_the_body(ref):
    """A headline's "wins Digital Workforce award" above the body's "received the Quality Agency Award for
    Digital Personnel" is one win; "received the award on behalf of the Department" gives its representative."""
    assert facts(extract_phrasing("en-headline-and-body-wording", ref)) == [
        ("finance-customs-department", None, "Quality Agency Award for Digital Personnel", None, "Mr. Prapan Sukjai")
    ]


def test_provincial_administrative_organisation_british_spelling(ref):
    """ "Chiang Mai Provincial Administrative Organisation" resolves to the reference's "…Organization";
    one not in the reference is named in Thai from its province's name, kept with a lower confidence."""
    article = extract_phrasing("en-provincial-administrative-organisation", ref)
    assert facts(article) == [
        ("pao-chiang-mai", None, None, GOOD, None),
        (None, None, None, OUTSTANDING, None),
    ]
    assert article.awards[1].recipient.name_th == "องค์การบริหารส่วนจังหวัดระยอง"
    assert article.awards[1].confidence < article.awards[0].confidence
    assert all(a.recipient.org_id != "opm-office-of-the-public-sector-development-commission" for a in article.awards)


def test_an_unknown_english_name_is_reported_not_counted(ref):
    """An organization named only in English and not in the reference has no Thai name to publish: the win
    is a warning with its evidence, for a curator, not a fact."""
    text = (
        "Royal Thai Government - News\n\nThursday, September 26, 2024\n\n"
        + "Today (26 September 2024) the Deputy Prime Minister presided over the Public Sector Excellence Awards "
        "2024 ceremony organized by the Office of the Public Sector Development Commission (OPDC) in Nonthaburi. "
        "Among the winners, the Royal Irrigation Department received the Public Service Award for Service "
        "Innovation at the good level; and Ban Nong Khai Hospital received the Public Service Award for Service "
        "Development at the outstanding level.\n"
    )
    article = extract(sources.RawSource(Source("inline.txt", "0" * 64), text), ref)
    assert [a.recipient.org_id for a in article.awards] == ["agri-royal-irrigation-department"]
    assert any("Ban Nong Khai Hospital" in w.message for w in article.warnings)


def test_a_thai_article_is_not_read_as_english(ref):
    thai = (PHRASINGS / "date-full.txt").read_text("utf-8")
    assert not is_english(thai)
    assert is_english((PHRASINGS / "en-same-award.txt").read_text("utf-8"))


def test_winners_listed_in_groups_with_their_award_in_brackets() -> None:
    """ "The winners were: A and B (Award); C, D and E (Award, outstanding level); and F (Award, …)."."""

    text = (
        "PM presents Public Sector Excellence Awards 2026\n\n"
        "The Prime Minister presented the Public Sector Excellence Awards 2026 at the Queen Sirikit National "
        "Convention Center on 17 September 2026. The winners were: the Revenue Department and the Department of "
        "Medical Services (Public Sector Management Quality Award); the Department of Lands and the Social Security "
        "Office (Public Service Award, outstanding level); and Sakon Nakhon Province (Participatory Governance "
        "Award, outstanding level).\n"
    )
    article = extract_text(text)
    assert [(a.recipient.name_th, a.award_en, a.level) for a in article.awards] == [
        ("กรมสรรพากร", "Public Sector Management Quality Award", None),
        ("กรมการแพทย์", "Public Sector Management Quality Award", None),
        ("กรมที่ดิน", "Public Service Award", "ระดับดีเด่น"),
        ("สำนักงานประกันสังคม", "Public Service Award", "ระดับดีเด่น"),
        ("จังหวัดสกลนคร", "Participatory Governance Award", "ระดับดีเด่น"),
    ]


def test_winner_lines_and_groups_at_a_scope_and_other_winners() -> None:
    text = (
        "MOF agencies win Public Sector Excellence Awards 2024\n\n"
        "The Ministry of Finance congratulates two of its agencies that received the Public Sector Excellence "
        "Awards 2024 on Thursday, 26 September 2024.\n\n"
        "- The Customs Department: Public Service Award, Service Innovation category, good level\n"
        "- The Treasury Department: Public Service Award, Service Development category, outstanding level\n\n"
        "The Revenue Department received the Digital Government Award 2024 at the department level. The winners "
        "were: the Department of Lands and the Marine Department (department level); and Khon Kaen Province "
        "(provincial level). Other winners included the Department of Land Transport (Data Analytics Award, "
        "outstanding level).\n"
    )
    article = extract_text(text)
    won = {(a.recipient.name_th, a.award_en, a.level) for a in article.awards}
    assert ("กรมศุลกากร", "Public Service Award", "ระดับดี") in won
    assert ("กรมธนารักษ์", "Public Service Award", "ระดับดีเด่น") in won
    assert ("กรมที่ดิน", "Digital Government Award 2024", None) in won
    assert ("กรมเจ้าท่า", "Digital Government Award 2024", None) in won
    assert ("จังหวัดขอนแก่น", "Digital Government Award 2024", None) in won
    assert ("กรมการขนส่งทางบก", "Data Analytics Award", "ระดับดีเด่น") in won
    assert "กระทรวงการคลัง" not in {name for name, _, _ in won}


def _story(body: str):
    text = f"THE LEDGER\nBusiness | Technology\nAgencies win awards\nPublished: 18 Nov 2025 at 06:10\n\n{body}\n"
    return extract(sources.RawSource(Source("t.txt", "0" * 64), text))


def test_winners_said_as_among_the_winners_and_provinces_by_their_names(ref):
    article = _story(
        "The Revenue Department and the Customs Department were among the winners of the Digital Government "
        "Awards 2025, presented on Monday at the Queen Sirikit National Convention Center. At provincial level, "
        "Phuket and Khon Kaen won the award. The Phuket Provincial Administrative Organisation and Yala City "
        "Municipality won it at local level. Yasothon province won the participatory governance award at the good "
        "level."
    )
    assert [a.recipient.name_th for a in article.awards] == [
        "กรมสรรพากร",
        "กรมศุลกากร",
        "จังหวัดภูเก็ต",
        "จังหวัดขอนแก่น",
        "องค์การบริหารส่วนจังหวัดภูเก็ต",
        "เทศบาลนครยะลา",
        "จังหวัดยโสธร",
    ]
    (event,) = article.events
    assert event.date == dt.date(2025, 11, 17)  # "on Monday", in a story of Tuesday 18 November 2025


def test_an_awards_thai_name_in_brackets_and_last_years_win(ref):
    article = _story(
        "The Department of Land Transport was among the agencies honoured with the Public Sector Excellence Awards "
        "2025 (รางวัลเลิศรัฐ) at the outstanding level on Thursday (September 18).\n\n"
        "Last year the Department of Employment won the outstanding award for service development."
    )
    assert [(a.recipient.name_th, a.award_th) for a in article.awards] == [("กรมการขนส่งทางบก", "รางวัลเลิศรัฐ")]
    assert article.events[0].date == dt.date(2025, 9, 18)


def test_winners_of_an_award_at_each_scope_and_a_win_said_by_its_scope(ref):
    article = _story(
        "This year's winners of the Outstanding Digital Government Agency Award were the Department of Consular "
        "Affairs and the Department of Medical Services at the department level, Saraburi Province at the "
        "provincial level, and the Phuket Provincial Administrative Organization at the local level.\n\n"
        "The Revenue Department received the Outstanding Digital Government Agency Award at the department level, "
        "Phuket won at the provincial level, and Udon Thani City Municipality took the award at the local level."
    )
    assert {a.recipient.name_th for a in article.awards} == {
        "กรมการกงสุล",
        "กรมการแพทย์",
        "จังหวัดสระบุรี",
        "องค์การบริหารส่วนจังหวัดภูเก็ต",
        "กรมสรรพากร",
        "จังหวัดภูเก็ต",
        "เทศบาลนครอุดรธานี",
    }


def test_an_award_that_went_to_winners_at_each_scope(ref):
    article = _story(
        "Among this year's winners, the Outstanding Digital Government Agency Award went to the Department of Lands "
        "and the Excise Department at the department level, and to Udon Thani Province at the provincial level."
    )
    assert {a.recipient.name_th for a in article.awards} == {"กรมที่ดิน", "กรมสรรพสามิต", "จังหวัดอุดรธานี"}


def test_the_programme_beside_each_winners_own_award_is_not_an_award_of_its_own(ref):
    article = _story(
        "The Revenue Department and the Department of Lands were among the winners of the DIGI Data Awards 2025, "
        "handed out on Monday. The Revenue Department won the Outstanding Open Data award, while the Department "
        "of Lands took the Outstanding Data Utilization award.\n\n"
        "The Customs Department won the Digital Government Awards 2025."
    )
    assert [(a.recipient.name_th, a.award_en) for a in article.awards] == [
        ("กรมสรรพากร", "Outstanding Open Data award"),
        ("กรมที่ดิน", "Outstanding Data Utilization award"),
        ("กรมศุลกากร", "Digital Government Awards"),  # the programme alone: nothing more precise was said
    ]


def test_a_ceremony_said_to_be_today_or_yesterday_is_on_the_storys_date_or_the_day_before(ref):
    today = _story(
        "The Revenue Department received the Public Sector Excellence Award 2025 in the Public Service category at "
        "the good level. The award was presented by the Office of the Public Sector Development Commission at the "
        "Queen Sirikit National Convention Center today."
    )
    yesterday = _story(
        "The Customs Department won the Digital Government Awards 2025 yesterday at a ceremony in Bangkok, for the "
        "e-Customs platform that now clears most imports within minutes."
    )
    neither = _story(
        "The Customs Department won the Digital Government Awards 2025 for the e-Customs platform. Today its online "
        "services reach traders in every province, and most imports are cleared within minutes."
    )
    assert [a.events[0].date for a in (today, yesterday, neither)] == [
        dt.date(2025, 11, 18),  # "Published: 18 Nov 2025"
        dt.date(2025, 11, 17),
        None,  # "today" in a sentence with no win
    ]


def test_winners_of_an_award_listed_scope_first(ref):
    article = _story(
        "The Deputy Prime Minister presided over the Digital Government Awards 2025 ceremony on Monday. The winners "
        "of the Outstanding Digital Government Agency Award were: at the department level, the Excise Department and "
        "the Department of Business Development; at the provincial level, Phuket Province; and at the local level, "
        "Nonthaburi City Municipality."
    )
    assert [(a.recipient.name_th, a.award_en) for a in article.awards] == [
        ("กรมสรรพสามิต", "Outstanding Digital Government Agency Award"),
        ("กรมพัฒนาธุรกิจการค้า", "Outstanding Digital Government Agency Award"),
        ("จังหวัดภูเก็ต", "Outstanding Digital Government Agency Award"),
        ("เทศบาลนครนนทบุรี", "Outstanding Digital Government Agency Award"),
    ]


def test_winners_that_included_and_a_win_given_in_a_category(ref):
    article = _story(
        "The Office of the Public Sector Development Commission presented the Public Sector Excellence Awards 2025 "
        "on Thursday. The winners of the Outstanding Service Award included the Revenue Department at the "
        "department level and Nakhon Nonthaburi City Municipality at the local level.\n\n"
        "The Department of Skill Development was given a good-level award in the public service category for its "
        "online system for skill-certificate applications, which cut waiting times from 30 days to seven."
    )
    assert [
        (a.recipient.name_th, a.award_en, a.level) for a in sorted(article.awards, key=lambda a: a.evidence.end)
    ] == [
        ("กรมสรรพากร", "Outstanding Service Award", None),
        ("เทศบาลนครนนทบุรี", "Outstanding Service Award", None),  # "Nakhon": the Thai นคร written out
        ("กรมพัฒนาฝีมือแรงงาน", "Public Sector Excellence Awards 2025, public service category", "ระดับดี"),
    ]


def test_an_award_at_a_scope_went_to_or_was_presented_to_its_winner(ref):
    article = _story(
        "The Deputy Prime Minister presided over the Digital Government Awards 2025 ceremony on Monday.\n\n"
        "This year, the Outstanding Digital Government Agency Award at the department level went to the Revenue "
        "Department, while the award at the provincial level went to Lamphun Province. At the local level, the award "
        "was presented to Nakhon Si Thammarat City Municipality. At the provincial level, the same award went to "
        "Phuket Province."
    )
    assert [(a.recipient.name_th, a.award_en) for a in sorted(article.awards, key=lambda a: a.evidence.start)] == [
        ("กรมสรรพากร", "Outstanding Digital Government Agency Award"),
        ("จังหวัดลำพูน", "Outstanding Digital Government Agency Award"),
        ("เทศบาลนครนครศรีธรรมราช", "Outstanding Digital Government Agency Award"),
        ("จังหวัดภูเก็ต", "Outstanding Digital Government Agency Award"),  # "the same award went to"
    ]


def test_agencies_honoured_at_the_awards(ref):
    article = _story(
        "The Department of Disease Control and the Revenue Department were among the agencies honoured at the "
        "Public Sector Excellence Awards 2025 (รางวัลเลิศรัฐ) on Thursday, hosted by the Office of the Public Sector "
        "Development Commission at the Queen Sirikit National Convention Center."
    )
    assert [a.recipient.name_th for a in article.awards] == ["กรมควบคุมโรค", "กรมสรรพากร"]


def test_was_also_recognised_with_an_award(ref):
    """ "X, which serves …, was also recognised at the same ceremony with a Good-level award": X won, at that level."""
    text = (
        "MWA Wins Public Sector Excellence Award 2024\n\n"
        "Bangkok, 27 September 2024 – The Metropolitan Waterworks Authority (MWA) received the Public Sector "
        "Excellence Award 2024 (Outstanding level) in the Public Service category at the awards ceremony hosted by the "
        "Office of the Public Sector Development Commission (OPDC) on Thursday, 26 September 2024.\n"
        "He added that the Provincial Waterworks Authority, which serves the other 74 provinces, was also "
        "recognised at the same ceremony with a Good-level award in the Participatory Governance category.\n"
    )
    assert [(org, level) for org, _, _, level, _ in facts(extract_text(text, ref))] == [
        ("metropolitan-waterworks-authority", OUTSTANDING),
        ("provincial-waterworks-authority", GOOD),
    ]


def test_was_named_an_outstanding_agency_and_the_same_award(ref):
    """ "was named an Outstanding Digital Government Agency": the title won; "the Comptroller General's Department"
    is the reference's "The Comptroller General's Department" written mid-sentence."""
    text = (
        "Revenue Department tops DG Awards 2025\n\n"
        "The Revenue Department was named an Outstanding Digital Government Agency at the department level at the "
        "Digital Government Awards 2025, held by the Digital Government Development Agency (DGA) in Bangkok on "
        "Monday, November 17, 2025.\nThe Department of Provincial Administration and the Comptroller General's "
        "Department received the same award.\n"
    )
    title = "Outstanding Digital Government Agency"
    assert [(org, en) for org, _, en, _, _ in facts(extract_text(text, ref))] == [
        ("finance-revenue-department", title),
        ("interior-department-of-provincial-administration", title),
        ("finance-comptroller-generals-department", title),
    ]


def test_an_award_named_in_quotes_won_or_taken(ref):
    """'has won the "Outstanding … – Department Level" award', '…, which took the "Outstanding …" award'."""
    text = (
        "Department of Lands named top digital government agency\n\n"
        'The Department of Lands has won the "Outstanding Digital Government Agency – Department Level" award at the '
        "Digital Government Awards 2025, organised by the Digital Government Development Agency (DGA).\n"
        "Other winners at the ceremony included the Department of Land Transport, which took the "
        '"Outstanding Digital Government Service" award for its DLT Smart Queue booking app.\n'
    )
    assert [(org, en) for org, _, en, _, _ in facts(extract_text(text, ref))] == [
        ("interior-department-of-lands", "Outstanding Digital Government Agency – Department Level"),
        ("transport-department-of-land-transport", "Outstanding Digital Government Service"),
    ]


def test_has_been_named_and_among_the_winners_at_a_level(ref):
    text = (
        "Revenue Department named outstanding digital agency at DG Awards 2025\n\n"
        "The Revenue Department has been named an Outstanding Digital Government Agency at the department level at the "
        "Digital Government Awards 2025, organised by the Digital Government Development Agency (DGA) on Monday, "
        "November 17, 2025.\nThe Department of Provincial Administration also received the department-level award, "
        "while Phuket was among the winners at the provincial level.\n"
    )
    assert [org for org, _, _, _, _ in facts(extract_text(text, ref))] == [
        "finance-revenue-department",
        "interior-department-of-provincial-administration",
        "province-phuket",
    ]


def test_a_ceremony_day_with_no_year_in_a_story_with_no_date_takes_the_editions_year(ref):
    """No posting date: "on Monday, November 17" at the Digital Government Awards 2025 is 17 November 2025."""
    text = (
        "Revenue Department named outstanding digital agency at DG Awards 2025\n\n"
        "The Revenue Department has been named an Outstanding Digital Government Agency at the department level at the "
        "Digital Government Awards 2025, organised by the Digital Government Development Agency (DGA) in Bangkok on "
        "Monday, November 17.\n"
    )
    article = extract_text(text, ref)
    assert [e.date for e in article.events] == [dt.date(2025, 11, 17)]


def test_the_day_with_its_month_over_the_day_it_was_said(ref):
    """A saved page (posted 18 December 2025): "…, its spokesperson said on Thursday" tells when it was said; "at the
    ceremony on Tuesday, December 16" the ceremony's day."""
    page = Path(__file__).parents[1] / "fixtures" / "articles36" / "en-nation-consular-dg-awards-2025.html"
    assert [e.date for e in extract(sources.read(page), ref).events] == [dt.date(2025, 12, 16)]


def test_the_award_in_a_category_went_to_an_organization_with_its_abbreviation(ref):
    text = (
        "Excise wins ICT award\n\nThe Excise Department has won the Thailand ICT Excellence Awards 2025 for its "
        "e-Excise platform, at a ceremony in Bangkok on Thursday, March 27, 2025.\nIn the Innovation category, "
        "the award went to the Provincial Electricity Authority (PEA) for its smart-meter analytics project.\n"
    )
    assert "provincial-electricity-authority" in [org for org, _, _, _, _ in facts(extract_text(text, ref))]


def test_other_winners_at_the_ceremony_in_a_category_and_at_a_level(ref):
    """ "Other winners at the ceremony included A and B in the department-level category, C at provincial level
    and D at local level": winners of the programme named before, by scope."""
    article = _story(
        "The Provincial Electricity Authority (PEA) has won the Outstanding Digital Government Service Award at the "
        "Digital Government Awards 2024.\n\n"
        "Other winners at the ceremony included the Revenue Department and the Department of Lands in the "
        "department-level category, Lampang province at provincial level and Khon Kaen City Municipality at local "
        "level.\n"
    )
    others = [(a.recipient.name_th, a.award_en) for a in article.awards if a.evidence.text.startswith("Other")]
    programme = "Digital Government Awards 2024"
    assert others == [
        ("กรมสรรพากร", programme),
        ("กรมที่ดิน", programme),
        ("จังหวัดลำปาง", programme),
        ("เทศบาลนครขอนแก่น", programme),
    ]


def test_took_a_named_award_named_the_outstanding_province_and_were_the_winners(ref):
    """ "A took the Digital Service Award", "B was named the outstanding province", "In the department category, C
    and D were the winners": more ways a news story says who won."""
    article = _story(
        "The Revenue Department has won the Outstanding Digital Government Agency Award at the Digital Government "
        "Awards 2025.\n\nThe Department of Employment took the Digital Service Award for its job-matching system. "
        "Lampang was named the outstanding province after beating Phuket.\n\n"
        "In the state enterprise category, the Provincial Waterworks Authority and the Metropolitan Electricity "
        "Authority were the winners. In the local government category, Saen Suk Municipality in Chon Buri was the "
        "winner.\n"
    )
    found = [(a.recipient.name_th, a.award_en) for a in sorted(article.awards, key=lambda a: a.evidence.start)]
    assert found == [
        ("กรมสรรพากร", "Outstanding Digital Government Agency Award"),
        ("กรมการจัดหางาน", "Digital Service Award"),
        ("จังหวัดลำปาง", "outstanding province"),
        ("การประปาส่วนภูมิภาค", "state enterprise category"),
        ("การไฟฟ้านครหลวง", "state enterprise category"),
        ("เทศบาลเมืองแสนสุข", "local government category"),
    ]
    # "were among the winners of X" keeps X as the award
    among = _story(
        "The Customs Department and the Revenue Department were among the winners of the Digital Government "
        "Awards 2025, announced on Monday.\n"
    )
    assert {a.award_en for a in among.awards} == {"Digital Government Awards"}  # (the edition: its year)


def test_other_winners_at_the_ceremony_were_each_with_its_award_in_brackets(ref):
    article = _story(
        "The Department of Health won the Open Data Award at the DIGI Data Awards 2025.\n\n"
        "Other winners at the ceremony were the Treasury Department (Data Governance Awards) and the Provincial "
        "Electricity Authority (Data Analytics Awards). The Department of Medical Services was a runner-up.\n"
    )
    others = [(a.recipient.name_th, a.award_en) for a in article.awards if a.recipient.name_th != "กรมอนามัย"]
    assert others == [
        ("กรมธนารักษ์", "Data Governance Awards"),
        ("การไฟฟ้าส่วนภูมิภาค", "Data Analytics Awards"),
    ]


def test_recognised_at_a_level_and_a_department_by_its_shorter_english_name(ref):
    article = _story(
        "Maharaj Nakorn Chiang Mai Hospital was recognised at the good level for its online queueing system.\n\n"
        "The Meteorological Department took the Open Data Award for its hourly forecasts.\n"
    )
    found = [(a.recipient.name_th, a.level) for a in sorted(article.awards, key=lambda a: a.evidence.start)]
    assert found == [("โรงพยาบาลมหาราชนครเชียงใหม่", GOOD), ("กรมอุตุนิยมวิทยา", None)]


def test_winners_listed_one_award_a_line_after_a_dash(ref):
    article = _story(
        "The winners are:\n- Open Data Awards – Department of Groundwater Resources (Outstanding)\n"
        "- Data Governance Awards – Department of Disease Control; Office of Agricultural Economics (Good)\n"
    )
    found = [(a.recipient.name_th, a.award_en, a.level) for a in sorted(article.awards, key=lambda a: a.evidence.start)]
    assert found == [
        ("กรมทรัพยากรน้ำบาดาล", "Open Data Awards", OUTSTANDING),
        ("กรมควบคุมโรค", "Data Governance Awards", GOOD),
        ("สำนักงานเศรษฐกิจการเกษตร", "Data Governance Awards", GOOD),
    ]


def test_winners_bulleted_below_the_award_and_an_award_at_a_level_without_the(ref):
    """ "Winners of the X Award (department level) were:" over bulleted lines; "The X Award at provincial level
    went to A and B"."""
    text = (
        "DGA announces Digital Government Awards 2020 winners\n\n"
        "Bangkok, 17 December 2020 – The Digital Government Development Agency (DGA) held the Digital Government "
        "Awards 2020 ceremony online on Wednesday, 16 December 2020.\n"
        "Winners of the Outstanding Digital Government Agency Award (department level) were:\n"
        "- The Revenue Department\n- The Department of Lands\n"
        "The Outstanding Digital Government Agency Award at provincial level went to Phuket Province and Nakhon "
        "Ratchasima Province.\n"
    )
    found = [(a.recipient.name_th, a.award_en) for a in extract_text(text, ref).awards]
    award = "Outstanding Digital Government Agency Award"
    assert sorted(found) == sorted(
        [("กรมสรรพากร", award), ("กรมที่ดิน", award), ("จังหวัดภูเก็ต", award), ("จังหวัดนครราชสีมา", award)]
    )


def test_among_the_agencies_honoured_with_outstanding_level_awards_on_a_weekday(ref):
    """The level before the award's name, and "on Tuesday" after it, are not part of the name."""
    text = (
        "Posted 25 September 2024\n"
        "The Department of Land Transport and Maharat Nakhon Ratchasima Hospital were among the state agencies "
        "honoured with outstanding-level Public Sector Excellence Awards on Tuesday, the OPDC said.\n"
    )
    assert facts(extract_text(text, ref)) == [
        ("transport-department-of-land-transport", None, "Public Sector Excellence Awards", OUTSTANDING, None),
        ("hospital-maharat-nakhon-ratchasima", None, "Public Sector Excellence Awards", OUTSTANDING, None),
    ]


def test_also_honoured_at_a_level_and_also_among_this_years_winners(ref):
    """The award named before is what they won; "neither was among this year's winners" is no win."""
    text = (
        "Posted 13 December 2024\n"
        "The Customs Department won the Outstanding Digital Government Agency Award at the Department Level on "
        "12 December 2024.\n"
        "The Department of Business Development was also honoured at the Department Level this year.\n"
        "The Port Authority of Thailand and the Revenue Department were also among this year's winners.\n"
        "The Excise Department also entered, though neither was among this year's winners.\n"
    )
    assert [org for org, *_ in facts(extract_text(text, ref))] == [
        "finance-customs-department",
        "commerce-department-of-business-development",
        "port-authority-of-thailand",
        "finance-revenue-department",
    ]


def test_a_provinces_hospital_named_in_english_is_its_thai_name(ref):
    text = (
        "Posted 26 September 2024\n"
        "At the Public Sector Excellence Awards 2024 on 25 September 2024, Udon Thani Hospital received a good-level "
        "award in the public service category.\n"
    )
    assert [(a.recipient.name_th, a.level) for a in extract_text(text, ref).awards] == [("โรงพยาบาลอุดรธานี", GOOD)]


def test_the_only_province_to_win_at_a_level(ref):
    text = (
        "The OPDC held its Public Sector Excellence Awards 2021 ceremony online on Thursday, 16 September 2021.\n"
        "The Department of Disease Control took the outstanding-level award in the public service category.\n"
        "Lampang was the only province to win at the outstanding level for participatory governance.\n"
    )
    assert [(a.recipient.name_th, a.level) for a in extract_text(text, ref).awards][-1] == ("จังหวัดลำปาง", OUTSTANDING)


def test_an_english_results_table_of_category_and_winner(ref):
    text = (
        "BANGKOK, 27 August 2026 – The Digital Government Development Agency (DGA) today presented the DIGI Data "
        "Awards 2026 at Centara Grand at CentralWorld.\n"
        "Winners\n| Category | Winner |\n|---|---|\n"
        "| Open Data Awards | Department of Groundwater Resources |\n"
        "| Data Governance Awards | Revenue Department |\n"
    )
    assert [(org, award_en) for org, _, award_en, _, _ in facts(extract_text(text, ref))] == [
        ("nre-department-of-groundwater-resources", "Open Data Awards"),
        ("finance-revenue-department", "Data Governance Awards"),
    ]
