"""Publish a Frictionless data package to a CKAN portal, idempotently and incrementally.

Library entry point:
``publish(package_dir, target, *, dry_run=False, check=False, prune=False) -> RunReport`` (in ``run``).
Order: validate (nothing is sent when the package is invalid), read the dataset with one package_show,
plan, check the metadata against the portal's schema, apply. Errors are typed (see errors.py) and carry
the run report as ``exc.run_report`` so a failed run can still write its report.

The names are loaded on first use: the CLI, which lists this command among others, starts without
requests, frictionless and the rest of the publisher.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["RunReport", "Target", "load_target", "publish"]

if TYPE_CHECKING:
    from pipeline.publish.config import Target, load_target
    from pipeline.publish.report import RunReport
    from pipeline.publish.run import publish


def __getattr__(name: str) -> Any:
    if name in ("publish", "validate", "check_metadata"):
        from pipeline.publish import run

        return getattr(run, name)
    if name in ("Target", "load_target"):
        from pipeline.publish import config

        return getattr(config, name)
    if name == "RunReport":
        from pipeline.publish.report import RunReport

        return RunReport
    raise AttributeError(f"module 'pipeline.publish' has no attribute {name!r}")
