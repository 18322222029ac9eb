"""The publish run: validate, read the portal once, plan, check the metadata, apply.

Library entry point:
``publish(package_dir, target, *, dry_run=False, check=False, prune=False) -> RunReport``.
Order: validate (nothing is sent when the package is invalid), read the dataset with one package_show,
plan, check the metadata against the portal's schema, apply. Errors are typed (see errors.py) and carry
the run report as ``exc.run_report`` so a failed run can still write its report.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import PipelineError, ValidationFailed
from pipeline.publish.apply import Applier, Log, Progress, show
from pipeline.publish.client import Client
from pipeline.publish.config import Target, load_target
from pipeline.publish.errors import ConfigError, DriftFound, MetadataInvalid, PortalError
from pipeline.publish.local import read_package
from pipeline.publish.metadata import dataset_dict
from pipeline.publish.plan import Plan, compute_plan
from pipeline.publish.report import RunReport
from pipeline.publish.schema_check import bundled_rules, from_scheming, problems

__all__ = ["RunReport", "Target", "load_target", "publish"]


def publish(
    package_dir: Path | str,
    target: Target,
    *,
    dry_run: bool = False,
    check: bool = False,
    prune: bool = False,
    log: Log | None = None,
    progress: Progress | None = None,
) -> RunReport:
    mode = "check" if check else "dry-run" if dry_run else "publish"
    report = RunReport(portal=target.url, dataset=target.dataset, mode=mode)
    try:
        _publish(Path(package_dir), target, report, prune=prune, log=log, progress=progress)
    except PipelineError as exc:
        report.outcome = "drift" if isinstance(exc, DriftFound) else "failed"
        report.exit_code = exc.exit_code
        report.error = str(exc)
        exc.run_report = report
        raise
    return report


def _publish(root: Path, target: Target, report: RunReport, *, prune, log, progress) -> None:
    validate(root, report)
    if report.mode == "publish" and not target.token:
        raise ConfigError("no API token: set CKAN_API_TOKEN or CKAN_API_TOKEN_FILE")
    package = read_package(root)
    wanted = dataset_dict(package, target)
    with _client(target, report) as client:
        portal = show(client, target.dataset)
        plan = compute_plan(package, wanted, portal, prune=prune, datastore=target.datastore != "off")
        report.plan = plan.to_list()
        report.dataset_url = target.dataset_url()
        if report.mode != "publish" or not plan.writes:
            return _finish_readonly(report, plan, portal)
        check_metadata(client, wanted)
        applier = Applier(client, package, wanted, datastore_mode=target.datastore, log=log, progress=progress)
        applier.run(plan, portal)
        report.resources = _resource_summary(applier.resources)
        report.outcome = "published"


def validate(root: Path, report: RunReport) -> None:
    from pipeline.validate import validate_package

    result = validate_package(root)
    report.validation = result.to_dict()
    if not result.valid:
        raise ValidationFailed(result)


def _client(target: Target, report: RunReport) -> Client:
    return Client(
        target.url,
        target.token,
        timeout=target.timeout,
        upload_timeout=target.upload_timeout,
        retries=target.retries,
        on_request=report.record,
    )


def _finish_readonly(report: RunReport, plan: Plan, portal: dict | None) -> None:
    report.resources = _resource_summary({r["name"]: r for r in (portal or {}).get("resources", [])})
    if not plan.writes:
        report.outcome = "nothing-to-do" if report.mode == "publish" else "no-drift"
    elif report.mode == "check":
        raise DriftFound(f"the portal differs from the package: {len(plan.steps)} change(s) to publish")
    else:
        report.outcome = "planned"


def check_metadata(client: Client, wanted: dict) -> None:
    """Against the portal's own scheming schema when it has one, else the bundled data.go.th facts."""
    try:
        rules = from_scheming(client.read("scheming_dataset_schema_show", {"type": "dataset"}))
        known = True
    except PortalError as exc:
        if exc.status not in (400, 404):
            raise
        rules, known = bundled_rules(), False
    found = problems(wanted, rules, known_fields_only=known)
    if found:
        raise MetadataInvalid(found)


def _resource_summary(resources: dict[str, dict]) -> list[dict]:
    return [
        {"name": name, "id": res.get("id"), "url": res.get("url"), "hash": res.get("hash")}
        for name, res in sorted(resources.items())
    ]
