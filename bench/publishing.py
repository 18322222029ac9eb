"""Benchmark 3: publishing to the local portal, ours vs frictionless-py's CKAN publish vs plain ckanapi.

Three runs per publisher, each publisher into its own new dataset: the first publish, an unchanged
re-publish, and a re-publish after one row of one table changed (`organizations`: its CSV, its JSON
twin and their size and hash in datapackage.json, as a rebuild would write them). Every run is a whole
process talking to the portal through the counting proxy (tools/faultproxy.py with zero faults), so the
requests and bytes are counted the same way for every publisher; for ours they are cross-checked against
its own run report (`--json`). After each run the portal is read directly (not through the proxy) to see
which resources were (re)uploaded (new id or new `last_modified`) and whether any id changed.
The datasets are purged at the end. Floors (ours): unchanged = 1 request, 0 bytes up, nothing downloaded;
one row = only that table's files and datapackage.json uploaded, nothing downloaded, ids unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import uuid
from collections import Counter
from pathlib import Path

import requests

from bench.common import PIPELINE, ROOT, log, run_process, write_result

sys.path.insert(0, str(ROOT / "tools"))
from faultproxy import FaultProxy, Faults, is_write

NAME = "publishing"
SCENARIOS = ("first", "unchanged", "one_row")
CHANGED_TABLE = "organizations"
EDIT = ("Department of Industrial Works", "Department of Industrial Works (benchmark edit)")
PYTHON = sys.executable


def portal_target():
    from portal import local

    return local.load()


def snapshot(work: Path, name: str) -> Path:
    target = work / name
    shutil.copytree(ROOT / "datapackage", target)
    return target


def change_one_row(package: Path) -> list[str]:
    """Change one cell of one row in every copy of one table; keep datapackage.json's bytes/hash true."""
    changed = []
    copies = [package / "data" / f"{CHANGED_TABLE}.{suffix}" for suffix in ("csv", "json")]
    copies += [p for p in [package / "data" / "excel" / f"{CHANGED_TABLE}.csv"] if p.exists()]
    for path in copies:  # the table, its JSON twin and its spreadsheet copy: all of "that table's files"
        text = path.read_text("utf-8")
        if EDIT[0] not in text or EDIT[1] in text:
            raise RuntimeError(f"{path}: cannot make the benchmark's one-row edit")
        path.write_text(text.replace(EDIT[0], EDIT[1], 1), "utf-8")
        changed.append(path.relative_to(package).as_posix())
    descriptor_path = package / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text("utf-8"))
    for resource in descriptor["resources"]:
        if resource.get("path") in changed:
            data = (package / resource["path"]).read_bytes()
            if "bytes" in resource:
                resource["bytes"] = len(data)
            if "hash" in resource:
                resource["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    descriptor_path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return [*changed, "datapackage.json"]


def dataset_fields(package: Path, portal, dataset: str) -> dict:
    """The data.go.th dataset dict our publisher sends; the baselines get the same top-level fields."""
    from pipeline.publish.config import load_target
    from pipeline.publish.local import read_package
    from pipeline.publish.metadata import dataset_dict

    target = load_target(ROOT / "publish.toml", {"CKAN_URL": portal.url}, dataset=dataset)
    target.organization = portal.organization
    return dataset_dict(read_package(package), target)


def show(portal, dataset: str) -> dict | None:
    response = requests.get(
        f"{portal.url}/api/3/action/package_show",
        params={"id": dataset},
        headers={"Authorization": portal.sysadmin_token},
        timeout=60,
    )
    return response.json()["result"] if response.status_code == 200 else None


def purge(portal, dataset: str) -> None:
    requests.post(
        f"{portal.url}/api/3/action/dataset_purge",
        json={"id": dataset},
        headers={"Authorization": portal.sysadmin_token},
        timeout=60,
    )


class Publisher:
    name = ""

    def __init__(self, portal, work: Path) -> None:
        self.portal = portal
        self.work = work
        self.dataset = f"bench-{self.name}-{uuid.uuid4().hex[:10]}"
        self.package = snapshot(work, self.name)
        self.fields_path = work / f"{self.name}-fields.json"
        fields = dataset_fields(self.package, portal, self.dataset)
        self.fields_path.write_text(json.dumps(fields, ensure_ascii=False), "utf-8")

    def env(self, url: str) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CKAN_")}
        return {**env, "CKAN_API_TOKEN": self.portal.publisher_token}

    def command(self, url: str, scenario: str, report: Path) -> list[str]:
        raise NotImplementedError

    def report(self, path: Path) -> dict | None:
        return None


class Ours(Publisher):
    name = "ours"

    def env(self, url: str) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CKAN_")}
        return {
            **env,
            "CKAN_URL": url,
            "CKAN_API_TOKEN_FILE": str(self.portal.publisher_token_file),
            "CKAN_ORGANIZATION": self.portal.organization,
            "CKAN_DATASET": self.dataset,
        }

    def command(self, url: str, scenario: str, report: Path) -> list[str]:
        return [PIPELINE, "publish", str(self.package), "--json", str(report)]

    def report(self, path: Path) -> dict | None:
        return json.loads(path.read_text("utf-8")) if path.exists() else None


class FrictionlessCkan(Publisher):
    name = "frictionless"

    def command(self, url: str, scenario: str, report: Path) -> list[str]:
        script = str(ROOT / "bench" / "baselines" / "frictionless_publish.py")
        args = [PYTHON, script, str(self.package), url, self.dataset, self.portal.organization, str(self.fields_path)]
        return args + ([] if scenario == "first" else ["--update"])


class PlainCkanapi(Publisher):
    name = "ckanapi"

    def command(self, url: str, scenario: str, report: Path) -> list[str]:
        script = str(ROOT / "bench" / "baselines" / "ckanapi_publish.py")
        return [PYTHON, script, str(self.package), url, self.dataset, str(self.fields_path)]


def resources_of(dataset: dict | None) -> list[dict]:
    return [
        {"name": r.get("name"), "id": r["id"], "last_modified": r.get("last_modified"), "hash": r.get("hash")}
        for r in (dataset or {}).get("resources", [])
    ]


def measure(publisher: Publisher, scenario: str) -> dict:
    portal = publisher.portal
    before = resources_of(show(portal, publisher.dataset))
    log_path = publisher.work / f"{publisher.name}-{scenario}.proxy.jsonl"
    report_path = publisher.work / f"{publisher.name}-{scenario}.report.json"
    with FaultProxy(portal.url, Faults(max_requests=5000, max_seconds=900), log_path=log_path) as proxy:
        run = run_process(publisher.command(proxy.url, scenario, report_path), env=publisher.env(proxy.url))
    records = proxy.records()
    after = resources_of(show(portal, publisher.dataset))
    if run.returncode != 0:
        raise RuntimeError(
            f"{publisher.name} {scenario} exited {run.returncode}: {run.stderr[-3000:]} {run.stdout[-1000:]}"
        )
    old = {(r["id"], r["last_modified"]) for r in before}
    old_ids = {r["name"]: r["id"] for r in before}
    names = [r["name"] for r in after]
    result = {
        "seconds": round(run.seconds, 3),
        "proxy": {
            "requests": len(records),
            "write_requests": sum(1 for r in records if is_write(r)),
            "bytes_up": sum(r["bytes_up"] for r in records),
            "bytes_down": sum(r["bytes_down"] for r in records),
            "file_downloads": sum(1 for r in records if "/download/" in r["path"]),
            "actions": dict(Counter(r["action"] or r["path"].split("?")[0] for r in records)),
        },
        "portal": {
            "resources": len(after),
            "duplicate_names": len(names) - len(set(names)),
            "uploaded": sorted(r["name"] for r in after if (r["id"], r["last_modified"]) not in old),
            "ids_changed": sorted(n for n, i in old_ids.items() if n in names and i not in {r["id"] for r in after}),
            "new_ids": sum(1 for r in after if r["id"] not in set(old_ids.values())),
        },
    }
    report = publisher.report(report_path)
    if report is not None:
        totals = report["totals"]
        result["report"] = {
            "outcome": report["outcome"],
            **{k: totals[k] for k in ("requests", "write_requests", "upload_bytes", "download_bytes", "bytes_sent")},
            "uploaded": sorted(s["name"] for s in report["plan"] if s["kind"] in ("create", "upload")),
            # loading rows into the DataStore (the baselines do not): status_show, datastore_* and the
            # resource_patch that records each loaded table's hash
            "datastore_requests": sum(
                1 for r in report["requests"] if r["action"] == "status_show" or r["action"].startswith("datastore_")
            )
            + sum(1 for s in report["plan"] if s["kind"] == "datastore"),
        }
        result["report_matches_proxy"] = (
            totals["requests"] == result["proxy"]["requests"]
            and totals["write_requests"] == result["proxy"]["write_requests"]
        )
    return result


def floors(ours: dict, changed: list[str]) -> dict:
    unchanged, one_row = ours["unchanged"], ours["one_row"]
    return {
        "unchanged: 1 request, 0 bytes up, 0 down": (
            unchanged["proxy"]["requests"] == 1
            and unchanged["report"]["requests"] == 1
            and unchanged["proxy"]["bytes_up"] == 0
            and unchanged["report"]["upload_bytes"] == 0
            and unchanged["report"]["download_bytes"] == 0
            and unchanged["proxy"]["file_downloads"] == 0
            and unchanged["portal"]["uploaded"] == []
        ),
        "one row: only that table's files + datapackage.json up, 0 down, ids unchanged": (
            one_row["portal"]["uploaded"] == sorted(changed)
            and one_row["report"]["uploaded"] == sorted(changed)
            and one_row["report"]["download_bytes"] == 0
            and one_row["proxy"]["file_downloads"] == 0
            and one_row["portal"]["ids_changed"] == []
            and one_row["portal"]["new_ids"] == 0
        ),
        "report agrees with the proxy": all(ours[s]["report_matches_proxy"] for s in SCENARIOS),
    }


def ratios(results: dict) -> dict:
    out = {}
    for scenario in SCENARIOS:
        ours = results["ours"][scenario]["proxy"]
        out[scenario] = {
            side: {
                "requests": round(results[side][scenario]["proxy"]["requests"] / max(1, ours["requests"]), 2),
                "bytes_up": round(results[side][scenario]["proxy"]["bytes_up"] / max(1, ours["bytes_up"]), 2),
            }
            for side in ("frictionless", "ckanapi")
        }
    return out


def run() -> dict:
    portal = portal_target()
    work = Path(tempfile.mkdtemp(prefix="bench-publishing-"))
    publishers = []
    try:
        publishers = [Ours(portal, work), FrictionlessCkan(portal, work), PlainCkanapi(portal, work)]
        results: dict[str, dict] = {p.name: {} for p in publishers}
        changed: list[str] = []
        for scenario in SCENARIOS:
            for publisher in publishers:
                if scenario == "one_row":
                    changed = change_one_row(publisher.package)
                log(f"publishing: {publisher.name}, {scenario}")
                results[publisher.name][scenario] = measure(publisher, scenario)
        met = floors(results["ours"], changed)
        one_row = results["ours"]["one_row"]["portal"]
        result = {
            "package": {
                "files": len([p for p in (ROOT / "datapackage").rglob("*") if p.is_file()]),
                "bytes": sum(p.stat().st_size for p in (ROOT / "datapackage").rglob("*") if p.is_file()),
                "changed_files": changed,
            },
            "results": results,
            "ratios_baseline_over_ours": ratios(results),
            "floors": met,
            "floor": "unchanged: 1 request, 0 B up/down; one row: its files + datapackage.json, same ids",
            "met": all(met.values()),
            "summary": "requests (first/unchanged/one row) "
            + ", ".join(
                f"{p.name} {'/'.join(str(results[p.name][s]['proxy']['requests']) for s in SCENARIOS)}"
                for p in publishers
            )
            + f"; one row: ours uploads {len(one_row['uploaded'])} of {one_row['resources']} files",
        }
        write_result(NAME, result)
        return result
    finally:
        for publisher in publishers:
            purge(portal, publisher.dataset)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
