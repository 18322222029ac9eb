"""Validate a data package: the descriptor's safety, frictionless on the whole package, and the
business rules that catch extraction mistakes.

Entry point ``validate_package(root) -> ValidationReport``. Every error says which rule, which
table and row, and (for a fact) the source and the evidence span, so a person can act on it.
The business rules run on the tables this project builds and skip any table a package lacks,
so any valid Frictionless package passes them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import thai

LIMIT_ERRORS = 100_000  # frictionless stops at 1,000 by default and says nothing; this is explicit
MAX_FIELD = 100_000  # characters: a cell larger than this is not a fact of an article


@dataclass
class ValidationReport:
    errors: list[dict] = field(default_factory=list)
    stats: dict = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict:
        return {"valid": self.valid, "errors": self.errors, "stats": self.stats}

    def add(self, rule: str, message: str, **where) -> None:
        self.errors.append({"rule": rule, "message": message, **{k: v for k, v in where.items() if v is not None}})


def validate_package(root: Path | str) -> ValidationReport:
    root = Path(root)
    report = ValidationReport()
    descriptor = _descriptor(root, report)
    if descriptor is None:
        return report
    _safe_paths(root, descriptor, report)
    if report.errors:
        return report
    digest = _package_digest(root, descriptor)
    if _known_valid(digest):
        report.stats["frictionless"] = "valid (the same bytes passed before: cache)"
    else:
        _frictionless(root, report)
        if not report.errors:
            _remember_valid(digest)
    tables = _read_tables(root, descriptor, report)
    for rule in RULES:
        rule(tables, report)
    _name_files(descriptor, report)
    report.stats.update(tables=len(tables), rows=sum(len(t) for t in tables.values()), errors=len(report.errors))
    return report


# --- checksums decide what runs again ---------------------------------------------------------------
# Frictionless reads every row of every resource; the business rules are cheap. When the exact bytes of a
# package (descriptor and every file it names) passed frictionless before, with the same versions of
# frictionless and of this module, they pass again: the result is remembered under a digest of all that.
# The cache lives outside the package (it is never published); PIPELINE_NO_CACHE=1 turns it off.


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "thai-award-facts" / "valid-packages"


def _package_digest(root: Path, descriptor: dict) -> str | None:
    if os.environ.get("PIPELINE_NO_CACHE"):
        return None
    from importlib.metadata import version  # not frictionless itself: importing it costs more than the check

    frictionless_version = version("frictionless")
    h = hashlib.sha256(f"{frictionless_version}\n{_MODULE_DIGEST}\n".encode())
    paths = ["datapackage.json"] + [rel for _, _, rel in _resource_paths(descriptor)]
    for rel in paths:
        h.update(rel.encode() + b"\0")
        with (root / rel).open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def _known_valid(digest: str | None) -> bool:
    return digest is not None and (_cache_dir() / digest).is_file()


def _remember_valid(digest: str | None) -> None:
    if digest is None:
        return
    try:
        _cache_dir().mkdir(parents=True, exist_ok=True)
        (_cache_dir() / digest).write_text("valid\n")
    except OSError:
        pass  # a cache that cannot be written only costs time


_MODULE_DIGEST = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


# --- the descriptor --------------------------------------------------------------------------------


def _descriptor(root: Path, report: ValidationReport) -> dict | None:
    path = root / "datapackage.json"
    if path.is_symlink():
        report.add("descriptor", f"{path} is a symbolic link: the descriptor must be a regular file in the package")
        return None
    if not path.is_file():
        report.add("descriptor", f"{path} not found")
        return None
    try:
        descriptor = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        report.add("descriptor", f"{path} is not valid JSON: {exc}")
        return None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        report.add("descriptor", f"{path} must be an object with a list of resources")
        return None
    return descriptor


def _resource_paths(descriptor: dict) -> list[tuple[int, str, object]]:
    """(index, name, path) of every path of every resource; a multipart resource has several, inline data none."""
    found = []
    for index, resource in enumerate(descriptor["resources"]):
        if not isinstance(resource, dict):
            continue
        name = resource.get("name") if isinstance(resource.get("name"), str) else f"#{index}"
        paths = resource.get("path")
        found += [(index, name, rel) for rel in (paths if isinstance(paths, list) else [paths]) if rel is not None]
    return found


def _safe_paths(root: Path, descriptor: dict, report: ValidationReport) -> None:
    """Every resource is a regular file inside the package: no absolute paths, no "..", no links,
    no remote URLs (a package that reads /etc/passwd or the network is refused before it is read)."""
    base = root.resolve()
    for index, resource in enumerate(descriptor["resources"]):
        if not isinstance(resource, dict):
            report.add("descriptor", f"resource #{index} must be an object, not {type(resource).__name__}")
    for _, name, rel in _resource_paths(descriptor):
        problem = _path_problem(root, base, rel)
        if problem:
            report.add("path", problem, table=name, path=str(rel))


def _path_problem(root: Path, base: Path, rel: object) -> str | None:
    if not isinstance(rel, str) or not rel:
        return "resource path must be a non-empty string"
    if "://" in rel:
        return f"remote path {rel!r}: a package must carry its data"
    candidate = Path(rel)
    if candidate.is_absolute() or ".." in candidate.parts:
        return f"path {rel!r} escapes the package directory"
    full = root / candidate
    if any((root / Path(*candidate.parts[: i + 1])).is_symlink() for i in range(len(candidate.parts))):
        return f"path {rel!r} is a symbolic link: resources must be regular files in the package"
    if not full.resolve().is_relative_to(base):
        return f"path {rel!r} escapes the package directory"
    if not full.is_file():
        return f"file {rel!r} is not a regular file" if full.exists() else f"file {rel!r} not found"
    return None


# --- frictionless ----------------------------------------------------------------------------------


def _frictionless(root: Path, report: ValidationReport) -> None:
    from frictionless import Package, errors

    try:
        package = Package(str(root / "datapackage.json"))
        result = package.validate(limit_errors=LIMIT_ERRORS)
    except errors.FrictionlessException as exc:
        notes = "; ".join(getattr(r, "note", "") or str(r) for r in (getattr(exc, "reasons", None) or []))
        report.add(
            "frictionless",
            f"the descriptor cannot be used: {exc.error.message}" + (f" ({notes})" if notes else ""),
        )
        return
    for task in result.tasks:
        for error in task.errors:
            report.add(
                f"frictionless:{error.type}",
                error.message,
                table=task.name,
                row=getattr(error, "row_number", None),
                field=getattr(error, "field_name", None),
            )
    for error in result.errors:
        report.add(f"frictionless:{error.type}", error.message)


# --- business rules --------------------------------------------------------------------------------


def _read_tables(root: Path, descriptor: dict, report: ValidationReport) -> dict[str, list[dict]]:
    """The CSV tables, as text rows; rows carry their line number in ``_row`` for messages."""
    csv.field_size_limit(MAX_FIELD * 10)
    tables = {}
    for resource in descriptor["resources"]:
        if (
            not isinstance(resource, dict)
            or not isinstance(resource.get("path"), str)
            or not isinstance(resource.get("name"), str)
        ):
            continue  # inline data, multipart files, nameless resources: frictionless has checked them
        path = root / resource["path"]
        if resource.get("format") not in ("csv", "json") or not path.is_file():
            continue
        try:
            rows = _csv_rows(path) if resource["format"] == "csv" else _json_rows(path)
        except (UnicodeDecodeError, csv.Error, ValueError) as exc:
            report.add("csv", f"cannot be read: {exc}", table=resource["name"])
            continue
        tables[resource.get("name")] = rows
    return tables


def _csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{**row, "_row": n} for n, row in enumerate(csv.DictReader(fh), start=2)]


def _json_rows(path: Path) -> list[dict]:
    """JSON records as the CSV would write them (null -> "", true -> "true"), to compare twins."""
    from pipeline.build.write import cell

    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ValueError("not an array of objects")
    return [{**{k: cell(v) for k, v in r.items()}, "_row": n} for n, r in enumerate(data, start=2)]


def _name_files(descriptor: dict, report: ValidationReport) -> None:
    """Each error about a table also names its file, so a person knows which file to open."""
    files = {name: str(rel) for _, name, rel in reversed(_resource_paths(descriptor))}
    for error in report.errors:
        if "path" not in error and error.get("table") in files:
            error["path"] = files[error["table"]]


def _where(table: str, row: dict) -> dict:
    where = {"table": table, "row": row["_row"], "source_id": row.get("source_id") or None}
    if row.get("evidence_text"):
        where["evidence"] = {
            "start": _int(row.get("evidence_start")),
            "end": _int(row.get("evidence_end")),
            "text": row["evidence_text"],
        }
    return where


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def rule_counts(tables: dict, report: ValidationReport) -> None:
    """A stated count equals the number of listed items ("จำนวน 2 รางวัล ได้แก่ 1) … 2) …")."""
    for row in tables.get("stated_counts", []):
        if "stated" not in row or "listed" not in row:
            return
        if row["stated"] != row["listed"] and row.get("curation") != "accepted":
            report.add(
                "count-matches-list",
                f"the text states {row['stated']} {row.get('unit', '')} but lists "
                f"{row['listed']} ({row['scope']}{': ' + row['subject'] if row.get('subject') else ''})",
                **_where("stated_counts", row),
            )


def rule_weekdays(tables: dict, report: ValidationReport) -> None:
    """A stated weekday matches its date (7 December 2023 is a Thursday)."""
    for table, date_field, weekday_field in (
        ("events", "date", "weekday_stated"),
        ("sources", "published_date", "published_weekday_stated"),
    ):
        for row in tables.get(table, []):
            date, weekday = _date(row.get(date_field)), row.get(weekday_field)
            if date and weekday and thai.THAI_WEEKDAYS[date.weekday()] != weekday:
                actual = thai.THAI_WEEKDAYS[date.weekday()]
                report.add(
                    "weekday-matches-date",
                    f"วัน{weekday} is stated for {date}, which is a วัน{actual}",
                    field=weekday_field,
                    **_where(table, row),
                )


def rule_buddhist_era(tables: dict, report: ValidationReport) -> None:
    """BE year - 543 = CE year, in the year columns and in the date as the text states it."""
    for row in tables.get("events", []):
        be, ce = _int(row.get("year_be")), _int(row.get("year_ce"))
        if be is not None and ce is not None and be - thai.BE_OFFSET != ce:
            report.add("buddhist-era", f"year_be {be} - 543 is not year_ce {ce}", **_where("events", row))
        date, stated = _date(row.get("date")), row.get("date_stated")
        if date and stated:
            parsed = _stated_date(stated, be or date.year + thai.BE_OFFSET)
            if parsed != date:
                report.add(
                    "buddhist-era",
                    f"the date stated {stated!r} is not {date}",
                    field="date",
                    **_where("events", row),
                )


def _stated_date(stated: str, year_be: int) -> dt.date | None:
    """The date as stated; a date stated without its year ("8 กันยายน", "26 ก.ย.") is read in the event's year,
    so its day and month are still checked."""
    for text in (stated, f"{stated} {year_be}"):
        try:
            return thai.parse_date(text)
        except thai.DateError as exc:
            if not str(exc).startswith("no date"):
                return None
    return None


def rule_event_before_publication(tables: dict, report: ValidationReport) -> None:
    """An article reports an award event that has happened: the event is not after publication."""
    events = {r["event_id"]: _date(r.get("date")) for r in tables.get("events", [])}
    published = {r["source_id"]: _date(r.get("published_date")) for r in tables.get("sources", [])}
    for row in tables.get("events", []):
        date, pub = events.get(row["event_id"]), published.get(row.get("source_id"))
        if date and pub and date > pub:
            report.add(
                "event-not-after-publication",
                f"the event date {date} is after the article's publication {pub}",
                **_where("events", row),
            )


def rule_unique_awards(tables: dict, report: ValidationReport) -> None:
    """No award twice: one row per (event, award, level, recipient)."""
    seen: dict[tuple, int] = {}
    rows = tables.get("awards", [])
    if rows and not {"event_id", "recipient_id"} <= rows[0].keys():
        return  # an "awards" table of another package: not this project's shape
    for row in rows:
        key = (
            row.get("event_id"),
            row.get("award_type_id") or row.get("award_name_th"),
            row.get("level"),
            row.get("recipient_id"),
        )
        if key in seen:
            report.add("unique-award", f"the same award as row {seen[key]}", **_where("awards", row))
        seen.setdefault(key, row["_row"])


def _records(tables: dict) -> dict:
    """The tables without their JSON twins: rule_json_twins holds each twin to its CSV, so a problem in
    a row is reported once, on the data of record."""
    return {k: v for k, v in tables.items() if not (k.endswith("_json") and k.removesuffix("_json") in tables)}


def rule_evidence(tables: dict, report: ValidationReport) -> None:
    """Evidence offsets agree with the quoted span."""
    for table, rows in _records(tables).items():
        for row in rows:
            start, end, text = (
                _int(row.get("evidence_start")),
                _int(row.get("evidence_end")),
                row.get("evidence_text"),
            )
            if start is not None and end is not None and text is not None and end - start != len(text):
                report.add(
                    "evidence-span",
                    f"offsets {start}-{end} do not span the quoted text ({len(text)} characters)",
                    **_where(table, row),
                )


def rule_field_size(tables: dict, report: ValidationReport) -> None:
    for table, rows in _records(tables).items():
        for row in rows:
            for name, value in row.items():
                if isinstance(value, str) and len(value) > MAX_FIELD:
                    report.add(
                        "field-size",
                        f"{len(value):,} characters in one cell",
                        field=name,
                        **_where(table, row),
                    )


def rule_json_twins(tables: dict, report: ValidationReport) -> None:
    """Each JSON twin holds exactly the rows of its CSV (read by ``_read_tables`` as ``<name>_json``)."""
    for name, rows in tables.items():
        if not name.endswith("_json") or name.removesuffix("_json") not in tables:
            continue
        csv_rows = tables[name.removesuffix("_json")]
        if len(rows) != len(csv_rows):
            report.add("json-twin", f"{len(rows)} rows in JSON, {len(csv_rows)} in CSV", table=name)
            continue
        for row, twin in zip(csv_rows, rows, strict=True):
            if {k: v for k, v in row.items() if k != "_row"} != {k: v for k, v in twin.items() if k != "_row"}:
                report.add("json-twin", "differs from the CSV row", table=name, row=row["_row"])
                break


RULES = (
    rule_json_twins,
    rule_counts,
    rule_weekdays,
    rule_buddhist_era,
    rule_event_before_publication,
    rule_unique_awards,
    rule_evidence,
    rule_field_size,
)
