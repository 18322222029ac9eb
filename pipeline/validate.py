"""Validate a data package: frictionless (whole package) plus business rules that catch extraction mistakes.

Library entry point: ``validate_package(root) -> ValidationReport``. Placeholder until the stage lands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ValidationReport:
    errors: list[dict] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict:
        return {"valid": self.valid, "errors": self.errors}


def validate_package(root: Path) -> ValidationReport:
    raise NotImplementedError
