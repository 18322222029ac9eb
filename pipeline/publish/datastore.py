"""Table rows into CKAN's DataStore, so consumers can query them (datastore_search) as on data.go.th.

A changed table is reloaded whole: drop, create with the Table Schema's types and primary key, then
upsert in chunks. Upsert by primary key makes a retried chunk harmless; dropping first means rows removed
from the package are removed from the DataStore too, which an upsert alone would never do. Rows are read
with frictionless so missing values, booleans and dates follow the Table Schema, not a guess.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.publish.client import Client
from pipeline.publish.errors import NotFound
from pipeline.publish.local import LocalFile

CHUNK_ROWS = 5000
TYPES = {
    "string": "text",
    "integer": "int8",
    "number": "numeric",
    "boolean": "bool",
    "date": "date",
    "datetime": "timestamp",
    "time": "time",
    "year": "int4",
    "object": "json",
    "array": "json",
}


def available(status: dict) -> bool:
    return "datastore" in (status.get("extensions") or [])


def fields(schema: dict) -> list[dict]:
    return [
        {
            "id": f["name"],
            "type": TYPES.get(f.get("type", "string"), "text"),
            "info": {"label": f.get("title", ""), "notes": f.get("description", "")},
        }
        for f in schema.get("fields", [])
    ]


def primary_key(schema: dict) -> list[str]:
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


if TYPE_CHECKING:
    from frictionless import Resource


def json_value(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def table_resource(root: Path, descriptor: dict, file: LocalFile) -> Resource:
    """The frictionless resource for this file, with its dialect and schema from the descriptor."""
    from frictionless import Resource  # imported here: the CLI starts without it

    entry = next((r for r in descriptor["resources"] if r.get("name") == file.table), {})
    entry = {k: v for k, v in entry.items() if k in ("name", "dialect", "encoding")}
    schema = {k: v for k, v in file.schema.items() if k != "foreignKeys"}  # checked by validation already
    return Resource({**entry, "path": file.name, "schema": schema}, basepath=str(root))


def chunks(resource: Resource, size: int = CHUNK_ROWS) -> Iterator[list[dict]]:
    batch: list[dict] = []
    with resource:
        for row in resource.row_stream:
            batch.append({k: json_value(v) for k, v in row.to_dict().items()})
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def push(client: Client, resource_id: str, resource: Resource, schema: dict, *, exists: bool = True) -> int:
    """Reload one table; returns the number of rows sent. `exists`: the portal says a table is there."""
    if exists:
        with contextlib.suppress(NotFound):  # a retried drop that had already happened
            client.call("datastore_delete", {"resource_id": resource_id, "force": True})
    key = primary_key(schema)
    client.call(
        "datastore_create",
        {"resource_id": resource_id, "force": True, "fields": fields(schema), "primary_key": key},
    )
    method = "upsert" if key else "insert"
    sent = 0
    for batch in chunks(resource):
        client.call(
            "datastore_upsert",
            {"resource_id": resource_id, "force": True, "method": method, "records": batch},
        )
        sent += len(batch)
    return sent
