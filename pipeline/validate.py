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
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

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
        self.errors.append(_error(rule, message, **where))


def validate_package(root: Path | str) -> ValidationReport:
    root = Path(root)
    report = ValidationReport()
    descriptor = _descriptor(root, report)
    if descriptor is None:
        return report
    _safe_paths(root, descriptor, report)
    if report.errors:
        return report
    sizes = _sizes_key(root, descriptor)
    digest = _package_digest(root, descriptor) if _seen(sizes) else None
    rules = _Rules(root, descriptor)
    if _known_valid(digest):
        report.stats["frictionless"] = "valid (the same bytes passed before: cache)"
    else:
        hashed = _frictionless(root, report, rules)
        if not report.errors and sizes is not None:
            _remember_valid(sizes, root, descriptor, hashed)
    tables = rules.finish(report)
    _name_files(descriptor, report)
    report.stats.update(tables=len(tables), rows=sum(t.rows for t in tables.values()), errors=len(report.errors))
    return report


# --- checksums decide what runs again ---------------------------------------------------------------
# Frictionless reads every row of every resource; the business rules are cheap. When the exact bytes of a
# package (descriptor and every file it names) passed frictionless before, with the same versions of
# frictionless and of this module, they pass again: the result is remembered under a digest of all that
# (the sha256 of each file). The cache lives outside the package (it is never published);
# PIPELINE_NO_CACHE=1 turns it off.
# A first validation must not pay for a digest it cannot use (hashing 370 MB costs a third of a second):
# beside each digest the cache keeps a key of the files' names and sizes, and the files are hashed before
# frictionless only when a package with that key passed before. Otherwise frictionless's own pass hashes
# every file it reads (sha256, in each task's stats) and the digest remembered is made of those; a file it
# did not read whole is hashed here. A remembered key only decides whether to hash: whether frictionless
# runs again is still decided by the digest of the bytes.


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "thai-award-facts" / "valid-packages"


def _versions() -> str:
    from importlib.metadata import version  # not frictionless itself: importing it costs more than the check

    return f"{version('frictionless')}\n{_MODULE_DIGEST}\n"


def _package_files(descriptor: dict) -> list[str]:
    return ["datapackage.json"] + [rel for _, _, rel in _resource_paths(descriptor)]


def _sizes_key(root: Path, descriptor: dict) -> str | None:
    """The names and sizes of the package's files, and the versions: the same bytes have the same key.
    None when the cache is off."""
    if os.environ.get("PIPELINE_NO_CACHE"):
        return None
    h = hashlib.sha256(f"sizes\n{_versions()}".encode())
    for rel in _package_files(descriptor):
        h.update(f"{rel}\0{(root / rel).stat().st_size}\n".encode())
    return h.hexdigest()


def _package_digest(root: Path, descriptor: dict, hashed: dict[str, tuple[int, str]] | None = None) -> str:
    """The versions and the sha256 of every file. ``hashed`` (path -> (bytes, sha256)) holds the files that
    frictionless read in its pass: it stores a file's sha256 when its read reaches the end, so one whose byte
    count is the file's size was hashed whole and is not read again."""
    h = hashlib.sha256(_versions().encode())
    for rel in _package_files(descriptor):
        path = root / rel
        size, sha256 = (hashed or {}).get(rel, (None, None))
        if not sha256 or size != path.stat().st_size:
            with path.open("rb") as fh:
                sha256 = hashlib.file_digest(fh, "sha256").hexdigest()
        h.update(f"{rel}\0{sha256}\n".encode())
    return h.hexdigest()


def _seen(sizes: str | None) -> bool:
    return sizes is not None and (_cache_dir() / f"sizes-{sizes}").is_file()


def _known_valid(digest: str | None) -> bool:
    return digest is not None and (_cache_dir() / digest).is_file()


def _remember_valid(sizes: str, root: Path, descriptor: dict, hashed: dict[str, tuple[int, str]]) -> None:
    try:
        digest = _package_digest(root, descriptor, hashed)
        _cache_dir().mkdir(parents=True, exist_ok=True)
        (_cache_dir() / digest).write_text("valid\n")
        (_cache_dir() / f"sizes-{sizes}").write_text("hash before validating\n")
    except OSError:
        pass  # a file gone since, a cache that cannot be written: it only costs time next run


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


