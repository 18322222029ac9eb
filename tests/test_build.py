"""pipeline.build on the real seed: the facts issue 2 requires, read back from the built tables; determinism;
atomicity; version and changelog; curation overrides and the review list."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from pipeline import thai
from pipeline.build import build
from pipeline.build import write as build_write
from pipeline.errors import InputError, ValidationFailed
from tests.inputs_support import (
    BAD,
    SEED,
    SIX_AGENCIES,
    SOURCES,
    copy_package,
    descriptor,
    leftovers,
    rows,
    seed_package_once,
    tree_digest,
)

OPS = "สำนักงานปลัดกระทรวงอุตสาหกรรม"
DATA_GOVERNANCE = "รางวัลหน่วยงานคุณภาพด้านการใช้ธรรมาภิบาลข้อมูลภาครัฐ"
OPEN_DATA = "รางวัลหน่วยงานคุณภาพด้านการเปิดเผยข้อมูลผ่านศูนย์กลางข้อมูลเปิดภาครัฐ"


@pytest.fixture(scope="session")
def seed_package(tmp_path_factory) -> Path:
    return seed_package_once(tmp_path_factory)


def by_id(package: Path, table: str, key: str) -> dict[str, dict]:
    return {r[key]: r for r in rows(package, table)}


# --- the seed's facts, as the package carries them -----------------------------------------------


def test_event(seed_package: Path) -> None:
    [event] = rows(seed_package, "events")
    orgs = by_id(seed_package, "organizations", "organization_id")
    people = by_id(seed_package, "people", "person_id")
    assert event["name_th"] == "รางวัลรัฐบาลดิจิทัลประจำปี 2566"
    assert event["name_en"] == "Digital Government Awards 2023"
    assert (event["year_be"], event["year_ce"]) == ("2566", "2023")
    assert (event["date"], event["time"]) == ("2023-12-06", "10:30")
    assert event["venue_th"] == "ตึกสันติไมตรี ทำเนียบรัฐบาล"
    assert event["total_awards"] == "150"
    organizer = orgs[event["organizer_id"]]
    assert organizer["name_th"] == "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"
    assert "DGA" in organizer["abbreviation"].split("|")
    presider, on_behalf_of = people[event["presided_by"]], people[event["presided_on_behalf_of"]]
    assert (presider["name_th"], presider["position_th"]) == ("นางพวงเพ็ชร ชุนละเอียด", "รัฐมนตรีประจำสำนักนายกรัฐมนตรี")
    assert on_behalf_of["name_th"] == "นายเศรษฐา ทวีสิน"
    assert on_behalf_of["position_th"].startswith("นายกรัฐมนตรี")


def test_award_structure(seed_package: Path) -> None:
    types = rows(seed_package, "award_types")
    top = sorted((t for t in types if not t["parent_id"]), key=lambda t: int(t["ordinal"]))
    assert [t["name_th"] for t in top] == [
        "รางวัลรัฐบาลดิจิทัล",
        "รางวัลเฉพาะด้าน",
        "รางวัลผู้นำองค์กรดิจิทัลดีเด่น",
        "รางวัลพัฒนาการดีเด่น",
        "รางวัลท้องถิ่นดิจิทัล",
    ]
    subs = sorted((t for t in types if t["parent_id"]), key=lambda t: int(t["ordinal"]))
    assert {t["parent_id"] for t in subs} == {top[1]["award_type_id"]}  # all three under type 2
    assert [t["name_th"] for t in subs] == [DATA_GOVERNANCE, OPEN_DATA, "รางวัลหน่วยงานคุณภาพด้านบุคลากรดิจิทัล"]


def test_awards_of_the_office_of_the_permanent_secretary(seed_package: Path) -> None:
    orgs = by_id(seed_package, "organizations", "organization_id")
    people = by_id(seed_package, "people", "person_id")
    types = by_id(seed_package, "award_types", "award_type_id")
    won = [a for a in rows(seed_package, "awards") if orgs[a["recipient_id"]]["name_th"] == OPS]
    assert {a["award_name_th"]: a["award_name_en"] for a in won} == {
        DATA_GOVERNANCE: "Data Governance",
        OPEN_DATA: "data.go.th",
    }
    assert len(won) == 2
    for award in won:
        assert types[award["award_type_id"]]["name_th"] == award["award_name_th"]  # linked to the structure
        rep = people[award["representative_id"]]
        assert rep["name_th"] == "นายดุสิต อนันตรักษ์"
        assert rep["position_th"] == "ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
    assert orgs[next(iter(won))["recipient_id"]]["parent_id"] == "ministry-of-industry"


def test_six_agencies_won_with_no_award_named(seed_package: Path) -> None:
    orgs = by_id(seed_package, "organizations", "organization_id")
    unnamed = [a for a in rows(seed_package, "awards") if not a["award_name_th"]]
    assert {orgs[a["recipient_id"]]["name_th"] for a in unnamed} == SIX_AGENCIES
    assert len(unnamed) == 6
    assert all(not a["award_type_id"] and not a["representative_id"] for a in unnamed)
    assert {orgs[a["recipient_id"]]["parent_id"] for a in unnamed} == {"ministry-of-industry"}
    assert len(rows(seed_package, "awards")) == 8


def test_source_and_its_publication_date(seed_package: Path) -> None:
    [source] = rows(seed_package, "sources")
    assert source["published_date"] == "2023-12-07"
    assert source["published_weekday_stated"] == "พฤหัสบดี"
    assert dt.date(2023, 12, 7).weekday() == 3  # a Thursday
    assert source["url"] == "https://www.thaigov.go.th/news/contents/details/75771"
    assert source["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_stated_counts_match_their_lists(seed_package: Path) -> None:
    counts = {(r["scope"], r["stated"], r["listed"], r["unit"]) for r in rows(seed_package, "stated_counts")}
    assert counts == {
        ("awards-of-recipient", "2", "2", "รางวัล"),
        ("recipients", "6", "6", "หน่วยงาน"),
        ("award-types", "5", "5", "รางวัล"),
        ("sub-awards", "3", "3", "รางวัลย่อย"),
    }


def test_every_evidence_span_quotes_the_normalized_seed(seed_package: Path) -> None:
    text = thai.normalize(SEED.read_text("utf-8"))
    checked = 0
    for table in ("events", "people", "award_types", "awards", "award_sources", "stated_counts"):
        for row in rows(seed_package, table):
            if row.get("evidence_text"):
                start, end = int(row["evidence_start"]), int(row["evidence_end"])
                assert text[start:end] == row["evidence_text"], (table, row)
                checked += 1
    assert checked >= 30


def test_descriptor_metadata_in_both_languages(seed_package: Path) -> None:
    meta = descriptor(seed_package)
    assert meta["name"] == "thai-government-award-facts"
    assert meta["title_th"] and meta["title_en"] and meta["version"] == "1.0.0"
    assert meta["licenses"][0]["title"] == "Open Data Common"
    assert {"รางวัล", "awards"} <= set(meta["keywords"])
    tables = [r for r in meta["resources"] if r.get("format") == "csv"]
    assert {r["name"] for r in tables} >= {"sources", "events", "award_types", "organizations", "people", "awards"}
    for r in tables:
        assert r["schema"]["primaryKey"], r["name"]
        assert " / " in r["title"], r["name"]  # Thai / English
        data = (seed_package / r["path"]).read_bytes()
        assert r["bytes"] == len(data) and r["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert not data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")  # UTF-8 without BOM, RFC 4180


# --- determinism -------------------------------------------------------------------------------------


def test_two_builds_into_fresh_directories_are_byte_identical(seed_package: Path, tmp_path: Path) -> None:
    again = build(SOURCES, tmp_path / "fresh" / "datapackage", overrides=None, review_dir=None)
    assert again.version == "1.0.0"
    assert tree_digest(tmp_path / "fresh" / "datapackage") == tree_digest(seed_package)


def test_rebuild_over_the_package_keeps_bytes_and_version(seed_package: Path, tmp_path: Path) -> None:
    out = copy_package(seed_package, tmp_path / "datapackage")
    result = build(SOURCES, out, overrides=None, review_dir=tmp_path / "review")
    assert (result.version, result.changed) == ("1.0.0", False)
    assert tree_digest(out) == tree_digest(seed_package)
    assert leftovers(tmp_path) == []


def test_sources_listed_in_another_order_give_the_same_package(seed_package: Path, tmp_path: Path) -> None:
    """The build must not depend on directory listing order: a second, copied source does not reorder rows."""
    src = tmp_path / "sources"
    shutil.copytree(SOURCES, src)
    first = build(src, tmp_path / "a", overrides=None, review_dir=None)
    shutil.rmtree(src)
    src.mkdir()
    for path in sorted(SOURCES.iterdir(), reverse=True):  # created in the other order
        shutil.copyfile(path, src / path.name)
    second = build(src, tmp_path / "b", overrides=None, review_dir=None)
    assert first.rows == second.rows
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


# --- atomicity ---------------------------------------------------------------------------------------


@pytest.fixture
def existing(seed_package: Path, tmp_path: Path) -> tuple[Path, dict]:
    out = copy_package(seed_package, tmp_path / "datapackage")
    return out, tree_digest(out)


def bad_sources(tmp_path: Path, name: str) -> Path:
    src = tmp_path / "bad-sources"
    src.mkdir()
    shutil.copyfile(BAD / name, src / name)
    return src


def test_build_failing_validation_leaves_the_package_untouched(existing, tmp_path: Path) -> None:
    out, before = existing
    with pytest.raises(ValidationFailed) as caught:
        build(bad_sources(tmp_path, "count-mismatch.txt"), out, overrides=None, review_dir=tmp_path / "review")
    assert [e["rule"] for e in caught.value.report.errors] == ["count-matches-list"]
    assert tree_digest(out) == before
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "review").exists()  # no review list for a build that wrote nothing


def test_build_failing_on_a_bad_source_leaves_the_package_untouched(existing, tmp_path: Path) -> None:
    out, before = existing
    with pytest.raises(InputError, match="impossible date '31 กุมภาพันธ์ 2566'"):
        build(bad_sources(tmp_path, "impossible-date.txt"), out, overrides=None, review_dir=None)
    assert tree_digest(out) == before
    assert leftovers(tmp_path) == []


def test_build_failing_while_writing_leaves_the_package_untouched(existing, tmp_path: Path, monkeypatch) -> None:
    out, before = existing
    real = build_write.package

    def half_then_disk_full(root: Path, files: dict, desc: dict) -> None:
        real(root, dict(list(files.items())[:3]), desc)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_write, "package", half_then_disk_full)
    with pytest.raises(OSError, match="No space left"):
        build(SOURCES, out, overrides=None, review_dir=None)
    assert tree_digest(out) == before
    assert leftovers(tmp_path) == []


def test_interrupted_during_validation_leaves_no_temporary_directory(existing, tmp_path: Path, monkeypatch) -> None:
    out, before = existing

    def interrupted(root):
        assert (Path(root) / "datapackage.json").is_file()  # the new package is complete, in a temporary dir
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.validate.validate_package", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(SOURCES, out, overrides=None, review_dir=None)
    assert tree_digest(out) == before
    assert leftovers(tmp_path) == []


def test_failed_final_rename_puts_the_previous_package_back(existing, tmp_path: Path, monkeypatch) -> None:
    out, before = existing
    changed = tmp_path / "sources"
    shutil.copytree(SOURCES, changed)
    edit_seed(changed, "อนันตรักษ์", "อนันตรักษา")
    real_rename = Path.rename

    def failing(self: Path, target):
        if self.name.startswith(".datapackage.tmp"):
            raise OSError(18, "Invalid cross-device link")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", failing)
    with pytest.raises(OSError, match="cross-device"):
        build(changed, out, overrides=None, review_dir=None)
    assert tree_digest(out) == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("kind", ["file", "foreign-directory"])
def test_build_refuses_to_replace_what_is_not_a_package(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "target"
    if kind == "file":
        out.write_text("notes")
    else:
        out.mkdir()
        (out / "letter.txt").write_text("not a package")
    before = tree_digest(tmp_path)
    with pytest.raises(InputError, match=r"is not a directory|holds no datapackage\.json: refusing to replace it"):
        build(SOURCES, out, overrides=None, review_dir=None)
    assert tree_digest(tmp_path) == before


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    result = build(SOURCES, tmp_path / "datapackage", overrides=None, review_dir=tmp_path / "review", dry_run=True)
    assert result.rows["awards"] == 8 and result.version == "1.0.0"
    assert list(tmp_path.iterdir()) == []


# --- version and changelog ---------------------------------------------------------------------------


def edit_seed(sources_dir: Path, old: str, new: str, retrieved: str | None = None) -> None:
    """Change the seed's text (and its sidecar's sha256, as a re-fetch would)."""
    path = sources_dir / SEED.name
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")
    sidecar = sources_dir / "thaigov-news-75771.meta.json"
    meta = json.loads(sidecar.read_text("utf-8"))
    meta["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    if retrieved:
        meta["retrieved"] = retrieved
    sidecar.write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")


def test_changed_source_bumps_the_version_and_records_the_changes(existing, tmp_path: Path) -> None:
    out, _ = existing
    changed = tmp_path / "sources"
    shutil.copytree(SOURCES, changed)
    # the representative's surname, same length: only the people row and the two awards' links change
    edit_seed(changed, "นายดุสิต อนันตรักษ์", "นายดุสิต อนันตรักษา", retrieved="2026-12-01")
    result = build(changed, out, overrides=None, review_dir=None)
    assert (result.version, result.changed) == ("1.1.0", True)
    meta = descriptor(out)
    assert meta["version"] == "1.1.0"
    assert meta["last_updated_date"] == "2026-12-01"
    assert meta["created"] == "2026-11-26T00:00:00Z"  # the package's first build
    log = [
        (r["version"], r["date"], r["table"], r["added"], r["removed"], r["changed"]) for r in rows(out, "changelog")
    ]
    assert [r for r in log if r[0] == "1.1.0"] == [
        ("1.1.0", "2026-12-01", "sources", "0", "0", "1"),
        ("1.1.0", "2026-12-01", "people", "1", "1", "0"),
        ("1.1.0", "2026-12-01", "awards", "0", "0", "2"),
    ]
    assert ("1.0.0", "2026-11-26", "awards", "8", "0", "0") in log  # the history is kept
    assert "นายดุสิต อนันตรักษา" in {p["name_th"] for p in rows(out, "people")}
    assert "1.1.0" in (out / "CHANGELOG.md").read_text("utf-8")

    again = build(changed, out, overrides=None, review_dir=None)  # and the re-run keeps it
    assert (again.version, again.changed) == ("1.1.0", False)


# --- curation -----------------------------------------------------------------------------------------


def write_overrides(path: Path, decisions: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["fact_id", "table", "action", "field", "value", "curator", "date", "reason"])
        writer.writerows(decisions)
    return path


def award_ids(package: Path) -> dict[tuple[str, str], str]:
    orgs = by_id(package, "organizations", "organization_id")
    return {(orgs[a["recipient_id"]]["name_th"], a["award_name_th"]): a["award_id"] for a in rows(package, "awards")}


def test_overrides_are_applied_and_recorded(seed_package: Path, tmp_path: Path) -> None:
    ids = award_ids(seed_package)
    rejected = ids[("การนิคมอุตสาหกรรมแห่งประเทศไทย", "")]
    corrected = ids[(OPS, OPEN_DATA)]
    accepted = ids[("กรมโรงงานอุตสาหกรรม", "")]
    overrides = write_overrides(
        tmp_path / "overrides.csv",
        [
            [rejected, "awards", "reject", "", "", "curator-a", "2026-11-27", "the text lists it as a participant"],
            [corrected, "awards", "correct", "award_name_en", "Open Data", "curator-b", "2026-11-27", "house style"],
            [accepted, "awards", "accept", "", "", "curator-a", "2026-11-28", "checked against the DGA list"],
            ["award-000000000000", "awards", "reject", "", "", "curator-a", "2026-11-28", "stale: no such fact"],
        ],
    )
    out = tmp_path / "datapackage"
    build(SOURCES, out, overrides=overrides, review_dir=tmp_path / "review")
    awards = by_id(out, "awards", "award_id")
    assert rejected not in awards
    assert rejected not in {r["award_id"] for r in rows(out, "award_sources")}
    assert (awards[corrected]["award_name_en"], awards[corrected]["curation"]) == ("Open Data", "corrected")
    assert awards[accepted]["curation"] == "accepted"
    assert {a["curation"] for k, a in awards.items() if k not in (corrected, accepted)} == {""}
    recorded = {(r["fact_id"], r["action"], r["field"], r["value"], r["curator"]) for r in rows(out, "curations")}
    assert recorded == {
        (rejected, "reject", "", "", "curator-a"),
        (corrected, "correct", "award_name_en", "Open Data", "curator-b"),
        (accepted, "accept", "", "", "curator-a"),
    }  # the stale decision matched no fact and is not recorded
    assert len(awards) == 7


@pytest.mark.parametrize(
    ("decision", "problem"),
    [
        (["a", "awards", "delete", "", "", "c", "2026-11-27", "r"], "overrides.csv:2: action 'delete' is not one of"),
        (["a", "trophies", "accept", "", "", "c", "2026-11-27", "r"], "overrides.csv:2: table 'trophies' is not one"),
        (["a", "awards", "correct", "", "x", "c", "2026-11-27", "r"], "a correction must name the field it corrects"),
        (["a", "awards", "correct", "winner", "x", "c", "2026-11-27", "r"], "field 'winner' is not a field of awards"),
        (["a", "awards", "correct", "award_id", "b", "c", "2026-11-27", "r"], "award_id is the fact's id"),
        (["a", "awards", "accept", "", "", "", "2026-11-27", "r"], "overrides.csv:2: curator is empty"),
        (["a", "awards", "accept", "", "", "c", "27/11/2026", "r"], "date '27/11/2026' is not YYYY-MM-DD"),
        (["a", "awards"], "overrides.csv:2: action '' is not one of"),
    ],
)
def test_bad_override_is_refused_with_its_line(tmp_path: Path, decision: list[str], problem: str) -> None:
    overrides = write_overrides(tmp_path / "overrides.csv", [decision])
    with pytest.raises(InputError) as caught:
        build(SOURCES, tmp_path / "datapackage", overrides=overrides, review_dir=None)
    assert problem in str(caught.value)
    assert not (tmp_path / "datapackage").exists()


def test_overrides_file_without_the_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "overrides.csv"
    path.write_text("fact_id,action\nx,reject\n", "utf-8")
    with pytest.raises(InputError) as caught:
        build(SOURCES, tmp_path / "datapackage", overrides=path, review_dir=None)
    assert str(caught.value) == f"{path}:1: missing columns: curator, date, field, reason, table, value"


def test_review_list_names_what_to_check(seed_package: Path) -> None:
    review = seed_package.parent / "datapackage-review" / "review.csv"
    with review.open(encoding="utf-8", newline="") as fh:
        items = list(csv.DictReader(fh))
    assert {(i["table"], i["evidence_text"]) for i in items} >= {
        ("organizations", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")  # not in the reference table
    }
    assert all(i["reason"] for i in items)
