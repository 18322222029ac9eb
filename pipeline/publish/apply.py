"""Carry out a plan, in an order that never leaves consumers worse off than before.

The dataset is created first (it must hold the resources) but its metadata is patched last, so it never
announces data that is not uploaded yet. Each file is replaced in place on its existing resource id, so
URLs stay stable and nothing is deleted before its replacement is there; stale resources go last and only
with --prune. Creates are the only non-idempotent writes: after an ambiguous failure the portal is re-read
(`reconcile`) before any retry, so a lost answer never becomes a duplicate. Every step leaves the portal
in a state from which the next run converges, because the plan is always recomputed from the portal.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import PurePosixPath

from pipeline.publish import datastore
from pipeline.publish.client import Client
from pipeline.publish.descriptor import render
from pipeline.publish.errors import NotFound, PortalError
from pipeline.publish.local import DESCRIPTOR, LocalFile, LocalPackage
from pipeline.publish.plan import DATASTORE_SKIPPED, Plan, Step, resource_fields, sha256_bytes

Log = Callable[[str], None]
Progress = Callable[[str, int, int], None]


def show(client: Client, name: str) -> dict | None:
    """The dataset by name, or None; the one read every plan is computed from."""
    try:
        return client.read("package_show", {"id": name})
    except NotFound:
        return None


class Applier:
    def __init__(
        self,
        client: Client,
        package: LocalPackage,
        wanted: dict,
        *,
        datastore_mode: str = "auto",
        log: Log | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.client = client
        self.package = package
        self.wanted = wanted
        self.datastore_mode = datastore_mode
        self.log = log or (lambda line: None)
        self.progress = progress
        self.dataset: dict | None = None
        self.resources: dict[str, dict] = {}
        self._datastore_on: bool | None = None

    def run(self, plan: Plan, portal: dict | None) -> dict:
        self._remember(portal)
        for step in plan.steps:
            getattr(self, f"_{step.kind}")(step)
        return self.dataset or {}

    # -- state ----------------------------------------------------------------------------------

    def _remember(self, dataset: dict | None) -> None:
        if dataset is None:
            return
        self.dataset = dataset
        self.resources = {r.get("name"): r for r in reversed(dataset.get("resources", []))}

    def _find(self, name: str) -> dict | None:
        """Re-read the portal after an ambiguous create: the resource, if that create did happen."""
        self._remember(show(self.client, self.wanted["name"]))
        return self.resources.get(name)

    def datastore_available(self) -> bool:
        if self._datastore_on is None:
            self._datastore_on = self.datastore_mode != "off" and datastore.available(self.client.read("status_show"))
        return self._datastore_on

    # -- dataset steps --------------------------------------------------------------------------

    def _create_dataset(self, step: Step) -> None:
        created = self.client.call(
            "package_create", self.wanted, reconcile=lambda: show(self.client, self.wanted["name"])
        )
        self._remember(created)
        self.log(f"created dataset {self.wanted['name']}")

    def _reactivate_dataset(self, step: Step) -> None:
        self._remember(self.client.call("package_patch", {"id": self.dataset["id"], **self.wanted, "state": "active"}))
        self.log(f"restored deleted dataset {self.wanted['name']}")

    def _patch_dataset(self, step: Step) -> None:
        changes = {key: self.wanted[key] for key in step.fields}
        self._remember(self.client.call("package_patch", {"id": self.dataset["id"], **changes}))
        self.log(f"updated dataset fields: {', '.join(step.fields)}")

    # -- resource steps -------------------------------------------------------------------------

    def _file(self, step: Step) -> tuple[LocalFile, bytes | None]:
        """The file to send; datapackage.json is rendered now that every resource URL is known."""
        file = self.package.file(step.name)
        if step.name != DESCRIPTOR:
            return file, None
        urls = {name: res["url"] for name, res in self.resources.items() if res.get("url")}
        content = render(self.package, urls)
        if content is None:
            raise PortalError("resource_create", None, None, "a listed file has no portal URL after upload")
        file.sha256, file.size = sha256_bytes(content), len(content)
        return file, content

    def _fields(self, file: LocalFile) -> dict:
        fields = resource_fields(file)
        if file.datastore_candidate and self.datastore_mode != "off" and not self.datastore_available():
            fields["datastore_hash"] = DATASTORE_SKIPPED
        return fields

    def _send(self, action: str, data: dict, file: LocalFile, content: bytes | None, reconcile=None) -> dict:
        name = PurePosixPath(file.name).name
        callback = (lambda done, total: self.progress(file.name, done, total)) if self.progress else None
        return self.client.upload(
            action,
            data,
            content if content is not None else file.path,
            filename=name,
            mimetype=file.mimetype,
            reconcile=reconcile,
            progress=callback,
        )

    def _create(self, step: Step) -> None:
        file, content = self._file(step)
        if step.name == DESCRIPTOR and step.name in self.resources:  # appeared while applying
            return self._upload(Step("upload", step.name, resource_id=self.resources[step.name]["id"]))
        data = {"package_id": self.dataset["id"], **self._fields(file)}
        created = self._send("resource_create", data, file, content, reconcile=lambda: self._find(file.name))
        self.resources[file.name] = created
        if created.get("hash") != file.sha256:  # reconciled onto a create that stopped half-way
            return self._upload(Step("upload", step.name, resource_id=created["id"]))
        self.log(f"uploaded {file.name} ({file.size:,} bytes) as a new resource")

    def _upload(self, step: Step) -> None:
        file, content = self._file(step)
        data = {"id": step.resource_id, **self._fields(file)}
        self.resources[file.name] = self._send("resource_patch", data, file, content)
        self.log(f"uploaded {file.name} ({file.size:,} bytes) in place")

    def _patch(self, step: Step) -> None:
        file, _content = self._file(step)
        wanted = resource_fields(file)
        changes = {key: wanted[key] for key in step.fields}
        self.resources[file.name] = self.client.call("resource_patch", {"id": step.resource_id, **changes})
        self.log(f"updated {file.name} fields: {', '.join(step.fields)}")

    def _datastore(self, step: Step) -> None:
        file = self.package.file(step.name)
        resource = self.resources[step.name]
        if not self.datastore_available():
            if resource.get("datastore_hash") != DATASTORE_SKIPPED:
                self.client.call("resource_patch", {"id": resource["id"], "datastore_hash": DATASTORE_SKIPPED})
            return
        table = datastore.table_resource(self.package.root, self.package.descriptor, file)
        exists = bool(resource.get("datastore_active"))
        rows = datastore.push(self.client, resource["id"], table, file.schema, exists=exists)
        self.resources[step.name] = self.client.call(
            "resource_patch", {"id": resource["id"], "datastore_hash": file.sha256}
        )
        self.log(f"loaded {rows:,} rows of {file.name} into the DataStore")

    def _delete(self, step: Step) -> None:
        with contextlib.suppress(NotFound):  # a retried delete that had already happened
            self.client.call("resource_delete", {"id": step.resource_id})
        self.resources = {k: v for k, v in self.resources.items() if v.get("id") != step.resource_id}
        self.log(f"deleted stale resource {step.name} ({step.resource_id})")