def _frictionless(root: Path, report: ValidationReport, rules: _Rules | None = None) -> dict[str, tuple[int, str]]:
    """Frictionless on the whole package; its pass over each CSV table also feeds ``rules``. Returns what it
    hashed: path -> (bytes, sha256) of each file it read to the end."""
    from frictionless import Checklist, Package, errors

    feeds: list[_Feed] = []
    try:
        package = Package(str(root / "datapackage.json"))
        checklist = Checklist(checks=[_feed_check(rules, feeds)]) if rules is not None else None
        result = package.validate(checklist, limit_errors=LIMIT_ERRORS)
    except errors.FrictionlessException as exc:
        notes = "; ".join(getattr(r, "note", "") or str(r) for r in (getattr(exc, "reasons", None) or []))
        report.add(
            "frictionless",
            f"the descriptor cannot be used: {exc.error.message}" + (f" ({notes})" if notes else ""),
        )
        return {}
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
    if rules is not None:
        rules.fed(feeds, result.tasks)
    hashed = {}
    for task in result.tasks:
        size, sha256 = task.stats.get("bytes"), task.stats.get("sha256")
        if isinstance(task.place, str) and isinstance(size, int) and sha256:  # sha256 is set at the end of a file
            hashed[task.place] = (size, sha256)
    return hashed


# --- business rules --------------------------------------------------------------------------------
# The rules stream: every row of a table passes once through every rule that reads that table, in file
# order, and a rule keeps between rows only what it must: a 64-bit hash per award (duplicates; the rows
# sharing a hash are read again to be named), the rows of events and the dates of sources (the event is
# not after its publication). A million-row CSV table is one pass and 8 MiB. A JSON table is still read
# whole (json.loads), as is the JSON twin a CSV table is compared with.
# - When frictionless reads a CSV table exactly as the csv module does here (UTF-8, the default dialect,
#   the header on the first line, its pass not cut short), its own pass hands the raw cells of each row to
#   the rules (`_feed_check`), so the file is read once for both.
# - Any other table (JSON; a dialect or encoding frictionless guessed; a pass cut short by an error or
#   the error limit; every table when the cache skipped frictionless) is read here with csv.reader.
# Rows are numbered and shaped as csv.DictReader gives them (blank lines skipped, a short row padded with
# None, extra cells under the key None), so every message names the same row as a full read would.

# Records are checked 32 at a time (a power of 2): enough to run the checks in comprehensions, few enough that
# the records held die young. Held by the thousand, they outlive frictionless's own objects into the older
# garbage-collector generations, and the full collections that follow cost ~7% of frictionless's time.
_BATCH = 32
_EVIDENCE = ("evidence_start", "evidence_end", "evidence_text")
_AWARD_KEY = ("event_id", "award_type_id", "award_name_th", "level", "recipient_id")
_DICT_TABLES = ("stated_counts", "events", "sources")  # small tables whose rules read a row as a whole
_RULE_ORDER = (
    "json-twin",
    "count-matches-list",
    "weekday-matches-date",
    "buddhist-era",
    "event-not-after-publication",
    "unique-award",
    "evidence-span",
    "field-size",
)


def _error(rule: str, message: str, **where) -> dict:
    return {"rule": rule, "message": message, **{k: v for k, v in where.items() if v is not None}}


@dataclass
class _Table:
    index: int
    name: str
    rel: str
    path: Path
    format: str  # "csv" or "json"
    records: list[dict] | None = None  # a JSON table, read whole
    problem: str | None = None  # why the table cannot be read


