"""Files and table rows on the local portal: uploads, downloads, the DataStore, the dataset page."""

from __future__ import annotations

import hashlib
import os

import pytest
import requests

pytestmark = pytest.mark.portal


def upload(portal, token: str, dataset_id: str, name: str, content: bytes, **fields) -> dict:
    response = requests.post(
        f"{portal.url}/api/3/action/resource_create",
        data={"package_id": dataset_id, "name": name, **fields},
        files={"upload": (name, content)},
        headers={"Authorization": token},
        timeout=120,
    )
    body = response.json()
    assert response.status_code == 200 and body["success"], body.get("error")
    return body["result"]


def test_an_uploaded_file_downloads_byte_identical(local_portal, ckan, new_dataset):
    dataset = ckan.ok("package_create", local_portal.publisher_token, **new_dataset())
    content = "ชื่อ,รางวัล\nกรมตัวอย่าง,รางวัลเลิศรัฐ\n".encode() + os.urandom(3 * 1024 * 1024)
    digest = hashlib.sha256(content).hexdigest()
    resource = upload(
        local_portal,
        local_portal.publisher_token,
        dataset["id"],
        "awards.csv",
        content,
        format="CSV",
        hash=digest,
        resource_last_updated_date="2024-05-01",
    )
    assert resource["url"].startswith(f"{local_portal.url}/dataset/{dataset['id']}/resource/")
    assert resource["hash"] == digest
    assert resource["size"] == len(content)
    downloaded = requests.get(resource["url"], timeout=120)
    assert downloaded.status_code == 200
    assert hashlib.sha256(downloaded.content).hexdigest() == digest


def test_resource_patch_keeps_the_id_and_url(local_portal, ckan, new_dataset):
    dataset = ckan.ok("package_create", local_portal.publisher_token, **new_dataset())
    first = upload(local_portal, local_portal.publisher_token, dataset["id"], "table.csv", b"a,b\n1,2\n")
    response = requests.post(
        f"{local_portal.url}/api/3/action/resource_patch",
        data={"id": first["id"], "hash": "sha256-of-new"},
        files={"upload": ("table.csv", b"a,b\n1,3\n")},
        headers={"Authorization": local_portal.publisher_token},
        timeout=60,
    )
    patched = response.json()["result"]
    assert (patched["id"], patched["url"], patched["hash"]) == (first["id"], first["url"], "sha256-of-new")
    assert requests.get(patched["url"], timeout=30).content == b"a,b\n1,3\n"


def test_a_resource_needs_a_name(local_portal, ckan, new_dataset):
    dataset = ckan.ok("package_create", local_portal.publisher_token, **new_dataset())
    status, body = ckan.call(
        "resource_create", local_portal.publisher_token, package_id=dataset["id"], url="http://example.org/x"
    )
    assert status == 409
    assert "name" in body["error"]


def test_datastore_create_upsert_and_search(local_portal, ckan, new_dataset):
    dataset = ckan.ok("package_create", local_portal.publisher_token, **new_dataset())
    resource = ckan.ok(
        "resource_create",
        local_portal.publisher_token,
        package_id=dataset["id"],
        name="awards",
        url="http://example.org/awards.csv",
        format="CSV",
    )
    ckan.ok(
        "datastore_create",
        local_portal.publisher_token,
        resource_id=resource["id"],
        fields=[
            {"id": "award_id", "type": "text"},
            {"id": "agency", "type": "text"},
            {"id": "year", "type": "int"},
        ],
        primary_key=["award_id"],
        records=[{"award_id": "a1", "agency": "กรมตัวอย่าง", "year": 2566}],
        force=True,
    )
    ckan.ok(
        "datastore_upsert",
        local_portal.publisher_token,
        resource_id=resource["id"],
        records=[
            {"award_id": "a1", "agency": "กรมตัวอย่าง", "year": 2567},
            {"award_id": "a2", "agency": "สำนักงานทดสอบ", "year": 2566},
        ],
        method="upsert",
        force=True,
    )
    found = ckan.ok("datastore_search", resource_id=resource["id"], sort="award_id")
    assert found["total"] == 2
    assert [(r["award_id"], r["agency"], r["year"]) for r in found["records"]] == [
        ("a1", "กรมตัวอย่าง", 2567),
        ("a2", "สำนักงานทดสอบ", 2566),
    ]
    filtered = ckan.ok("datastore_search", resource_id=resource["id"], filters={"agency": "สำนักงานทดสอบ"})
    assert [r["award_id"] for r in filtered["records"]] == ["a2"]


def test_the_dataset_page_answers_200(local_portal, ckan, new_dataset):
    dataset = ckan.ok("package_create", local_portal.publisher_token, **new_dataset())
    ckan.ok(
        "resource_create",
        local_portal.publisher_token,
        package_id=dataset["id"],
        name="awards.csv",
        url="http://example.org/awards.csv",
    )
    page = requests.get(f"{local_portal.url}/dataset/{dataset['name']}", timeout=30)
    assert page.status_code == 200
    assert dataset["title"] in page.text
    assert "Open Data Common" in page.text


@pytest.mark.parametrize("path", ["/", "/dataset/", "/organization/", "/organization/award-facts"])
def test_the_listing_pages_answer_200(local_portal, path):
    assert requests.get(f"{local_portal.url}{path}", timeout=30).status_code == 200
