#!/usr/bin/env python3
"""A fault-injecting HTTP proxy on loopback, to prove a client survives a bad network. Test tooling only.

It forwards requests to an upstream on this machine (e.g. the local CKAN portal) and, at configured
rates drawn from a seeded random generator, answers 502/503/504 itself, drops the connection without an
answer, or answers slowly. A fault can happen before the request reaches the upstream (a clean failure)
or after the upstream has handled it (`after_rate`: the ambiguous case, where the write happened but the
client never hears so). `upload_rate` caps how fast request bodies are read (bytes per second), so an
upload takes long enough to be interrupted on purpose; `bytes_in_flight()` tells how far it got.
It is bounded: it stops by itself after `max_requests` requests or `max_seconds`.
Every request is logged as one JSON line (method, path, CKAN action, status, fault, bytes up and down),
so tests and benchmarks can count requests and write requests independently of the client's own report.

Standard library only. As a context manager::

    with FaultProxy("http://127.0.0.1:5050", Faults(error_rate=0.2, seed=1), log_path=p) as proxy:
        publish_to(proxy.url)
    proxy.records()  # the log entries

As a script: ``python tools/faultproxy.py --upstream http://127.0.0.1:5050 --error-rate 0.2 --log f.jsonl``
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import io
import ipaddress
import json
import random
import socket
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

CHUNK = 64 * 1024
HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
     "transfer-encoding", "upgrade", "host", "content-length"}
)  # fmt: skip
READ_ACTIONS = frozenset({"package_show", "status_show", "scheming_dataset_schema_show", "datastore_search"})


@dataclass(frozen=True)
class Faults:
    """Rates are per request; error, drop and slow are exclusive and drawn in that order."""

    error_rate: float = 0.0
    drop_rate: float = 0.0
    slow_rate: float = 0.0
    slow_seconds: float = 1.0
    after_rate: float = 0.0  # share of error/drop faults injected after the upstream handled the request
    statuses: tuple[int, ...] = (502, 503, 504)
    methods: frozenset[str] | None = None  # fault only these methods (None: all)
    upload_rate: float | None = None  # read request bodies at most this fast, bytes per second (None: no cap)
    seed: int = 0
    max_requests: int = 10_000
    max_seconds: float = 600.0

    def __post_init__(self) -> None:
        rates = (self.error_rate, self.drop_rate, self.slow_rate, self.after_rate)
        if any(not 0 <= r <= 1 for r in rates) or self.error_rate + self.drop_rate + self.slow_rate > 1:
            raise ValueError("rates must be in [0, 1] and error + drop + slow must not exceed 1")
        if self.upload_rate is not None and self.upload_rate <= 0:
            raise ValueError("upload_rate must be positive (or None for no cap)")


def action_of(path: str) -> str | None:
    parts = urlsplit(path).path.rstrip("/").split("/")
    return parts[-1] if len(parts) >= 5 and parts[-3:-1] == ["3", "action"] else None


def is_write(record: dict) -> bool:
    """A request that could change the portal: a POST to an action that is not a known read."""
    return record["method"] == "POST" and record.get("action") not in READ_ACTIONS


def require_loopback(host: str, what: str) -> None:
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError(f"{what} must be a loopback address, got {host!r}")


class FaultProxy:
    def __init__(
        self,
        upstream: str,
        faults: Faults | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_path: Path | str | None = None,
    ) -> None:
        parts = urlsplit(upstream)
        require_loopback(parts.hostname or "", "upstream")
        require_loopback(host, "listen address")
        self.upstream = (parts.hostname, parts.port or 80)
        self.faults = faults or Faults()
        self.log_path = Path(log_path) if log_path else None
        self._random = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        self._count = 0
        self._records: list[dict] = []
        self._bodies: set[_Body] = set()
        self._started = time.monotonic()
        self._stopped = threading.Event()
        self._closed = threading.Event()  # set once the listening socket is closed
        self.server = ThreadingHTTPServer((host, port), _handler(self))
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FaultProxy:
        self._started = time.monotonic()
        self._thread = threading.Thread(target=self.server.serve_forever, name="faultproxy", daemon=True)
        self._thread.start()
        timer = threading.Timer(self.faults.max_seconds, self.stop)
        timer.daemon = True
        timer.start()
        return self

    def stop(self) -> None:
        """Idempotent, and safe to call from a request thread (the budget check does)."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        threading.Thread(target=self._shutdown, daemon=True).start()

    def _shutdown(self) -> None:
        if self._thread is not None:  # shutdown() waits for serve_forever, which runs only once started
            self.server.shutdown()
        self.server.server_close()
        self._closed.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the proxy stopped (budget spent or stop() called) and no longer accepts connections."""
        return self._closed.wait(timeout)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        if self._thread:
            self._thread.join(timeout=5)

    # -- bookkeeping used by the handler --------------------------------------------------------

    def admit(self, method: str) -> tuple[int, str | None, bool]:
        """The request's number and its fault, or number 0 when the budget is spent."""
        with self._lock:
            elapsed = time.monotonic() - self._started
            if self._count >= self.faults.max_requests or elapsed >= self.faults.max_seconds:
                return 0, None, False
            self._count += 1
            return self._count, *self._draw(method)

    def _draw(self, method: str) -> tuple[str | None, bool]:
        f = self.faults
        roll, after = self._random.random(), self._random.random() < f.after_rate
        if f.methods is not None and method not in f.methods:
            return None, False
        if roll < f.error_rate:
            return f"error:{self._random.choice(f.statuses)}", after
        if roll < f.error_rate + f.drop_rate:
            return "drop", after
        if roll < f.error_rate + f.drop_rate + f.slow_rate:
            return "slow", False
        return None, False

    def log(self, record: dict) -> None:
        with self._lock:
            self._records.append(record)
            if self.log_path:
                with self.log_path.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps(record) + "\n")

    def receiving(self, body: _Body, active: bool) -> None:
        with self._lock:
            (self._bodies.add if active else self._bodies.discard)(body)

    def bytes_in_flight(self) -> int:
        """Request-body bytes read so far by requests still being received or forwarded."""
        with self._lock:
            return sum(body.count for body in self._bodies)

    def records(self) -> list[dict]:
        with self._lock:
            return list(self._records)

    def summary(self) -> dict:
        records = self.records()
        return {
            "requests": len(records),
            "write_requests": sum(1 for r in records if is_write(r)),
            "faults": sum(1 for r in records if r["fault"]),
            "bytes_up": sum(r["bytes_up"] for r in records),
            "bytes_down": sum(r["bytes_down"] for r in records),
        }


