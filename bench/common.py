"""Shared helpers for the benchmarks: paths, timing whole processes, child peak memory, results files.

Benchmarks are not tests: they measure and report, and each result says whether its floor was met.
Everything a benchmark writes goes to a temporary directory, never into the shared working tree,
except its own ``bench/results/<name>.json``.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
VENV_BIN = Path(sys.executable).parent
PIPELINE = str(VENV_BIN / "pipeline")
FRICTIONLESS = str(VENV_BIN / "frictionless")


@dataclass
class Run:
    seconds: float
    returncode: int
    max_rss_kib: int
    stdout: str
    stderr: str


def run_process(args: list[str], *, env: dict | None = None, cwd: Path | None = None, timeout: float = 1800) -> Run:
    """Run one whole process: wall time and its own peak RSS (os.wait4 reads the rusage of this child only)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd or ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        killer = threading.Timer(timeout, proc.kill)  # bounded: a hung child is killed, the wait returns
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(seconds, proc.returncode, usage.ru_maxrss, out.read(), err.read())


def cold_env(work: Path) -> dict:
    """The environment with a new, empty XDG cache: `pipeline validate` remembers packages that passed
    frictionless (in ~/.cache), and a cold run must not find what an earlier run left there."""
    cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
    return {**os.environ, "XDG_CACHE_HOME": str(cache)}


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "python_executable": os.path.realpath(sys.executable),  # a distribution's PGO/LTO build runs faster
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": _cpu_model(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def write_result(name: str, result: dict) -> Path:
    """bench/results/<name>.json, written atomically (a killed run leaves only a .tmp behind)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    result = {"benchmark": name, "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(), **result}
    path = RESULTS / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)
