"""The event date from a relative day written alone (no date after it): the posting date plus its offset,
only when the word is the time of the award clause."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline import sources
from pipeline.extract import extract
from pipeline.model import Event
from pipeline.orgs import Reference

HEADLINE = "กรมควบคุมโรครับรางวัลเลิศรัฐ ประจำปี 2561\nวันเสาร์ที่ 15 กันยายน 2561\n"
AWARD = "กรมควบคุมโรคได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี"


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference.load()


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
)
def test_a_relative_day_that_times_the_award_clause(tmp_path: Path, body: str, date: dt.date, ref: Reference) -> None:
    assert event(tmp_path, body, ref).date == date


@pytest.mark.parametrize(
    "body",
    [
        f"{AWARD} จากผลงานที่พัฒนามาจนถึงวันนี้",  # "until today": no time of an event
        f"{AWARD}\nแต่วันนี้ประชาชนสามารถแจ้งข่าวได้ทางออนไลน์",  # another clause, another line
    ],
)
def test_a_relative_day_that_is_not_the_time_of_the_award(tmp_path: Path, body: str, ref: Reference) -> None:
    assert event(tmp_path, body, ref).date_stated != "วันนี้"
