"""The descriptor (datapackage.json), the version and the changelog.

The version changes exactly when the data changes: the new tables are compared, row by row
and by primary key, with the package already in ``datapackage/``; unchanged data keeps the
version, the dates and the changelog, so a re-run is byte-identical. Dates come from the
sources (when the project received them), never from the clock.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pipeline.build.schemas import load_schema, package_metadata
from pipeline.build.write import DATA_DIR, render_csv, sha256
from pipeline.model import Article

FIRST_VERSION = "1.0.0"
CHANGELOG = "changelog"


def previous(out_dir: Path) -> dict:
    """What the last build left: its descriptor and its tables as CSV text rows by key."""
    try:
        descriptor = json.loads((out_dir / "datapackage.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    tables = {}
    for resource in descriptor.get("resources", []):
        path = out_dir / str(resource.get("path", ""))
        if (
            resource.get("format") != "csv"
            or not path.is_file()
            or not path.resolve().is_relative_to(out_dir.resolve())
        ):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            tables[resource["name"]] = list(csv.DictReader(fh))
    return {"descriptor": descriptor, "tables": tables}


def diff(old: dict[str, list[dict]], new: dict[str, list[dict]]) -> list[dict]:
    """Rows added, removed and changed per table, compared as CSV text by primary key."""
    changes = []
    for name, rows in new.items():
        schema = load_schema(name)
        key, fields = schema["primaryKey"], [f["name"] for f in schema["fields"]]
        before = {tuple(r.get(k, "") for k in key): r for r in old.get(name, [])}
        after = {tuple(r[k] for k in key): r for r in _as_text(rows, fields)}
        added = len(after.keys() - before.keys())
        removed = len(before.keys() - after.keys())
        changed = sum(
            1 for k in after.keys() & before.keys() if any(after[k][f] != before[k].get(f, "") for f in fields)
        )
        if added or removed or changed:
            changes.append({"table": name, "added": added, "removed": removed, "changed": changed})
    return changes


def _as_text(rows: list[dict], fields: list[str]) -> list[dict]:
    data = render_csv(rows, fields).decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def bump(version: str) -> str:
    major, minor, _ = (int(x) for x in version.split("."))
    return f"{major}.{minor + 1}.0"


def data_date(articles: list[Article], *, newest: bool) -> str | None:
    """When the project received its sources (sidecar), else when they were published; for an article
    with neither, the newest date of the events it reports (the data cannot be older than that)."""
    dates = []
    for a in articles:
        event_dates = sorted(str(e.date) for e in a.events if e.date)
        date = a.source.retrieved or a.source.published or (event_dates[-1] if event_dates else None)
        if date:
            dates.append(str(date))
    dates.sort()
    return (dates[-1] if newest else dates[0]) if dates else None


def changelog(tables: dict[str, list[dict]], articles: list[Article], prev: dict) -> tuple[list[dict], str, bool]:
    """(changelog rows, version, changed). The changelog is carried over from the last build."""
    old_descriptor = prev.get("descriptor", {})
    old_rows = [
        {**r, "added": int(r["added"]), "removed": int(r["removed"]), "changed": int(r["changed"])}
        for r in prev.get("tables", {}).get(CHANGELOG, [])
    ]
    changes = diff(prev.get("tables", {}), tables)
    if prev and not changes and old_descriptor.get("version"):
        return old_rows, old_descriptor["version"], False
    version = bump(old_descriptor["version"]) if old_descriptor.get("version") else FIRST_VERSION
    date = data_date(articles, newest=True)
    new_rows = [{"version": version, "date": date, **change} for change in changes]
    return new_rows + old_rows, version, True


def describe(
    tables: dict[str, list[dict]], files: dict[str, bytes], version: str, articles: list[Article], prev: dict
) -> dict:
    """datapackage.json: package metadata, then one resource per file with its schema, size and hash."""
    meta = package_metadata()
    old = prev.get("descriptor", {})
    changed = old.get("version") != version
    descriptor = {
        "profile": "data-package",
        **meta,
        "version": version,
        "created": old.get("created") or _datetime(data_date(articles, newest=False)),
        "last_updated_date": (data_date(articles, newest=True) if changed else old.get("last_updated_date")),
        "sources": _sources(tables["sources"]),
        "resources": [],
    }
    for key in ("created", "last_updated_date"):  # no dated source: leave them out (null is not a date)
        if descriptor[key] is None:
            del descriptor[key]
    for name in tables:
        schema = load_schema(name)
        title, description = schema.pop("title"), schema.pop("description")
        csv_path, json_path = f"{DATA_DIR}/{name}.csv", f"{DATA_DIR}/{name}.json"
        descriptor["resources"].append(
            {
                "name": name,
                "path": csv_path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "title": title,
                "description": description,
                "bytes": len(files[csv_path]),
                "hash": f"sha256:{sha256(files[csv_path])}",
                "schema": schema,
            }
        )
        descriptor["resources"].append(
            {  # frictionless cannot read an empty JSON array as a table
                "name": f"{name}_json",
                "path": json_path,
                "profile": "data-resource",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "title": f"{title} (JSON)",
                "description": f"The rows of {csv_path} as a JSON array of objects (same fields and order).",
                "bytes": len(files[json_path]),
                "hash": f"sha256:{sha256(files[json_path])}",
            }
        )
    return descriptor


def _datetime(date: str | None) -> str | None:
    return f"{date}T00:00:00Z" if date else None


def _sources(rows: list[dict]) -> list[dict]:
    return [{"title": r["title"] or r["source_id"], "path": r["url"] or r["path"]} for r in rows]


def add_extras(descriptor: dict, files: dict[str, bytes], extras: list[tuple[str, bytes, dict]]) -> None:
    """Add generated files (data dictionary, discovery metadata …) as resources with size and hash."""
    for path, data, resource in extras:
        files[path] = data
        descriptor["resources"].append({**resource, "path": path, "bytes": len(data), "hash": f"sha256:{sha256(data)}"})
