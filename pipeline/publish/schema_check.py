"""Refuse a dataset the portal would refuse, listing every problem at once, before any write.

A portal with ckanext-scheming describes its own fields (`scheming_dataset_schema_show`), which is the
truth for that portal; the bundled data.go.th facts stand in when it does not. CKAN itself reports one
validation round at a time and only after a write has started, which is why this check exists.
"""

from __future__ import annotations

import re

from pipeline.publish.metadata import facts

# Fields CKAN keeps whatever the scheming schema lists; anything else the schema does not know would be
# dropped silently and show up as drift on every run.
CORE_FIELDS = frozenset(
    {"name", "title", "notes", "owner_org", "tags", "license_id", "url", "version", "author", "author_email",
     "maintainer", "maintainer_email", "private", "state", "type", "id", "groups"}
)  # fmt: skip
NAME = re.compile(r"^[a-z0-9_-]{2,100}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# data.go.th tag rule: letters, marks and digits (Thai included), word characters, space, - . _
TAG = re.compile(r"^[\w\u0E00-\u0E7F \-.]{2,100}$")


def from_scheming(schema: dict) -> dict:
    """The portal's scheming schema reduced to the rules checked here."""
    rules = {}
    for spec in schema.get("dataset_fields", []):
        validators = spec.get("validators", "") or ""
        preset = spec.get("preset", "") or ""
        choices = [c.get("value") for c in spec.get("choices", []) or []]
        name = spec["field_name"]
        rules["tags" if name == "tag_string" else name] = {
            "label": _label(spec.get("label")) or name,
            "required": bool(spec.get("required")) or "not_empty" in validators,
            "choices": choices,
            "multiple": preset in ("multiple_checkbox", "multiple_select") or "multiple" in validators,
            "email": "email_validator" in validators,
            "date": preset in ("date", "datetime"),
        }
    return rules


def _label(label: object) -> str | None:
    if isinstance(label, dict):
        return label.get("th") or label.get("en") or next(iter(label.values()), None)
    return label if isinstance(label, str) else None


def bundled_rules() -> dict:
    return facts()["fields"]


def problems(dataset: dict, rules: dict, *, known_fields_only: bool) -> list[str]:
    found = [*_required(dataset, rules), *_shapes(dataset, rules), *_core(dataset)]
    if known_fields_only:
        found += [
            f"{key}: the portal's dataset schema has no such field (it would be dropped)"
            for key in dataset
            if key not in rules and key not in CORE_FIELDS
        ]
    return found


def _required(dataset: dict, rules: dict) -> list[str]:
    return [
        f"{key} ({spec.get('label', key)}): required but missing"
        for key, spec in rules.items()
        if spec.get("required") and dataset.get(key) in (None, "", [], {})
    ]


def _shapes(dataset: dict, rules: dict) -> list[str]:
    found = []
    for key, value in dataset.items():
        spec = rules.get(key)
        if not spec or key == "tags":
            continue
        found += _shape(key, value, spec)
    return found


def _shape(key: str, value: object, spec: dict) -> list[str]:
    label = f"{key} ({spec.get('label', key)})"
    if spec.get("multiple"):
        if not isinstance(value, list):
            return [f"{label}: must be a list of choices, got {value!r}"]
        values = value
    elif isinstance(value, list):
        return [f"{label}: takes one value, got a list {value!r}"]
    else:
        values = [value]
    found = []
    choices = spec.get("choices") or []
    found += [f"{label}: {v!r} is not one of {choices}" for v in values if choices and v not in choices]
    if spec.get("email") and not EMAIL.match(str(value)):
        found.append(f"{label}: {value!r} is not an e-mail address")
    if spec.get("date") and not DATE.match(str(value)):
        found.append(f"{label}: {value!r} is not an ISO date (YYYY-MM-DD)")
    return found


def _core(dataset: dict) -> list[str]:
    found = []
    name = dataset.get("name", "")
    if name and not NAME.match(name):
        found.append(f"name: {name!r} must be 2-100 lowercase letters, digits, '-' or '_'")
    for tag in dataset.get("tags") or []:
        if not TAG.match(tag["name"]):
            found.append(f"tags: {tag['name']!r} has characters a tag cannot hold, or is not 2-100 long")
    if "extras" in dataset:
        found.append("extras: custom fields must be top-level keys on a scheming portal")
    return found
