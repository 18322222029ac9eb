"""Render tables to bytes (CSV of record, JSON twin) and write files atomically.

CSV is the data of record: UTF-8 without BOM, RFC 4180 (CRLF line ends, quotes only where
needed), columns in Table Schema order, empty for null. The JSON twin holds the same rows as
an array of objects with native types. Rendering is a pure function of the rows, so the
same rows always give the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import tempfile
from pathlib import Path

from pipeline.build.schemas import load_schema

DATA_DIR = "data"


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def render_csv(rows: list[dict], fields: list[str]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([cell(row.get(name)) for name in fields])
    return out.getvalue().encode("utf-8")


def render_json(rows: list[dict], fields: list[str]) -> bytes:
    records = [{name: jsonable(row.get(name)) for name in fields} for row in rows]
    return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_tables(tables: dict[str, list[dict]]) -> dict[str, bytes]:
    """Relative path -> bytes for every table file."""
    files = {}
    for name, rows in tables.items():
        fields = [f["name"] for f in load_schema(name)["fields"]]
        files[f"{DATA_DIR}/{name}.csv"] = render_csv(rows, fields)
        files[f"{DATA_DIR}/{name}.json"] = render_json(rows, fields)
    return files


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package(root: Path, files: dict[str, bytes], descriptor: dict) -> None:
    """Write every file and the descriptor under ``root`` (a fresh temporary directory)."""
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / "datapackage.json").write_bytes(descriptor_bytes(descriptor))


def descriptor_bytes(descriptor: dict) -> bytes:
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file so readers see the old or the new content, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_csv(path: Path, rows: list[dict], fields: list[str]) -> None:
    atomic_write(path, render_csv(rows, fields))
