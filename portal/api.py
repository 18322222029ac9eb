"""A minimal CKAN action-API client on urllib.

The tooling runs before any virtual environment exists, so it cannot use ckanapi or requests.
Errors carry the action and CKAN's error body but never the token.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any


class ApiError(Exception):
    """A CKAN action answered ``success: false`` or an HTTP error."""

    def __init__(self, action: str, status: int, error: Any):
        super().__init__(f"{action}: HTTP {status}: {error}")
        self.action = action
        self.status = status
        self.error = error


def call(
    url: str, action: str, data: dict[str, Any] | None = None, token: str | None = None, timeout: float = 30
) -> Any:
    """POST ``data`` to ``/api/3/action/<action>`` and return ``result``."""
    body = json.dumps(data or {}).encode()
    request = urllib.request.Request(
        f"{url}/api/3/action/{action}",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    if token:
        request.add_header("Authorization", token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.load(response)
    except urllib.error.HTTPError as exc:
        try:
            error = json.load(exc).get("error")
        except (ValueError, AttributeError):
            error = exc.reason
        raise ApiError(action, exc.code, error) from None
    if not payload.get("success"):
        raise ApiError(action, 200, payload.get("error"))
    return payload["result"]


def status(url: str, timeout: float = 2) -> dict[str, Any] | None:
    """``status_show`` if CKAN answers at ``url``, else None (nothing listening, or not CKAN)."""
    try:
        request = urllib.request.Request(f"{url}/api/3/action/status_show")
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.load(response)
    except (OSError, ValueError):
        return None
    if not isinstance(payload, dict) or not payload.get("success"):
        return None
    return payload["result"]
