"""The `pipeline` command as a user runs it (a process each): exit codes, messages, the public JSON of
`pipeline extract`, and evidence offsets that quote the normalized text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import sources, thai
from pipeline.extract import extract
from pipeline.orgs import Reference
from tests.inputs_support import BAD, ROOT, SEED, SIX_AGENCIES, SOURCES, cli, tree_digest

ARTICLES = sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))
ARTICLES = [p for p in ARTICLES if p.with_suffix(".expected.json").is_file()]


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory) -> dict:
    run = cli("extract", SEED.relative_to(ROOT), "--format", "json", cwd=ROOT)  # as a user types it
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_extract_json_has_the_public_shape(seed_json: dict) -> None:
    [article] = seed_json["articles"]
    assert article["source"]["path"] == "sources/thaigov-news-75771.txt"
    assert article["source"]["sha256"] == "ba795020ac1ba05adc0f8d607d89576b3c1f9c62fdc6c7b3ad948bb72c17a099"
    assert isinstance(article["warnings"], list)
    [event] = article["events"]
    assert {k: event[k] for k in ("name_th", "name_en", "date", "venue_th", "organizer_th", "total_awards")} == {
        "name_th": "รางวัลรัฐบาลดิจิทัลประจำปี 2566",
        "name_en": "Digital Government Awards 2023",
        "date": "2023-12-06",
        "venue_th": "ตึกสันติไมตรี ทำเนียบรัฐบาล",
        "organizer_th": "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)",
        "total_awards": 150,
    }
    pairs = {(a["recipient_th"], a["award_th"]) for a in article["awards"]}
    assert pairs == {
        ("สำนักงานปลัดกระทรวงอุตสาหกรรม", "รางวัลหน่วยงานคุณภาพด้านการใช้ธรรมาภิบาลข้อมูลภาครัฐ"),
        ("สำนักงานปลัดกระทรวงอุตสาหกรรม", "รางวัลหน่วยงานคุณภาพด้านการเปิดเผยข้อมูลผ่านศูนย์กลางข้อมูลเปิดภาครัฐ"),
    } | {(name, None) for name in SIX_AGENCIES}  # JSON null when the text names no award
    for award in article["awards"]:
        assert set(award["evidence"]) == {"start", "end", "text"}


def test_extract_json_evidence_quotes_the_normalized_text(seed_json: dict) -> None:
    text = thai.normalize(SEED.read_text("utf-8"))
    [article] = seed_json["articles"]
    spans = [a["evidence"] for a in article["awards"]] + [e["evidence"] for e in article["events"]]
    spans += [w["evidence"] for w in article["warnings"] if w.get("evidence")]
    assert len(spans) >= 9
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]


def evidence_spans(data: object, path: str = ""):
    """Every {"start", "end", "text"} object anywhere in an article's JSON, with where it is."""
    if isinstance(data, dict):
        if {"start", "end", "text"} <= data.keys():
            yield path, data
        for key, value in data.items():
            yield from evidence_spans(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from evidence_spans(value, f"{path}[{i}]")


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference.load()


@pytest.mark.parametrize(
    "path",
    ARTICLES,
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_every_evidence_span_of_every_corpus_article_runs_forward_and_quotes_the_text(path: Path, ref) -> None:
    article = extract(sources.read(path), ref)
    for where, span in evidence_spans(article.to_dict()):
        assert 0 <= span["start"] < span["end"] <= len(article.text), (where, span)
        assert article.text[span["start"] : span["end"]] == span["text"], where


def test_extract_text_output_lists_the_awards(tmp_path: Path) -> None:
    run = cli("extract", SEED, cwd=ROOT)
    assert run.returncode == 0
    assert "สำนักงานปลัดกระทรวงอุตสาหกรรม" in run.stdout
    assert "event: รางวัลรัฐบาลดิจิทัลประจำปี 2566 (digital-government-awards) 2023-12-06 10:30" in run.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["extract", "nowhere.txt"], 1, "error: nowhere.txt: not found or not a regular file"),
        (["extract", BAD / "impossible-date.txt"], 1, "impossible date '31 กุมภาพันธ์ 2566' (February 2023 has 28 days)"),
        (["extract", BAD / "empty.txt"], 1, f"error: {BAD / 'empty.txt'}: is empty"),
        (["build", "--sources", "no-such-dir"], 1, "error: no-such-dir: sources directory not found"),
        (["fetch", "ftp://example.org/x"], 1, "error: ftp://example.org/x: is not an http(s) URL"),
        (["validate", "no-such-package"], 1, "no-such-package/datapackage.json not found"),
        (["extract"], 2, "Missing argument"),
        (["no-such-command"], 2, "No such command"),
    ],
)
def test_exit_codes_and_messages(tmp_path: Path, args: list, code: int, message: str) -> None:
    run = cli(*args, cwd=tmp_path)
    assert run.returncode == code
    assert message in run.stderr


def test_help_lists_every_command(tmp_path: Path) -> None:
    run = cli("--help", cwd=tmp_path)
    assert run.returncode == 0
    for command in ("extract", "build", "validate", "evaluate", "fetch", "publish"):
        assert f"│ {command} " in run.stdout


def test_the_cli_starts_without_what_only_one_command_needs(tmp_path: Path) -> None:
    """Every command (`build` and `validate` too) imports the CLI, which imports the publisher to list it:
    the progress bar, the tables of `extract` and the TOML reader wait for the command that uses them."""
    script = "import sys, pipeline.cli; print(sorted({'rich.progress', 'rich.table', 'tomllib'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_build_then_rebuild_then_dry_run(tmp_path: Path) -> None:
    args = ["build", "--sources", SOURCES, "--out", "out/datapackage", "--review", "review", "--overrides", "none.csv"]
    first = cli(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("wrote out/datapackage/ version 1.0.0 (data changed) from 1 article(s): sources 1,")
    assert "awards 8" in first.stdout
    assert (tmp_path / "review" / "review.csv").is_file()
    built = tree_digest(tmp_path / "out")

    again = cli(*args, cwd=tmp_path)
    assert again.returncode == 0
    assert again.stdout.startswith("wrote out/datapackage/ version 1.0.0 (data unchanged)")
    assert tree_digest(tmp_path / "out") == built

    dry = cli(*args, "--dry-run", cwd=tmp_path)
    assert dry.returncode == 0
    assert dry.stdout.startswith("would write out/datapackage/ version 1.0.0")
    assert tree_digest(tmp_path / "out") == built


def test_evaluate_json(tmp_path: Path) -> None:
    run = cli("evaluate", ROOT / "tests" / "fixtures" / "articles", "--format", "json", cwd=tmp_path)
    assert run.returncode == 0
    score = json.loads(run.stdout)
    assert {"precision", "recall", "date_accuracy", "articles"} <= score.keys()
    assert len(score["articles"]) == 25
    assert 0 <= score["precision"] <= 1 and 0 <= score["recall"] <= 1
