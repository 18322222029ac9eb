"""A thin CKAN action-API client built for a scheduled job that must not duplicate, leak or hang.

ckanapi's RemoteCKAN builds multipart bodies in memory, retries nothing and reports no byte counts, so
this client is ours: every request has a timeout; connection errors and 502/503/504 are retried with
exponential backoff and jitter (a 4xx never is: it would fail the same way again); a write that is not
idempotent (a create) is never blindly retried, the caller's `reconcile` re-reads the portal first;
uploads stream from disk; every request is recorded for the run report; the token is only ever put in
the Authorization header and scrubbed from anything the portal echoes back.
"""

from __future__ import annotations

import io
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
from requests_toolbelt.multipart.encoder import MultipartEncoder, MultipartEncoderMonitor

from pipeline.publish.config import Secret, check_transport
from pipeline.publish.errors import NotAuthorized, NotFound, PortalError, TransientError
from pipeline.publish.report import RequestRecord

RETRY_STATUSES = frozenset({502, 503, 504})
CONNECT_TIMEOUT = 10.0
USER_AGENT = "thai-award-facts-publisher/0.1 (+requests)"

Reconcile = Callable[[], Any]
Progress = Callable[[int, int], None]


class Client:
    def __init__(
        self,
        url: str,
        token: Secret | None = None,
        *,
        timeout: float = 60.0,
        upload_timeout: float = 600.0,
        retries: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        on_request: Callable[[RequestRecord], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
    ) -> None:
        check_transport(url, token)
        self.url = url.rstrip("/")
        self._token = token
        self.timeout = timeout
        self.upload_timeout = upload_timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._on_request = on_request or (lambda record: None)
        self._sleep = sleep
        self._random = random.Random(seed)
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        if token:
            self.session.headers["Authorization"] = token.reveal()

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public calls -------------------------------------------------------------------------------

    def read(self, action: str, params: dict | None = None) -> Any:
        """A read-only action as GET: safe to retry, cacheable by proxies."""

        def send() -> tuple[requests.Response, int, int]:
            response = self.session.get(
                self._action_url(action),
                params=params,
                timeout=(CONNECT_TIMEOUT, self.timeout),
                allow_redirects=False,
            )
            return response, 0, 0

        return self._attempts("GET", action, send, None)

    def call(self, action: str, data: dict | None = None, *, reconcile: Reconcile | None = None) -> Any:
        """A JSON POST. Pass `reconcile` for non-idempotent writes: it is asked before every retry."""
        body = json.dumps(data or {}, ensure_ascii=False).encode("utf-8")

        def send() -> tuple[requests.Response, int, int]:
            response = self.session.post(
                self._action_url(action),
                data=body,
                headers={"Content-Type": "application/json; charset=utf-8"},
                timeout=(CONNECT_TIMEOUT, self.timeout),
                allow_redirects=False,
            )
            return response, len(body), 0

        return self._attempts("POST", action, send, reconcile)

    def upload(
        self,
        action: str,
        data: dict,
        source: Path | bytes,
        *,
        filename: str,
        mimetype: str = "application/octet-stream",
        reconcile: Reconcile | None = None,
        progress: Progress | None = None,
    ) -> Any:
        """A multipart POST streamed from disk (or small bytes): memory stays flat whatever the file size."""
        fields = {key: _form_value(value) for key, value in data.items()}
        size = len(source) if isinstance(source, bytes) else source.stat().st_size

        def send() -> tuple[requests.Response, int, int]:
            with _open(source) as handle:
                encoder = MultipartEncoder(fields={**fields, "upload": (filename, handle, mimetype)})
                overhead = encoder.len - size
                monitor = MultipartEncoderMonitor(encoder, _progress_callback(progress, encoder.len))
                try:
                    response = self.session.post(
                        self._action_url(action),
                        data=monitor,
                        headers={"Content-Type": monitor.content_type},
                        timeout=(CONNECT_TIMEOUT, self.upload_timeout),
                        allow_redirects=False,
                    )
                except requests.RequestException as exc:
                    exc.bytes_sent = monitor.bytes_read  # type: ignore[attr-defined]
                    raise
            return response, monitor.bytes_read, max(0, min(size, monitor.bytes_read - overhead))

        return self._attempts("POST", action, send, reconcile)

    # -- machinery ----------------------------------------------------------------------------------

    def _action_url(self, action: str) -> str:
        return f"{self.url}/api/3/action/{action}"

    def _attempts(self, method: str, action: str, send: Callable, reconcile: Reconcile | None) -> Any:
        started = time.monotonic()
        for attempt in range(1, self.retries + 2):
            failure = self._attempt(method, action, send, attempt)
            if not isinstance(failure, TransientError):
                return failure
            if attempt > self.retries:
                waited = time.monotonic() - started
                raise TransientError(
                    action,
                    failure.status,
                    failure.error,
                    f"{failure.message}; gave up after {attempt} attempts over {waited:.0f} s",
                )
            self._sleep(self._delay(attempt))
            if reconcile is not None:
                found = reconcile()
                if found is not None:
                    return found
        raise AssertionError("unreachable")

    def _attempt(self, method: str, action: str, send: Callable, attempt: int) -> Any:
        """One try: the result, or a TransientError to retry; any other failure is raised."""
        started = time.monotonic()
        try:
            response, sent, uploaded = send()
        except (requests.ConnectionError, requests.Timeout) as exc:
            kind = "timeout" if isinstance(exc, requests.Timeout) else "connection error"
            sent = getattr(exc, "bytes_sent", 0)
            self._record(method, action, None, sent, 0, started, attempt, 0, kind)
            return TransientError(action, None, None, f"{kind} talking to {self.url} ({type(exc).__name__})")
        received = len(response.content)
        self._record(method, action, response.status_code, sent, received, started, attempt, uploaded, None)
        if response.status_code in RETRY_STATUSES:
            return TransientError(action, response.status_code, None, f"portal or gateway answered {response.reason}")
        return self._result(action, response)

    def _delay(self, attempt: int) -> float:
        """Exponential backoff with jitter, so many clients retrying do not hit the portal in step."""
        ceiling = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return ceiling * self._random.uniform(0.5, 1.0)

    def _record(self, method, action, status, sent, received, started, attempt, uploaded, error) -> None:
        seconds = round(time.monotonic() - started, 4)
        error = self.redact(error) if error else None
        self._on_request(RequestRecord(method, action, status, sent, received, seconds, attempt, uploaded, error))

    def _result(self, action: str, response: requests.Response) -> Any:
        status = response.status_code
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if status == 200 and isinstance(payload, dict) and payload.get("success"):
            return payload.get("result")
        if 300 <= status < 400:
            where = response.headers.get("Location", "?")
            raise PortalError(action, status, None, f"redirected to {where}: set CKAN_URL to the final address")
        error = payload.get("error") if isinstance(payload, dict) else response.text[:300]
        error = self.redact_obj(error)
        kind = NotAuthorized if status in (401, 403) else NotFound if status == 404 else PortalError
        raise kind(action, status, error)

    def redact(self, text: str) -> str:
        if self._token and self._token.reveal() in text:
            text = text.replace(self._token.reveal(), "***")
        return text

    def redact_obj(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {k: self.redact_obj(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.redact_obj(v) for v in value]
        return value


def _open(source: Path | bytes):
    return io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")


def _form_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _progress_callback(progress: Progress | None, total: int) -> Callable:
    if progress is None:
        return lambda monitor: None
    return lambda monitor: progress(monitor.bytes_read, total)
