"""Helpers for the reliability and security tests: a fixture package per test, uniquely named datasets on
the local portal (purged after), the publisher run as a real process, and reads of the portal's state.

Everything goes to the real local portal (make portal), directly or through tools/faultproxy.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from pipeline.publish.descriptor import render
from pipeline.publish.local import read_package
from tests.inputs_support import write_file

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "publish" / "package"
sys.path.insert(0, str(ROOT / "tools"))


@pytest.fixture
def package_dir(tmp_path: Path) -> Path:
    """The publisher's fixture package (2 tables), with a title unique to this test."""
    return copy_package(FIXTURE, tmp_path / "datapackage")


@pytest.fixture
def project_package(tmp_path: Path) -> Path:
    """A copy of the project's own built package (10 tables, 21 files), with a title unique to this test."""
    return copy_package(ROOT / "datapackage", tmp_path / "project-package")


def copy_package(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    path = target / "datapackage.json"
    descriptor = json.loads(path.read_text("utf-8"))
    descriptor["title"] += f" reliability-{uuid.uuid4().hex[:8]}"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), "utf-8")
    return target


@pytest.fixture
def datasets(local_portal):
    """new() gives a unique dataset name; every name handed out is purged (sysadmin) at the end."""
    names: list[str] = []

    def new(kind: str = "rel") -> str:
        names.append(f"test-{kind}-{uuid.uuid4().hex[:12]}")
        return names[-1]

    yield new
    for name in names:
        requests.post(
            f"{local_portal.url}/api/3/action/dataset_purge",
            json={"id": name},
            headers={"Authorization": local_portal.sysadmin_token},
            timeout=60,
        )


@pytest.fixture
def config_file(tmp_path: Path):
    """publish.toml with some [portal] settings changed (e.g. fewer retries for a portal that is down)."""

    def make(**portal: object) -> Path:
        text = (ROOT / "publish.toml").read_text("utf-8")
        lines = []
        for line in text.splitlines():
            key = line.split("=", 1)[0].strip()
            lines.append(f"{key} = {json.dumps(portal[key])}" if key in portal and "=" in line else line)
        path = tmp_path / f"publish-{uuid.uuid4().hex[:6]}.toml"
        path.write_text("\n".join(lines) + "\n", "utf-8")
        return path

    return make


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str
    report: dict | None


def publisher_env(portal, dataset: str, url: str | None = None, token_file: Path | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CKAN_")}
    return env | {
        "CKAN_URL": url or portal.url,
        "CKAN_API_TOKEN_FILE": str(token_file or portal.publisher_token_file),
        "CKAN_ORGANIZATION": portal.organization,
        "CKAN_DATASET": dataset,
    }


def publish_command(package: Path, report: Path | None, config: Path | None, *extra: str) -> list[str]:
    args = [sys.executable, "-m", "pipeline", "publish", str(package)]
    args += ["--config", str(config or ROOT / "publish.toml")]
    args += ["--json", str(report)] if report else []
    return args + list(extra)


def run_publish(
    package: Path, env: dict, *extra: str, report: Path | None = None, config: Path | None = None, cwd: Path = ROOT
) -> Result:
    """`pipeline publish` as a user runs it: a whole process, its exit code, output and JSON report."""
    run = subprocess.run(
        publish_command(package, report, config, *extra),
        cwd=cwd, env=env, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    data = json.loads(report.read_text("utf-8")) if report and report.exists() else None
    return Result(run.returncode, run.stdout, run.stderr, data)


def show(portal, name: str) -> dict | None:
    response = requests.get(
        f"{portal.url}/api/3/action/package_show",
        params={"id": name},
        headers={"Authorization": portal.sysadmin_token},
        timeout=60,
    )
    if response.status_code == 404:
        return None
    response.raise_for_status()
    return response.json()["result"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def local_files(package: Path) -> dict[str, Path]:
    """Every file the publisher publishes from this package, by resource name (its path in the package)."""
    return {p.relative_to(package).as_posix(): p for p in sorted(package.rglob("*")) if p.is_file()}


def resource_state(portal, dataset: dict) -> dict[str, dict]:
    """What a consumer sees of each resource, ids and URLs aside, with its DataStore row count."""
    state = {}
    for r in dataset["resources"]:
        rows = None
        if r.get("datastore_active"):
            found = requests.get(
                f"{portal.url}/api/3/action/datastore_search",
                params={"resource_id": r["id"], "limit": 0},
                headers={"Authorization": portal.sysadmin_token},
                timeout=60,
            ).json()["result"]
            rows = found["total"]
        state[r["name"]] = {
            **{k: r.get(k) for k in ("hash", "size", "format", "mimetype", "description", "schema", "url_type")},
            "datastore_rows": rows,
        }
        if r["name"] == "datapackage.json":  # it holds the dataset's own resource URLs: compared by content
            del state[r["name"]]["hash"]
    return state


def published_descriptor(dataset: dict) -> dict:
    """The published datapackage.json with each resource URL replaced by its resource name."""
    urls = {r["url"]: r["name"] for r in dataset["resources"]}
    url = next(r["url"] for r in dataset["resources"] if r["name"] == "datapackage.json")
    descriptor = requests.get(url, timeout=60).json()
    for resource in descriptor["resources"]:
        path = resource.get("path")
        resource["path"] = [urls.get(p, p) for p in path] if isinstance(path, list) else urls.get(path, path)
    return descriptor


def assert_matches_package(portal, name: str, package: Path) -> dict:
    """The dataset holds each package file exactly once, with the local sha256, and nothing else."""
    dataset = show(portal, name)
    assert dataset is not None, f"dataset {name} does not exist"
    names = [r["name"] for r in dataset["resources"]]
    assert len(names) == len(set(names)), f"duplicate resources: {sorted(names)}"
    files = local_files(package)
    assert set(names) == set(files), (sorted(names), sorted(files))
    for r in dataset["resources"]:
        if r["name"] != "datapackage.json":
            assert r["hash"] == sha256(files[r["name"]]), r["name"]
    urls = {r["name"]: r["url"] for r in dataset["resources"]}
    published = next(r for r in dataset["resources"] if r["name"] == "datapackage.json")
    body = requests.get(published["url"], timeout=60).content
    assert body == render(read_package(package), urls), "the published datapackage.json is stale"
    local = json.loads((package / "datapackage.json").read_text("utf-8"))
    assert [r.get("path") for r in published_descriptor(dataset)["resources"]] == [
        r.get("path") for r in local["resources"]
    ]
    return dataset


def change_row(package: Path, table: str, old: str, new: str) -> None:
    """Edit one row in every copy of a table (CSV, JSON twin, spreadsheet copy if any), keeping any
    bytes/hash in datapackage.json true, as a rebuild would."""
    copies = [package / "data" / f"{table}.{suffix}" for suffix in ("csv", "json")]
    for path in [*copies, *[p for p in [package / "data" / "excel" / f"{table}.csv"] if p.exists()]]:
        text = path.read_text("utf-8")
        assert old in text, f"{path} has no {old!r} to change"
        write_file(package, path.relative_to(package).as_posix(), text.replace(old, new, 1).encode("utf-8"))