class _Scan:
    """One table's pass through the rules: what they carry from row to row, and what they found."""

    def __init__(self, table: _Table, twin: list[dict] | None) -> None:
        self.table = table
        self.name = table.name
        self.rows = 0
        self.found: dict[str, list[dict]] = {}
        self.counting = self.name == "stated_counts"
        self.unique: bool | None = None if self.name == "awards" else False  # decided by the first row's keys
        self.hashes = array("q")
        self.events: list[tuple[object, object, dt.date | None, dict]] = []  # (event_id, source_id, date, row)
        self.published: dict[object, dt.date | None] = {}
        self.twin = twin  # the JSON twin's records, when this is a CSV table that has one
        self.twin_differs: int | None = None  # the first row whose twin differs

    def add(self, rule: str, message: str, **where) -> None:
        self.found.setdefault(rule, []).append(_error(rule, message, **where))

    def row(self, row: dict) -> None:
        """Every rule on one row, as csv.DictReader (or a JSON record through ``cell``) gives it, with ``_row``."""
        name = self.name
        self.rows += 1
        if self.unique is None:
            self.unique = {"event_id", "recipient_id"} <= row.keys()
        if self.counting:
            self._count(row)
        if name == "events":
            self._weekday(row, "date", "weekday_stated")
            self._buddhist_era(row)
            self.events.append((row.get("event_id"), row.get("source_id"), _date(row.get("date")), row))
        elif name == "sources":
            self._weekday(row, "published_date", "published_weekday_stated")
            self.published[row.get("source_id")] = _date(row.get("published_date"))
        if self.unique:
            self.hashes.append(hash(_award_key(row)))
        self._evidence(row)
        for key, value in row.items():
            if isinstance(value, str) and len(value) > MAX_FIELD:
                self.add("field-size", f"{len(value):,} characters in one cell", field=key, **_where(name, row))
        if self.twin is not None and self.twin_differs is None:
            twin = self.twin[self.rows - 1] if self.rows <= len(self.twin) else None
            if twin is not None and {k: v for k, v in row.items() if k != "_row"} != {
                k: v for k, v in twin.items() if k != "_row"
            }:
                self.twin_differs = row["_row"]

    def _count(self, row: dict) -> None:
        """A stated count equals the number of listed items ("จำนวน 2 รางวัล ได้แก่ 1) … 2) …")."""
        if "stated" not in row or "listed" not in row:
            self.counting = False  # not this project's shape: the rule stops at the first such row
            return
        if row["stated"] != row["listed"] and row.get("curation") != "accepted":
            self.add(
                "count-matches-list",
                f"the text states {row['stated']} {row.get('unit', '')} but lists "
                f"{row['listed']} ({row['scope']}{': ' + row['subject'] if row.get('subject') else ''})",
                **_where("stated_counts", row),
            )

    def _weekday(self, row: dict, date_field: str, weekday_field: str) -> None:
        """A stated weekday matches its date (7 December 2023 is a Thursday)."""
        from pipeline import thai  # here, not at the top: pythainlp costs a tenth of a second to import

        date, weekday = _date(row.get(date_field)), row.get(weekday_field)
        if date and weekday and thai.THAI_WEEKDAYS[date.weekday()] != weekday:
            actual = thai.THAI_WEEKDAYS[date.weekday()]
            self.add(
                "weekday-matches-date",
                f"วัน{weekday} is stated for {date}, which is a วัน{actual}",
                field=weekday_field,
                **_where(self.name, row),
            )

    def _buddhist_era(self, row: dict) -> None:
        """BE year - 543 = CE year, in the year columns and in the date as the text states it."""
        from pipeline import thai

        be, ce = _int(row.get("year_be")), _int(row.get("year_ce"))
        if be is not None and ce is not None and be - thai.BE_OFFSET != ce:
            self.add("buddhist-era", f"year_be {be} - 543 is not year_ce {ce}", **_where("events", row))
        date, stated = _date(row.get("date")), row.get("date_stated")
        if date and stated:
            parsed = _stated_date(stated, be or date.year + thai.BE_OFFSET)
            if parsed != date:
                self.add(
                    "buddhist-era",
                    f"the date stated {stated!r} is not {date}",
                    field="date",
                    **_where("events", row),
                )

    def _evidence(self, row: dict) -> None:
        """Evidence offsets agree with the quoted span."""
        start, end, text = _int(row.get("evidence_start")), _int(row.get("evidence_end")), row.get("evidence_text")
        if start is not None and end is not None and text is not None and end - start != len(text):
            self.add(
                "evidence-span",
                f"offsets {start}-{end} do not span the quoted text ({len(text)} characters)",
                **_where(self.name, row),
            )

    def cells_consumer(self, header: list[str]) -> Callable[[list[list[str]]], None]:
        """A function that takes the records after the header, as csv.reader gives them, a batch at a time.
        In a table whose rules do not need a row as a whole, a batch of records of the header's width
        whose cells are all small is checked on its cells, in comprehensions (evidence span, award hash);
        any other record, and any that breaks a rule, goes through ``row`` as a dict, so what is reported
        is exactly what ``row`` reports."""
        width, row, as_dict = len(header), self.row, _as_dict
        index = {name: i for i, name in enumerate(header)}
        if self.unique is None:
            self.unique = {"event_id", "recipient_id"} <= set(header)  # csv.DictReader's keys
        fast = (
            0 < width == len(index)
            and self.name not in _DICT_TABLES
            and self.twin is None
            and (not self.unique or all(k in index for k in _AWARD_KEY))
        )

        def one_by_one(batch: list[list[str]]) -> None:
            for cells in batch:
                if cells:  # a blank line is no row (csv.DictReader skips it)
                    row(as_dict(header, cells, self.rows + 2))

        if not fast:
            return one_by_one

        evidence = all(k in index for k in _EVIDENCE)
        s, e, t = (index.get(k, 0) for k in _EVIDENCE)
        a, b, c, d, r = (index.get(k, 0) for k in _AWARD_KEY)
        unique, extend = self.unique, self.hashes.extend

        def consume(batch: list[list[str]]) -> None:
            if set(map(len, batch)) != {width} or max(map(len, map("".join, batch))) > MAX_FIELD:
                one_by_one(batch)  # a blank, short or long record, or a cell that may be too large
                return
            first = self.rows + 2
            if evidence:
                try:
                    wrong = [i for i, x in enumerate(batch) if x[s] and x[e] and int(x[e]) - int(x[s]) != len(x[t])]
                except ValueError:  # an offset that is not a number, which the rule skips: every row asks it
                    wrong = range(len(batch))
                for i in wrong:
                    self._evidence(as_dict(header, batch[i], first + i))
            if unique:
                extend([hash((x[a], x[b] or x[c], x[d], x[r])) for x in batch])
            self.rows += len(batch)

        return consume

    def unique_awards(self, again: Callable[[], Iterator[dict]]) -> None:
        """No award twice: one row per (event, award, level, recipient). Only rows whose key hash is not
        unique are read ``again``, and compared by their keys."""
        if not self.unique or not self.hashes:
            return
        shared = _repeated(self.hashes)
        if not shared:
            return
        seen: dict[tuple, int] = {}
        for row in again():
            key = _award_key(row)
            if hash(key) not in shared:
                continue
            if key in seen:
                self.add("unique-award", f"the same award as row {seen[key]}", **_where("awards", row))
            seen.setdefault(key, row["_row"])


