"""datapackage.json + publish.toml -> the data.go.th dataset dict (custom fields top-level, never extras).

The split is deliberate: what the data *is* (title, description, keywords, licence, sources, version,
dates, formats) is read from the package so the portal can never disagree with the files; what the portal
wants to *classify* it as (data_type, objective, frequency, coverage, category, contact ...) is the data
officer's choice in publish.toml.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from pipeline.publish.config import Target
from pipeline.publish.local import LocalPackage

UPDATED_KEYS = ("last_updated_date", "updated", "lastUpdated", "modified", "last_modified")


@cache
def facts() -> dict:
    """The bundled data.go.th field facts (choices, required fields, licence names)."""
    return json.loads(resources.files("pipeline.publish").joinpath("data_go_th.json").read_text("utf-8"))


def licence_name(descriptor: dict) -> str:
    """data.go.th stores the licence's name from its own list, not an SPDX id."""
    licences = descriptor.get("licenses") or []
    if not licences:
        return "License not specified"
    first = licences[0]
    key = (first.get("name") or first.get("title") or first.get("path") or "").lower()
    if "opendatacommons" in key:
        return "Open Data Common"
    for prefix, name in sorted(facts()["licenses"].items(), key=lambda item: -len(item[0])):
        if key.startswith(prefix):
            return name
    return "อื่นๆ"


def iso_date(value: object) -> str | None:
    """The date part of an ISO 8601 date or datetime; the portal's date fields hold a plain date."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    return value[:10]


def last_updated(descriptor: dict) -> str | None:
    for key in UPDATED_KEYS:
        if descriptor.get(key):
            return iso_date(descriptor[key])
    return iso_date(descriptor.get("created"))


def data_source(descriptor: dict) -> str | None:
    parts = []
    for source in descriptor.get("sources") or []:
        title, path = source.get("title"), source.get("path")
        parts.append(f"{title} ({path})" if title and path else title or path)
    return "; ".join(p for p in parts if p) or None


def homepage(descriptor: dict) -> str | None:
    if descriptor.get("homepage"):
        return descriptor["homepage"]
    return next((s.get("path") for s in descriptor.get("sources") or [] if s.get("path")), None)


def data_formats(package: LocalPackage) -> list[str]:
    mapping = facts()["formats"]
    found = {mapping.get(f.format, "อื่นๆ") for f in package.files}
    order = facts()["fields"]["data_format"]["choices"]
    return [choice for choice in order if choice in found]


def dataset_dict(package: LocalPackage, target: Target) -> dict:
    descriptor = package.descriptor
    wanted = {
        "name": target.dataset,
        "title": descriptor.get("title") or descriptor.get("name"),
        "notes": descriptor.get("description") or descriptor.get("title"),
        "owner_org": target.organization,
        "tags": [{"name": k.strip()} for k in descriptor.get("keywords") or [] if k.strip()],
        "license_id": licence_name(descriptor),
        "data_source": data_source(descriptor),
        "data_format": data_formats(package),
        "url": homepage(descriptor),
        "version": descriptor.get("version"),
        "last_updated_date": last_updated(descriptor),
        "created_date": iso_date(descriptor.get("created")),
        **target.fields,
    }
    return {key: value for key, value in wanted.items() if value not in (None, "", [])}
