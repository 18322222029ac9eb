"""Typed errors. Each carries what a person needs to act: the file, the place and the problem."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class PipelineError(Exception):
    """Base of every error the CLI turns into a message and a non-zero exit."""

    exit_code = 1


@dataclass
class InputError(PipelineError):
    """A source or package file that cannot be used as it is."""

    path: Path | str
    problem: str
    place: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.place}" if self.place else str(self.path)
        return f"{where}: {self.problem}"


class ValidationFailed(PipelineError):
    """The package broke a frictionless or business rule; the report says which."""

    def __init__(self, report) -> None:
        super().__init__(f"validation failed with {len(report.errors)} error(s)")
        self.report = report
