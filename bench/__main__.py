"""`python -m bench [NAME ...]` (`make bench`): run the benchmarks, write bench/results/<name>.json, print a table.

Names: build_validate extraction publishing memory validation build_scaling (default: all, in that order). The
publishing and memory benchmarks need the local portal (`make bench` starts it). A benchmark that
fails to run is reported as an error and the others still run; the exit status is 1 then. A floor that
is not met is reported, not an error (benchmarks are not tests), unless BENCH_STRICT=1 (exit 3).
"""

from __future__ import annotations

import importlib
import os
import sys
import time
import traceback

from bench.common import RESULTS, log

ORDER = ("build_validate", "extraction", "publishing", "memory", "validation", "build_scaling")
TITLES = {
    "build_validate": "1 cold build + validate vs frictionless validate",
    "extraction": "2 extraction, 10,000 articles, one core",
    "publishing": "3 publish first / unchanged / one row (requests)",
    "memory": "4 peak RSS added by a 200 MiB upload",
    "validation": "5 validate 1,000,000 rows vs frictionless",
    "build_scaling": "6 build time against the number of articles",
}


def main(argv: list[str]) -> int:
    names = argv or list(ORDER)
    unknown = [n for n in names if n not in ORDER]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(ORDER)}", file=sys.stderr)
        return 2
    rows, failed = [], 0
    for name in names:
        started = time.monotonic()
        log(f"{name}: start")
        try:
            result = importlib.import_module(f"bench.{name}").run()
            rows.append((name, result["summary"], result["floor"], "yes" if result["met"] else "NO"))
            if name == "extraction":
                hot = result["profile"]["by_own_time"][:5]
        except Exception:
            failed += 1
            traceback.print_exc()
            rows.append((name, "error: see the traceback above", "", "ERROR"))
        log(f"{name}: {time.monotonic() - started:.0f} s")
    print_table(rows)
    if "extraction" in names and any(r[0] == "extraction" and r[3] != "ERROR" for r in rows):
        print("\nextraction hot spots (own time, cProfile, 1,000 articles):")
        for entry in hot:
            callers = ", ".join(c["caller"] for c in entry.get("top_callers", [])[:2])
            print(f"  {entry['own_share']:6.1%}  {entry['function']}" + (f"  <- {callers}" if callers else ""))
    met = sum(1 for r in rows if r[3] == "yes")
    print(f"\n{met} of {len(rows)} floors met; results in {RESULTS.relative_to(RESULTS.parents[1])}/")
    if failed:
        return 1
    return 3 if os.environ.get("BENCH_STRICT") == "1" and met < len(rows) else 0


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    header = ("benchmark", "result", "floor", "met")
    table = [header, *[(TITLES.get(r[0], r[0]), r[1], r[2], r[3]) for r in rows]]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    print()
    for i, row in enumerate(table):
        print(" | ".join(cell.ljust(widths[j]) for j, cell in enumerate(row)).rstrip())
        if i == 0:
            print("-+-".join("-" * w for w in widths))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
