"""pipeline.validate: each business rule fires on a copy of the real built package with one cell changed;
frictionless errors come with table, row and file; the JSON report; descriptors that cannot be used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.validate import LIMIT_ERRORS, MAX_FIELD, validate_package
from tests.inputs_support import (
    cli,
    copy_package,
    csv_bytes,
    descriptor,
    edit_cell,
    resource,
    rows,
    save_descriptor,
    seed_package_once,
    write_file,
    write_table,
)

SEED_ID = "thaigov-news-75771"


@pytest.fixture(scope="session")
def seed_package(tmp_path_factory) -> Path:
    return seed_package_once(tmp_path_factory)


@pytest.fixture
def package(seed_package: Path, tmp_path: Path) -> Path:
    return copy_package(seed_package, tmp_path / "datapackage")


def errors(package: Path) -> list[dict]:
    return validate_package(package).errors


def only(package: Path) -> dict:
    found = errors(package)
    assert len(found) == 1, found
    return found[0]


def test_the_seed_package_is_valid(seed_package: Path) -> None:
    report = validate_package(seed_package)
    assert report.valid, report.errors[:5]
    assert report.stats["tables"] == 20 and report.stats["rows"] > 50


# --- business rules: one cell changed, one rule fires -------------------------------------------


def count_row(package: Path, scope: str) -> dict:
    return next(r for r in rows(package, "stated_counts") if r["scope"] == scope)


def test_stated_count_must_match_the_list(package: Path) -> None:
    row = count_row(package, "recipients")
    edit_cell(package, "stated_counts", {"count_id": row["count_id"]}, "stated", 7)
    error = only(package)
    assert error["rule"] == "count-matches-list"
    assert error["message"] == "the text states 7 หน่วยงาน but lists 6 (recipients)"
    assert (error["table"], error["path"], error["source_id"]) == ("stated_counts", "data/stated_counts.csv", SEED_ID)
    assert error["row"] == 1 + [r["count_id"] for r in rows(package, "stated_counts")].index(row["count_id"]) + 1
    assert error["evidence"]["text"].startswith("จำนวน 6 หน่วยงาน ได้แก่ 1) สำนักงานเศรษฐกิจอุตสาหกรรม")


def test_a_curator_may_accept_a_count_that_does_not_match(package: Path) -> None:
    row = count_row(package, "recipients")
    edit_cell(package, "stated_counts", {"count_id": row["count_id"]}, "stated", 7)
    edit_cell(package, "stated_counts", {"count_id": row["count_id"]}, "curation", "accepted")
    assert errors(package) == []


def test_stated_weekday_must_match_the_event_date(package: Path) -> None:
    edit_cell(package, "events", {"source_id": SEED_ID}, "weekday_stated", "พฤหัสบดี")
    error = only(package)
    assert error["rule"] == "weekday-matches-date"
    assert error["message"] == "วันพฤหัสบดี is stated for 2023-12-06, which is a วันพุธ"
    assert (error["table"], error["row"], error["field"]) == ("events", 2, "weekday_stated")


def test_stated_weekday_must_match_the_publication_date(package: Path) -> None:
    edit_cell(package, "sources", {"source_id": SEED_ID}, "published_weekday_stated", "ศุกร์")
    error = only(package)
    assert (error["rule"], error["table"], error["field"]) == (
        "weekday-matches-date",
        "sources",
        "published_weekday_stated",
    )
    assert error["message"] == "วันศุกร์ is stated for 2023-12-07, which is a วันพฤหัสบดี"


def test_buddhist_era_year_must_be_the_gregorian_year_plus_543(package: Path) -> None:
    edit_cell(package, "events", {"source_id": SEED_ID}, "year_be", 2567)
    error = only(package)
    assert (error["rule"], error["message"]) == ("buddhist-era", "year_be 2567 - 543 is not year_ce 2023")


def test_date_as_stated_must_be_the_date(package: Path) -> None:
    edit_cell(package, "events", {"source_id": SEED_ID}, "date_stated", "6 ธันวาคม 2565")
    error = only(package)
    assert (error["rule"], error["field"]) == ("buddhist-era", "date")
    assert error["message"] == "the date stated '6 ธันวาคม 2565' is not 2023-12-06"


def test_a_date_stated_without_its_year_is_checked_by_day_and_month(package: Path) -> None:
    edit_cell(package, "events", {"source_id": SEED_ID}, "date_stated", "6 ธ.ค.")
    assert errors(package) == []
    edit_cell(package, "events", {"source_id": SEED_ID}, "date_stated", "7 ธ.ค.")
    assert only(package)["message"] == "the date stated '7 ธ.ค.' is not 2023-12-06"


def test_event_must_not_be_after_publication(package: Path) -> None:
    # 30 Nov 2023 is a Thursday too, so the stated weekday still holds: only this rule can fire
    edit_cell(package, "sources", {"source_id": SEED_ID}, "published_date", "2023-11-30")
    error = only(package)
    assert error["rule"] == "event-not-after-publication"
    assert error["message"] == "the event date 2023-12-06 is after the article's publication 2023-11-30"


def test_no_award_twice(package: Path) -> None:
    unnamed = [a for a in rows(package, "awards") if not a["award_name_th"]]
    first, second = unnamed[0], unnamed[1]
    edit_cell(package, "awards", {"award_id": second["award_id"]}, "recipient_id", first["recipient_id"])
    error = only(package)
    assert error["rule"] == "unique-award"
    award_rows = [a["award_id"] for a in rows(package, "awards")]
    assert error["message"] == f"the same award as row {award_rows.index(first['award_id']) + 2}"
    assert error["row"] == award_rows.index(second["award_id"]) + 2


def test_evidence_offsets_must_span_the_quote(package: Path) -> None:
    award = rows(package, "awards")[0]
    end = int(award["evidence_end"])
    edit_cell(package, "awards", {"award_id": award["award_id"]}, "evidence_end", end + 1)
    error = only(package)
    assert error["rule"] == "evidence-span"
    assert error["message"] == f"offsets {award['evidence_start']}-{end + 1} do not span the quoted text " + (
        f"({len(award['evidence_text'])} characters)"
    )


def test_oversized_field(package: Path) -> None:
    edit_cell(package, "sources", {"source_id": SEED_ID}, "obtained", "ก" * (MAX_FIELD + 1))
    error = only(package)
    assert (error["rule"], error["table"], error["field"]) == ("field-size", "sources", "obtained")
    assert error["message"] == "100,001 characters in one cell"


def test_json_twin_must_hold_the_csv_rows(package: Path) -> None:
    records = json.loads((package / "data" / "people.json").read_text("utf-8"))
    records[0]["position_th"] = "ตำแหน่งอื่น"
    write_file(package, "data/people.json", (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode())
    error = only(package)
    assert (error["rule"], error["table"], error["row"], error["message"]) == (
        "json-twin",
        "people_json",
        2,
        "differs from the CSV row",
    )


# --- frictionless errors: table, row, field and file --------------------------------------------


def test_broken_foreign_key(package: Path) -> None:
    award = rows(package, "awards")[0]
    edit_cell(package, "awards", {"award_id": award["award_id"]}, "recipient_id", "no-such-organization")
    error = only(package)
    assert (error["rule"], error["table"], error["row"], error["path"]) == (
        "frictionless:foreign-key",
        "awards",
        2,
        "data/awards.csv",
    )
    assert '"no-such-organization" not found in the lookup table "organizations"' in error["message"]


def test_duplicate_primary_key(package: Path) -> None:
    found = rows(package, "people")
    found[1]["person_id"] = found[0]["person_id"]
    header = list(found[0])
    write_table(package, "people", csv_bytes(header, [[r[h] for h in header] for r in found]))
    rules = {(e["rule"], e["table"], e.get("row")) for e in errors(package)}
    assert ("frictionless:primary-key", "people", 3) in rules


def test_type_error_names_row_and_field(package: Path) -> None:
    edit_cell(package, "events", {"source_id": SEED_ID}, "total_awards", "many")
    found = [e for e in errors(package) if e["rule"].startswith("frictionless")]
    assert [(e["rule"], e["table"], e["row"], e["field"]) for e in found] == [
        ("frictionless:type-error", "events", 2, "total_awards")
    ]


def test_frictionless_errors_are_not_truncated_at_1000(package: Path) -> None:
    """Frictionless stops at 1,000 errors unless told otherwise; the validator sets its own, higher limit."""
    assert LIMIT_ERRORS > 1000
    header = [f["name"] for f in resource(descriptor(package), "changelog")["schema"]["fields"]]
    body = [["1.0.0", "not-a-date", "sources", str(i), "0", "0"] for i in range(1500)]
    write_table(package, "changelog", csv_bytes(header, body))
    found = [e for e in errors(package) if e["rule"] == "frictionless:type-error" and e["table"] == "changelog"]
    assert len(found) == 1500


# --- descriptors that cannot be used ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "rule", "message"),
    [
        (lambda d: resource(d, "awards").update(path="../../etc/passwd"), "path", "escapes the package directory"),
        (lambda d: resource(d, "awards").update(path="/etc/passwd"), "path", "escapes the package directory"),
        (lambda d: resource(d, "awards").update(path="https://example.org/a.csv"), "path", "a package must carry"),
        (lambda d: resource(d, "awards").update(path="data/nothing.csv"), "path", "file 'data/nothing.csv' not found"),
        (lambda d: resource(d, "awards").update(path="data"), "path", "file 'data' is not a regular file"),
        (lambda d: d["resources"].append("data/awards.csv"), "descriptor", "resource #35 must be an object"),
        (
            lambda d: resource(d, "awards")["schema"]["fields"][0].update(type="blob"),
            "frictionless",
            'field type "blob" is not supported',
        ),
    ],
)
def test_unusable_descriptor(package: Path, change, rule: str, message: str) -> None:
    meta = descriptor(package)
    change(meta)
    save_descriptor(package, meta)
    error = only(package)
    assert error["rule"] == rule
    assert message in error["message"]


def test_inline_and_multipart_resources_are_read_not_crashed_on(package: Path) -> None:
    """Valid Frictionless the build never writes: data inline in the descriptor, and a path list."""
    meta = descriptor(package)
    meta["resources"].append({"name": "inline", "data": [{"a": 1}]})
    resource(meta, "changelog_json")["path"] = [resource(meta, "changelog_json")["path"]]
    save_descriptor(package, meta)
    assert validate_package(package).valid


# --- the validation cache: frictionless runs again only on bytes it has not passed ---------------------------


def test_a_first_validation_hashes_no_table_and_the_same_bytes_are_not_validated_again(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first validation does not read the tables to hash them (frictionless's pass hashes what it reads, and
    the digest remembered is made of those); the same bytes elsewhere are then served from the cache, and a
    byte changed in place (same size) is validated again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("PIPELINE_NO_CACHE", raising=False)
    hashed: list[str] = []  # the files the validator opens as bytes (frictionless opens its own with open())
    path_open = Path.open

    def spy(self: Path, mode: str = "r", *args, **kwargs):
        if "b" in mode:
            hashed.append(self.name)
        return path_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)

    first = validate_package(package)
    assert first.valid and "frictionless" not in first.stats
    assert not [name for name in hashed if name.endswith((".csv", ".json")) and name != "datapackage.json"], hashed

    hashed.clear()
    again = validate_package(copy_package(package, tmp_path / "copy"))
    assert again.valid and again.stats["frictionless"] == "valid (the same bytes passed before: cache)"
    assert "awards.csv" in hashed  # a package of the same sizes passed: the bytes are hashed to decide

    awards = package / "data" / "awards.csv"
    awards.write_bytes(awards.read_bytes().replace("ก".encode(), "ข".encode(), 1))  # same size, other bytes
    changed = validate_package(package)
    assert "frictionless" not in changed.stats
    assert ("frictionless:hash-count", "awards") in {(e["rule"], e.get("table")) for e in changed.errors}


# --- the CLI: exit codes, the text report and --format json --------------------------------------


def test_cli_valid_package(seed_package: Path, tmp_path: Path) -> None:
    run = cli("validate", seed_package, cwd=tmp_path)
    assert run.returncode == 0
    assert run.stdout.strip().startswith(f"{seed_package}/ is valid (")


def test_cli_reports_rule_file_row_and_evidence(package: Path, tmp_path: Path) -> None:
    row = count_row(package, "recipients")
    edit_cell(package, "stated_counts", {"count_id": row["count_id"]}, "stated", 7)
    text = cli("validate", package, cwd=tmp_path)
    assert text.returncode == 1
    lines = text.stderr.splitlines()
    assert lines[0] == "invalid: 1 error(s)"
    assert lines[1].startswith("- [count-matches-list] data/stated_counts.csv stated_counts:")
    assert lines[1].endswith("the text states 7 หน่วยงาน but lists 6 (recipients)")
    assert lines[2].startswith(f"    {SEED_ID}[{row['evidence_start']}:{row['evidence_end']}] “จำนวน 6 หน่วยงาน")

    machine = cli("validate", package, "--format", "json", cwd=tmp_path)
    assert machine.returncode == 1
    report = json.loads(machine.stdout)
    assert report["valid"] is False
    [error] = report["errors"]
    assert error == {
        "rule": "count-matches-list",
        "message": "the text states 7 หน่วยงาน but lists 6 (recipients)",
        "table": "stated_counts",
        "row": error["row"],
        "source_id": SEED_ID,
        "evidence": {
            "start": int(row["evidence_start"]),
            "end": int(row["evidence_end"]),
            "text": row["evidence_text"],
        },
        "path": "data/stated_counts.csv",
    }
    assert report["stats"]["errors"] == 1


def test_cli_json_on_a_valid_package(seed_package: Path, tmp_path: Path) -> None:
    run = cli("validate", seed_package, "-f", "json", cwd=tmp_path)
    assert run.returncode == 0
    report = json.loads(run.stdout)
    assert (report["valid"], report["errors"]) == (True, [])


def test_validating_does_not_import_the_extractor(seed_package: Path, tmp_path: Path) -> None:
    """`pipeline validate` runs the rules on the tables, never the extractor (nor the reference it loads): its
    modules compile hundreds of patterns at import, which cost a validation a quarter of a second."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('imported:', sorted(m for m in sys.modules"
        " if m.startswith(('pipeline.extract', 'pipeline.orgs', 'pipeline.build.tables')))))\n"
        "from pipeline.cli import app\n"
        f"app(['validate', {str(seed_package)!r}], prog_name='pipeline')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert f"{seed_package}/ is valid (" in done.stdout
    assert "imported: []" in done.stdout, done.stdout
