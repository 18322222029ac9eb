"""The stand-in's HTTP server on loopback and its persistence to one JSON file.

Documents are written to disk shortly after each change (at most a few times a second) and on
shutdown, so a restarted stand-in still finds every dataset CKAN indexed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from portal.solr_standin.protocol import Solr

HOST = "127.0.0.1"
log = logging.getLogger("solr-standin")


class Persister:
    """Writes the cores to ``path`` atomically, batching bursts of changes."""

    def __init__(self, path: Path, solr: Solr, delay: float = 0.3):
        self.path = path
        self.solr = solr
        self.delay = delay
        self.dirty = threading.Event()
        self.write_lock = threading.Lock()

    def load(self) -> int:
        try:
            data = json.loads(self.path.read_text())
        except FileNotFoundError:
            return 0
        except ValueError:
            broken = self.path.with_suffix(".broken")
            self.path.replace(broken)
            log.warning("unreadable index moved to %s; starting empty", broken)
            return 0
        count = 0
        for name, docs in data.get("cores", {}).items():
            core = self.solr.core(name)
            for doc in docs:
                core.add(doc)
                count += 1
        return count

    def snapshot(self) -> dict[str, Any]:
        cores = {}
        for name, core in list(self.solr.cores.items()):
            with core.lock:
                cores[name] = [doc.stored for doc in core.docs.values()]
        return {"format": 1, "cores": cores}

    def flush(self) -> None:
        with self.write_lock:
            self.dirty.clear()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps(self.snapshot(), ensure_ascii=False))
            os.replace(temporary, self.path)

    def run_forever(self) -> None:
        while True:
            self.dirty.wait()
            threading.Event().wait(self.delay)
            self.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "solr-standin"
    solr: Solr

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        response = self.solr.handle(self.command, path, query, body, self.headers.get("Content-Type", ""))
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


def serve(port: int, data: Path) -> None:
    solr = Solr()
    persister = Persister(data, solr)
    loaded = persister.load()
    solr.on_change = persister.dirty.set
    handler = type("BoundHandler", (Handler,), {"solr": solr})
    server = ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    threading.Thread(target=persister.run_forever, daemon=True).start()

    def shutdown(signum: int, frame: Any) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, shutdown)
    signal.signal(signal.SIGINT, shutdown)
    log.info(
        "Solr stand-in (test tooling) on http://%s:%d/solr with %d documents from %s",
        HOST,
        port,
        loaded,
        data,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
        persister.flush()
        log.info("stopped; index written to %s", data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m portal.solr_standin", description=__doc__)
    parser.add_argument("--port", type=int, default=8983)
    parser.add_argument("--data", type=Path, required=True, help="JSON file the documents are kept in")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    serve(args.port, args.data)
    return 0
