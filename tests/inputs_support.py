"""Helpers for the input-handling suites (test_sources, test_build, test_validate, test_cli, reliability/
test_bad_input): the CLI as a user runs it, the seed package built once per session, directory checksums,
and a one-cell edit of a built package that keeps its JSON twin, byte counts and hashes true. Also what the
extraction suites share: every fixture article's normalized text, and one phrasing article extracted.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"
SEED = SOURCES / "thaigov-news-75771.txt"
BAD = ROOT / "tests" / "fixtures" / "bad"
FIXTURES = ROOT / "tests" / "fixtures"
PHRASINGS = FIXTURES / "phrasings"
# The seed's six agencies of the ministry that also won (the article names no award for them).
SIX_AGENCIES = {
    "สำนักงานเศรษฐกิจอุตสาหกรรม",
    "กรมโรงงานอุตสาหกรรม",
    "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม",
    "กรมอุตสาหกรรมพื้นฐานและการเหมืองแร่",
    "สำนักงานคณะกรรมการอ้อยและน้ำตาลทราย",
    "การนิคมอุตสาหกรรมแห่งประเทศไทย",
}

_built: dict[str, Path] = {}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def cli(*args: object, cwd: Path, env: dict | None = None, timeout: float = 300) -> Run:
    """`pipeline ARGS` in its own process, as a user runs it: exit code, stdout, stderr."""
    environment = {**os.environ, "NO_COLOR": "1", "COLUMNS": "250", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in done.stderr, done.stderr  # every failure is a message, never a crash
    return Run(done.returncode, done.stdout, done.stderr)


def build_seed(out: Path) -> Path:
    """The project's sources built into ``out`` (no curation overrides, review list beside it)."""
    from pipeline.build import build

    build(SOURCES, out, overrides=None, review_dir=out.parent / f"{out.name}-review")
    return out


def seed_package_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's package, built once per session (each module's ``seed_package`` fixture returns it);
    tests copy it before changing anything."""
    if "seed" not in _built:
        _built["seed"] = build_seed(tmp_path_factory.mktemp("seed") / "datapackage")
    return _built["seed"]


def copy_package(package: Path, target: Path) -> Path:
    shutil.copytree(package, target, symlinks=True)
    return target


def tree_digest(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (files by content, links by target, directories by name)."""
    if not root.exists():
        return {}
    state = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            state[rel] = "link:" + os.readlink(path)
        elif path.is_dir():
            state[rel] = "dir"
        else:
            state[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def leftovers(directory: Path) -> list[str]:
    """Temporary or backup entries a build may leave beside its output (.datapackage.tmp*, .<name>.old)."""
    hidden = [p.name for p in directory.iterdir() if p.name.startswith(".")]
    return sorted(name for name in hidden if "tmp" in name or name.endswith(".old"))


def descriptor(package: Path) -> dict:
    return json.loads((package / "datapackage.json").read_text("utf-8"))


def save_descriptor(package: Path, data: dict) -> None:
    (package / "datapackage.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def resource(data: dict, name: str) -> dict:
    return next(r for r in data["resources"] if r.get("name") == name)


def rows(package: Path, table: str) -> list[dict]:
    with (package / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def edit_cell(package: Path, table: str, where: dict, field: str, value: object) -> None:
    """Set one cell of one row (the first matching ``where``) in the CSV and its JSON twin, and keep
    ``bytes`` and ``hash`` in datapackage.json true, so the only thing wrong is the cell."""
    from pipeline.build.write import render_csv

    schema = resource(descriptor(package), table)["schema"]
    fields = [f["name"] for f in schema["fields"]]
    kinds = {f["name"]: f["type"] for f in schema["fields"]}
    found = rows(package, table)
    index = next(i for i, r in enumerate(found) if all(r[k] == str(v) for k, v in where.items()))
    found[index][field] = "" if value is None else str(value)
    write_table(package, table, render_csv(found, fields))
    json_path = package / "data" / f"{table}.json"
    records = json.loads(json_path.read_text("utf-8"))
    typed = value
    try:
        if value is not None and kinds[field] == "integer":
            typed = int(value)
        elif value is not None and kinds[field] == "number":
            typed = float(value)
    except ValueError:
        typed = value  # a wrong type on purpose: the twin holds the same wrong text
    records[index][field] = typed
    write_file(package, f"data/{table}.json", (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode())


def write_table(package: Path, table: str, data: bytes) -> None:
    write_file(package, f"data/{table}.csv", data)


def write_file(package: Path, rel: str, data: bytes) -> None:
    """Replace a package file and update its resource's bytes and hash, as a rebuild would."""
    (package / rel).write_bytes(data)
    meta = descriptor(package)
    for r in meta["resources"]:
        if r.get("path") == rel:
            r["bytes"] = len(data)
            r["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    save_descriptor(package, meta)


def csv_bytes(header: list[str], body: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(body)
    return out.getvalue().encode("utf-8")


def fixture_texts() -> list[str]:
    """The normalized text of every fixture article (tests/fixtures/*/*.txt) that reads as one."""
    from pipeline import sources, thai
    from pipeline.errors import InputError

    texts = []
    for path in sorted(FIXTURES.glob("*/*.txt")):
        try:
            texts.append(thai.normalize(sources.read(path).text))
        except InputError:
            continue
    return texts


def extract_phrasing(name: str, ref):
    """The facts of tests/fixtures/phrasings/<name>.txt, which must extract without an error."""
    from pipeline import sources
    from pipeline.extract import extract

    article = extract(sources.read(PHRASINGS / f"{name}.txt"), ref)
    assert not article.errors, [e.message for e in article.errors]
    return article


def extract_text(text: str, ref=None):
    """The facts of a text written in a test, read as a source named t.txt."""
    from pipeline import sources
    from pipeline.extract import extract

    return extract(sources.RawSource(sources.Source("t.txt", "0" * 64), text), ref)
