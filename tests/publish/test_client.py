"""The client's contract: retry only what may succeed later, never duplicate, never leak the token."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.publish.client import Client
from pipeline.publish.config import Secret
from pipeline.publish.errors import ConfigError, NotAuthorized, PortalError, TransientError
from pipeline.publish.report import RunReport

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from faultproxy import FaultProxy, Faults

TOKEN = "tok-" + "s3cr3t" * 6


def ok(result):
    return 200, {"success": True, "result": result}


def client_for(url: str, report: RunReport | None = None, **kwargs) -> Client:
    kwargs.setdefault("retries", 3)
    return Client(url, Secret(TOKEN), sleep=lambda s: None, on_request=(report or RunReport(url, "x")).record, **kwargs)


def test_retries_502_then_succeeds(action_server):
    answers = iter([(502, "bad gateway"), (503, "busy"), ok({"n": 1})])
    server = action_server(lambda name, body, headers: next(answers))
    report = RunReport(server.url, "x")
    assert client_for(server.url, report).call("package_patch", {"id": "a"}) == {"n": 1}
    assert [r.status for r in report.requests] == [502, 503, 200]
    assert [r.attempt for r in report.requests] == [1, 2, 3]


def test_never_retries_4xx(action_server):
    server = action_server(lambda n, b, h: (409, {"success": False, "error": {"__type": "Validation Error"}}))
    with pytest.raises(PortalError) as caught:
        client_for(server.url).call("package_create", {"name": "a"})
    assert caught.value.status == 409 and caught.value.exit_code == 2
    assert len(server.calls) == 1


def test_403_is_not_authorized(action_server):
    error = {"__type": "Authorization Error", "message": "not an editor"}
    server = action_server(lambda n, b, h: (403, {"success": False, "error": error}))
    with pytest.raises(NotAuthorized, match="not an editor"):
        client_for(server.url).call("package_create", {})


def test_gives_up_after_retries_with_a_transient_error(action_server):
    server = action_server(lambda n, b, h: (504, "timeout"))
    with pytest.raises(TransientError):
        client_for(server.url, retries=2).read("package_show", {"id": "a"})
    assert len(server.calls) == 3


def test_create_reconciles_before_retrying(action_server):
    """A create whose answer was lost is found by re-reading, and is not sent again."""
    server = action_server(lambda n, b, h: ok({"id": "new"}))
    faults = Faults(error_rate=1.0, after_rate=1.0, statuses=(502,), methods=frozenset({"POST"}))
    with FaultProxy(server.url, faults) as proxy:
        client = client_for(proxy.url)
        result = client.call("resource_create", {"name": "a"}, reconcile=lambda: {"id": "found"})
    assert result == {"id": "found"}
    assert server.calls == [("POST", "resource_create")]


def test_dropped_connections_are_retried(action_server):
    server = action_server(lambda n, b, h: ok({"fine": True}))
    with FaultProxy(server.url, Faults(drop_rate=0.5, seed=3)) as proxy:
        client = client_for(proxy.url, retries=8)
        for _ in range(5):
            assert client.read("status_show") == {"fine": True}
    assert any(r["fault"] == "drop" for r in proxy.records())


def test_token_never_appears_in_errors_or_report(action_server):
    def echo(name, body, headers):
        return 409, {"success": False, "error": {"message": f"bad token {headers.get('Authorization')}"}}

    server = action_server(echo)
    report = RunReport(server.url, "x")
    with pytest.raises(PortalError) as caught:
        client_for(server.url, report).call("package_patch", {})
    text = f"{caught.value} {caught.value.error!r} {report.to_dict()}"
    assert TOKEN not in text and "***" in str(caught.value)


def test_refuses_token_over_plain_http_to_a_remote_host():
    with pytest.raises(ConfigError, match="plain http"):
        Client("http://portal.example.org", Secret(TOKEN))
    Client("https://portal.example.org", Secret(TOKEN)).close()
    Client("http://portal.example.org").close()  # no token, nothing to protect


def test_upload_streams_and_counts_bytes(action_server, tmp_path):
    server = action_server(lambda n, b, h: ok({"id": "r"}))
    path = tmp_path / "f.csv"
    path.write_bytes(b"a,b\n" * 10000)
    report = RunReport(server.url, "x")
    seen = []
    client_for(server.url, report).upload(
        "resource_patch", {"id": "r"}, path, filename="f.csv", progress=lambda d, t: seen.append((d, t))
    )
    record = report.requests[0]
    assert record.upload_bytes == 40000 and record.bytes_sent > 40000
    assert seen[-1][0] == seen[-1][1] == record.bytes_sent


def test_secret_does_not_print():
    secret = Secret(TOKEN)
    assert TOKEN not in f"{secret} {secret!r} {[secret]}"
