"""The package as the publisher sees it: every file with its sha256, size, format and Table Schema.

Hashing is the whole change detection: the portal keeps the sha256 of each upload in the resource's
`hash`, so comparing needs no download. Paths are checked here, before any request, so a descriptor
pointing outside the package (`../../etc/passwd`) or at a symlink never reaches a portal.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError

DESCRIPTOR = "datapackage.json"
CHUNK = 1024 * 1024

FORMATS = {
    ".csv": ("CSV", "text/csv"),
    ".json": ("JSON", "application/json"),
    ".xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".xls": ("XLS", "application/vnd.ms-excel"),
    ".md": ("Markdown", "text/markdown"),
    ".html": ("HTML", "text/html"),
    ".txt": ("TXT", "text/plain"),
    ".xml": ("XML", "application/xml"),
    ".jsonld": ("JSON-LD", "application/ld+json"),
    ".ttl": ("RDF", "text/turtle"),
    ".rdf": ("RDF", "application/rdf+xml"),
    ".pdf": ("PDF", "application/pdf"),
    ".zip": ("ZIP", "application/zip"),
}


@dataclass
class LocalFile:
    """One file of the package, published as one CKAN resource named by its path in the package."""

    name: str
    path: Path
    sha256: str
    size: int
    format: str
    mimetype: str
    description: str
    schema: dict | None = None
    table: str | None = None  # the frictionless resource this file holds, if it is a table

    @property
    def datastore_candidate(self) -> bool:
        return self.schema is not None and self.format == "CSV"


@dataclass
class LocalPackage:
    root: Path
    descriptor: dict
    files: list[LocalFile] = field(default_factory=list)

    def file(self, name: str) -> LocalFile | None:
        return next((f for f in self.files if f.name == name), None)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def format_of(path: Path) -> tuple[str, str]:
    return FORMATS.get(path.suffix.lower(), (path.suffix.lstrip(".").upper() or "BIN", "application/octet-stream"))


def read_descriptor(root: Path) -> dict:
    path = root / DESCRIPTOR
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no datapackage.json: build the package first (make build)") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"not a JSON document: {exc}") from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise InputError(path, "not a data package descriptor (no resources list)")
    return descriptor


def safe_file(root: Path, relative: str, where: str) -> Path:
    """A package file path that stays inside the package and is a regular file, not a link."""
    if "://" in relative:
        raise InputError(root / DESCRIPTOR, f"remote path {relative!r} cannot be uploaded", where)
    path = root / relative
    if Path(relative).is_absolute() or ".." in Path(relative).parts:
        raise InputError(root / DESCRIPTOR, f"path {relative!r} escapes the package directory", where)
    if path.is_symlink():
        raise InputError(path, "is a symbolic link: the publisher uploads only regular files", where)
    if not path.is_file():
        raise InputError(path, "is listed in datapackage.json but missing", where)
    return path


def resource_paths(resource: dict) -> list[str]:
    path = resource.get("path")
    if path is None:
        return []
    return [path] if isinstance(path, str) else list(path)


def resolve_schema(root: Path, resource: dict) -> dict | None:
    """The Table Schema as a dict, loading it when the descriptor names a schema file instead."""
    schema = resource.get("schema")
    if isinstance(schema, str):
        schema_path = safe_file(root, schema, f"schema of {resource.get('name')}")
        return json.loads(schema_path.read_text(encoding="utf-8"))
    return schema if isinstance(schema, dict) else None


def describe(resource: dict, fmt: str) -> str:
    text = resource.get("description") or resource.get("title") or resource.get("name", "")
    return f"{text} ({fmt})" if text else fmt


def descriptor_file(root: Path, descriptor: dict) -> LocalFile:
    """datapackage.json is published too, but as a rendering with portal URLs (see descriptor.py)."""
    title = descriptor.get("title") or descriptor.get("name") or "data package"
    return LocalFile(
        name=DESCRIPTOR,
        path=root / DESCRIPTOR,
        sha256="",
        size=0,
        format="JSON",
        mimetype="application/json",
        description=f"Frictionless Data Package descriptor of {title}: tables, schemas, licence, sources",
    )


def listed_files(root: Path, descriptor: dict) -> list[LocalFile]:
    files: dict[str, LocalFile] = {}
    for index, resource in enumerate(descriptor["resources"]):
        where = f"resources[{index}]"
        schema = resolve_schema(root, resource)
        for relative in resource_paths(resource):
            path = safe_file(root, relative, where)
            fmt, mimetype = format_of(path)
            name = Path(relative).as_posix()
            files[name] = LocalFile(
                name,
                path,
                sha256_of(path),
                path.stat().st_size,
                fmt,
                mimetype,
                describe(resource, fmt),
                schema,
                resource.get("name"),
            )
    return list(files.values())


def companion_files(root: Path, listed: list[LocalFile]) -> list[LocalFile]:
    """Files under the package that the descriptor does not list (e.g. each table's JSON twin).

    A twin with the same stem as a listed table gets that table's schema and description.
    """
    known = {f.name for f in listed} | {DESCRIPTOR}
    tables = {f.path.with_suffix(""): f for f in listed if f.schema is not None}
    extra = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.as_posix() in known or any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_symlink():
            raise InputError(path, "is a symbolic link: the publisher uploads only regular files")
        if not path.is_file():
            continue
        fmt, mimetype = format_of(path)
        twin = tables.get(path.with_suffix(""))
        description = describe({"description": twin.description.rsplit(" (", 1)[0]}, fmt) if twin else fmt
        extra.append(
            LocalFile(
                relative.as_posix(),
                path,
                sha256_of(path),
                path.stat().st_size,
                fmt,
                mimetype,
                description,
                twin.schema if twin else None,
                twin.table if twin else None,
            )
        )
    return extra


def read_package(root: Path) -> LocalPackage:
    root = Path(root)
    descriptor = read_descriptor(root)
    listed = listed_files(root, descriptor)
    files = listed + companion_files(root, listed)
    return LocalPackage(root, descriptor, [*files, descriptor_file(root, descriptor)])