class _Feed:
    """The rows frictionless reads of one CSV table, on their way to its scan, a batch at a time."""

    def __init__(self, table: _Table, scan: _Scan, consume: Callable[[list[list[str]]], None]) -> None:
        self.table, self.scan, self.consume = table, scan, consume
        self.resource = None
        self.batch: list[list[str]] = []
        self.records = 0  # handed on to the scan
        self.numbered = True  # frictionless numbers the records from the header's 1: a gap is a record it dropped
        self.ended = False

    def flush(self, number: int | None = None) -> None:
        """Hand the batch on; ``number`` is the last record's, when known."""
        self.records += len(self.batch)
        if number is not None and number != 1 + self.records:
            self.numbered = False
        self.consume(self.batch)
        self.batch = []

    @property
    def whole(self) -> bool:
        return self.ended and self.numbered


def _feed_check(rules: _Rules, feeds: list[_Feed]):
    """A frictionless check that hands every row it reads to the business rules (and reports nothing)."""
    from frictionless import Check

    mask = _BATCH - 1

    class BusinessRows(Check):
        type = "pipeline-business-rows"

        def connect(self, resource) -> None:
            super().connect(resource)
            self.feed = rules.feed(resource)
            if self.feed is not None:
                self.feed.resource = resource
                feeds.append(self.feed)

        def validate_row(self, row):
            feed = self.feed
            if feed is not None:
                try:  # the Row's own slots: its public properties cost a lock each (functools.cached_property)
                    number, cells = row._Row__row_number, row._Row__cells
                except AttributeError:
                    number, cells = row.row_number, row.cells
                feed.batch.append(cells)
                if not number & mask:
                    feed.flush(number)
            return ()

        def validate_end(self):
            if self.feed is not None:
                self.feed.flush()
                self.feed.ended = True
            return ()

    return BusinessRows()


