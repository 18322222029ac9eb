"""tools/faultproxy.py against a tiny in-process upstream: faults, determinism, bounds, byte counts."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import contextlib

from faultproxy import FaultProxy, Faults, action_of, is_write, main


class Upstream:
    """Counts what reaches it, so a test can tell a fault before forwarding from one after."""

    def __init__(self) -> None:
        self.hits: list[tuple[str, str, int]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                self._reply(b"")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                received = 0
                while received < length:
                    received += len(self.rfile.read(min(65536, length - received)))
                self._reply(received)

            def _reply(self, received):
                owner.hits.append((self.command, self.path, received or 0))
                body = json.dumps({"success": True, "result": {"received": received or 0}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def upstream():
    server = Upstream()
    yield server
    server.close()


def post(url: str, data: bytes = b"{}") -> requests.Response:
    return requests.post(f"{url}/api/3/action/package_patch", data=data, timeout=10)


def test_clean_proxy_forwards_and_logs_every_request(upstream, tmp_path):
    log = tmp_path / "log.jsonl"
    with FaultProxy(upstream.url, log_path=log) as proxy:
        assert requests.get(f"{proxy.url}/api/3/action/package_show?id=x", timeout=10).json()["success"]
        assert post(proxy.url, b"x" * 1000).json()["result"]["received"] == 1000
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(r["method"], r["action"], r["status"]) for r in lines] == [
        ("GET", "package_show", 200),
        ("POST", "package_patch", 200),
    ]
    assert lines[1]["bytes_up"] == 1000 and lines[1]["bytes_down"] > 0
    assert [is_write(r) for r in lines] == [False, True]
    assert proxy.summary()["write_requests"] == 1
    assert len(upstream.hits) == 2


def test_errors_before_forwarding_never_reach_the_upstream(upstream):
    with FaultProxy(upstream.url, Faults(error_rate=1.0, statuses=(503,))) as proxy:
        response = post(proxy.url)
    assert response.status_code == 503
    assert upstream.hits == []
    assert proxy.records()[0]["fault"] == "error:503" and not proxy.records()[0]["forwarded"]


def test_errors_after_forwarding_are_the_ambiguous_case(upstream):
    with FaultProxy(upstream.url, Faults(error_rate=1.0, after_rate=1.0, statuses=(502,))) as proxy:
        response = post(proxy.url, b"abc")
    assert response.status_code == 502
    assert upstream.hits == [("POST", "/api/3/action/package_patch", 3)]
    assert proxy.records()[0]["upstream_status"] == 200


def test_dropped_connections_raise_connection_errors(upstream):
    with FaultProxy(upstream.url, Faults(drop_rate=1.0)) as proxy, pytest.raises(requests.ConnectionError):
        post(proxy.url)
    assert upstream.hits == []
    assert proxy.records()[0]["fault"] == "drop" and proxy.records()[0]["status"] is None


def test_slow_responses_are_delayed(upstream):
    with FaultProxy(upstream.url, Faults(slow_rate=1.0, slow_seconds=0.3)) as proxy:
        with pytest.raises(requests.Timeout):
            requests.get(f"{proxy.url}/api/3/action/status_show", timeout=(5, 0.1))
        assert requests.get(f"{proxy.url}/api/3/action/status_show", timeout=5).status_code == 200


def test_same_seed_same_faults(upstream):
    def faults_for(seed: int) -> list:
        with FaultProxy(upstream.url, Faults(error_rate=0.3, drop_rate=0.2, seed=seed)) as proxy:
            for _ in range(30):
                with contextlib.suppress(requests.ConnectionError):
                    requests.get(f"{proxy.url}/api/3/action/status_show", timeout=5)
        return [r["fault"] for r in sorted(proxy.records(), key=lambda r: r["seq"])]

    first = faults_for(7)
    assert first == faults_for(7)
    assert first != faults_for(8)
    assert 3 <= sum(1 for f in first if f) <= 27


def test_methods_filter_faults_only_writes(upstream):
    with FaultProxy(upstream.url, Faults(error_rate=1.0, methods=frozenset({"POST"}))) as proxy:
        assert requests.get(f"{proxy.url}/api/3/action/status_show", timeout=5).status_code == 200
        assert post(proxy.url).status_code in (502, 503, 504)


def test_stops_itself_after_max_requests(upstream):
    proxy = FaultProxy(upstream.url, Faults(max_requests=2)).start()
    for _ in range(2):
        assert requests.get(f"{proxy.url}/", timeout=5).status_code == 200
    assert requests.get(f"{proxy.url}/", timeout=5).status_code == 503
    assert proxy.wait(timeout=5)
    assert len(proxy.records()) == 2


def test_stops_itself_after_max_seconds(upstream):
    proxy = FaultProxy(upstream.url, Faults(max_seconds=0.2)).start()
    assert proxy.wait(timeout=5)
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{proxy.url}/", timeout=2)


def test_large_bodies_are_streamed_and_counted(upstream):
    body = b"z" * (5 * 1024 * 1024)
    with FaultProxy(upstream.url) as proxy:
        assert post(proxy.url, body).json()["result"]["received"] == len(body)
    assert proxy.records()[0]["bytes_up"] == len(body)


def test_refuses_non_loopback_addresses(upstream):
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy("http://192.0.2.1:80")
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy(upstream.url, host="0.0.0.0")


def test_rates_are_checked():
    with pytest.raises(ValueError):
        Faults(error_rate=0.7, drop_rate=0.5)


def test_action_of():
    assert action_of("/api/3/action/package_show?id=x") == "package_show"
    assert action_of("/dataset/x") is None


def test_script_runs_until_its_budget(upstream, tmp_path, capsys):
    log = tmp_path / "log.jsonl"
    thread = threading.Thread(
        target=main, args=(["--upstream", upstream.url, "--max-seconds", "0.5", "--log", str(log)],)
    )
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert "listening on http://127.0.0.1:" in capsys.readouterr().out
