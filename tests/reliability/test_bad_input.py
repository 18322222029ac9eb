"""Bad input, sources and data packages alike (issue 7), each through the CLI in its own process, as a user
runs it: a message that names the file and the problem, a non-zero exit, no traceback, nothing written into
the package directory, and (for packages) no request to the portal at all.

Sources: a project directory in tmp_path holds the seed article (with its sidecar), the bad file, and a
``datapackage/`` built from the seed alone; ``pipeline build`` runs in it. Had the bad file been accepted,
the package would change (a new source row): the control cases (good files with a BOM and CRLF, or in
UTF-16) show that it does, so "nothing written" is a real check.

Packages: each is the seed's package copied into tmp_path with exactly one thing broken (a cell, a header,
a path, the descriptor); ``pipeline validate`` and ``pipeline publish`` (through tools/faultproxy.py, which
logs every request, in front of the local portal) run against it. A valid copy is the control of both.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from faultproxy import FaultProxy, Faults, is_write

import tests.inputs_support as support
from tests.inputs_support import (
    BAD,
    SEED,
    cli,
    copy_package,
    csv_bytes,
    descriptor,
    edit_cell,
    leftovers,
    resource,
    rows,
    save_descriptor,
    tree_digest,
    write_file,
    write_table,
)
from tests.reliability.conftest import ROOT, publisher_env


@pytest.fixture
def seed_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's package, built once per session; every test copies it before changing anything."""
    return support.seed_package_once(tmp_path_factory)


SEED_META = SEED.with_name(SEED.stem + ".meta.json")
SEED_TEXT = SEED.read_bytes()
SEED_STR = SEED_TEXT.decode("utf-8")


# --- sources --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCase:
    name: str
    setup: Callable[[Path], None]  # gets the project's sources/ directory (the seed is already in it)
    words: tuple[str, ...]  # every one must appear in the output: the file and the problem


def _copy(fixture: str) -> Callable[[Path], None]:
    return lambda sources: shutil.copyfile(BAD / fixture, sources / fixture)


