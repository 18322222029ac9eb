"""What must change on the portal, computed from ONE package_show and local hashes (no download, no search).

Search is eventually consistent on real portals, so the dataset is read by name. A resource is matched
by its name (its path in the package); its `hash` on the portal is the sha256 recorded at upload, so an
unchanged file costs nothing. Stale resources are listed but only deleted with --prune.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

from pipeline.publish.descriptor import render
from pipeline.publish.local import DESCRIPTOR, LocalFile, LocalPackage

DATASTORE_SKIPPED = "skipped"


@dataclass
class Step:
    # create_dataset | reactivate_dataset | patch_dataset | create | upload | patch | datastore | delete
    kind: str
    name: str
    fields: list[str] = field(default_factory=list)
    resource_id: str | None = None
    bytes: int = 0

    def describe(self) -> str:
        extra = f" ({', '.join(self.fields)})" if self.fields else ""
        size = f" [{self.bytes:,} bytes]" if self.bytes else ""
        return f"{self.kind:<15} {self.name}{extra}{size}"


@dataclass
class Plan:
    dataset: str
    dataset_id: str | None
    steps: list[Step] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    descriptor_bytes: bytes | None = None  # the rendered datapackage.json, when every URL is known

    @property
    def writes(self) -> bool:
        return bool(self.steps)

    def to_list(self) -> list[dict]:
        return [asdict(s) for s in self.steps] + [{"kind": "stale", "name": n} for n in self.stale]


def schema_text(schema: dict | None) -> str | None:
    """One canonical JSON text per schema, so the comparison with the portal is a string equality."""
    return None if schema is None else json.dumps(schema, ensure_ascii=False, separators=(",", ":"))


def resource_fields(file: LocalFile) -> dict:
    wanted = {
        "name": file.name,
        "description": file.description,
        "format": file.format,
        "mimetype": file.mimetype,
        "hash": file.sha256,
        "size": file.size,
    }
    if file.schema is not None:
        wanted["schema"] = schema_text(file.schema)
    return wanted


def _same(wanted: object, actual: object) -> bool:
    if isinstance(wanted, list) and isinstance(actual, list):
        return sorted(map(str, wanted)) == sorted(map(str, actual))
    if isinstance(wanted, (int, float)) and not isinstance(wanted, bool):
        return str(wanted) == str(actual)
    if isinstance(wanted, str) and isinstance(actual, str):
        return wanted.strip() == actual.strip()
    return wanted == actual


def dataset_changes(wanted: dict, portal: dict) -> list[str]:
    changed = []
    for key, value in wanted.items():
        if key == "tags":
            same = sorted(t["name"] for t in value) == sorted(t["name"] for t in portal.get("tags", []))
        elif key == "owner_org":
            org = portal.get("organization") or {}
            same = value in (portal.get("owner_org"), org.get("name"), org.get("id"))
        else:
            same = _same(value, portal.get(key))
        if not same:
            changed.append(key)
    return changed


def resource_changes(wanted: dict, portal: dict) -> list[str]:
    return [key for key, value in wanted.items() if key != "hash" and not _same(value, portal.get(key))]


def by_name(portal: dict | None) -> tuple[dict[str, dict], list[str]]:
    """Portal resources by name; any later resource with a name already seen is a duplicate (stale)."""
    found: dict[str, dict] = {}
    duplicates = []
    for resource in (portal or {}).get("resources", []):
        if resource.get("name") in found:
            duplicates.append(resource["id"])
        else:
            found[resource.get("name")] = resource
    return found, duplicates


def file_steps(file: LocalFile, existing: dict | None, datastore: bool) -> list[Step]:
    wanted = resource_fields(file)
    if existing is None:
        steps = [Step("create", file.name, bytes=file.size)]
    elif existing.get("hash") != file.sha256:
        steps = [Step("upload", file.name, resource_id=existing["id"], bytes=file.size)]
    else:
        changed = resource_changes(wanted, existing)
        steps = [Step("patch", file.name, changed, existing["id"])] if changed else []
    if datastore and file.datastore_candidate:
        recorded = (existing or {}).get("datastore_hash")
        if (steps and steps[0].kind != "patch") or recorded not in (file.sha256, DATASTORE_SKIPPED):
            steps.append(Step("datastore", file.name, resource_id=(existing or {}).get("id")))
    return steps


def descriptor_step(package: LocalPackage, existing: dict[str, dict], plan: Plan) -> None:
    """datapackage.json is rendered with portal URLs; it can only be compared once every URL exists."""
    urls = {name: res["url"] for name, res in existing.items() if res.get("url")}
    rendered = render(package, urls)
    current = existing.get(DESCRIPTOR)
    plan.descriptor_bytes = rendered
    if rendered is None:
        kind = "create" if current is None else "upload"
        plan.steps.append(Step(kind, DESCRIPTOR, ["after the new resources"], (current or {}).get("id")))
        return
    descriptor = package.file(DESCRIPTOR)
    descriptor.sha256, descriptor.size = sha256_bytes(rendered), len(rendered)
    plan.steps += file_steps(descriptor, current, datastore=False)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def compute_plan(
    package: LocalPackage, wanted: dict, portal: dict | None, *, prune: bool = False, datastore: bool = True
) -> Plan:
    plan = Plan(wanted["name"], (portal or {}).get("id"))
    if portal is None:
        plan.steps.append(Step("create_dataset", wanted["name"]))
    elif portal.get("state") == "deleted":
        plan.steps.append(Step("reactivate_dataset", wanted["name"], ["state"]))
    existing, duplicates = by_name(portal)
    for file in package.files:
        if file.name != DESCRIPTOR:
            plan.steps += file_steps(file, existing.get(file.name), datastore)
    descriptor_step(package, existing, plan)
    if portal is not None:
        changed = dataset_changes(wanted, portal)
        if changed:
            plan.steps.append(Step("patch_dataset", wanted["name"], changed))
    local_names = {f.name for f in package.files}
    stale = [(name, res["id"]) for name, res in existing.items() if name not in local_names]
    stale += [("(duplicate)", rid) for rid in duplicates]
    plan.stale = [f"{name} {rid}" for name, rid in stale]
    if prune:
        plan.steps += [Step("delete", name, resource_id=rid) for name, rid in stale]
    return plan
