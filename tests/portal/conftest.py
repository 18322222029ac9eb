"""Helpers for the portal's own tests: an action-API caller and self-cleaning datasets and orgs.

Every dataset or organization a test creates gets a unique name and is purged afterwards, so the
tests can run against a portal other engineers are using at the same time.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

VALID_DATASET: dict[str, Any] = {
    "data_type": "ข้อมูลสถิติ",
    "maintainer": "กองข้อมูลรางวัล",
    "maintainer_email": "data@example.org",
    "tag_string": "นวัตกรรม,รางวัล,award",
    "notes": "รางวัลของหน่วยงานภาครัฐ (test dataset of the portal's own tests)",
    "objective": ["พันธกิจหน่วยงาน", "อื่นๆ"],
    "objective_other": "ทดสอบระบบ",
    "update_frequency_unit": "สัปดาห์",
    "geo_coverage": "ประเทศ",
    "data_source": "ข่าวประชาสัมพันธ์ของหน่วยงานรัฐ",
    "data_format": ["CSV", "JSON"],
    "data_category": "ข้อมูลสาธารณะ",
    "license_id": "Open Data Common",
    "allow_harvest": "True",
    "data_language": ["ไทย", "อังกฤษ"],
    "last_updated_date": "2024-05-01",
    "data_collect": "อื่นๆ",
    "data_collect_other": "หน่วยงานของรัฐ",
}


class Ckan:
    """POSTs JSON to the action API and returns the parsed body (success or not)."""

    def __init__(self, url: str):
        self.url = url

    def call(self, action: str, token: str | None = None, **data: Any) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": token} if token else {}
        response = requests.post(f"{self.url}/api/3/action/{action}", json=data, headers=headers, timeout=60)
        return response.status_code, response.json()

    def ok(self, action: str, token: str | None = None, **data: Any) -> Any:
        status, body = self.call(action, token, **data)
        assert status == 200 and body["success"], f"{action} failed: HTTP {status}: {body.get('error')}"
        return body["result"]


@pytest.fixture(scope="session")
def ckan(local_portal) -> Ckan:
    return Ckan(local_portal.url)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def new_dataset(local_portal, ckan) -> Iterator[Callable[..., dict[str, Any]]]:
    """Builds a valid data.go.th-style dataset dict with a unique name; purges those created."""
    names: list[str] = []

    def build(**overrides: Any) -> dict[str, Any]:
        name = unique("test-portal")
        names.append(name)
        data = copy.deepcopy(VALID_DATASET)
        data.update(name=name, title=f"ชุดข้อมูลทดสอบ {name}", owner_org=local_portal.organization)
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    yield build
    for name in names:
        ckan.call("dataset_purge", local_portal.sysadmin_token, id=name)


@pytest.fixture
def scratch_org(local_portal, ckan) -> Iterator[str]:
    name = unique("test-portal-org")
    ckan.ok("organization_create", local_portal.sysadmin_token, name=name, title=f"องค์กรทดสอบ {name}")
    yield name
    ckan.call("organization_purge", local_portal.sysadmin_token, id=name)
