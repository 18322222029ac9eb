"""The reference table of Thai government organizations (reference/organizations.csv).

The table is reviewed data: these tests check its shape against its own Table Schema and the rules its
README states, not the truth of each row (that is the reviewer's job).
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from frictionless import Resource, Schema

from tests.inputs_support import SIX_AGENCIES

REF = Path(__file__).resolve().parents[1] / "reference"
CSV = REF / "organizations.csv"
SCHEMA = REF / "organizations.schema.json"
README = REF / "README.md"
HEADER = "org_id,name_th,name_en,abbreviations,aliases,kind,parent_id,province,source,reviewed_on"
INDUSTRY = "ministry-of-industry"


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def _key(name: str) -> str:
    """How the extractor compares names: whitespace does not count."""
    return re.sub(r"\s+", "", name)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def by_name(rows) -> dict[str, dict[str, str]]:
    return {r["name_th"]: r for r in rows}


def test_file_format():
    raw = CSV.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    assert b"\r" not in raw, "LF line endings only"
    assert raw.endswith(b"\n")
    text = raw.decode("utf-8")
    assert text.split("\n", 1)[0] == HEADER


def test_validates_against_its_schema():
    schema = Schema.from_descriptor(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert [f.name for f in schema.fields] == HEADER.split(",")
    resource = Resource(path=CSV.name, basepath=str(REF), schema=schema)
    report = resource.validate(limit_errors=10_000)
    errors = report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.valid, errors


def test_schema_catches_bad_rows(tmp_path):
    """The schema itself has teeth: pattern, enum, foreign key and uniqueness are enforced."""
    lines = CSV.read_text(encoding="utf-8").splitlines()
    lines.append("Bad_Id,ทดสอบ,,,,agency,no-such-parent,,test,")
    lines.append(lines[1].replace(lines[1].split(",", 1)[0], "duplicate-name", 1))
    (tmp_path / "organizations.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    schema = Schema.from_descriptor(json.loads(SCHEMA.read_text(encoding="utf-8")))
    resource = Resource(path="organizations.csv", basepath=str(tmp_path), schema=schema)
    report = resource.validate(limit_errors=100)
    found = {(name, kind) for name, kind in report.flatten(["fieldName", "type"])}
    assert ("org_id", "constraint-error") in found
    assert ("kind", "constraint-error") in found
    assert ("name_th", "unique-error") in found
    assert (None, "foreign-key") in found


def test_sorted_by_org_id(rows):
    ids = [r["org_id"] for r in rows]
    assert ids == sorted(ids)


def test_every_parent_resolves(rows):
    ids = {r["org_id"] for r in rows}
    missing = {r["org_id"]: r["parent_id"] for r in rows if r["parent_id"] and r["parent_id"] not in ids}
    assert not missing
    for r in rows:
        assert r["parent_id"] != r["org_id"]


def test_parents_are_ministries_or_the_opm_office(rows):
    kinds = {r["org_id"]: r["kind"] for r in rows}
    for r in rows:
        if r["kind"] in {"ministry", "province", "independent-agency"}:
            assert not r["parent_id"], r["org_id"]
        if r["parent_id"]:
            assert kinds[r["parent_id"]] in {"ministry", "office"}, r["org_id"]


def test_no_thai_name_twice(rows):
    seen: dict[str, str] = {}
    for r in rows:
        key = _key(r["name_th"])
        assert key not in seen, f"{r['name_th']} on {seen.get(key)} and {r['org_id']}"
        seen[key] = r["org_id"]


def test_no_alias_on_two_rows_nor_equal_to_another_name(rows):
    owner: dict[str, str] = {}
    for r in rows:
        for name in {_key(n) for n in [r["name_th"], *_split(r["aliases"])]}:
            assert name not in owner, f"{name!r} on {owner.get(name)} and {r['org_id']}"
            owner[name] = r["org_id"]


def _readme_ambiguous() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Ambiguous abbreviations", 1)[1].split("\n## ", 1)[0]
    section = section.split("\n### ", 1)[0]  # the list proper, not the notes after it
    return set(re.findall(r"^\| `([^`]+)` \|", section, flags=re.M))


def test_abbreviations_on_two_rows_are_in_the_readme(rows):
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for abbr in _split(r["abbreviations"]):
            owners[abbr].add(r["org_id"])
    shared = {abbr for abbr, ids in owners.items() if len(ids) > 1}
    listed = _readme_ambiguous()
    assert shared, "the table has ambiguous abbreviations (สผ.), so the check must see some"
    assert shared <= listed, f"not in README's ambiguous list: {sorted(shared - listed)}"
    assert listed <= shared, f"README lists as ambiguous but the table does not: {sorted(listed - shared)}"


def test_abbreviation_keys_do_not_collide_silently(rows):
    """The extractor ignores trailing dots and case: two spellings on two rows are still one abbreviation."""
    owners: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for abbr in _split(r["abbreviations"]):
            key = _key(abbr).rstrip(".").lower()
            owners[key].add(r["org_id"])
            spellings[key].add(abbr)
    listed = _readme_ambiguous()
    for key, ids in owners.items():
        if len(ids) > 1:
            assert spellings[key] & listed, f"{sorted(spellings[key])} on {sorted(ids)}"


def test_coverage_floors(rows):
    kinds: dict[str, int] = defaultdict(int)
    for r in rows:
        kinds[r["kind"]] += 1
    assert kinds["ministry"] == 20  # 19 ministries and the Office of the Prime Minister
    assert kinds["province"] == 76  # and Bangkok, as the Bangkok Metropolitan Administration
    assert kinds["department"] + kinds["office"] >= 150
    assert len(rows) >= 350
    ministries = [r for r in rows if r["kind"] == "ministry"]
    for m in ministries:
        if m["org_id"] == "office-of-the-prime-minister":
            continue
        ps = [r for r in rows if r["parent_id"] == m["org_id"] and r["name_th"].startswith("สำนักงานปลัด")]
        assert len(ps) == 1, f"{m['name_th']}: its สำนักงานปลัดกระทรวง"


def test_provinces(rows):
    provinces = [r for r in rows if r["kind"] == "province"]
    for r in provinces:
        assert r["name_th"] == "จังหวัด" + r["province"]
        assert r["org_id"].startswith("province-")
    bma = next(r for r in rows if r["org_id"] == "bangkok-metropolitan-administration")
    assert (bma["name_th"], bma["province"]) == ("กรุงเทพมหานคร", "กรุงเทพมหานคร")
    assert "กทม." in _split(bma["abbreviations"])
    assert len({r["province"] for r in provinces} | {bma["province"]}) == 77
    for r in rows:
        if r["kind"] in {"province", "local-government"}:
            assert r["province"], r["org_id"]
        else:
            assert not r["province"], r["org_id"]


@pytest.mark.parametrize("name_th", ["สำนักงานปลัดกระทรวงอุตสาหกรรม", *sorted(SIX_AGENCIES)])
def test_seed_article_industry_organizations(by_name, name_th):
    row = by_name[name_th]
    assert row["parent_id"] == INDUSTRY
    assert row["name_en"]


def test_seed_article_organizer(by_name):
    dga = by_name["สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"]
    assert dga["kind"] == "public-organization"
    assert {"DGA", "สพร."} <= set(_split(dga["abbreviations"]))
    assert "สำนักงานพัฒนารัฐบาลดิจิทัล" in _split(dga["aliases"])
    industry = by_name["กระทรวงอุตสาหกรรม"]
    assert industry["org_id"] == INDUSTRY and industry["kind"] == "ministry"
    assert "ก.อุตฯ" in _split(industry["abbreviations"])


@pytest.mark.parametrize(
    ("abbr", "name_th"),
    [
        ("พช.", "กรมการพัฒนาชุมชน"),
        ("ก.อุตฯ", "กระทรวงอุตสาหกรรม"),
        ("ดีป้า", "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"),
        ("ขร.", "กรมการขนส่งทางราง"),
        ("DGA", "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"),
        ("สป.อก.", "สำนักงานปลัดกระทรวงอุตสาหกรรม"),
        ("กนอ.", "การนิคมอุตสาหกรรมแห่งประเทศไทย"),
    ],
)
def test_issue_examples_resolve_to_one_row(rows, abbr, name_th):
    owners = [r["name_th"] for r in rows if abbr in _split(r["abbreviations"])]
    assert owners == [name_th]


def test_unreviewed_rows_say_so(rows):
    for r in rows:
        if not r["reviewed_on"]:
            assert "verify" in r["source"], r["org_id"]
