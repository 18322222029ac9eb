"""Files published beside the tables, generated from them and from the descriptor.

``render(tables, descriptor)`` returns the extra files as (path, bytes, resource) triples; the
build adds each to the package with its size and hash. Placeholder until the consumer
extras land (data dictionary, spreadsheet-friendly CSV, schema.org and DCAT metadata).
"""

from __future__ import annotations


def render(tables: dict[str, list[dict]], descriptor: dict) -> list[tuple[str, bytes, dict]]:
    return []
