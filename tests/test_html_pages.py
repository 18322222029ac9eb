"""Saved HTML pages end to end: ``sources.read(page)`` (trafilatura takes the main text) then ``extract``, compared
with ``extract`` on the development text fixture the page wraps. The pages are in tests/fixtures/html/ (README.md
there says how they were made and what each tests). Each page gives what its text gives: the same facts, event
date and posting date, though trafilatura drops the date stamp as chrome, writes a table's heading row as a row,
and keeps a wrapped cell's row whole where the copied text breaks it over two lines."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline import sources
from pipeline.extract import extract
from pipeline.model import Article
from pipeline.orgs import Reference

FIXTURES = Path(__file__).parent / "fixtures"
HTML = FIXTURES / "html"

# page -> the text fixture it wraps, and organizations the page names only in its chrome (menus, sidebars,
# related-news boxes, footers): none of them is in the wrapped text, and none may come out as a recipient
PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "thaigov-mnre-dg-awards-2568": ("articles3/thaigov-mnre-dg-awards-2568-three-agencies", ("กรมป่าไม้",)),
    "mol-wordpress-dg-awards-2567": ("articles4/mol-dg-awards-2567-ministry-attached", ("การไฟฟ้านครหลวง",)),
    "nakhonsi-joomla-ita-2566": ("articles4/nakhonsi-ita-local-awards-2566-table", ("กรมส่งเสริมการปกครองท้องถิ่น",)),
    "prd-chiangmai-dg-awards-2566": ("articles2/prd-chiangmai-dg-awards-2566-stamp", ("จังหวัดลำปาง",)),
    "prd-nakhonsi-lertrat-2567": ("articles5/prd-nakhonsi-lertrat-2567-roundup", ("สำนักงานสถิติแห่งชาติ",)),
    "matichon-style-lertrat-2566": ("articles5/news-lertrat-2566-byline-related", ("กรมศุลกากร",)),
    "pptv-style-dg-awards-2565-meta-date": ("articles3/pptv-dg-awards-2565-roundup", ("กรมชลประทาน",)),
    "thairath-style-dlt-newyear-2569": ("articles3/thairath-dlt-newyear-2569-one-sentence-win", ("กรมเจ้าท่า",)),
    "msdhs-lertrat-2563-ul": ("articles4/msdhs-lertrat-2563-prakob-duay", ("กรมอนามัย",)),
    "mhesi-lertrat-2566-br": (
        "articles4/mhesi-lertrat-2566-one-per-line",
        ("สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ",),
    ),
    "dga-digi-data-awards-2568-table": ("articles5/digi-data-awards-2568-table", ("กรมการปกครอง",)),
    "opdc-lertrat-2564-word-tables": ("articles3/opdc-lertrat-2564-results-tab-table", ("กรมศุลกากร",)),
    "dlt-lertrat-2566-entities": ("articles4/dlt-lertrat-2566-service-dev", ("กรมทางหลวง",)),
    "moac-lertrat-2565-strong": ("articles5/moac-lertrat-2565-roundup", ("กรมหม่อนไหม", "สำนักงานเศรษฐกิจการเกษตร")),
    "ddc-lertrat-2561-meta-date": ("phrasings/date-yesterday-bare", ("กรมอนามัย",)),
}


@cache
def _ref() -> Reference:
    return Reference.load()


@cache
def _from_html(page: str) -> Article:
    return extract(sources.read(HTML / f"{page}.html"), _ref())


@cache
def _from_text(page: str) -> Article:
    return extract(sources.read(FIXTURES / f"{PAGES[page][0]}.txt"), _ref())


def _facts(article: Article) -> list[tuple[str, str | None, str | None]]:
    return sorted(((a.recipient.name_th, a.award_th, a.level) for a in article.awards), key=str)


def _event_date(article: Article):
    return article.events[0].date if article.events else None


def test_every_page_is_listed_and_every_wrapped_fixture_exists() -> None:
    assert sorted(p.stem for p in HTML.glob("*.html")) == sorted(PAGES)
    for fixture, _ in PAGES.values():
        assert (FIXTURES / f"{fixture}.txt").is_file()


@pytest.mark.parametrize("page", [pytest.param(page, id=page) for page in PAGES])
def test_page_gives_the_facts_and_event_date_of_its_text(page: str) -> None:
    html, text = _from_html(page), _from_text(page)
    assert html.source.media_type == "text/html"
    assert _facts(text), "the wrapped fixture has facts to compare"
    assert _facts(html) == _facts(text)
    assert _event_date(html) == _event_date(text)
    assert _event_date(text) is not None


@pytest.mark.parametrize("page", [pytest.param(page, id=page) for page in PAGES])
def test_page_keeps_the_posting_date_of_its_text(page: str) -> None:
    """From the page's markup (article:published_time, itemprop="datePublished") or from the stamp trafilatura
    drops as chrome ("วันที่ 5 ธ.ค. 2567 | ข่าวที่ 412/2567" under the headline, "27 กันยายน 2567 / 15:20:08"
    above the body)."""
    published = _from_text(page).source.published
    assert published is not None
    assert _from_html(page).source.published == published


@pytest.mark.parametrize("page", [pytest.param(page, id=page) for page in PAGES])
def test_chrome_does_not_leak_recipients(page: str) -> None:
    fixture, chrome_only = PAGES[page]
    page_html = (HTML / f"{page}.html").read_text("utf-8")
    wrapped = (FIXTURES / f"{fixture}.txt").read_text("utf-8")
    recipients = {a.recipient.name_th for a in _from_html(page).awards}
    assert recipients  # the article's own winners are found
    for name in chrome_only:
        assert name in page_html and name not in wrapped  # named by the page's chrome only
        assert name in _ref().by_name  # a name the extractor would recognize, were it read
        assert not any(name in r for r in recipients)
