"""Build: articles that report the same event merge into one events row, and what one article states about
the event's date stays with that article. (The seed's facts, determinism, atomicity, versions and dry runs
are in tests/test_build.py.)

Two articles about one event (the same programme and year) give one row: the first article (by source id)
owns it, a later one fills only what it left empty. The date, the date as stated and the stated weekday
belong together: a later article's weekday of another date must not land on the first article's date, and
a weekday that is not its date's must name the article that states it, not the one that owns the row.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from pipeline import extract, sources
from pipeline.build import assemble, build
from pipeline.errors import InputError
from pipeline.orgs import Reference
from tests.inputs_support import BAD, SEED


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference.load()


@pytest.fixture(scope="module")
def seed_article(ref: Reference):
    return extract.extract(sources.read(SEED, base=SEED.parent.parent), ref)


def _later(article, *, date: dt.date, stated: str, weekday: int | None):
    """The same article as if another source reported the event on ``date``."""
    later = copy.deepcopy(article)
    later.source = dataclasses.replace(article.source, source_id="zz-later-report", path="sources/zz.txt")
    event = later.events[0]
    event.date, event.date_stated, event.weekday_stated = date, stated, weekday
    return later


def test_the_seed_event_states_no_weekday(seed_article) -> None:
    """The premise of the tests below: the first article leaves the weekday empty for a later one to fill."""
    (event,) = seed_article.events
    assert (event.date, event.weekday_stated) == (dt.date(2023, 12, 6), None)


def test_a_later_weekday_of_the_same_date_fills_the_row(seed_article, ref: Reference) -> None:
    later = _later(seed_article, date=dt.date(2023, 12, 6), stated="วันพุธที่ 6 ธันวาคม 2566", weekday=2)
    (row,) = assemble([seed_article, later], ref)["events"]
    assert (row["date"], row["weekday_stated"], row["source_id"]) == (dt.date(2023, 12, 6), "พุธ", "thaigov-news-75771")


def test_a_later_weekday_of_another_date_stays_out(seed_article, ref: Reference) -> None:
    later = _later(seed_article, date=dt.date(2023, 12, 8), stated="วันศุกร์ที่ 8 ธันวาคม 2566", weekday=4)
    (row,) = assemble([seed_article, later], ref)["events"]
    assert row["date"] == dt.date(2023, 12, 6)
    assert row["date_stated"] == "6 ธันวาคม 2566"
    assert row["weekday_stated"] is None  # Friday is 8 December's weekday, not 6 December's


def test_a_wrong_weekday_names_the_article_that_states_it(tmp_path: Path, ref: Reference) -> None:
    """The seed (which owns the event row) and an article stating Thursday for Wednesday 6 December 2023."""
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    for path in (SEED, SEED.with_name(SEED.stem + ".meta.json"), BAD / "weekday-mismatch.txt"):
        shutil.copyfile(path, project / "sources" / path.name)
    with pytest.raises(InputError) as caught:
        build(project / "sources", project / "datapackage", ref=ref, review_dir=project / "curation")
    error = caught.value
    assert Path(error.path).name == "weekday-mismatch.txt"
    assert error.place == "3:1"  # the line that starts วันพฤหัสบดีที่ 6 ธันวาคม 2566
    assert "วันพฤหัสบดี is stated for 2023-12-06, which is a วันพุธ" in error.problem
    assert not (project / "datapackage").exists() and not (project / "curation").exists()
