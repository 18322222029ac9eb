"""Command line: a thin layer over the stage modules, which can be used on their own.

pipeline extract PATH... [--format json]   facts of articles, with evidence
pipeline build [--dry-run]                  sources/ -> datapackage/ (validated, moved in atomically)
pipeline validate [--format json]           frictionless + business rules on datapackage/
pipeline evaluate DIR                       precision/recall of the extractor on gold annotations
pipeline fetch URL                          save a page under sources/ with its metadata
pipeline publish                            sync datapackage/ to a CKAN portal
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from pipeline.errors import PipelineError, ValidationFailed

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    text = "text"
    json = "json"


def _fail(exc: PipelineError) -> None:
    if isinstance(exc, ValidationFailed):
        _print_report(exc.report.to_dict(), err)
        err.print("nothing was written: the package would not be valid", highlight=False)
    else:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, markup=True)
    raise typer.Exit(exc.exit_code)


def _json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="article files or directories of them")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """Extract award facts, with their evidence, from Thai award news articles."""
    from rich.table import Table  # only this command draws tables: the others start without rich.table

    from pipeline.extract import extract_paths

    try:
        articles = extract_paths(paths)
    except PipelineError as exc:
        _fail(exc)
    if fmt is Format.json:
        _json({"articles": [a.to_dict() for a in articles]})
        return
    for article in articles:
        table = Table(title=f"{article.source.path}", show_lines=False)
        for column in ("recipient", "award", "level", "representative", "conf."):
            table.add_column(column)
        for a in article.awards:
            rep = a.representative.name_th if a.representative else ""
            table.add_row(
                a.recipient.name_th,
                a.award_th or a.award_en or "—",
                a.level or "",
                rep,
                f"{a.confidence:.2f}",
            )
        out.print(table)
        for event in article.events:
            out.print(
                f"event: {event.name_th or event.name_en} ({event.programme}) {event.date} {event.time or ''} "
                f"at {event.venue_th or '?'}; total {event.total_awards or '?'}",
                highlight=False,
            )
        for warning in article.warnings:
            out.print(f"[yellow]warning[/] {warning.code}: {warning.message}", highlight=False)


@app.command()
def build(
    sources: Annotated[Path, typer.Option(help="directory of article files")] = Path("sources"),
    out_dir: Annotated[Path, typer.Option("--out", help="package directory")] = Path("datapackage"),
    overrides: Annotated[Path, typer.Option(help="curator decisions")] = Path("curation/overrides.csv"),
    review: Annotated[Path, typer.Option(help="where the review list goes")] = Path("curation"),
    dry_run: Annotated[bool, typer.Option("--dry-run", help="extract and assemble, write nothing")] = False,
) -> None:
    """Build the data package from the sources; nothing is written unless it validates."""
    from pipeline.build import build as run

    try:
        result = run(sources, out_dir, overrides=overrides, review_dir=review, dry_run=dry_run)
    except PipelineError as exc:
        _fail(exc)
    verb = "would write" if dry_run else "wrote"
    state = "data changed" if result.changed else "data unchanged"
    out.print(
        f"{verb} {out_dir}/ version {result.version} ({state}) from {result.articles} article(s): "
        + ", ".join(f"{k} {v}" for k, v in result.rows.items()),
        highlight=False,
    )
    if result.review:
        out.print(f"{result.review} item(s) to review in {review}/review.csv", highlight=False)


@app.command()
def validate(
    package: Annotated[Path, typer.Argument(help="package directory")] = Path("datapackage"),
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """Validate a data package: frictionless (whole package) plus the business rules."""
    from pipeline.validate import validate_package

    report = validate_package(package)
    if fmt is Format.json:
        _json(report.to_dict())
    elif report.valid:
        out.print(
            f"{package}/ is valid ({report.stats.get('rows', 0)} rows in {report.stats.get('tables', 0)} tables)",
            highlight=False,
        )
    else:
        _print_report(report.to_dict(), err)
    raise typer.Exit(0 if report.valid else 1)


def _print_report(report: dict, console: Console) -> None:
    console.print(f"[bold red]invalid:[/] {len(report['errors'])} error(s)", highlight=False)
    for e in report["errors"][:200]:
        where = ":".join(str(e[k]) for k in ("table", "row", "field") if e.get(k) is not None)
        if e.get("path"):
            where = f"{e['path']} {where}"
        console.print(f"- [{e['rule']}] {where} {e['message']}", highlight=False, markup=False)
        if e.get("evidence"):
            ev = e["evidence"]
            source = e.get("source_path") or e.get("source_id", "")
            console.print(
                f"    {source}[{ev.get('start')}:{ev.get('end')}] “{ev['text'][:160]}”",
                highlight=False,
                markup=False,
            )
    if len(report["errors"]) > 200:
        console.print(f"… and {len(report['errors']) - 200} more (use --format json for all)")


@app.command()
def evaluate(
    directory: Annotated[Path, typer.Argument(help="directory of <slug>.txt + <slug>.expected.json")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """Score the extractor against gold annotations: pair precision/recall and date accuracy."""
    from pipeline.evaluate import evaluate as run

    score = run(directory)
    if fmt is Format.json:
        _json(score.to_dict())
        return
    out.print(
        f"pairs: precision {score.precision:.3f}, recall {score.recall:.3f} "
        f"(tp {score.true_pos}, fp {score.false_pos}, fn {score.false_neg}); "
        f"event dates right {score.date_accuracy:.3f}; posting dates right {score.posted_accuracy:.3f}",
        highlight=False,
    )


@app.command()
def fetch(
    url: Annotated[str, typer.Argument(help="article URL")],
    sources: Annotated[Path, typer.Option(help="directory of article files")] = Path("sources"),
    timeout: Annotated[float, typer.Option(help="seconds")] = 20.0,
) -> None:
    """Save an article page under sources/ (HTML plus metadata); its main text is taken at build time."""
    from pipeline.sources import fetch as run

    try:
        path = run(url, sources, timeout=timeout)
    except PipelineError as exc:
        _fail(exc)
    out.print(f"saved {path}", highlight=False)


def _register_publish() -> None:
    """The publisher lives in pipeline.publish; its command is registered here so `pipeline --help` lists it."""
    try:
        from pipeline.publish.command import publish_command
    except ImportError:  # the publisher is optional for extraction-only installs
        return
    app.command("publish")(publish_command)


_register_publish()

if __name__ == "__main__":
    app()
