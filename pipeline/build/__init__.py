"""Build: sources/ -> datapackage/ (datapackage.json, data/<table>.csv and .json).

Entry point ``build(sources_dir, out_dir)``. Everything is written to a temporary directory
beside ``out_dir``, validated there, and only then moved into place, so a failed build never
leaves a half-written or invalid package. The same sources (and the same previous package)
give byte-identical files: rows are sorted by key, ids derive from content, and the dates in
the descriptor come from the sources, not from the clock.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import InputError, ValidationFailed

if TYPE_CHECKING:
    from pipeline.model import Article
    from pipeline.orgs import Reference

# The extractor, the reference and pythainlp are imported by the functions that use them, not here: importing
# any module of this package (``pipeline validate`` needs only ``write.cell``) runs this file first, and those
# imports cost a quarter of a second that a command which does not build should not pay.

REVIEW_FILE = "review.csv"


@dataclass
class BuildResult:
    out_dir: Path
    version: str
    changed: bool
    articles: int
    rows: dict[str, int] = field(default_factory=dict)
    review: int = 0
    warnings: list[str] = field(default_factory=list)


def build(
    sources_dir: Path,
    out_dir: Path,
    *,
    overrides: Path | None = None,
    review_dir: Path | None = None,
    ref: Reference | None = None,
    dry_run: bool = False,
) -> BuildResult:
    """Extract every source, assemble the tables, write and validate the package, move it in."""
    from pipeline import extract as extract_stage
    from pipeline.build import curation, extras, package, write
    from pipeline.orgs import Reference
    from pipeline.validate import validate_package

    ref = Reference.load() if ref is None else ref
    _check_out_dir(out_dir)
    if not sources_dir.is_dir():
        raise InputError(
            sources_dir, "sources directory not found" if not sources_dir.exists() else "is not a directory"
        )
    articles = extract_stage.extract_paths([sources_dir], ref, base=sources_dir.parent)
    if not articles:
        raise InputError(sources_dir, "has no article files (*.txt, *.html, *.htm): nothing to build")
    for article in articles:
        _check_event_weekdays(article)
    tables = assemble(articles, ref)
    applied = curation.apply(tables, curation.load(overrides) if overrides else [])
    prev = package.previous(out_dir)
    history, version, changed = package.changelog(tables, articles, prev)
    if any(row["date"] is None for row in history):
        raise InputError(sources_dir, "no source has a date (no .meta.json with `retrieved`, no date in the text)")
    tables[package.CHANGELOG] = history
    files = write.render_tables(tables)
    descriptor = package.describe(tables, files, version, articles, prev)
    package.add_extras(descriptor, files, extras.render(tables, descriptor))
    result = BuildResult(out_dir, version, changed, len(articles), {k: len(v) for k, v in tables.items()})
    result.warnings = [f"{a.source.path}: {w.message}" for a in articles for w in a.warnings]
    review_rows = curation.review_list(tables, articles, applied)
    result.review = len(review_rows)
    if dry_run:
        return result
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".datapackage.tmp", dir=out_dir.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the package is for everyone
    try:
        write.package(tmp, files, descriptor)
        report = validate_package(tmp)
        if not report.valid:
            _name_sources(report, tables)
            raise ValidationFailed(report)
        _replace_dir(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if review_dir is not None:
        write.atomic_csv(review_dir / REVIEW_FILE, review_rows, curation.REVIEW_FIELDS)
    return result


def _check_out_dir(out_dir: Path) -> None:
    """The build replaces ``out_dir`` as a whole: refuse a directory that is not a package (``--out ~``)."""
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise InputError(out_dir, "is not a directory: the package directory must be a plain directory")
    if out_dir.is_dir() and not (out_dir / "datapackage.json").is_file() and any(out_dir.iterdir()):
        raise InputError(out_dir, "is not empty and holds no datapackage.json: refusing to replace it with a package")
    if out_dir.resolve() == Path.cwd().resolve() or out_dir.resolve() == Path(out_dir.resolve().anchor):
        raise InputError(out_dir, "is the current or root directory: give the package its own directory")


def _check_event_weekdays(article: Article) -> None:
    """A stated weekday that is not its date's is refused here, naming the article: once events from several
    articles merge into one row, the business rule could only name the article that reported it first."""
    from pipeline import thai

    for event in article.events:
        if event.date is None or event.weekday_stated is None or event.date.weekday() == event.weekday_stated:
            continue
        stated, actual = thai.THAI_WEEKDAYS[event.weekday_stated], thai.THAI_WEEKDAYS[event.date.weekday()]
        at = article.text.find(f"วัน{stated}")
        place = (
            f"{article.text.count(chr(10), 0, at) + 1}:{at - article.text.rfind(chr(10), 0, at)}" if at >= 0 else None
        )
        raise InputError(
            article.source.path,
            f"[weekday-matches-date] วัน{stated} is stated for {event.date}, which is a วัน{actual}",
            place=place,
        )


def _name_sources(report, tables: dict[str, list[dict]]) -> None:
    """Errors about a fact name the article file it came from (the user edits sources, not the package)."""
    paths = {row["source_id"]: row["path"] for row in tables.get("sources", [])}
    for error in report.errors:
        if error.get("source_id") in paths:
            error["source_path"] = paths[error["source_id"]]


def assemble(articles: list[Article], ref: Reference) -> dict[str, list[dict]]:
    from pipeline.build.tables import Assembler

    assembler = Assembler(ref)
    for article in sorted(articles, key=lambda a: a.source.source_id or a.source.path):
        assembler.add(article)
    return assembler.tables()


def _replace_dir(new: Path, target: Path) -> None:
    """Swap a finished directory into place: two renames on one filesystem, the old copy last to go."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    replaced = target.exists()
    if replaced:
        target.rename(old)
    try:
        new.rename(target)
    except BaseException:
        if replaced:  # put the last good package back rather than leave none
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