class _Body:
    """Reads exactly `length` bytes of a request body, counting them, at most `rate` bytes per second."""

    def __init__(self, stream, length: int, rate: float | None = None) -> None:
        self.stream = stream
        self.length = length
        self.count = 0
        self.rate = rate
        self.started = time.monotonic()

    def read(self, size: int = -1) -> bytes:
        left = self.length - self.count
        if left <= 0:
            return b""
        size = left if size is None or size < 0 else min(size, left)
        if self.rate:
            size = min(size, CHUNK)
        data = self.stream.read(size)
        if not data:  # the client went away mid-body: fail the forward now rather than let upstream wait
            raise ConnectionResetError(f"request body ended after {self.count} of {self.length} bytes")
        self.count += len(data)
        if self.rate:
            ahead = self.count / self.rate - (time.monotonic() - self.started)
            if ahead > 0:
                time.sleep(ahead)
        return data

    def drain(self) -> None:
        with contextlib.suppress(ConnectionError):
            while self.read(CHUNK):
                pass


def _handler(proxy: FaultProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(_ProxyHandler):
        pass

    Handler.proxy = proxy
    return Handler


class _ProxyHandler(BaseHTTPRequestHandler):
    proxy: FaultProxy
    protocol_version = "HTTP/1.0"  # one request per connection: a dropped connection drops one request

    def log_message(self, format: str, *args: object) -> None:  # the JSONL log is the log
        pass

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = do_GET

    def _handle(self) -> None:
        started = time.monotonic()
        seq, fault, after = self.proxy.admit(self.command)
        record = {
            "seq": seq, "time": round(time.time(), 3), "method": self.command, "path": self.path,
            "action": action_of(self.path), "fault": fault, "after": after, "forwarded": False,
            "status": None, "upstream_status": None, "bytes_up": 0, "bytes_down": 0,
        }  # fmt: skip
        try:
            self._serve(seq, fault, after, record)
        except (ConnectionError, TimeoutError, OSError) as exc:
            record["error"] = type(exc).__name__
        record["seconds"] = round(time.monotonic() - started, 4)
        if seq:
            self.proxy.log(record)

    def _serve(self, seq: int, fault: str | None, after: bool, record: dict) -> None:
        if not seq:
            self._answer(503, b"fault proxy budget exhausted\n", record)
            self.proxy.stop()
            return
        if fault == "drop" and not after:
            self._drop()
            return
        body = self._body()
        self.proxy.receiving(body, True)
        try:
            self._answer_or_forward(fault, after, body, record)
        finally:
            self.proxy.receiving(body, False)

    def _answer_or_forward(self, fault: str | None, after: bool, body: _Body, record: dict) -> None:
        if fault and fault.startswith("error") and not after:
            body.drain()
            record["bytes_up"] = body.count
            self._answer(int(fault.split(":")[1]), b"injected by faultproxy\n", record)
            return
        status, headers, payload = self._forward(body, record)
        if fault == "drop":
            self._drop()
        elif fault and fault.startswith("error"):
            self._answer(int(fault.split(":")[1]), b"injected by faultproxy after forwarding\n", record)
        else:
            if fault == "slow":
                time.sleep(self.proxy.faults.slow_seconds)
            self._answer(status, payload, record, headers)

    def _body(self) -> _Body:
        """The request body as a counting stream, so a 200 MiB upload is never held in memory."""
        rate = self.proxy.faults.upload_rate
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = self._read_chunked()
            return _Body(io.BytesIO(data), len(data), rate)
        return _Body(self.rfile, int(self.headers.get("Content-Length") or 0), rate)

    def _read_chunked(self) -> bytes:
        parts = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _forward(self, body: _Body, record: dict) -> tuple[int, list[tuple[str, str]], bytes]:
        host, port = self.proxy.upstream
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["Host"] = f"{host}:{port}"
        headers["Content-Length"] = str(body.length)
        connection = http.client.HTTPConnection(host, port, timeout=300, blocksize=CHUNK)
        try:
            connection.request(self.command, self.path, body=body if body.length else None, headers=headers)
            response = connection.getresponse()
            payload = response.read()
        except OSError:
            body.drain()
            return 502, [], b"faultproxy: upstream unreachable\n"
        finally:
            connection.close()
            record["bytes_up"] = body.count
        record["forwarded"] = True
        record["upstream_status"] = response.status
        kept = [(k, v) for k, v in response.getheaders() if k.lower() not in HOP_BY_HOP]
        return response.status, kept, payload

    def _answer(self, status: int, payload: bytes, record: dict, headers: list | None = None) -> None:
        self.send_response(status)
        for key, value in headers or [("Content-Type", "text/plain")]:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)
        record["status"] = status
        record["bytes_down"] = len(payload)

    def _drop(self) -> None:
        """Close at once, with a reset rather than a clean FIN, like a crashed gateway."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--upstream", default="http://127.0.0.1:5050")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--error-rate", type=float, default=0.0)
    parser.add_argument("--drop-rate", type=float, default=0.0)
    parser.add_argument("--slow-rate", type=float, default=0.0)
    parser.add_argument("--slow-seconds", type=float, default=1.0)
    parser.add_argument("--after-rate", type=float, default=0.0)
    parser.add_argument("--upload-rate", type=float, help="read request bodies at most this many bytes/s")
    parser.add_argument("--methods", help="comma-separated, e.g. POST (default: all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-requests", type=int, default=10_000)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument("--log", type=Path, help="JSONL log of every request")
    args = parser.parse_args(argv)
    faults = Faults(
        error_rate=args.error_rate, drop_rate=args.drop_rate, slow_rate=args.slow_rate,
        slow_seconds=args.slow_seconds, after_rate=args.after_rate, seed=args.seed, upload_rate=args.upload_rate,
        methods=frozenset(args.methods.split(",")) if args.methods else None,
        max_requests=args.max_requests, max_seconds=args.max_seconds,
    )  # fmt: skip
    proxy = FaultProxy(args.upstream, faults, host=args.host, port=args.port, log_path=args.log)
    with proxy:
        print(f"faultproxy listening on {proxy.url} -> {args.upstream}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            proxy.wait()
    print(json.dumps(proxy.summary()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
