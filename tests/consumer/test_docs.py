"""The generated parts of the consumer docs (pipeline/build/usedocs.py) are current with datapackage/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.build import usedocs

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "datapackage"
DOCS = [p for p in (ROOT / "docs" / "use-the-data.md", ROOT / "README.md") if p.is_file()]


def test_consumer_docs_are_current_with_the_package():
    descriptor, tables = usedocs.read_package(PACKAGE)
    parts = usedocs.sections(descriptor, tables)
    found = []
    for path in DOCS:
        text = path.read_text("utf-8")
        new, names = usedocs.update(text, parts)
        found += names
        assert new == text, f"{path.relative_to(ROOT)} is out of date with datapackage/: run `make docs`"
    assert {"freshness", "cite", "tables"} <= set(found)


def test_tables_part_has_every_field_in_thai_and_english():
    descriptor, tables = usedocs.read_package(PACKAGE)
    text = usedocs.tables_block(descriptor, tables)
    for resource in descriptor["resources"]:
        if resource.get("format") != "csv" or "schema" not in resource:
            continue
        assert f"#### `{resource['name']}`:" in text
        for field in resource["schema"]["fields"]:
            th, en = field["description"].split(" / ", 1)
            line = next(
                row for row in text.splitlines() if row.startswith(f"| `{field['name']}` | `{field['type']}` |")
            )
            assert th.replace("|", "\\|") in text and en.replace("|", "\\|") in text, line


def test_freshness_comes_from_the_descriptor():
    text = usedocs.freshness({"last_updated_date": "2024-03-05", "version": "1.4.0", "licenses": [{"title": "X_Y"}]})
    assert "Data last changed: 2024-03-05** (version 1.4.0" in text
    assert "https://img.shields.io/badge/data%20last%20changed-2024--03--05-blue" in text
    assert "https://img.shields.io/badge/version-1.4.0-blue" in text
    assert "https://img.shields.io/badge/licence-X__Y-green" in text


def test_update_replaces_only_marked_parts_and_refuses_unknown_ones():
    text = "keep\n<!-- generated:cite (make docs) -->\nold\n<!-- /generated:cite -->\nkeep too\n"
    new, found = usedocs.update(text, {"cite": "new"})
    assert new == "keep\n<!-- generated:cite (make docs) -->\nnew\n<!-- /generated:cite -->\nkeep too\n"
    assert found == ["cite"] and usedocs.update(new, {"cite": "new"})[0] == new
    with pytest.raises(ValueError, match="unknown generated part"):
        usedocs.update(text.replace("cite", "citation"), {"cite": "new"})


def test_check_mode_reports_a_stale_file(tmp_path, capsys):
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- generated:freshness (make docs) -->\nstale\n<!-- /generated:freshness -->\n", "utf-8")
    assert usedocs.main(["--package", str(PACKAGE), "--check", str(doc)]) == 1
    assert "stale" in doc.read_text("utf-8")
    assert usedocs.main(["--package", str(PACKAGE), str(doc)]) == 0
    assert usedocs.main(["--package", str(PACKAGE), "--check", str(doc)]) == 0
    assert "make docs" in capsys.readouterr().err


def test_summary_line_for_the_ci_job(tmp_path, capsys):
    report = tmp_path / "publish-report.json"
    report.write_text(json.dumps({"outcome": "nothing-to-do", "mode": "publish", "totals": {"requests": 1}}))
    assert usedocs.main(["--package", str(PACKAGE), "--summary", "--report", str(report), "--checked", "T1"]) == 0
    line = capsys.readouterr().out
    assert "**checked:** T1" in line and "nothing-to-do" in line and "1 request(s)" in line
