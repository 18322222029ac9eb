"""Helpers for the publisher tests: a fixture package copied per test, and a tiny action-API server.

The tiny server is only for the client's own behaviour (retries, errors, redaction); everything about
publishing is tested against the real local portal (test_portal.py).
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "publish" / "package"


@pytest.fixture
def package_dir(tmp_path: Path) -> Path:
    target = tmp_path / "datapackage"
    shutil.copytree(FIXTURE, target)
    return target


Answer = Callable[[str, dict, dict], tuple[int, dict | str]]


class ActionServer:
    """Answers /api/3/action/<name> with `answer(name, body, headers) -> (status, payload)`."""

    def __init__(self, answer: Answer) -> None:
        self.calls: list[tuple[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                self._serve({})

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": len(raw)}
                self._serve(body)

            def _serve(self, body):
                name = self.path.split("?")[0].rsplit("/", 1)[-1]
                owner.calls.append((self.command, name))
                status, payload = answer(name, body, dict(self.headers))
                data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def action_server():
    servers = []

    def start(answer: Answer) -> ActionServer:
        servers.append(ActionServer(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.close()
