"""The accounts, tokens and publishing settings other parts of the project rely on."""

from __future__ import annotations

import stat

import pytest

from portal import settings

pytestmark = pytest.mark.portal


def test_token_files_are_private(local_portal):
    for path in (
        local_portal.sysadmin_token_file,
        local_portal.publisher_token_file,
        local_portal.outsider_token_file,
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_the_fixture_never_shows_tokens(local_portal):
    text = repr(local_portal)
    for token in (local_portal.sysadmin_token, local_portal.publisher_token, local_portal.outsider_token):
        assert token not in text


def test_portal_env_points_the_publisher_at_the_local_portal(local_portal):
    lines = dict(line.split("=", 1) for line in settings.load().env_file.read_text().splitlines() if line.strip())
    assert lines == {
        "CKAN_URL": local_portal.url,
        "CKAN_API_TOKEN_FILE": str(local_portal.publisher_token_file),
        "CKAN_ORGANIZATION": "award-facts",
    }


def test_the_organization_has_its_thai_title(local_portal, ckan):
    org = ckan.ok("organization_show", id=local_portal.organization)
    assert org["title"] == settings.ORGANIZATION_TITLE


def test_each_token_belongs_to_its_user(local_portal, ckan):
    for user, token in (
        ("ckan_admin", local_portal.sysadmin_token),
        ("publisher", local_portal.publisher_token),
        ("outsider", local_portal.outsider_token),
    ):
        ckan.ok("api_token_list", token, user_id=user)
    status, _ = ckan.call("api_token_list", local_portal.outsider_token, user_id="publisher")
    assert status == 403


def test_publisher_is_an_editor_of_the_organization_only(local_portal, ckan):
    user = ckan.ok("user_show", local_portal.sysadmin_token, id="publisher")
    assert user["sysadmin"] is False
    orgs = ckan.ok("organization_list_for_user", local_portal.publisher_token, id="publisher", permission="read")
    assert [(o["name"], o["capacity"]) for o in orgs if o["name"] == "award-facts"] == [("award-facts", "editor")]


def test_outsider_belongs_to_no_organization_and_cannot_publish(local_portal, ckan, new_dataset):
    user = ckan.ok("user_show", local_portal.sysadmin_token, id="outsider")
    assert user["sysadmin"] is False
    assert ckan.ok("organization_list_for_user", local_portal.outsider_token, id="outsider") == []
    status, body = ckan.call("package_create", local_portal.outsider_token, **new_dataset())
    assert status == 403
    assert body["error"]["__type"] == "Authorization Error"


def test_publisher_cannot_write_to_another_organization(local_portal, ckan, scratch_org, new_dataset):
    status, body = ckan.call("package_create", local_portal.publisher_token, **new_dataset(owner_org=scratch_org))
    assert status == 403
    assert body["error"]["__type"] == "Authorization Error"