def _award_key(row: dict) -> tuple:
    return (
        row.get("event_id"),
        row.get("award_type_id") or row.get("award_name_th"),
        row.get("level"),
        row.get("recipient_id"),
    )


def _repeated(hashes: array) -> set[int]:
    """The values found more than once."""
    if len(hashes) < 50_000:
        seen: set[int] = set()
        return {h for h in hashes if h in seen or seen.add(h)}
    import numpy as np  # sorts a million hashes in milliseconds and 8 bytes each

    values = np.sort(np.frombuffer(hashes, dtype=np.int64))
    return set(values[1:][values[1:] == values[:-1]].tolist())


def _as_dict(header: list[str], cells: list[str], number: int) -> dict:
    """A record as csv.DictReader gives it, with its row number in ``_row``."""
    row: dict = dict(zip(header, cells, strict=False))
    if len(header) < len(cells):
        row[None] = cells[len(header) :]
    elif len(header) > len(cells):
        for key in header[len(cells) :]:
            row[key] = None
    row["_row"] = number
    return row


class _Rules:
    """The business rules over a package: which tables they read, each table's scan, the report."""

    def __init__(self, root: Path, descriptor: dict) -> None:
        self.tables: list[_Table] = []
        for index, resource in enumerate(descriptor["resources"]):
            if (
                not isinstance(resource, dict)
                or not isinstance(resource.get("path"), str)
                or not isinstance(resource.get("name"), str)
            ):
                continue  # inline data, multipart files, nameless resources: frictionless has checked them
            path = root / resource["path"]
            if resource.get("format") not in ("csv", "json") or not path.is_file():
                continue
            self.tables.append(_Table(index, resource["name"], resource["path"], path, resource["format"]))
        self.scans: dict[int, _Scan] = {}  # complete scans, by table index

    def _twin(self, table: _Table) -> list[dict] | None:
        """The records of the JSON twin of a CSV table (``<name>_json``), read whole, or None."""
        if table.format != "csv":
            return None
        twin = [t for t in self.tables if t.name == f"{table.name}_json" and t.format == "json"]
        if not twin:
            return None
        return self._records(twin[-1])

    def _records(self, table: _Table) -> list[dict] | None:
        if table.records is None and table.problem is None:
            try:
                table.records = _json_rows(table.path)
            except (UnicodeDecodeError, ValueError) as exc:
                table.problem = f"cannot be read: {exc}"
        return table.records

    # frictionless's pass feeds the CSV tables it reads as the csv module does

    def feed(self, resource) -> _Feed | None:
        """Where the rows frictionless reads of ``resource`` go, or None: the table is then read by ``finish``."""
        table = next((t for t in self.tables if (t.name, t.rel) == (resource.name, resource.path)), None)
        if table is None or table.format != "csv" or resource.format != "csv":
            return None
        try:
            with table.path.open(encoding="utf-8", newline="") as handle:
                header = next(csv.reader(handle), None)
        except (UnicodeDecodeError, csv.Error, OSError):
            return None
        if header is None:
            return None
        scan = _Scan(table, self._twin(table))
        return _Feed(table, scan, scan.cells_consumer(header))

    def fed(self, feeds: list[_Feed], tasks: list) -> None:
        """Keep the scans that frictionless fed when its pass read the whole file the way csv.reader does:
        UTF-8, not compressed, the default dialect with the header on line 1, every record handed on, and
        no error but errors about the table's content (a row, a cell, a label; a hash or size)."""
        from frictionless import errors

        by_name: dict[str, list] = {}
        for task in tasks:
            by_name.setdefault(task.name, []).append(task)
        for feed in feeds:
            resource, found = feed.resource, by_name.get(feed.table.name, [])
            dialect = resource.dialect
            if (
                feed.whole
                and len(found) == 1
                and resource.encoding == "utf-8"
                and not resource.compression
                and dialect.to_descriptor() == {}
                and dialect.header
                and dialect.header_rows == [1]
                and all(isinstance(e, (errors.TableError, errors.FileError)) for e in found[0].errors)
            ):
                self.scans[feed.table.index] = feed.scan

    # the tables frictionless did not feed, then the report

    def finish(self, report: ValidationReport) -> dict[str, _Scan]:
        """Read the tables frictionless did not feed, then put what every rule found into ``report``."""
        limit = csv.field_size_limit(MAX_FIELD * 10)  # set back after: frictionless's next run reads as usual
        try:
            readable: dict[str, _Scan] = {}
            problems: list[dict] = []
            for table in self.tables:
                scan = self.scans.get(table.index) or self._scan(table)
                if scan is None:
                    problems.append(_error("csv", str(table.problem), table=table.name))
                    continue
                readable[table.name] = scan
            for scan in readable.values():
                if scan.name == "awards":
                    scan.unique_awards(lambda scan=scan: self._rows(scan.table))
        finally:
            csv.field_size_limit(limit)
        report.errors.extend(problems)
        for rule in _RULE_ORDER:
            report.errors.extend(self._found(rule, readable))
        return readable

    def _scan(self, table: _Table) -> _Scan | None:
        """Read a table here, through every rule."""
        if table.format == "json":
            records = self._records(table)
            if records is None:
                return None
            scan = _Scan(table, None)
            for row in records:
                scan.row(row)
            return scan
        scan = _Scan(table, self._twin(table))
        try:
            with table.path.open(encoding="utf-8", newline="") as handle:
                reader = csv.reader(handle)
                header = next(reader, None)
                if header is not None:
                    consume = scan.cells_consumer(header)
                    while batch := list(islice(reader, _BATCH)):
                        consume(batch)
        except (UnicodeDecodeError, csv.Error, ValueError) as exc:
            table.problem = f"cannot be read: {exc}"
            return None
        return scan

    def _rows(self, table: _Table) -> Iterator[dict]:
        """A table's rows again, as dicts (only for the rare second look of ``unique_awards``)."""
        if table.format == "json":
            yield from table.records or []
            return
        with table.path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            number = 1
            for cells in reader if header is not None else ():
                if cells:
                    number += 1
                    yield _as_dict(header, cells, number)

    def _found(self, rule: str, readable: dict[str, _Scan]) -> list[dict]:
        """What a rule found, in the order it has always reported it."""
        records = [s for n, s in readable.items() if not (n.endswith("_json") and n.removesuffix("_json") in readable)]
        if rule == "json-twin":
            found = []
            for name, scan in readable.items():
                base = readable.get(name.removesuffix("_json")) if name.endswith("_json") else None
                if base is None:
                    continue
                if scan.rows != base.rows:
                    found.append(_error(rule, f"{scan.rows} rows in JSON, {base.rows} in CSV", table=name))
                elif base.twin_differs is not None and base.twin is not None:
                    found.append(_error(rule, "differs from the CSV row", table=name, row=base.twin_differs))
            return found
        if rule == "event-not-after-publication":
            events = readable.get("events")
            if events is None:
                return []
            dates = {event_id: date for event_id, _, date, _ in events.events}
            published = readable["sources"].published if "sources" in readable else {}
            found = []
            for event_id, source_id, _, row in events.events:
                date, pub = dates.get(event_id), published.get(source_id)
                if date and pub and date > pub:
                    found.append(
                        _error(
                            rule,
                            f"the event date {date} is after the article's publication {pub}",
                            **_where("events", row),
                        )
                    )
            return found
        if rule == "weekday-matches-date":
            scans = [readable[n] for n in ("events", "sources") if n in readable]
        elif rule in ("evidence-span", "field-size"):
            scans = records
        else:
            scans = list(readable.values())
        return [e for s in scans for e in s.found.get(rule, [])]


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


def _stated_date(stated: str, year_be: int) -> dt.date | None:
    """The date as stated; a date stated without its year ("8 กันยายน", "26 ก.ย.") is read in the event's year,
    so its day and month are still checked."""
    from pipeline import thai

    for text in (stated, f"{stated} {year_be}"):
        try:
            return thai.parse_date(text)
        except thai.DateError as exc:
            if not str(exc).startswith("no date"):
                return None
    return None
