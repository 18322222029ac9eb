"""`pipeline publish`: the CLI face of pipeline.publish.publish, for people and for scheduled jobs.

Exit codes are the contract with CI: 0 published or nothing to do, 1 validation failed, 2 portal or
configuration error, 3 drift found by --check. A terminal gets a progress bar; CI logs get plain lines.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline.errors import PipelineError, ValidationFailed
from pipeline.publish.config import DEFAULT_CONFIG, load_target
from pipeline.publish.errors import NotAuthorized
from pipeline.publish.report import RunReport

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def publish_command(
    package_dir: Annotated[Path, typer.Argument(help="the data package directory")] = Path("datapackage"),
    config: Annotated[Path, typer.Option(help="portal-specific dataset settings")] = DEFAULT_CONFIG,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="print the plan, change nothing")] = False,
    check: Annotated[bool, typer.Option("--check", help="exit 3 if the portal differs from the package")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="delete resources no longer in the package")] = False,
    json_report: Annotated[
        Path | None, typer.Option("--json", help="write the JSON run report to this file ('-': stdout)")
    ] = None,
    dataset: Annotated[str | None, typer.Option(help="dataset name (default: publish.toml, CKAN_DATASET)")] = None,
) -> None:
    """Publish the data package to a CKAN portal (CKAN_URL, CKAN_API_TOKEN or CKAN_API_TOKEN_FILE)."""
    from pipeline.publish.run import publish  # imported here: `pipeline --help` starts without it

    report: RunReport | None = None
    try:
        try:
            target = load_target(config, dataset=dataset)
        except PipelineError:
            _validate_first(package_dir)  # a bad package is the first thing to hear about, portal set or not
            raise
        with _progress() as progress:
            report = publish(
                package_dir, target, dry_run=dry_run, check=check, prune=prune, log=_log, progress=progress
            )
        _summary(report)
    except PipelineError as exc:
        report = getattr(exc, "run_report", report)
        _failure(exc, report)
        _write_report(report, json_report)
        raise typer.Exit(exc.exit_code) from None
    _write_report(report, json_report)


def _validate_first(package_dir: Path) -> None:
    """When no portal is configured, a bad package still gets its validation errors (exit 1), not a
    configuration error: nothing about the portal matters for a package that is not valid."""
    from pipeline.validate import validate_package

    result = validate_package(package_dir)
    if not result.valid:
        raise ValidationFailed(result)


def _log(line: str) -> None:
    err.print(line, markup=False)


@contextmanager
def _progress():
    """A bar per upload in a terminal; in CI the per-file log lines are enough."""
    if not err.is_terminal:
        yield None
        return
    # here, not at the top: every `pipeline` command imports this module to list `publish`, and rich.progress
    # (with rich.table under it) is a tenth of the CLI's own import time
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    columns = [TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn()]
    with Progress(*columns, console=err, transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(name, total=total)
            bar.update(tasks[name], completed=done)

        yield update


def _summary(report: RunReport) -> None:
    totals = report.totals()
    headline = {
        "published": "published",
        "nothing-to-do": "nothing to do: the portal already matches the package",
        "no-drift": "no drift: the portal matches the package",
        "planned": "plan (dry run, nothing changed)",
    }[report.outcome]
    out.print(f"{headline}", markup=False)
    for step in report.plan:
        fields = f" ({', '.join(step['fields'])})" if step.get("fields") else ""
        out.print(f"  {step['kind']:<18} {step['name']}{fields}", markup=False)
    out.print(f"dataset: {report.dataset_url}", markup=False)
    for resource in report.resources:
        out.print(f"  {resource['name']}: {resource['url']}", markup=False)
    out.print(
        f"{totals['requests']} request(s), {totals['write_requests']} write(s), "
        f"{totals['upload_bytes']:,} bytes uploaded, {totals['download_bytes']} downloaded",
        markup=False,
    )


def _failure(exc: PipelineError, report: RunReport | None) -> None:
    err.print(f"publish: {exc}", markup=False)
    if isinstance(exc, NotAuthorized):
        err.print(
            "not authorized: the token's user must be an editor or admin of the dataset's organization "
            "(CKAN_ORGANIZATION); nothing more was sent",
            markup=False,
        )
    elif isinstance(exc, ValidationFailed):
        for error in exc.report.errors[:20]:
            err.print(f"  - {json.dumps(error, ensure_ascii=False)}", markup=False)
        err.print("nothing was sent to the portal", markup=False)
    elif report is not None and report.plan and report.mode == "check":
        for step in report.plan:
            err.print(f"  {step['kind']:<18} {step['name']}", markup=False)


def _write_report(report: RunReport | None, path: Path | None) -> None:
    if report is None or path is None:
        return
    if str(path) == "-":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        report.write_json(path)
