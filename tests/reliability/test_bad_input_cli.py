"""Bad input, sources and data packages alike (issue 2 "Bad input", issue 7 "Bad input").

For each malformed input:
- a specific message naming the file and the problem (asserted on the text);
- a non-zero exit, through the CLI: ``pipeline build --sources X --out Y`` for sources, ``pipeline validate Y``
  for packages;
- nothing written: the output package directory (an existing, valid package) has the same checksums before
  and after, the review list is untouched, and no temporary or backup directory is left beside it;
- for packages, the publish path: ``pipeline publish <bad package>`` through tools/faultproxy.py (no faults) in
  front of the local portal exits non-zero, and the proxy's JSONL log shows no POST other than reads.

The matrix runs the commands in-process (typer's CliRunner: the same command line, exit code and output,
much faster than a process each); ``test_in_a_real_process`` runs a sample as real processes, where a crash
would show as a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from typer.testing import CliRunner

from pipeline.cli import app
from tests.inputs_support import (
    BAD,
    ROOT,
    SEED,
    cli,
    copy_package,
    descriptor,
    edit_cell,
    leftovers,
    resource,
    rows,
    save_descriptor,
    seed_package_once,
    tree_digest,
    write_file,
)

sys.path.insert(0, str(ROOT / "tools"))
from faultproxy import FaultProxy, Faults

READS = {"package_show", "status_show", "scheming_dataset_schema_show"}


@pytest.fixture(scope="session")
def seed_package(tmp_path_factory) -> Path:
    return seed_package_once(tmp_path_factory)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def run(*args: object, env: dict | None = None) -> Result:
    result = CliRunner().invoke(app, [str(a) for a in args], env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # an uncaught exception is a bug, not a message
    return Result(result.exit_code, result.stdout, result.stderr)


# --- sources: pipeline build --sources X --out Y ------------------------------------------------------


def copy_bad(name: str) -> Callable[[Path], None]:
    def make(src: Path) -> None:
        shutil.copyfile(BAD / name, src / name)

    return make


def seed_with_sidecar(change: Callable[[dict], object] | None = None, raw: bytes | None = None):
    def make(src: Path) -> None:
        shutil.copyfile(SEED, src / "a.txt")
        sidecar = src / "a.meta.json"
        if raw is not None:
            sidecar.write_bytes(raw)
            return
        meta = json.loads(SEED.with_name("thaigov-news-75771.meta.json").read_text("utf-8"))
        change(meta)
        sidecar.write_text(json.dumps(meta, ensure_ascii=False), "utf-8")

    return make


def write(name: str, data: bytes) -> Callable[[Path], None]:
    def make(src: Path) -> None:
        (src / name).write_bytes(data)

    return make


def symlinked_source(src: Path) -> None:
    (src / "a.txt").symlink_to(SEED)


def no_sources_directory(src: Path) -> None:
    src.rmdir()


def nothing(src: Path) -> None:
    pass


def undated(src: Path) -> None:
    (src / "undated.txt").write_text(
        "กรมสรรพสามิตรับรางวัล\n\nนางสาวสุดารัตน์ แก้วประเสริฐ รองอธิบดีกรมสรรพสามิต เข้ารับรางวัลหน่วยงานคุณภาพด้าน"
        "การใช้ธรรมาภิบาลข้อมูลภาครัฐ ในงานมอบรางวัลรัฐบาลดิจิทัล ณ ตึกสันติไมตรี ทำเนียบรัฐบาล\n",
        "utf-8",
    )


def html_without_text(src: Path) -> None:
    (src / "page.html").write_text("<!doctype html><html><head><title>x</title></head><body><script>1</script></body>")


SOURCE_CASES = {
    # issue 2's list and tests/fixtures/bad (see its README for what a user should be told)
    "empty": (copy_bad("empty.txt"), ["src/empty.txt: is empty"]),
    "whitespace-only": (copy_bad("whitespace-only.txt"), ["src/whitespace-only.txt: has no text"]),
    "binary": (copy_bad("binary.txt"), ["src/binary.txt: is binary (contains NUL bytes), not an article text"]),
    "tis-620": (
        copy_bad("latin1.txt"),
        ["src/latin1.txt:1:1: is not UTF-8 (byte 0xa1 at offset 0); it looks like TIS-620/cp874 Thai", "iconv"],
    ),
    "html-as-text": (copy_bad("html-as-text.txt"), ["src/html-as-text.txt: looks like an HTML page saved as text"]),
    "truncated": (copy_bad("truncated.txt"), ["src/truncated.txt", "cut off"]),
    "no-award": (copy_bad("no-award.txt"), ["src/no-award.txt: no award was found in the text"]),
    "impossible-date": (
        copy_bad("impossible-date.txt"),
        ["src/impossible-date.txt:3:13: impossible date '31 กุมภาพันธ์ 2566' (February 2023 has 28 days)"],
    ),
    "weekday-mismatch": (
        copy_bad("weekday-mismatch.txt"),
        ["src/weekday-mismatch.txt", "วันพฤหัสบดี is stated for 2023-12-06, which is a วันพุธ"],
    ),
    "count-mismatch": (
        copy_bad("count-mismatch.txt"),
        ["[count-matches-list]", "the text states 3 รางวัล but lists 2", "src/count-mismatch.txt["],
    ),
    # sidecars
    "sidecar-wrong-sha256": (
        seed_with_sidecar(lambda m: m.update(sha256="0" * 64)),
        ["src/a.txt: sha256 ba795020ac1b… differs from a.meta.json (000000000000…): the text changed"],
    ),
    "sidecar-not-json": (seed_with_sidecar(raw=b'{"id": "a",'), ["src/a.meta.json: is not valid JSON"]),
    "sidecar-not-an-object": (seed_with_sidecar(raw=b'["a"]'), ["src/a.meta.json: must hold a JSON object"]),
    "sidecar-impossible-date": (
        seed_with_sidecar(lambda m: m.update(published="2023-02-31")),
        ['src/a.meta.json: published "2023-02-31" is not a date (YYYY-MM-DD)'],
    ),
    # files that are not articles
    "symlinked-source": (symlinked_source, ["src/a.txt: is a symbolic link; sources must be regular files"]),
    "oversized": (
        write("big.txt", "ก".encode() * 700_001),
        ["src/big.txt: 2,100,003 bytes is too large for an article (limit 2,000,000)"],
    ),
    "utf8-cut-mid-character": (
        write("cut.txt", "รางวัล".encode() + "ก".encode()[:2]),
        ["src/cut.txt:1:19: is truncated: it ends inside a multi-byte UTF-8 character"],
    ),
    "latin-1": (
        write("latin.txt", "Prix de l'État décerné à la Thaïlande".encode("latin-1")),
        ["src/latin.txt:1:11: is not UTF-8 (byte 0xc9 at offset 10)"],
    ),
    "utf16-broken": (
        write("u16.txt", b"\xff\xfe" + "รางวัล".encode("utf-16-le") + b"\x00\xd8"),
        ["src/u16.txt: declares UTF-16 but is not valid UTF-16"],
    ),
    "control-characters": (
        write("ctl.txt", "ข่าว\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f รางวัล".encode()),
        ["src/ctl.txt: is binary (10 control characters), not an article text"],
    ),
    "html-without-main-text": (html_without_text, ["src/page.html: is an HTML page with no main text"]),
    "undated": (undated, ["src: no source has a date"]),
    # the directory itself
    "empty-directory": (nothing, ["src: has no article files (*.txt, *.html, *.htm): nothing to build"]),
    "missing-directory": (no_sources_directory, ["src: sources directory not found"]),
}


@pytest.fixture
def workspace(seed_package: Path, tmp_path: Path) -> Path:
    """An existing, valid package in out/, a review list beside it, and an empty src/ for the bad input."""
    copy_package(seed_package, tmp_path / "out" / "datapackage")
    (tmp_path / "review").mkdir()
    (tmp_path / "review" / "review.csv").write_text("fact_id,table,source_id,confidence,reason,evidence_text\r\n")
    (tmp_path / "src").mkdir()
    return tmp_path


def build_args(work: Path) -> list[object]:
    return [
        "build",
        "--sources",
        work / "src",
        "--out",
        work / "out" / "datapackage",
        "--review",
        work / "review",
        "--overrides",
        work / "overrides.csv",
    ]


@pytest.mark.parametrize("case", SOURCE_CASES)
def test_bad_source(workspace: Path, case: str) -> None:
    make, messages = SOURCE_CASES[case]
    make(workspace / "src")
    before = {name: tree_digest(workspace / name) for name in ("out", "review")}

    result = run(*build_args(workspace))

    assert result.code == 1, result.stdout + result.stderr
    for message in messages:
        assert message in result.stderr
    assert result.stdout == ""  # nothing claims to have been written
    assert {name: tree_digest(workspace / name) for name in ("out", "review")} == before
    assert leftovers(workspace / "out") == []


def test_bad_overrides_file(workspace: Path) -> None:
    shutil.copyfile(SEED, workspace / "src" / SEED.name)
    shutil.copyfile(SEED.with_name("thaigov-news-75771.meta.json"), workspace / "src" / "thaigov-news-75771.meta.json")
    (workspace / "overrides.csv").write_text(
        "fact_id,table,action,field,value,curator,date,reason\nx,awards,delete,,,c,2026-11-27,r\n", "utf-8"
    )
    before = tree_digest(workspace / "out")
    result = run(*build_args(workspace))
    assert result.code == 1
    assert "overrides.csv:2: action 'delete' is not one of accept, reject, correct" in result.stderr
    assert tree_digest(workspace / "out") == before


# --- the two good files among the bad ones: accepted, with their facts ----------------------------


def good_build(workspace: Path, name: str) -> Path:
    copy_bad(name)(workspace / "src")
    shutil.rmtree(workspace / "out")
    result = run(*build_args(workspace))
    assert result.code == 0, result.stderr
    return workspace / "out" / "datapackage"


def names(package: Path, table: str, key: str) -> dict[str, str]:
    return {r[key]: r["name_th"] for r in rows(package, table)}


def no_bom_or_cr(package: Path) -> None:
    for path in (package / "data").glob("*.csv"):
        text = path.read_text("utf-8")
        assert "\ufeff" not in text, path
        for row in rows(package, path.stem):
            assert not any(v.endswith("\r") for v in row.values()), (path, row)


def test_bom_and_crlf_are_accepted(workspace: Path) -> None:
    package = good_build(workspace, "bom-crlf.txt")
    no_bom_or_cr(package)
    [event] = rows(package, "events")
    assert (event["name_th"], event["name_en"]) == ("รางวัลรัฐบาลดิจิทัล ประจำปี 2566", "Digital Government Awards 2023")
    assert (event["date"], event["time"], event["venue_th"]) == ("2023-12-06", "10:30", "ตึกสันติไมตรี ทำเนียบรัฐบาล")
    orgs = names(package, "organizations", "organization_id")
    assert orgs[event["organizer_id"]] == "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"
    assert [(orgs[a["recipient_id"]], a["award_name_th"]) for a in rows(package, "awards")] == [
        ("กรมบังคับคดี", "รางวัลหน่วยงานคุณภาพด้านการใช้ธรรมาภิบาลข้อมูลภาครัฐ")
    ]
    [source] = rows(package, "sources")
    assert source["published_date"] == "2023-12-07"


def test_utf16_is_accepted(workspace: Path) -> None:
    package = good_build(workspace, "utf16.txt")
    no_bom_or_cr(package)
    orgs = names(package, "organizations", "organization_id")
    assert [(orgs[a["recipient_id"]], a["award_name_th"]) for a in rows(package, "awards")] == [
        ("กรมพัฒนาธุรกิจการค้า", "รางวัลหน่วยงานคุณภาพด้านการเปิดเผยข้อมูลผ่านศูนย์กลางข้อมูลเปิดภาครัฐ")
    ]
    [event] = rows(package, "events")
    assert (event["date"], event["name_en"]) == ("2023-12-06", "Digital Government Awards 2023")
    [source] = rows(package, "sources")
    assert source["published_date"] == "2023-12-07"


@pytest.mark.parametrize(("name", "person"), [("bom-crlf.txt", "นางวรรณา จันทร์หอม"), ("utf16.txt", "นายกิตติศักดิ์ บุญมา")])
def test_good_fixtures_name_who_accepted(workspace: Path, name: str, person: str) -> None:
    package = good_build(workspace, name)
    people = names(package, "people", "person_id")
    [award] = rows(package, "awards")
    assert people.get(award["representative_id"]) == person


# --- packages: pipeline validate Y, and pipeline publish Y through the proxy ---------------------------


def awards_row(package: Path) -> dict:
    return rows(package, "awards")[0]


def duplicate_primary_key(p: Path) -> None:
    people = rows(p, "people")
    edit_cell(p, "people", {"person_id": people[1]["person_id"]}, "person_id", people[0]["person_id"])


def broken_foreign_key(p: Path) -> None:
    edit_cell(p, "awards", {"award_id": awards_row(p)["award_id"]}, "recipient_id", "no-such-organization")


def renamed_column(p: Path) -> None:
    data = (p / "data" / "awards.csv").read_bytes()
    write_file(p, "data/awards.csv", data.replace(b"recipient_id", b"recipient", 1))


def extra_column(p: Path) -> None:
    lines = (p / "data" / "awards.csv").read_bytes().split(b"\r\n")
    lines = [line + (b",extra" if i == 0 else b",x") for i, line in enumerate(lines) if line] + [b""]
    write_file(p, "data/awards.csv", b"\r\n".join(lines))


def oversized_field(p: Path) -> None:
    edit_cell(p, "sources", {"source_id": "thaigov-news-75771"}, "obtained", "ก" * 100_001)


def describe(change: Callable[[dict], object]) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        meta = descriptor(p)
        change(meta)
        save_descriptor(p, meta)

    return make


def symlinked_resource(p: Path) -> None:
    outside = p.parent / "outside.csv"
    shutil.copyfile(p / "data" / "awards.csv", outside)
    (p / "data" / "awards.csv").unlink()
    (p / "data" / "awards.csv").symlink_to(outside)


def symlinked_data_directory(p: Path) -> None:
    shutil.move(p / "data", p.parent / "elsewhere")
    (p / "data").symlink_to(p.parent / "elsewhere")


def symlinked_descriptor(p: Path) -> None:
    shutil.move(p / "datapackage.json", p.parent / "descriptor.json")
    (p / "datapackage.json").symlink_to(p.parent / "descriptor.json")


def replace_descriptor(data: bytes) -> Callable[[Path], None]:
    def make(p: Path) -> None:
        (p / "datapackage.json").write_bytes(data)

    return make


def missing_file(p: Path) -> None:
    (p / "data" / "awards.csv").unlink()


def no_descriptor(p: Path) -> None:
    (p / "datapackage.json").unlink()


def edited_without_new_hash(p: Path) -> None:
    path = p / "data" / "organizations.csv"
    path.write_bytes(path.read_bytes().replace(b"Ministry of Finance", b"Ministry of Money"))


def not_utf8(p: Path) -> None:
    data = (p / "data" / "people.csv").read_bytes()
    write_file(p, "data/people.csv", data.replace("นาย".encode(), "นาย".encode("cp874"), 1))


def count_mismatch(p: Path) -> None:
    row = next(r for r in rows(p, "stated_counts") if r["scope"] == "recipients")
    edit_cell(p, "stated_counts", {"count_id": row["count_id"]}, "stated", 7)


def weekday_mismatch(p: Path) -> None:
    edit_cell(p, "events", {"source_id": "thaigov-news-75771"}, "weekday_stated", "อาทิตย์")


PACKAGE_CASES = {
    "duplicate-primary-key": (duplicate_primary_key, ["[frictionless:primary-key] data/people.csv people:3"]),
    "broken-foreign-key": (
        broken_foreign_key,
        ["[frictionless:foreign-key] data/awards.csv awards:2", '"no-such-organization" not found in the lookup'],
    ),
    "renamed-column": (
        renamed_column,
        ["[frictionless:incorrect-label] data/awards.csv", 'Label "recipient" in field recipient_id'],
    ),
    "extra-column": (extra_column, ["[frictionless:extra-label] data/awards.csv", 'label "extra"']),
    "oversized-field": (
        oversized_field,
        ["[field-size] data/sources.csv sources:2:obtained 100,001 characters in one cell"],
    ),
    "unknown-field-type": (
        describe(lambda d: resource(d, "awards")["schema"]["fields"][0].update(type="blob")),
        ['the descriptor cannot be used: Field is not valid: field type "blob" is not supported'],
    ),
    "path-dot-dot": (
        describe(lambda d: resource(d, "awards").update(path="../../etc/passwd")),
        ["[path] ../../etc/passwd awards path '../../etc/passwd' escapes the package directory"],
    ),
    "path-absolute": (
        describe(lambda d: resource(d, "awards").update(path="/etc/passwd")),
        ["[path] /etc/passwd awards path '/etc/passwd' escapes the package directory"],
    ),
    "path-remote-url": (
        describe(lambda d: resource(d, "awards").update(path="https://example.org/awards.csv")),
        ["remote path 'https://example.org/awards.csv': a package must carry its data"],
    ),
    "symlinked-resource": (
        symlinked_resource,
        ["[path] data/awards.csv awards path 'data/awards.csv' is a symbolic link"],
    ),
    "symlinked-data-directory": (symlinked_data_directory, ["path 'data/sources.csv' is a symbolic link"]),
    "symlinked-descriptor": (symlinked_descriptor, ["datapackage.json is a symbolic link"]),
    "descriptor-not-json": (
        replace_descriptor(b'{"name": "x", "resources": ['),
        ["datapackage.json is not valid JSON"],
    ),
    "descriptor-binary": (replace_descriptor(b"\x00\xff\xfe"), ["datapackage.json is not valid JSON"]),
    "descriptor-not-an-object": (
        replace_descriptor(b"[]"),
        ["datapackage.json must be an object with a list of resources"],
    ),
    "no-descriptor": (no_descriptor, ["datapackage.json not found"]),
    "missing-file": (missing_file, ["[path] data/awards.csv awards file 'data/awards.csv' not found"]),
    "edited-without-new-hash": (
        edited_without_new_hash,
        ["[frictionless:hash-count] data/organizations.csv organizations", "[frictionless:byte-count]"],
    ),
    "not-utf8": (not_utf8, ["[frictionless:encoding-error] data/people.csv people", "[csv] data/people.csv"]),
    "count-mismatch": (
        count_mismatch,
        ["[count-matches-list] data/stated_counts.csv stated_counts:", "the text states 7 หน่วยงาน but lists 6"],
    ),
    "weekday-mismatch": (
        weekday_mismatch,
        ["[weekday-matches-date] data/events.csv events:2:weekday_stated วันอาทิตย์ is stated for 2023-12-06"],
    ),
}


@pytest.fixture
def bad_package(request, seed_package: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    make, messages = PACKAGE_CASES[request.param]
    package = copy_package(seed_package, tmp_path / "pkg" / "datapackage")
    make(package)
    return package, messages


@pytest.mark.parametrize("bad_package", PACKAGE_CASES, indirect=True)
def test_bad_package_is_refused_by_validate(bad_package) -> None:
    package, messages = bad_package
    before = tree_digest(package.parent)
    result = run("validate", package)
    assert result.code == 1
    assert result.stderr.startswith("invalid: ")
    for message in messages:
        assert message in result.stderr
    assert result.stdout == ""
    assert tree_digest(package.parent) == before
    assert leftovers(package.parent) == []


@pytest.mark.parametrize(
    ("bad_package", "rule", "fragment"),
    [
        ("path-dot-dot", "path", "path '../../etc/passwd' escapes the package directory"),
        ("descriptor-not-json", "descriptor", "datapackage.json is not valid JSON"),
        ("count-mismatch", "count-matches-list", "the text states 7 หน่วยงาน but lists 6 (recipients)"),
    ],
    indirect=["bad_package"],
)
def test_bad_package_json_report(bad_package, rule: str, fragment: str) -> None:
    package, _ = bad_package
    machine = run("validate", package, "--format", "json")
    assert machine.code == 1
    report = json.loads(machine.stdout)
    assert report["valid"] is False
    [error] = report["errors"]
    assert error["rule"] == rule
    assert fragment in error["message"]


@pytest.fixture
def dataset(local_portal):
    name = f"test-bad-input-{uuid.uuid4().hex[:12]}"
    yield name
    requests.post(  # nothing should exist; purged in case a bug created it
        f"{local_portal.url}/api/3/action/dataset_purge",
        json={"id": name},
        headers={"Authorization": local_portal.sysadmin_token},
        timeout=60,
    )


@pytest.fixture(scope="module")
def proxy(local_portal, tmp_path_factory):
    """tools/faultproxy.py with no faults in front of the local portal, logging every request as JSONL;
    one for the module (each test reads the log lines its own run added)."""
    log = tmp_path_factory.mktemp("proxy") / "proxy.jsonl"
    with FaultProxy(local_portal.url, Faults(max_seconds=1800), log_path=log) as running:
        yield running, log


def log_lines(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def publish_through_proxy(portal, proxy, package: Path, dataset: str, tmp_path: Path, *extra: str):
    running, log = proxy
    seen = len(log_lines(log))
    env = dict.fromkeys(k for k in os.environ if k.startswith("CKAN_")) | {
        "CKAN_URL": running.url,
        "CKAN_API_TOKEN_FILE": str(portal.publisher_token_file),
        "CKAN_ORGANIZATION": portal.organization,
        "CKAN_DATASET": dataset,
    }
    args = ["publish", package, "--config", ROOT / "publish.toml", "--json", tmp_path / "report.json", *extra]
    result = run(*args, env=env)
    report = tmp_path / "report.json"
    sent = json.loads(report.read_text("utf-8"))["totals"]["requests"] if report.exists() else 0
    deadline = time.monotonic() + 10  # the proxy logs a request after it has answered it: the publisher can be done
    while len(log_lines(log)) - seen < sent and time.monotonic() < deadline:  # before the last line is written
        time.sleep(0.02)
    return result, log_lines(log)[seen:]


@pytest.mark.portal
@pytest.mark.parametrize("bad_package", PACKAGE_CASES, indirect=True)
def test_bad_package_is_never_sent_to_the_portal(bad_package, local_portal, proxy, dataset, tmp_path: Path) -> None:
    package, _ = bad_package
    before = tree_digest(package.parent)
    result, records = publish_through_proxy(local_portal, proxy, package, dataset, tmp_path)
    assert result.code == 1
    assert "publish: validation failed with" in result.stderr
    assert "nothing was sent to the portal" in result.stderr
    writes = [r for r in records if r["method"] == "POST" and r["action"] not in READS]
    assert writes == []
    assert records == []  # validation comes first: not even a read
    assert tree_digest(package.parent) == before
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert (report["outcome"], report["totals"]["requests"], report["totals"]["write_requests"]) == ("failed", 0, 0)


@pytest.mark.portal
def test_the_proxy_log_does_see_the_publisher(seed_package: Path, local_portal, proxy, dataset, tmp_path: Path) -> None:
    """The control for the test above: a valid package's dry run goes through the proxy and is logged."""
    package = copy_package(seed_package, tmp_path / "pkg" / "datapackage")
    result, records = publish_through_proxy(local_portal, proxy, package, dataset, tmp_path, "--dry-run")
    assert result.code == 0, result.stderr
    assert [r["action"] for r in records] and {r["action"] for r in records} <= READS
    assert all(r["status"] in (200, 404) for r in records)


# --- a sample as real processes ------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["tis-620", "count-mismatch"])
def test_bad_source_in_a_real_process(workspace: Path, case: str) -> None:
    make, messages = SOURCE_CASES[case]
    make(workspace / "src")
    before = tree_digest(workspace / "out")
    done = cli(*build_args(workspace), cwd=workspace)  # fails on any traceback
    assert done.returncode == 1
    for message in messages:
        assert message in done.stderr
    assert tree_digest(workspace / "out") == before and leftovers(workspace / "out") == []


@pytest.mark.parametrize("bad_package", ["broken-foreign-key"], indirect=True)
def test_bad_package_in_a_real_process(bad_package) -> None:
    package, messages = bad_package
    before = tree_digest(package.parent)
    done = cli("validate", package, cwd=package.parent)
    assert done.returncode == 1
    for message in messages:
        assert message in done.stderr
    assert tree_digest(package.parent) == before


def test_at_least_25_bad_inputs() -> None:
    assert len(SOURCE_CASES) + len(PACKAGE_CASES) >= 25
