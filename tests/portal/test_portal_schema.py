"""The local portal speaks data.go.th's dataset schema and refuses what data.go.th refuses."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.portal

REQUIRED = [
    "data_type",
    "title",
    "name",
    "owner_org",
    "maintainer",
    "maintainer_email",
    "tag_string",
    "notes",
    "objective",
    "update_frequency_unit",
    "geo_coverage",
    "data_source",
    "data_format",
    "data_category",
    "license_id",
]
CHOICES = {
    "data_type": {"ข้อมูลระเบียน", "ข้อมูลสถิติ", "ข้อมูลภูมิสารสนเทศเชิงพื้นที่", "ข้อมูลหลากหลายประเภท", "ข้อมูลประเภทอื่นๆ"},
    "data_category": {"ข้อมูลสาธารณะ", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง", "ข้อมูลความลับทางราชการ"},
    "license_id": {
        "License not specified",
        "Creative Commons Attributions",
        "Creative Commons Attribution Share-Alike",
        "Creative Commons Non-Commercial (Any)",
        "Open Data Common",
        "GNU Free Documentation License",
        "อื่นๆ",
    },
}


def test_status_show_lists_the_plugins(local_portal, ckan):
    status = ckan.ok("status_show")
    assert status["ckan_version"] == "2.11.6"
    assert {"scheming_datasets", "datastore", "datagothai"} <= set(status["extensions"])


@pytest.fixture(scope="module")
def schema(ckan):
    return ckan.ok("scheming_dataset_schema_show", type="dataset")


def test_schema_has_every_required_field_with_a_thai_label(schema):
    fields = {f["field_name"]: f for f in schema["dataset_fields"]}
    for name in REQUIRED:
        assert fields[name].get("required") is True, name
    for name in set(REQUIRED) - {"name"}:
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in fields[name]["label"]), name


def test_schema_choices_are_the_thai_strings(schema):
    fields = {f["field_name"]: f for f in schema["dataset_fields"]}
    for name, expected in CHOICES.items():
        assert {c["value"] for c in fields[name]["choices"]} == expected
    assert len(fields["objective"]["choices"]) == 14
    assert len(fields["update_frequency_unit"]["choices"]) == 13
    assert len(fields["geo_coverage"]["choices"]) == 14
    assert len(fields["data_format"]["choices"]) == 20
    for multi in ("objective", "data_format", "data_language"):
        assert fields[multi]["preset"] == "multiple_checkbox"
    for boolean in ("allow_harvest", "high_value_dataset", "reference_data"):
        assert {c["value"] for c in fields[boolean]["choices"]} == {"True", "False"}


def test_every_other_choice_has_a_companion_field(schema):
    names = {f["field_name"] for f in schema["dataset_fields"]}
    for field in schema["dataset_fields"]:
        if any(c["value"] == "อื่นๆ" for c in field.get("choices", [])):
            assert f"{field['field_name']}_other" in names


def test_schema_has_the_resource_fields(schema):
    names = [f["field_name"] for f in schema["resource_fields"]]
    assert names == [
        "url",
        "name",
        "description",
        "format",
        "resource_accessible_condition",
        "resource_last_updated_date",
    ]


def test_a_full_dataset_is_stored_with_thai_values_lists_and_string_booleans(local_portal, ckan, new_dataset):
    created = ckan.ok("package_create", local_portal.publisher_token, **new_dataset())
    shown = ckan.ok("package_show", local_portal.publisher_token, id=created["id"])
    assert shown["data_type"] == "ข้อมูลสถิติ"
    assert shown["objective"] == ["พันธกิจหน่วยงาน", "อื่นๆ"]
    assert shown["data_format"] == ["CSV", "JSON"]
    assert shown["license_id"] == "Open Data Common"
    assert shown["allow_harvest"] == "True"
    assert shown["last_updated_date"] == "2024-05-01"
    assert shown["data_collect_other"] == "หน่วยงานของรัฐ"
    assert not shown.get("extras"), "custom fields must be top-level keys, not extras"


@pytest.mark.parametrize("field", REQUIRED)
def test_a_dataset_missing_a_required_field_is_refused(local_portal, ckan, new_dataset, field):
    data = new_dataset(**{field: None})
    status, body = ckan.call("package_create", local_portal.sysadmin_token, **data)
    assert status == 409
    assert body["error"]["__type"] == "Validation Error"
    assert field in body["error"], body["error"]


def test_a_dataset_with_tags_as_a_list_needs_no_tag_string(local_portal, ckan, new_dataset):
    data = new_dataset(tag_string=None, tags=[{"name": "นวัตกรรม"}, {"name": "การพัฒนา"}])
    created = ckan.ok("package_create", local_portal.publisher_token, **data)
    assert sorted(t["name"] for t in created["tags"]) == ["การพัฒนา", "นวัตกรรม"]


def test_a_thai_tag_is_accepted(local_portal, ckan, new_dataset):
    created = ckan.ok("package_create", local_portal.publisher_token, **new_dataset(tag_string="นวัตกรรม"))
    assert [t["name"] for t in created["tags"]] == ["นวัตกรรม"]


@pytest.mark.parametrize("tag", ["bad<tag>", "semi;colon", "ท"])
def test_a_tag_with_other_characters_or_too_short_is_refused(local_portal, ckan, new_dataset, tag):
    status, body = ckan.call("package_create", local_portal.sysadmin_token, **new_dataset(tag_string=tag))
    assert status == 409
    assert "tag_string" in body["error"]


def test_an_unknown_choice_is_refused(local_portal, ckan, new_dataset):
    status, body = ckan.call("package_create", local_portal.sysadmin_token, **new_dataset(data_format=["CSV", "EXE"]))
    assert status == 409
    assert "data_format" in body["error"]


def test_a_name_over_70_characters_is_refused(local_portal, ckan, new_dataset):
    data = new_dataset()
    data["name"] = data["name"] + "-" + "x" * 70
    status, body = ckan.call("package_create", local_portal.sysadmin_token, **data)
    assert status == 409
    assert "name" in body["error"]


def test_package_patch_keeps_the_tags_and_the_other_fields(local_portal, ckan, new_dataset):
    created = ckan.ok("package_create", local_portal.publisher_token, **new_dataset())
    patched = ckan.ok("package_patch", local_portal.publisher_token, id=created["id"], notes="แก้ไขคำอธิบาย")
    assert patched["notes"] == "แก้ไขคำอธิบาย"
    assert sorted(t["name"] for t in patched["tags"]) == sorted(t["name"] for t in created["tags"])
    assert patched["objective"] == created["objective"]
