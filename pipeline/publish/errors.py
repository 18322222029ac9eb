"""Publisher errors. Each maps to the exit code a scheduled job acts on, and none ever holds the token."""

from __future__ import annotations

from pipeline.errors import PipelineError


class PublishError(PipelineError):
    """Base of publisher errors: something about the portal or the target, not the data (exit 2)."""

    exit_code = 2


class ConfigError(PublishError):
    """The target is incomplete or unsafe (no URL, no token, a token over plain http ...)."""


class PortalError(PublishError):
    """The portal answered with an error, or could not be reached after every retry.

    Carries the portal's own answer so a person can act without re-running with debug output.
    """

    def __init__(self, action: str, status: int | None, error: dict | str | None, message: str = "") -> None:
        self.action = action
        self.status = status
        self.error = error
        self.message = message
        text = message or _describe(error)
        where = f"{action}: HTTP {status}" if status else f"{action}: no answer"
        super().__init__(f"{where}: {text}" if text else where)


class NotAuthorized(PortalError):
    """The token is valid but its user may not do this (e.g. not an editor of the organization)."""


class NotFound(PortalError):
    """The portal has no such object; plan.py treats it as 'does not exist yet'."""


class TransientError(PortalError):
    """Connection error, timeout or 502/503/504: worth retrying, and possibly applied by the portal."""


class MetadataInvalid(PublishError):
    """The dataset would be refused: every problem is listed at once, before any write."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"dataset metadata is not acceptable to the portal ({len(problems)} problem(s)):\n{lines}")


class DriftFound(PublishError):
    """--check found the portal different from the package: CI should fail so somebody publishes."""

    exit_code = 3


def _describe(error: dict | str | None) -> str:
    if not error:
        return ""
    if isinstance(error, str):
        return error
    parts = []
    for key, value in error.items():
        if key == "__type":
            continue
        parts.append(f"{key}: {value}")
    kind = error.get("__type")
    body = "; ".join(parts)
    return f"{kind}: {body}" if kind and body else (kind or body)
