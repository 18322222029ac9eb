"""Benchmark 1: cold `pipeline build` + `pipeline validate` on sources/ vs `frictionless validate` alone.

Whole processes, each a fresh interpreter (cold: no previous package in the output directory, which is
a new temporary directory every run, so the shared datapackage/ and curation/ are never touched, and an
empty validation cache: `pipeline build` validates the package it writes and `pipeline validate` may
reuse that result, as it does for a user, but nothing from an earlier run is reused).
Runs alternate between the two sides so a busy neighbour slows both alike; the median is reported.
Floor: ours (build + validate) within 2x of `frictionless validate datapackage/datapackage.json`.
"""

from __future__ import annotations

import json
import py_compile
import shutil
import tempfile
from pathlib import Path

from bench.common import FRICTIONLESS, PIPELINE, ROOT, cold_env, log, median, run_process, write_result

NAME = "build_validate"
RUNS = 5
FLOOR_RATIO = 2.0


def ours_once(work: Path) -> tuple[float, float]:
    out, review = work / "datapackage", work / "review"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(review, ignore_errors=True)
    review.mkdir(parents=True)
    env = cold_env(work)  # no validation result from an earlier run; build's own is there for validate
    args = [PIPELINE, "build", "--sources", "sources", "--out", str(out), "--review", str(review)]
    build = run_process(args, env=env)
    if build.returncode != 0:
        raise RuntimeError(f"pipeline build failed ({build.returncode}): {build.stderr[-2000:]}")
    validate = run_process([PIPELINE, "validate", str(out)], env=env)
    if validate.returncode != 0:
        raise RuntimeError(f"pipeline validate failed ({validate.returncode}): {validate.stderr[-2000:]}")
    return build.seconds, validate.seconds


def compile_project() -> int:
    """Write the project's bytecode caches, as a user's first run does, even where PYTHONDONTWRITEBYTECODE is set
    (this machine's sessions set it): the baseline's modules were compiled when pip installed them, and a run that
    compiles ours at every start measures Python's compiler (about 30 ms a build), not the pipeline. The number of
    modules is recorded."""
    files = sorted((ROOT / "pipeline").rglob("*.py"))
    for path in files:
        py_compile.compile(str(path), doraise=True)  # (writes the cache whatever sys.dont_write_bytecode says)
    return len(files)


def theirs_once(package: Path) -> float:
    result = run_process([FRICTIONLESS, "validate", str(package / "datapackage.json")])
    if result.returncode != 0:
        raise RuntimeError(f"frictionless validate failed ({result.returncode}): {result.stdout[-2000:]}")
    return result.seconds


def run() -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        package = work / "committed"
        shutil.copytree(ROOT / "datapackage", package)  # a snapshot: others may rebuild datapackage/ meanwhile
        articles = len([p for p in (ROOT / "sources").iterdir() if p.suffix in (".txt", ".html", ".htm")])
        compiled = compile_project()
        ours_once(work)  # warm the page cache once; "cold" means a new process and package
        theirs_once(package)
        builds, validates, theirs = [], [], []
        for i in range(RUNS):
            log(f"build_validate: run {i + 1}/{RUNS}")
            b, v = ours_once(work)
            builds.append(b)
            validates.append(v)
            theirs.append(theirs_once(package))
        totals = [b + v for b, v in zip(builds, validates, strict=True)]
        ours_s, theirs_s = median(totals), median(theirs)
        ratio = ours_s / theirs_s
        result = {
            "runs": RUNS,
            "sources_articles": articles,
            "modules_compiled_before": compiled,
            "ours": {
                "build_seconds": [round(s, 3) for s in builds],
                "validate_seconds": [round(s, 3) for s in validates],
                "median_build_seconds": round(median(builds), 3),
                "median_validate_seconds": round(median(validates), 3),
                "median_seconds": round(ours_s, 3),
            },
            "frictionless_validate": {"seconds": [round(s, 3) for s in theirs], "median_seconds": round(theirs_s, 3)},
            "ratio": round(ratio, 3),
            "floor": f"within {FLOOR_RATIO:g}x",
            "met": ratio <= FLOOR_RATIO,
            "summary": (
                f"{ours_s:.2f} s (build {median(builds):.2f} + validate {median(validates):.2f}) "
                f"vs {theirs_s:.2f} s: {ratio:.2f}x"
            ),
        }
        write_result(NAME, result)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
