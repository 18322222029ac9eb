"""The generated parts of the consumer documentation ("Use the data"), from the built package.

A Markdown file marks each generated part with a pair of comments::

    <!-- generated:tables (make docs) -->
    ... replaced on every `make docs` ...
    <!-- /generated:tables -->

and everything outside the markers is written by people. Parts: ``freshness`` (when the data last
changed, its version, static shields.io badges), ``cite`` (how to cite this version) and ``tables``
(every table: field, type, meaning in Thai and English, from the Table Schemas), so the README
cannot drift from the data.

    python -m pipeline.build.usedocs [--package datapackage] [--check] FILE...
    python -m pipeline.build.usedocs --summary [--report out/publish-report.json] [--checked TIME]

``--check`` changes nothing and exits 1 when a file is out of date. ``--summary`` prints a freshness
line for a CI job summary, with the time of the check and the outcome of the publish run.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

from pipeline.build.dictionary import md_cell
from pipeline.build.docmodel import TableDoc, licence, package_title, tables_of

BLOCK = re.compile(
    r"(?P<open><!-- generated:(?P<name>[a-z-]+) \(make docs\) -->\n)(?P<body>.*?)"
    r"(?P<close><!-- /generated:(?P=name) -->)",
    re.DOTALL,
)


def read_package(root: Path) -> tuple[dict, dict[str, list[dict]]]:
    """The descriptor and each table's rows (as text) from a built package directory."""
    descriptor = json.loads((root / "datapackage.json").read_text("utf-8"))
    tables = {}
    for resource in descriptor.get("resources", []):
        if resource.get("format") == "csv" and isinstance(resource.get("path"), str):
            with (root / resource["path"]).open(encoding="utf-8", newline="") as fh:
                tables[resource["name"]] = list(csv.DictReader(fh))
    return descriptor, tables


def shields(label: str, message: str, color: str) -> str:
    """A static shields.io badge: https://img.shields.io/badge/<label>-<message>-<color>."""

    def part(text: str) -> str:
        return quote(text.replace("-", "--").replace("_", "__"), safe="")

    return f"![{label}: {message}](https://img.shields.io/badge/{part(label)}-{part(message)}-{color})"


def freshness(descriptor: dict) -> str:
    changed, version = descriptor.get("last_updated_date") or "unknown", descriptor.get("version") or "?"
    name, _ = licence(descriptor)
    badges = " ".join(
        (
            shields("data last changed", changed, "blue"),
            shields("version", version, "blue"),
            shields("licence", name, "green"),
        )
    )
    return "\n".join(
        (
            badges,
            "",
            f"**ข้อมูลเปลี่ยนล่าสุด / Data last changed: {changed}** (version {version}; what changed: "
            "`CHANGELOG.md` and `data/changelog.csv` in the package). **ตรวจล่าสุด / Last checked:** the scheduled "
            "publish job rebuilds the package from the sources and compares it with the portal every Monday; "
            "the summary of its latest run gives the time of that check and whether anything had changed.",
        )
    )


def cite(descriptor: dict) -> str:
    title = package_title(descriptor)
    authors = [c["title"] for c in descriptor.get("contributors") or [] if c.get("role") == "author"]
    author = "; ".join(authors) or "Thai award facts project"
    year = (descriptor.get("last_updated_date") or descriptor.get("created") or "n.d.")[:4]
    version, name = descriptor.get("version") or "?", descriptor.get("name") or "dataset"
    licence_name, _ = licence(descriptor)
    return "\n".join(
        (
            f"> {author} ({year}). *{title.th} / {title.en}* (version {version}) [Data set]. "
            f"Licence: {licence_name}. `<portal>/dataset/{name}`",
            "",
            "```bibtex",
            f"@misc{{{name.replace('-', '_')}_{version.replace('.', '_')},",
            f"  author       = {{{{{author}}}}},",
            f"  title        = {{{title.en or title.th}}},",
            f"  year         = {{{year}}},",
            f"  version      = {{{version}}},",
            f"  note         = {{Data set; licence {licence_name}}},",
            f"  howpublished = {{<portal>/dataset/{name}}}",
            "}",
            "```",
        )
    )


