"""The publisher's pure parts: config, package reading, metadata mapping, schema check, plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.publish.config import Target, load_target
from pipeline.publish.descriptor import render
from pipeline.publish.errors import ConfigError
from pipeline.publish.local import read_package
from pipeline.publish.metadata import dataset_dict, licence_name
from pipeline.publish.plan import compute_plan, resource_fields
from pipeline.publish.schema_check import bundled_rules, problems

ROOT = Path(__file__).resolve().parents[2]


def target(**fields) -> Target:
    config = load_target(ROOT / "publish.toml", {"CKAN_URL": "http://127.0.0.1:5050"})
    config.fields.update(fields)
    return config


def test_publish_toml_gives_every_required_field(package_dir):
    wanted = dataset_dict(read_package(package_dir), target())
    assert problems(wanted, bundled_rules(), known_fields_only=False) == []
    assert wanted["license_id"] == "Open Data Common"
    assert wanted["data_format"] == ["CSV", "JSON"]
    assert {t["name"] for t in wanted["tags"]} >= {"รางวัล", "awards"}
    assert wanted["allow_harvest"] == "True"
    assert wanted["last_updated_date"] == "2024-03-02" and wanted["created_date"] == "2024-03-01"
    assert "extras" not in wanted


def test_every_problem_is_reported_at_once(package_dir):
    wanted = dataset_dict(read_package(package_dir), target(geo_coverage="ดาวอังคาร", maintainer_email="nobody"))
    del wanted["data_type"], wanted["objective"]
    found = problems(wanted, bundled_rules(), known_fields_only=False)
    assert len(found) == 4
    assert any(p.startswith("data_type") for p in found) and any("ดาวอังคาร" in p for p in found)


def test_facts_are_refused_in_publish_toml(tmp_path):
    config = tmp_path / "publish.toml"
    config.write_text('[portal]\norganization = "o"\n[dataset]\nname = "d"\ntitle = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="title"):
        load_target(config, {"CKAN_URL": "http://127.0.0.1:1"})


def test_environment_overrides_and_token_file(tmp_path):
    token = tmp_path / "token"
    token.write_text("abc\n")
    config = load_target(
        ROOT / "publish.toml",
        {"CKAN_URL": "https://x.example/", "CKAN_API_TOKEN_FILE": str(token), "CKAN_DATASET": "other"},
    )
    assert (config.url, config.dataset, config.token.reveal()) == ("https://x.example", "other", "abc")
    with pytest.raises(ConfigError, match="plain http"):
        load_target(ROOT / "publish.toml", {"CKAN_URL": "http://x.example", "CKAN_API_TOKEN": "abc"})


def test_licences_map_to_data_go_th_names():
    assert licence_name({"licenses": [{"name": "CC-BY-4.0"}]}) == "Creative Commons Attributions"
    assert licence_name({"licenses": [{"name": "CC-BY-SA-4.0"}]}) == "Creative Commons Attribution Share-Alike"
    assert licence_name({"licenses": [{"name": "ODbL-1.0"}]}) == "Open Data Common"
    assert licence_name({}) == "License not specified"


def test_package_files_include_json_twins_with_the_table_schema(package_dir):
    package = read_package(package_dir)
    names = [f.name for f in package.files]
    assert names[-1] == "datapackage.json" and "data/awards.json" in names and "data/awards.csv" in names
    twin = package.file("data/awards.json")
    assert twin.schema == package.file("data/awards.csv").schema and twin.format == "JSON"


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd"])
def test_paths_escaping_the_package_are_refused(package_dir, path):
    descriptor = json.loads((package_dir / "datapackage.json").read_text())
    descriptor["resources"][0]["path"] = path
    (package_dir / "datapackage.json").write_text(json.dumps(descriptor))
    with pytest.raises(InputError, match="escapes"):
        read_package(package_dir)


def test_symlinks_are_refused(package_dir):
    (package_dir / "data" / "link.csv").symlink_to(package_dir / "data" / "awards.csv")
    with pytest.raises(InputError, match="symbolic link"):
        read_package(package_dir)


def test_rendered_descriptor_has_urls_and_utf8_thai(package_dir):
    package = read_package(package_dir)
    urls = {f.name: f"http://p/{f.name}" for f in package.files}
    text = render(package, urls).decode("utf-8")
    assert "http://p/data/awards.csv" in text and "รางวัล" in text and "\\u0e" not in text
    del urls["data/awards.csv"]
    assert render(package, urls) is None


def portal_state(package, wanted) -> dict:
    """What the portal holds after a perfect publish of `package`."""
    resources = []
    for index, file in enumerate(package.files):
        resources.append({"id": f"r{index}", "url": f"http://p/{file.name}", **resource_fields(file)})
    state = {"id": "d1", "state": "active", "resources": resources, **wanted}
    state["organization"] = {"name": wanted["owner_org"]}
    rendered = render(package, {r["name"]: r["url"] for r in resources})
    descriptor = state["resources"][-1]
    import hashlib

    descriptor.update(hash=hashlib.sha256(rendered).hexdigest(), size=len(rendered))
    for resource in resources:
        if resource["name"].endswith(".csv"):
            resource["datastore_hash"] = resource["hash"]
    return state


def test_plan_for_a_new_dataset_creates_everything(package_dir):
    package = read_package(package_dir)
    plan = compute_plan(package, dataset_dict(package, target()), None)
    kinds = [s.kind for s in plan.steps]
    assert kinds[0] == "create_dataset" and kinds.count("create") == 7 and kinds.count("datastore") == 3


def test_plan_is_empty_when_the_portal_matches(package_dir):
    package = read_package(package_dir)
    wanted = dataset_dict(package, target())
    assert compute_plan(package, wanted, portal_state(package, wanted)).steps == []


def test_one_changed_table_uploads_only_its_file(package_dir):
    package = read_package(package_dir)
    wanted = dataset_dict(package, target())
    state = portal_state(package, wanted)
    with (package_dir / "data" / "awards.csv").open("a", encoding="utf-8") as handle:
        handle.write("a004,moc,รางวัลใหม่,New award,2024-03-01\n")
    changed = read_package(package_dir)
    plan = compute_plan(changed, wanted, state)
    assert [(s.kind, s.name) for s in plan.steps] == [
        ("upload", "data/awards.csv"),
        ("datastore", "data/awards.csv"),
    ]
    assert plan.steps[0].resource_id == "r1"


def test_stale_resources_are_deleted_only_with_prune(package_dir):
    package = read_package(package_dir)
    wanted = dataset_dict(package, target())
    state = portal_state(package, wanted)
    state["resources"].append({"id": "old", "name": "data/old.csv", "hash": "x"})
    assert compute_plan(package, wanted, state).steps == []
    assert compute_plan(package, wanted, state).stale == ["data/old.csv old"]
    assert [s.kind for s in compute_plan(package, wanted, state, prune=True).steps] == ["delete"]


def test_metadata_change_is_a_patch_of_that_field_only(package_dir):
    package = read_package(package_dir)
    wanted = dataset_dict(package, target())
    state = portal_state(package, wanted)
    state["maintainer"] = "someone else"
    state["tags"] = list(reversed(state["tags"]))
    plan = compute_plan(package, wanted, state)
    assert [(s.kind, s.fields) for s in plan.steps] == [("patch_dataset", ["maintainer"])]
