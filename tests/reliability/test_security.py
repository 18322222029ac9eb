"""The publisher and its API token, against the real local portal.

- the token never appears in stdout, stderr, the run report, the proxy's log of every request, exception
  text, or any file under the directories the run worked in (its cwd, HOME and TMPDIR), whatever the run
  did: publish, re-publish, check, dry run, refusal, portal down, invalid package;
- plain http:// to a host that is not loopback is refused before any name lookup or connection
  (watched with Python audit hooks inside the publisher's own process);
- an organization editor's token is enough to publish; a token of a user outside the organization gets
  a clear "not authorized" (exit 2) and creates or changes nothing.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import traceback
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from faultproxy import FaultProxy, Faults, is_write

from pipeline.errors import PipelineError
from pipeline.publish import publish
from pipeline.publish.config import Secret, load_target
from tests.reliability.conftest import ROOT, change_row, publisher_env, run_publish, show

pytestmark = pytest.mark.portal


def tokens(portal) -> list[str]:
    return [portal.publisher_token, portal.outsider_token, portal.sysadmin_token]


def files_containing(root: Path, secrets: list[str]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path} holds token #{i}" for i, s in enumerate(secrets) if s.encode() in data]
    return found


def test_the_token_never_leaks(local_portal, project_package, datasets, tmp_path, config_file):
    name = datasets("secret")
    work, home, tmp = tmp_path / "work", tmp_path / "home", tmp_path / "tmp"
    for d in (work, home, tmp):
        d.mkdir()
    package = shutil.move(str(project_package), work / "datapackage")
    shutil.copy(ROOT / "publish.toml", work / "publish.toml")
    few_retries = config_file(retries=1)
    outputs: list[str] = []

    def run(label: str, env_extra: dict, *args: str, url: str | None = None, config: Path | None = None):
        env = publisher_env(local_portal, name, url=url) | {"HOME": str(home), "TMPDIR": str(tmp)} | env_extra
        result = run_publish(Path(package), env, *args, report=work / f"{label}.json", config=config, cwd=work)
        outputs.extend([result.stdout, result.stderr])
        return result

    by_env = {"CKAN_API_TOKEN": local_portal.publisher_token, "CKAN_API_TOKEN_FILE": ""}
    faults = Faults(error_rate=0.15, drop_rate=0.1, after_rate=0.5, seed=5, max_requests=500, max_seconds=300)
    with FaultProxy(local_portal.url, faults, log_path=work / "proxy.jsonl") as proxy:
        assert run("first", by_env, url=proxy.url).returncode == 0
    assert any(r["fault"] for r in proxy.records())
    assert run("again", {}).returncode == 0
    change_row(Path(package), "organizations", "Department of", "Dept. of")
    assert run("check", by_env, "--check").returncode == 3  # drift found
    assert run("dry-run", {}, "--dry-run").returncode == 0
    outsider = {"CKAN_API_TOKEN": local_portal.outsider_token, "CKAN_DATASET": name + "-x"}
    assert run("outsider", outsider).returncode == 2
    assert run("down", by_env, url=f"http://127.0.0.1:{_closed_port()}", config=few_retries).returncode == 2
    invalid = Path(package) / "data" / "awards.csv"
    invalid.write_text(invalid.read_text("utf-8") + "not,a,valid,row\n", "utf-8")
    assert run("invalid", {}).returncode == 1

    secrets = tokens(local_portal)
    for text in outputs:
        assert not any(s in text for s in secrets)
    assert files_containing(tmp_path, secrets) == []
    assert len(list(work.glob("*.json"))) == 7  # every run wrote its report, and each was scanned


def test_exceptions_and_reports_hold_no_token(local_portal, package_dir, datasets):
    target = load_target(ROOT / "publish.toml", {"CKAN_URL": local_portal.url}, dataset=datasets("exc"))
    target.organization = local_portal.organization
    target.token = Secret(local_portal.outsider_token)
    assert local_portal.outsider_token not in repr(target) + str(target)
    with pytest.raises(PipelineError) as refused:
        publish(package_dir, target)
    down = load_target(ROOT / "publish.toml", {"CKAN_URL": f"http://127.0.0.1:{_closed_port()}"}, dataset="x")
    down.organization, down.token, down.retries = local_portal.organization, Secret(local_portal.publisher_token), 0
    with pytest.raises(PipelineError) as unreachable:
        publish(package_dir, down)
    for caught in (refused.value, unreachable.value):
        text = "".join(traceback.format_exception(caught)) + repr(caught) + repr(vars(caught))
        text += json.dumps(caught.run_report.to_dict(), ensure_ascii=False)
        assert not any(s in text for s in tokens(local_portal)), type(caught).__name__
    assert refused.value.exit_code == 2 and "not authorized" in str(refused.value)


AUDIT = """
import json, sys
events = []
sys.addaudithook(lambda e, a: events.append([e, repr(a)]) if e in ("socket.getaddrinfo", "socket.connect",
    "socket.gethostbyname", "socket.gethostbyname_ex", "socket.sendto", "socket.sendmsg") else None)