def _write(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda sources: (sources / name).write_bytes(data)


def _with_sidecar(name: str, meta: dict | str) -> Callable[[Path], None]:
    """The seed's text under another name, with a broken sidecar."""

    def setup(sources: Path) -> None:
        (sources / name).write_bytes(SEED_TEXT)
        raw = meta if isinstance(meta, str) else json.dumps(meta, ensure_ascii=False)
        (sources / name).with_suffix(".meta.json").write_text(raw, "utf-8")

    return setup


def _edited_seed(sources: Path) -> None:
    """The seed's text changed after its sidecar recorded its sha256."""
    path = sources / SEED.name
    path.write_bytes(path.read_bytes().replace("6 ธันวาคม".encode(), "8 ธันวาคม".encode(), 1))


def _symlink(sources: Path) -> None:
    shutil.copyfile(BAD / "bom-crlf.txt", sources.parent / "elsewhere.txt")
    (sources / "linked.txt").symlink_to(sources.parent / "elsewhere.txt")


def _empty_sources(sources: Path) -> None:
    for path in sources.iterdir():
        path.unlink()


WESTERN = "Prix d'excellence décerné au ministère: café, résumé, naïve, déjà vu.\n" * 3
HTML_NO_TEXT = (
    "<!doctype html><html><head><script>var a = 1;</script></head>"
    "<body><script>document.write('รางวัล')</script></body></html>"
)
CONTROLS = b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 5 + b"x"
CUT_MID_CHARACTER = SEED_TEXT[: SEED_TEXT.index("รางวัล".encode()) + 4]

SOURCE_CASES = [
    SourceCase("empty", _copy("empty.txt"), ("empty.txt", "is empty")),
    SourceCase("whitespace-only", _copy("whitespace-only.txt"), ("whitespace-only.txt", "no text")),
    SourceCase("binary", _copy("binary.txt"), ("binary.txt", "is binary")),
    SourceCase("control-characters", _write("controls.txt", CONTROLS), ("controls.txt", "control characters")),
    SourceCase("cp874", _copy("latin1.txt"), ("latin1.txt", "not UTF-8", "offset 0", "TIS-620")),
    SourceCase(
        "latin1",
        _write("western.txt", WESTERN.encode("latin-1")),
        ("western.txt", "not UTF-8", "offset 19", "re-save it as UTF-8"),
    ),
    SourceCase(
        "utf16-without-bom",
        _write("utf16le.txt", SEED_STR.encode("utf-16-le")),
        ("utf16le.txt", "UTF-16", "byte-order mark"),
    ),
    SourceCase(
        "utf16-broken",
        _write("utf16bad.txt", b"\xff\xfe" + SEED_STR[:40].encode("utf-16-le") + b"\x00\xd8"),
        ("utf16bad.txt", "not valid UTF-16"),
    ),
    SourceCase(
        "utf8-cut-mid-character",
        _write("cut.txt", CUT_MID_CHARACTER),
        ("cut.txt", "truncated", "multi-byte UTF-8 character"),
    ),
    SourceCase("html-as-text", _copy("html-as-text.txt"), ("html-as-text.txt", "HTML page saved as text")),
    SourceCase("html-without-main-text", _write("page.html", HTML_NO_TEXT.encode()), ("page.html", "no main text")),
    SourceCase("oversized", _write("huge.txt", SEED_TEXT * 700), ("huge.txt", "too large", "limit 2,000,000")),
    SourceCase("symlink", _symlink, ("linked.txt", "symbolic link")),
    SourceCase("no-award", _copy("no-award.txt"), ("no-award.txt", "no award was found")),
    SourceCase(
        "impossible-date",
        _copy("impossible-date.txt"),
        ("impossible-date.txt", "impossible date", "31 กุมภาพันธ์ 2566"),
    ),
    SourceCase(
        "count-mismatch",
        _copy("count-mismatch.txt"),
        ("count-mismatch.txt", "count-matches-list", "states 3", "lists 2"),
    ),
    SourceCase(
        "weekday-mismatch",
        _copy("weekday-mismatch.txt"),
        ("weekday-mismatch.txt", "weekday-matches-date", "วันพฤหัสบดี", "2023-12-06", "วันพุธ"),
    ),
    SourceCase("truncated", _copy("truncated.txt"), ("truncated.txt", "cut off")),
    SourceCase("sidecar-sha256-mismatch", _edited_seed, (SEED.name, "sha256", SEED_META.name, "the text changed")),
    SourceCase(
        "sidecar-bad-json", _with_sidecar("a.txt", '{"url": "https://x.test/1",'), ("a.meta.json", "not valid JSON")
    ),
    SourceCase("sidecar-not-an-object", _with_sidecar("b.txt", "[1, 2]"), ("b.meta.json", "JSON object")),
    SourceCase(
        "sidecar-impossible-date",
        _with_sidecar("c.txt", {"published": "2023-02-31"}),
        ("c.meta.json", "published", "2023-02-31", "not a date"),
    ),
    SourceCase("sidecar-wrong-type", _with_sidecar("d.txt", {"url": 75771}), ("d.meta.json", "url must be a string")),
    SourceCase("no-article-files", _empty_sources, ("sources", "no article files")),
]
KNOWN_GAPS: dict[str, str] = {}


def _project(tmp_path: Path, seed_package: Path) -> Path:
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    shutil.copyfile(SEED, project / "sources" / SEED.name)
    shutil.copyfile(SEED_META, project / "sources" / SEED_META.name)
    copy_package(seed_package, project / "datapackage")
    return project


def _build(project: Path, tmp_path: Path):
    return cli(
        "build", "--sources", "sources", "--out", "datapackage", "--overrides", "curation/overrides.csv",
        "--review", "curation", cwd=project, env={"XDG_CACHE_HOME": str(tmp_path / "cache")},
    )  # fmt: skip


def _source_params():
    for case in SOURCE_CASES:
        marks = [pytest.mark.xfail(reason=KNOWN_GAPS[case.name], strict=True)] if case.name in KNOWN_GAPS else []
        yield pytest.param(case, marks=marks, id=case.name)


@pytest.mark.parametrize("case", list(_source_params()))
def test_bad_source_is_refused_and_nothing_is_written(case: SourceCase, tmp_path: Path, seed_package: Path) -> None:
    project = _project(tmp_path, seed_package)
    case.setup(project / "sources")
    before = tree_digest(project / "datapackage")
    result = _build(project, tmp_path)  # `cli` fails the test on a traceback
    assert result.returncode == 1, result.output
    for word in case.words:
        assert word in result.output, f"{word!r} not in: {result.output}"
    assert tree_digest(project / "datapackage") == before
    assert leftovers(project) == []
    assert not (project / "curation").exists(), "the review list was written by a failed build"


@pytest.mark.parametrize("fixture", ["bom-crlf.txt", "utf16.txt"])
def test_good_files_in_odd_encodings_are_built(fixture: str, tmp_path: Path, seed_package: Path) -> None:
    """The control: a good extra article changes the package, so the snapshots above can see a write."""
    project = _project(tmp_path, seed_package)
    shutil.copyfile(BAD / fixture, project / "sources" / fixture)
    before = tree_digest(project / "datapackage")
    result = _build(project, tmp_path)
    assert result.returncode == 0, result.output
    assert "from 2 article(s)" in result.output
    assert tree_digest(project / "datapackage") != before
    assert f"sources/{fixture}" in [r["path"] for r in rows(project / "datapackage", "sources")]
    assert leftovers(project) == []


def test_a_missing_sources_directory_is_named(tmp_path: Path, seed_package: Path) -> None:
    project = _project(tmp_path, seed_package)
    before = tree_digest(project / "datapackage")
    result = cli("build", "--sources", "nowhere", "--out", "datapackage", cwd=project)
    assert result.returncode == 1
    assert "nowhere" in result.output and "sources directory not found" in result.output
    assert tree_digest(project / "datapackage") == before


# --- packages -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageCase:
    name: str
    breaks: Callable[[Path], None]
    words: tuple[str, ...]


def _first(package: Path, table: str) -> dict:
    return rows(package, table)[0]


def _duplicate_key(package: Path) -> None:
    fields = [f["name"] for f in resource(descriptor(package), "organizations")["schema"]["fields"]]
    body = [[r[f] for f in fields] for r in rows(package, "organizations")]
    twin = json.loads((package / "data" / "organizations.json").read_text("utf-8"))
    write_table(package, "organizations", csv_bytes(fields, [*body, body[0]]))
    write_file(package, "data/organizations.json", json.dumps(twin + twin[:1], ensure_ascii=False).encode())


def _broken_foreign_key(package: Path) -> None:
    award = _first(package, "awards")
    edit_cell(package, "awards", {"award_id": award["award_id"]}, "recipient_id", "no-such-organization")


def _renamed_column(package: Path) -> None:
    data = (package / "data" / "events.csv").read_bytes()
    write_table(package, "events", data.replace(b"venue_th", b"venue", 1))


def _dropped_column(package: Path) -> None:
    fields = [f["name"] for f in resource(descriptor(package), "sources")["schema"]["fields"]]
    body = [[r[f] for f in fields[:-1]] for r in rows(package, "sources")]
    write_table(package, "sources", csv_bytes(fields[:-1], body))


def _wrong_type(package: Path) -> None:
    data = (package / "data" / "events.csv").read_bytes()
    write_table(package, "events", data.replace(b",2566,2023,", b",2566,twenty-23,", 1))


def _oversized(package: Path) -> None:
    award = _first(package, "awards")
    edit_cell(package, "awards", {"award_id": award["award_id"]}, "award_name_th", "ก" * 100_001)


def _unknown_type(package: Path) -> None:
    meta = descriptor(package)
    resource(meta, "events")["schema"]["fields"][2]["type"] = "thai-text"
    save_descriptor(package, meta)


def _invalid_json(package: Path) -> None:
    path = package / "datapackage.json"
    path.write_bytes(path.read_bytes()[:-20])


def _descriptor_list(package: Path) -> None:
    (package / "datapackage.json").write_text("[]\n", "utf-8")


def _no_descriptor(package: Path) -> None:
    (package / "datapackage.json").unlink()


def _path(value: str, table: str = "events") -> Callable[[Path], None]:
    def breaks(package: Path) -> None:
        meta = descriptor(package)
        resource(meta, table)["path"] = value
        save_descriptor(package, meta)

    return breaks


def _symlink_resource(package: Path) -> None:
    target = package.parent / "outside.csv"
    shutil.move(package / "data" / "events.csv", target)
    (package / "data" / "events.csv").symlink_to(target)


def _missing_file(package: Path) -> None:
    (package / "data" / "people.csv").unlink()


def _directory_file(package: Path) -> None:
    (package / "data" / "people.csv").unlink()
    (package / "data" / "people.csv").mkdir()


def _twin_disagrees(package: Path) -> None:
    records = json.loads((package / "data" / "awards.json").read_text("utf-8"))
    records[0]["confidence"] = 0.11
    write_file(package, "data/awards.json", (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode())


def _twin_short(package: Path) -> None:
    records = json.loads((package / "data" / "awards.json").read_text("utf-8"))
    write_file(package, "data/awards.json", json.dumps(records[1:], ensure_ascii=False).encode())


def _count_mismatch(package: Path) -> None:
    row = _first(package, "stated_counts")
    edit_cell(package, "stated_counts", {"count_id": row["count_id"]}, "listed", int(row["stated"]) - 1)


def _weekday(package: Path) -> None:  # 2023-12-06 is a Wednesday
    edit_cell(package, "events", {"date": "2023-12-06"}, "weekday_stated", "พฤหัสบดี")


def _buddhist_era(package: Path) -> None:
    edit_cell(package, "events", {"year_ce": "2023"}, "year_ce", 2024)


def _event_after_publication(package: Path) -> None:
    edit_cell(package, "events", {"date": "2023-12-06"}, "date", "2023-12-08")


def _duplicate_award(package: Path) -> None:
    first, second = rows(package, "awards")[:2]
    edit_cell(package, "awards", {"award_id": second["award_id"]}, "recipient_id", first["recipient_id"])


def _evidence_span(package: Path) -> None:
    award = _first(package, "awards")
    edit_cell(package, "awards", {"award_id": award["award_id"]}, "evidence_end", int(award["evidence_end"]) + 5)


def _not_utf8(package: Path) -> None:
    data = (package / "data" / "people.csv").read_bytes()
    write_table(package, "people", data.decode("utf-8").encode("cp874"))


def _stale_hash(package: Path) -> None:
    path = package / "data" / "award_types.csv"
    path.write_bytes(path.read_bytes().replace("รางวัล".encode(), "รางวัน".encode(), 1))


PACKAGE_CASES = [
    PackageCase("duplicate-primary-key", _duplicate_key, ("data/organizations.csv", "primary-key")),
    PackageCase("broken-foreign-key", _broken_foreign_key, ("data/awards.csv", "foreign-key", "no-such-organization")),
    PackageCase("renamed-column", _renamed_column, ("data/events.csv", "incorrect-label", "venue")),
    PackageCase("dropped-column", _dropped_column, ("data/sources.csv", "missing-label")),
    PackageCase("wrong-type-in-a-cell", _wrong_type, ("data/events.csv", "type-error", "twenty-23")),
    PackageCase("oversized-field", _oversized, ("data/awards.csv", "field-size", "100,001 characters")),
    PackageCase("unknown-field-type", _unknown_type, ("frictionless", "thai-text")),
    PackageCase("invalid-json-descriptor", _invalid_json, ("datapackage.json", "not valid JSON")),
    PackageCase("descriptor-not-an-object", _descriptor_list, ("datapackage.json", "list of resources")),
    PackageCase("no-descriptor", _no_descriptor, ("datapackage.json", "not found")),
    PackageCase("path-escapes", _path("../../etc/passwd"), ("../../etc/passwd", "escapes the package directory")),
    PackageCase("absolute-path", _path("/etc/passwd"), ("/etc/passwd", "escapes the package directory")),
    PackageCase("remote-path", _path("https://example.org/events.csv"), ("example.org", "remote path")),
    PackageCase("symlink-resource", _symlink_resource, ("data/events.csv", "symbolic link")),
    PackageCase("missing-data-file", _missing_file, ("data/people.csv", "not found")),
    PackageCase("directory-as-data-file", _directory_file, ("data/people.csv", "not a regular file")),
    PackageCase("json-twin-disagrees", _twin_disagrees, ("data/awards.json", "json-twin", "differs from the CSV row")),
    PackageCase("json-twin-short", _twin_short, ("data/awards.json", "json-twin", "rows in JSON")),
    PackageCase("count-mismatch", _count_mismatch, ("data/stated_counts.csv", "count-matches-list", "but lists")),
    PackageCase("weekday-mismatch", _weekday, ("data/events.csv", "weekday-matches-date", "วันพุธ")),
    PackageCase("buddhist-era", _buddhist_era, ("data/events.csv", "buddhist-era", "2024")),
    PackageCase(
        "event-after-publication",
        _event_after_publication,
        ("data/events.csv", "event-not-after-publication", "2023-12-08"),
    ),
    PackageCase("duplicate-award", _duplicate_award, ("data/awards.csv", "unique-award", "the same award as row")),
    PackageCase("evidence-offsets", _evidence_span, ("data/awards.csv", "evidence-span", "do not span")),
    PackageCase("csv-not-utf8", _not_utf8, ("data/people.csv", "encoding")),
    PackageCase("stale-hash", _stale_hash, ("data/award_types.csv", "hash")),
]
PACKAGE_PARAMS = [pytest.param(c, c, id=c.name) for c in PACKAGE_CASES]


@pytest.fixture
def bad_package(request, tmp_path: Path, seed_package: Path) -> Path:
    case: PackageCase = request.param
    package = copy_package(seed_package, tmp_path / "bad" / "datapackage")
    case.breaks(package)
    return package


def _validate(package: Path, tmp_path: Path, *args: str):
    return cli("validate", package, *args, cwd=tmp_path, env={"XDG_CACHE_HOME": str(tmp_path / "cache")})


@pytest.mark.parametrize(("bad_package", "case"), PACKAGE_PARAMS, indirect=["bad_package"])
def test_bad_package_fails_validation_with_a_specific_message(bad_package: Path, case: PackageCase, tmp_path: Path):
    before = tree_digest(bad_package.parent)
    result = _validate(bad_package, tmp_path)
    assert result.returncode == 1, result.output
    assert "invalid:" in result.stderr
    for word in case.words:
        assert word in result.output, f"{word!r} not in: {result.output}"
    assert tree_digest(bad_package.parent) == before  # validation reads, never writes
    data = json.loads(_validate(bad_package, tmp_path, "--format", "json").stdout)
    assert data["valid"] is False and data["errors"]
    assert all(e["rule"] and e["message"] for e in data["errors"])


def test_the_unbroken_copy_is_valid(tmp_path: Path, seed_package: Path) -> None:
    """The control for every package case: the copy is valid until one thing is broken."""
    package = copy_package(seed_package, tmp_path / "datapackage")
    result = _validate(package, tmp_path)
    assert result.returncode == 0, result.output
    assert "is valid" in result.stdout


def test_a_symlinked_secret_is_not_read(tmp_path: Path, seed_package: Path) -> None:
    """A link to a file outside the package is refused before anything opens it, and never quoted."""
    package = copy_package(seed_package, tmp_path / "datapackage")
    secret = tmp_path / "secret.csv"
    secret.write_text("token\nSECRET-abc123\n", "utf-8")
    (package / "data" / "people.csv").unlink()
    (package / "data" / "people.csv").symlink_to(secret)
    result = _validate(package, tmp_path)
    assert result.returncode == 1 and "symbolic link" in result.output
    assert "SECRET-abc123" not in result.output


def _publish(package: Path, tmp_path: Path, portal, *extra: str):
    """`pipeline publish` through the logging proxy; returns the run and the proxy's records."""
    dataset = f"test-bad-{uuid.uuid4().hex[:12]}"  # never created: validation fails, or the run is dry
    with FaultProxy(portal.url, Faults(max_requests=50, max_seconds=120), log_path=tmp_path / "proxy.jsonl") as proxy:
        env = {**publisher_env(portal, dataset, url=proxy.url), "XDG_CACHE_HOME": str(tmp_path / "cache")}
        result = cli("publish", package, "--config", ROOT / "publish.toml", *extra, cwd=tmp_path, env=env)
    return result, proxy.records()


@pytest.mark.portal
@pytest.mark.parametrize(("bad_package", "case"), PACKAGE_PARAMS, indirect=["bad_package"])
def test_bad_package_is_never_sent_to_the_portal(bad_package: Path, case: PackageCase, tmp_path: Path, local_portal):
    """`pipeline publish` validates before it connects: the proxy sees no request at all, let alone a write."""
    before = tree_digest(bad_package.parent)
    result, records = _publish(bad_package, tmp_path, local_portal, "--json", str(tmp_path / "run.json"))
    assert result.returncode == 1, result.output
    assert "nothing was sent to the portal" in result.stderr
    assert [r for r in records if is_write(r)] == []
    assert records == [], f"requests reached the proxy: {records}"
    assert tree_digest(bad_package.parent) == before
    report = json.loads((tmp_path / "run.json").read_text("utf-8"))
    assert report["outcome"] == "failed" and report["exit_code"] == 1
    assert report["totals"]["requests"] == 0 and report["requests"] == []
    assert report["validation"]["valid"] is False


@pytest.mark.portal
def test_the_proxy_sees_a_publisher_that_connects(tmp_path: Path, seed_package: Path, local_portal) -> None:
    """The control for the test above: a valid package's dry run goes through the proxy and is logged."""
    package = copy_package(seed_package, tmp_path / "datapackage")
    result, records = _publish(package, tmp_path, local_portal, "--dry-run")
    assert result.returncode == 0, result.output
    assert [r["action"] for r in records][:1] == ["package_show"]
    assert [r for r in records if is_write(r)] == []


def test_the_cases_are_many_and_distinct() -> None:
    assert len(SOURCE_CASES) + len(PACKAGE_CASES) >= 25
    assert len({c.name for c in SOURCE_CASES}) == len(SOURCE_CASES)
    assert len({c.name for c in PACKAGE_CASES}) == len(PACKAGE_CASES)
