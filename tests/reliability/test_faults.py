"""The publisher on a bad network and a dead portal, through tools/faultproxy.py in front of the local portal.

- 20% of requests failing (502/503/504 and dropped connections, half of them after the portal did the
  work) ends in the same portal state as a clean publish, with no duplicate dataset or resource;
- a publish killed with SIGKILL in the middle of an upload (the proxy reads the upload slowly) and run
  again converges, and consumers never lose a resource meanwhile;
- with the portal down (the proxy's upstream is a closed port) the publisher retries, exits 2 with a
  clear message, and has changed nothing.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests
from faultproxy import FaultProxy, Faults

from tests.reliability.conftest import (
    assert_matches_package,
    publish_command,
    publisher_env,
    resource_state,
    run_publish,
    sha256,
    show,
)

pytestmark = pytest.mark.portal


@pytest.mark.parametrize("seed", [3, 29])
def test_twenty_percent_failures_end_in_the_clean_state(local_portal, project_package, datasets, tmp_path, seed):
    package_dir = project_package
    faulty, clean = datasets("faults"), datasets("clean")
    faults = Faults(error_rate=0.12, drop_rate=0.08, after_rate=0.5, seed=seed, max_requests=500, max_seconds=300)
    with FaultProxy(local_portal.url, faults, log_path=tmp_path / "proxy.jsonl") as proxy:
        env = publisher_env(local_portal, faulty, url=proxy.url)
        result = run_publish(package_dir, env, report=tmp_path / "faulty.json")
    records = proxy.records()
    assert result.returncode == 0, result.stderr
    faulted = [r for r in records if r["fault"]]
    assert len(faulted) >= 5 and any(r["after"] for r in faulted), f"{len(faulted)} faults are too few to mean much"
    assert result.report["totals"]["requests"] == len(records)  # the run report hides no retry

    reference = run_publish(package_dir, publisher_env(local_portal, clean), report=tmp_path / "clean.json")
    assert reference.returncode == 0, reference.stderr

    got = assert_matches_package(local_portal, faulty, package_dir)
    want = assert_matches_package(local_portal, clean, package_dir)
    assert resource_state(local_portal, got) == resource_state(local_portal, want)
    fields = set(want) - {"id", "name", "metadata_created", "metadata_modified", "resources", "revision_id"}
    assert {k: got.get(k) for k in fields if k not in ("tags", "organization")} == {
        k: want.get(k) for k in fields if k not in ("tags", "organization")
    }
    assert sorted(t["name"] for t in got["tags"]) == sorted(t["name"] for t in want["tags"])
    # one dataset: the create reached the portal once (a lost answer was re-read, not retried blindly)
    creates = [r for r in records if r["action"] == "package_create" and r["upstream_status"] == 200]
    assert len(creates) == 1
    resource_creates = [r for r in records if r["action"] == "resource_create" and r["upstream_status"] == 200]
    assert len(resource_creates) == len(got["resources"])
    again = run_publish(package_dir, publisher_env(local_portal, faulty), report=tmp_path / "again.json")
    assert again.returncode == 0 and again.report["outcome"] == "nothing-to-do", again.stderr


BULK = 24 * 1024 * 1024
RATE = 4 * 1024 * 1024  # bytes/s: the bulk upload takes about 6 s through the proxy


def bulk_file(package: Path, fill: bytes) -> Path:
    path = package / "data" / "bulk.csv"
    line = b"n,value\n" + fill * 63 + b"\n"
    with path.open("wb") as handle:
        for _ in range(BULK // len(line)):
            handle.write(line)
    return path


def kill_mid_upload(package: Path, env: dict, proxy: FaultProxy, tmp_path: Path) -> None:
    """Start `pipeline publish`, SIGKILL it once the proxy has received 4 MiB of one upload."""
    log = (tmp_path / "killed.log").open("w")
    proc = subprocess.Popen(
        publish_command(package, None, None), env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while proxy.bytes_in_flight() < 4 * 1024 * 1024:
            assert proc.poll() is None, (
                f"the publisher ended before the upload: {(tmp_path / 'killed.log').read_text()}"
            )
            assert time.monotonic() < deadline, "the upload never started"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()


def test_killed_during_the_first_upload_then_run_again_converges(local_portal, package_dir, datasets, tmp_path):
    name = datasets("killed")
    bulk_file(package_dir, b"a")
    faults = Faults(upload_rate=RATE, max_seconds=300)
    with FaultProxy(local_portal.url, faults, log_path=tmp_path / "proxy.jsonl") as proxy:
        kill_mid_upload(package_dir, publisher_env(local_portal, name, url=proxy.url), proxy, tmp_path)
    partial = show(local_portal, name)
    assert partial is not None, "the kill came before the dataset was created: the test proves nothing"
    assert not any(r["name"] == "datapackage.json" for r in partial["resources"])  # it stopped half-way

    again = run_publish(package_dir, publisher_env(local_portal, name), report=tmp_path / "again.json")
    assert again.returncode == 0, again.stderr
    assert_matches_package(local_portal, name, package_dir)
    third = run_publish(package_dir, publisher_env(local_portal, name), report=tmp_path / "third.json")
    assert third.report["outcome"] == "nothing-to-do"


def test_killed_while_replacing_a_file_keeps_the_old_one_then_converges(local_portal, package_dir, datasets, tmp_path):
    name = datasets("replace")
    bulk = bulk_file(package_dir, b"a")
    first = run_publish(package_dir, publisher_env(local_portal, name), report=tmp_path / "first.json")
    assert first.returncode == 0, first.stderr
    before = {r["name"]: r for r in show(local_portal, name)["resources"]}
    old_hash = sha256(bulk)

    bulk_file(package_dir, b"b")
    with FaultProxy(local_portal.url, Faults(upload_rate=RATE, max_seconds=300)) as proxy:
        kill_mid_upload(package_dir, publisher_env(local_portal, name, url=proxy.url), proxy, tmp_path)
    during = {r["name"]: r for r in show(local_portal, name)["resources"]}
    assert {n: r["id"] for n, r in during.items()} == {n: r["id"] for n, r in before.items()}
    assert during["data/bulk.csv"]["hash"] == old_hash  # consumers still get the complete old file
    with requests.get(during["data/bulk.csv"]["url"], stream=True, timeout=60) as response:
        assert response.status_code == 200 and int(response.headers["Content-Length"]) == bulk.stat().st_size
        assert next(response.iter_content(64)).startswith(b"n,value\naaaa")

    again = run_publish(package_dir, publisher_env(local_portal, name), report=tmp_path / "again.json")
    assert again.returncode == 0, again.stderr
    after = assert_matches_package(local_portal, name, package_dir)
    assert {r["name"]: r["id"] for r in after["resources"]} == {n: r["id"] for n, r in before.items()}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_portal_down_exits_2_after_retries_and_changes_nothing(
    local_portal, package_dir, datasets, tmp_path, config_file
):
    name = datasets("down")
    config = config_file(retries=2)
    with FaultProxy(f"http://127.0.0.1:{closed_port()}", log_path=tmp_path / "proxy.jsonl") as proxy:
        env = publisher_env(local_portal, name, url=proxy.url)
        result = run_publish(package_dir, env, report=tmp_path / "report.json", config=config)
    assert result.returncode == 2, result.stderr
    assert "package_show: HTTP 502" in result.stderr and "gave up after 3 attempts" in result.stderr, result.stderr
    assert result.report["outcome"] == "failed" and result.report["totals"]["write_requests"] == 0
    records = proxy.records()
    assert [r["action"] for r in records] == ["package_show"] * 3  # the first read, then its 2 retries
    assert not any(r["forwarded"] for r in records)
    assert show(local_portal, name) is None


def test_nothing_listening_exits_2_with_a_clear_message(local_portal, package_dir, datasets, tmp_path, config_file):
    name = datasets("down")
    url = f"http://127.0.0.1:{closed_port()}"
    result = run_publish(
        package_dir,
        publisher_env(local_portal, name, url=url),
        report=tmp_path / "r.json",
        config=config_file(retries=1),
    )
    assert result.returncode == 2
    assert f"connection error talking to {url}" in result.stderr and "gave up after 2 attempts" in result.stderr
    assert show(local_portal, name) is None