out = sys.argv.pop(1)
try:
    from pipeline.cli import app
    app(prog_name="pipeline")
finally:
    open(out, "w").write(json.dumps(events))
"""


def audited_publish(tmp_path: Path, env: dict, package: Path, *args: str) -> tuple[subprocess.CompletedProcess, list]:
    events = tmp_path / f"events-{len(list(tmp_path.glob('events-*')))}.json"
    run = subprocess.run(
        [sys.executable, "-c", AUDIT, str(events), "publish", str(package), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    return run, json.loads(events.read_text())


@pytest.mark.parametrize("mode", [[], ["--dry-run"], ["--check"]])
# .invalid names never resolve (RFC 6761): even a regression could not reach a real host
@pytest.mark.parametrize("url", ["http://ckan.portal.invalid", "http://data.portal.invalid:8080/ckan/"])
def test_plain_http_to_another_host_is_refused_before_connecting(local_portal, package_dir, tmp_path, mode, url):
    env = publisher_env(local_portal, "never-created", url=url)
    run, events = audited_publish(tmp_path, env, package_dir, *mode)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "refusing to send the API token over plain http" in run.stderr
    assert events == []  # no name lookup, no connection, nothing sent


def test_the_audit_hook_does_see_connections(local_portal, package_dir, tmp_path):
    """Control for the test above: the same hook records the lookup and connection of a loopback run."""
    run, events = audited_publish(tmp_path, publisher_env(local_portal, "never-created"), package_dir, "--dry-run")
    assert run.returncode == 0, run.stderr
    port = str(urlsplit(local_portal.url).port)
    assert any(e == "socket.connect" and port in a for e, a in events), events


def test_an_organization_editor_token_is_enough(local_portal, package_dir, datasets, tmp_path):
    name = datasets("editor")
    me = requests.get(
        f"{local_portal.url}/api/3/action/user_show",
        params={"id": "publisher"},
        headers={"Authorization": local_portal.publisher_token},
        timeout=60,
    ).json()["result"]
    assert me["sysadmin"] is False
    result = run_publish(package_dir, publisher_env(local_portal, name), report=tmp_path / "r.json")
    assert result.returncode == 0, result.stderr
    dataset = show(local_portal, name)
    assert dataset["creator_user_id"] == me["id"] and dataset["organization"]["name"] == local_portal.organization
    assert result.report["outcome"] == "published"


def test_a_token_outside_the_organization_is_not_authorized_and_changes_nothing(
    local_portal, package_dir, datasets, tmp_path
):
    new, existing = datasets("outsider"), datasets("owned")
    outsider = local_portal.outsider_token_file
    with FaultProxy(local_portal.url, log_path=tmp_path / "proxy.jsonl") as proxy:
        refused = run_publish(package_dir, publisher_env(local_portal, new, url=proxy.url, token_file=outsider))
    assert refused.returncode == 2
    assert "not authorized" in refused.stderr.lower() and "HTTP 403" in refused.stderr, refused.stderr
    writes = [r for r in proxy.records() if is_write(r)]
    assert len(writes) == 1 and writes[0]["upstream_status"] == 403  # stopped at the first refusal
    assert show(local_portal, new) is None

    assert run_publish(package_dir, publisher_env(local_portal, existing)).returncode == 0
    before = show(local_portal, existing)
    change_row(package_dir, "recipients", "นางสาวสมใจ ใจดี", "นางสาวสมใจ ใจงาม")  # a change to upload
    changed = run_publish(package_dir, publisher_env(local_portal, existing, token_file=outsider))
    assert changed.returncode == 2 and "not authorized" in changed.stderr.lower(), changed.stderr
    after = show(local_portal, existing)
    assert after["metadata_modified"] == before["metadata_modified"]
    assert [(r["id"], r["hash"]) for r in after["resources"]] == [(r["id"], r["hash"]) for r in before["resources"]]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
