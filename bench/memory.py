"""Benchmark 4: peak client memory (RSS) publishing a 200 MiB CSV, ours vs plain ckanapi.

Each publisher runs as its own process, measured with os.wait4 (the child's own ru_maxrss), twice: once
publishing a 200 MiB CSV and once publishing a tiny one (its baseline: the interpreter, its imports and
the rest of the run). What counts is the difference, the memory the big file costs.
Ours: `pipeline publish` of the publisher's test package (tests/fixtures/publish/package) with the CSV
added beside its tables, into a new dataset. The CSV is not listed in datapackage.json, so the publisher
uploads it as a companion file and validation (the same small package in both runs) does not read it:
this measures the publisher, not the validator. Plain ckanapi: package_create, then
`resource_create(upload=open(csv, "rb"))`. Floor: ours adds < 25 MB (MB = 10^6 bytes).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

import requests

from bench.common import PIPELINE, ROOT, log, run_process, write_result
from bench.publishing import dataset_fields, portal_target, purge, show

NAME = "memory"
BIG = 200 * 1024 * 1024
TINY = 1024
FLOOR_BYTES = 25_000_000
FIXTURE = ROOT / "tests" / "fixtures" / "publish" / "package"
CKANAPI_SCRIPT = """
import json, os, sys
from ckanapi import RemoteCKAN
url, fields_path, path = sys.argv[1:4]
fields = json.load(open(fields_path, encoding="utf-8"))
with RemoteCKAN(url, apikey=os.environ["CKAN_API_TOKEN"]) as ckan:
    package = ckan.action.package_create(**fields)
    with open(path, "rb") as upload:
        ckan.action.resource_create(package_id=package["id"], name="data/bulk.csv", upload=upload)
"""


def write_csv(path: Path, size: int) -> Path:
    """A CSV of exactly `size` bytes (rows of an id, a Thai name, a date and a number)."""
    header = b"row_id,name_th,date,amount\n"
    with path.open("wb") as handle:
        handle.write(header)
        written, n = len(header), 0
        block = []
        while written < size:
            row = f"{n},หน่วยงานที่ {n % 997},2025-{1 + n % 12:02d}-{1 + n % 28:02d},{(n * 7919) % 100000}\n".encode()
            if written + len(row) > size:
                row = b"#" * (size - written - 1) + b"\n"  # pad the last line to the exact size
            block.append(row)
            written += len(row)
            n += 1
            if len(block) >= 10_000:
                handle.write(b"".join(block))
                block = []
        handle.write(b"".join(block))
    return path


def ours(portal, work: Path, label: str, size: int) -> dict:
    package = work / f"ours-{label}"
    shutil.copytree(FIXTURE, package)
    write_csv(package / "data" / "bulk.csv", size)
    dataset = f"bench-memory-ours-{label}-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CKAN_")}
    env |= {
        "CKAN_URL": portal.url,
        "CKAN_API_TOKEN_FILE": str(portal.publisher_token_file),
        "CKAN_ORGANIZATION": portal.organization,
        "CKAN_DATASET": dataset,
    }
    try:
        run = run_process([PIPELINE, "publish", str(package), "--json", str(work / f"ours-{label}.json")], env=env)
        if run.returncode != 0:
            raise RuntimeError(f"pipeline publish ({label}) exited {run.returncode}: {run.stderr[-3000:]}")
        uploaded = _uploaded_size(portal, dataset)
        return {"seconds": round(run.seconds, 2), "peak_rss_kib": run.max_rss_kib, "uploaded_bytes": uploaded}
    finally:
        purge(portal, dataset)
        shutil.rmtree(package, ignore_errors=True)


def ckanapi(portal, work: Path, label: str, size: int) -> dict:
    path = write_csv(work / f"ckanapi-{label}.csv", size)
    dataset = f"bench-memory-ckanapi-{label}-{uuid.uuid4().hex[:8]}"
    fields_path = work / f"ckanapi-{label}-fields.json"
    fields_path.write_text(json.dumps(dataset_fields(FIXTURE, portal, dataset), ensure_ascii=False), "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CKAN_")} | {
        "CKAN_API_TOKEN": portal.publisher_token
    }
    try:
        run = run_process([sys.executable, "-c", CKANAPI_SCRIPT, portal.url, str(fields_path), str(path)], env=env)
        if run.returncode != 0:
            raise RuntimeError(f"ckanapi ({label}) exited {run.returncode}: {run.stderr[-3000:]}")
        uploaded = _uploaded_size(portal, dataset)
        return {"seconds": round(run.seconds, 2), "peak_rss_kib": run.max_rss_kib, "uploaded_bytes": uploaded}
    finally:
        purge(portal, dataset)
        path.unlink(missing_ok=True)


def _uploaded_size(portal, dataset: str) -> int:
    """The length of the bulk file as the portal serves it (HEAD on its download URL): proof it all went up.

    Not the resource's `size` field, which a client sets itself."""
    found = show(portal, dataset) or {}
    urls = [r["url"] for r in found.get("resources", []) if r.get("name") == "data/bulk.csv"]
    if not urls:
        return -1
    response = requests.head(urls[0], allow_redirects=True, timeout=60)
    return int(response.headers.get("Content-Length", -1)) if response.status_code == 200 else -1


def _peaks(side: dict) -> str:
    return f"{side['tiny']['peak_rss_kib'] / 1024:.0f} -> {side['big']['peak_rss_kib'] / 1024:.0f} MiB"


def run() -> dict:
    portal = portal_target()
    work = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        sides = {}
        for name, publish in (("ours", ours), ("ckanapi", ckanapi)):
            log(f"memory: {name}, tiny file")
            tiny = publish(portal, work, "tiny", TINY)
            log(f"memory: {name}, {BIG // 2**20} MiB file")
            big = publish(portal, work, "big", BIG)
            if big["uploaded_bytes"] != BIG:
                raise RuntimeError(f"{name}: the portal recorded {big['uploaded_bytes']} bytes, not {BIG}")
            added = (big["peak_rss_kib"] - tiny["peak_rss_kib"]) * 1024
            sides[name] = {"tiny": tiny, "big": big, "added_bytes": added, "added_mb": round(added / 1e6, 1)}
        added = sides["ours"]["added_bytes"]
        result = {
            "file_bytes": BIG,
            **sides,
            "floor": "ours adds < 25 MB",
            "met": added < FLOOR_BYTES,
            "summary": f"ours {sides['ours']['added_mb']:+.1f} MB ({_peaks(sides['ours'])}), "
            f"ckanapi {sides['ckanapi']['added_mb']:+.1f} MB ({_peaks(sides['ckanapi'])})",
        }
        write_result(NAME, result)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
