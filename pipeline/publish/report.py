"""The run report: what was planned, every request made, and totals a benchmark or a CI job can assert on.

`upload_bytes` counts file bytes sent in uploads and `download_bytes` file bytes fetched (the publisher
never downloads files to compare: it trusts the sha256 recorded on the portal); `bytes_sent` and
`bytes_received` count whole HTTP bodies, API answers included.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

WRITE_ACTIONS_PREFIXES = (
    "package_create",
    "package_patch",
    "package_update",
    "resource_",
    "datastore_",
    "dataset_",
)
READ_ACTIONS = frozenset({"package_show", "status_show", "scheming_dataset_schema_show", "datastore_search"})


def is_write(action: str) -> bool:
    return action not in READ_ACTIONS and action.startswith(WRITE_ACTIONS_PREFIXES)


@dataclass
class RequestRecord:
    method: str
    action: str
    status: int | None
    bytes_sent: int
    bytes_received: int
    seconds: float
    attempt: int = 1
    upload_bytes: int = 0
    error: str | None = None

    @property
    def write(self) -> bool:
        return is_write(self.action)


@dataclass
class RunReport:
    portal: str
    dataset: str
    mode: str = "publish"  # publish | dry-run | check
    outcome: str = "started"  # published | nothing-to-do | planned | drift | no-drift | failed
    exit_code: int = 0
    plan: list[dict] = field(default_factory=list)
    requests: list[RequestRecord] = field(default_factory=list)
    dataset_url: str | None = None
    resources: list[dict] = field(default_factory=list)
    validation: dict | None = None
    error: str | None = None

    def record(self, entry: RequestRecord) -> None:
        self.requests.append(entry)

    def totals(self) -> dict:
        return {
            "requests": len(self.requests),
            "write_requests": sum(1 for r in self.requests if r.write),
            "retries": sum(1 for r in self.requests if r.attempt > 1),
            "bytes_sent": sum(r.bytes_sent for r in self.requests),
            "bytes_received": sum(r.bytes_received for r in self.requests),
            "upload_bytes": sum(r.upload_bytes for r in self.requests),
            "download_bytes": 0,
            "seconds": round(sum(r.seconds for r in self.requests), 3),
        }

    def to_dict(self) -> dict:
        data = asdict(self)
        data["requests"] = [asdict(r) | {"write": r.write} for r in self.requests]
        data["totals"] = self.totals()
        return data

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
