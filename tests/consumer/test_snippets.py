"""The consumer docs' code snippets run, as written, against the local portal.

The package is built from sources/ over a copy of datapackage/ (what `make publish` does before it
publishes), published with the publisher token to a dataset name unique to this test run, and purged
with the sysadmin token afterwards. The snippets are every ```python block of the "Use the data"
section, run in order in one fresh interpreter; only the two lines that name the portal and the
dataset are changed.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests

from pipeline.build import build
from pipeline.publish import publish
from pipeline.publish.config import Secret, load_target

pytestmark = pytest.mark.portal
ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "use-the-data.md", ROOT / "README.md")
PORTAL_LINE = 'PORTAL = "http://127.0.0.1:5050"'
DATASET_LINE = 'DATASET = "thai-government-award-facts"'
SNIPPET = re.compile(r"^```python\n(.*?)^```$", re.M | re.S)


def use_the_data() -> str:
    """The "Use the data" section, from the README once it is merged there, else docs/use-the-data.md."""
    for path in DOCS:
        if path.is_file() and "## Use the data" in (text := path.read_text("utf-8")):
            section = text.split("## Use the data", 1)[1]
            return re.split(r"^## ", section, maxsplit=1, flags=re.M)[0]
    pytest.fail("no '## Use the data' section in docs/use-the-data.md or README.md", pytrace=False)


def snippets(section: str, portal: str, dataset: str) -> str:
    code = "\n\n".join(SNIPPET.findall(section))
    assert code.count(PORTAL_LINE) == 1 and code.count(DATASET_LINE) == 1, "the snippets must name PORTAL and DATASET"
    return code.replace(PORTAL_LINE, f"PORTAL = {portal!r}").replace(DATASET_LINE, f"DATASET = {dataset!r}")


@pytest.fixture
def dataset_name(local_portal):
    name = f"test-snippets-{uuid.uuid4().hex[:12]}"
    yield name
    requests.post(
        f"{local_portal.url}/api/3/action/dataset_purge",
        json={"id": name},
        headers={"Authorization": local_portal.sysadmin_token},
        timeout=60,
    )


@pytest.fixture
def published(local_portal, dataset_name, tmp_path) -> Path:
    package = tmp_path / "datapackage"
    if (ROOT / "datapackage" / "datapackage.json").is_file():
        shutil.copytree(ROOT / "datapackage", package)
    build(ROOT / "sources", package)
    target = load_target(ROOT / "publish.toml", {"CKAN_URL": local_portal.url}, dataset=dataset_name)
    target.organization = local_portal.organization
    target.token = Secret(local_portal.publisher_token)
    report = publish(package, target)
    assert report.outcome == "published", report.error
    return package


def rows(package: Path, table: str) -> list[dict]:
    with (package / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_extras_are_published_as_resources(local_portal, dataset_name, published):
    dataset = requests.get(
        f"{local_portal.url}/api/3/action/package_show", params={"id": dataset_name}, timeout=30
    ).json()["result"]
    resources = {r["name"]: r for r in dataset["resources"]}
    expected = {
        "data-dictionary.md": "Markdown",
        "data-dictionary.html": "HTML",
        "CHANGELOG.md": "Markdown",
        "metadata/dataset.jsonld": "JSON-LD",
        "metadata/dcat.ttl": "RDF",
        "data/excel/awards.csv": "CSV",
    }
    for name, fmt in expected.items():
        assert name in resources and resources[name]["format"] == fmt, name
        body = requests.get(resources[name]["url"], timeout=30).content
        assert body == (published / name).read_bytes(), name


def test_use_the_data_snippets_run_against_the_local_portal(local_portal, dataset_name, published, tmp_path):
    code = snippets(use_the_data(), local_portal.url, dataset_name)
    script = tmp_path / "snippets.py"
    script.write_text(code, "utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"the snippets failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
    out = result.stdout
    awards = rows(published, "awards")
    assert f"{len(awards)} awards" in out  # pandas read the CSV of record from its URL
    assert f"{len(awards)} award rows" in out  # frictionless read the package from the datapackage.json URL
    recipient = sum(1 for r in awards if r["recipient_id"] == "ind-office-of-the-permanent-secretary")
    assert f"{recipient} rows:" in out  # datastore_search with a filter
    assert recipient >= 1
