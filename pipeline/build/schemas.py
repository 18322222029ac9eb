"""Table Schemas of the package, kept as JSON beside the code (``pipeline/metadata/schemas``)."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path

METADATA = Path(__file__).resolve().parent.parent / "metadata"


@cache
def _schema(name: str) -> dict:
    return json.loads((METADATA / "schemas" / f"{name}.json").read_text("utf-8"))


def load_schema(name: str) -> dict:
    """A copy of the Table Schema of a table (callers may change their copy)."""
    return copy.deepcopy(_schema(name))


def package_metadata() -> dict:
    return json.loads((METADATA / "package.json").read_text("utf-8"))