def table_section(doc: TableDoc) -> list[str]:
    lines = [f"#### `{doc.name}`: {doc.title.th} / {doc.title.en}", ""]
    lines += [f"{doc.description.th}  ", doc.description.en, ""]
    files = " · ".join(f"`{p}`" for p in doc.files.values())
    lines += [f"Files: {files} ({doc.rows} rows)", ""]
    lines += ["| Field | Type | ความหมาย (ไทย) | Meaning (English) |", "|---|---|---|---|"]
    for f in doc.fields:
        lines.append(f"| `{f.name}` | `{f.type}` | {md_cell(f.meaning.th) or '—'} | {md_cell(f.meaning.en) or '—'} |")
    return lines


def tables_block(descriptor: dict, tables: dict[str, list[dict]]) -> str:
    lines: list[str] = []
    for doc in tables_of(descriptor, tables):
        lines += [*([""] if lines else []), *table_section(doc)]
    return "\n".join(lines)


def sections(descriptor: dict, tables: dict[str, list[dict]]) -> dict[str, str]:
    return {"freshness": freshness(descriptor), "cite": cite(descriptor), "tables": tables_block(descriptor, tables)}


def update(text: str, parts: dict[str, str]) -> tuple[str, list[str]]:
    """(new text, names of the generated parts found). Unknown part names are an error."""
    found: list[str] = []

    def replace(match: re.Match) -> str:
        name = match["name"]
        if name not in parts:
            raise ValueError(f"unknown generated part {name!r} (known: {', '.join(parts)})")
        found.append(name)
        return f"{match['open']}{parts[name]}\n{match['close']}"

    return BLOCK.sub(replace, text), found


def summary(descriptor: dict, report: dict | None, checked: str | None) -> str:
    """One Markdown paragraph for a CI job summary: freshness and the outcome of this run."""
    changed, version = descriptor.get("last_updated_date") or "unknown", descriptor.get("version") or "?"
    line = f"**Data last changed:** {changed} (version {version})"
    if checked:
        line += f" · **checked:** {checked}"
    if report:
        line += f" · **publish:** {report.get('outcome', '?')} ({report.get('mode', 'publish')})"
        if report.get("dataset_url"):
            line += f" · {report['dataset_url']}"
        totals = report.get("totals") or {}
        if totals:
            line += f" · {totals.get('requests', 0)} request(s), {totals.get('upload_bytes', 0)} bytes uploaded"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.build.usedocs", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--package", type=Path, default=Path("datapackage"))
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is out of date; change nothing")
    parser.add_argument("--summary", action="store_true", help="print a freshness line for a CI job summary")
    parser.add_argument("--report", type=Path, help="publish run report (with --summary)")
    parser.add_argument("--checked", help="time of the check (with --summary)")
    args = parser.parse_args(argv)
    descriptor, tables = read_package(args.package)
    if args.summary:
        report = None
        if args.report and args.report.is_file():
            report = json.loads(args.report.read_text("utf-8"))
        print(summary(descriptor, report, args.checked))
        return 0
    parts, stale = sections(descriptor, tables), []
    for path in args.files:
        text = path.read_text("utf-8")
        new, found = update(text, parts)
        if not found:
            print(f"{path}: no generated parts, skipped", file=sys.stderr)
        elif new != text:
            stale.append(path)
            if not args.check:
                path.write_text(new, "utf-8")
        print(
            f"{path}: {', '.join(found) or '-'}: {'out of date' if new != text else 'up to date'}"
            + (", rewritten" if new != text and not args.check else ""),
            file=sys.stderr,
        )
    if args.check and stale:
        print("run `make docs` to regenerate: " + ", ".join(map(str, stale)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
