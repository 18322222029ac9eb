"""Instructions per extracted article (valgrind's callgrind), to measure a speed change where wall time cannot.

On a shared virtual machine one pass of `python -m bench extraction` can run 10-30% slower than the next, so a
change worth 1% is invisible in it. An instruction count does not depend on the neighbours; it does move by
about 1% with the heap layout alone (where objects land changes dict and set work), so this counts at three
layouts (some objects allocated before the pipeline is imported) and reports the mean. Needs valgrind
(`apt-get install valgrind`); about a minute per layout.

    .venv/bin/python tools/extract_instructions.py .          # this checkout
    .venv/bin/python tools/extract_instructions.py /tmp/wt    # another worktree, to compare
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ARTICLES = 200  # generated as bench/corpus.py makes them, one seed
LAYOUTS = (0, 3_000, 7_000)  # objects allocated before the import: three heap layouts

# Run under valgrind: extract ARTICLES generated articles REPEATS times (0 measures the set-up alone).
_CHILD = """
import random, sys
pad = [object() for _ in range(int(sys.argv[3]))]
sys.path.insert(0, sys.argv[1])
from bench.corpus import load_fixtures, vary
from pipeline import sources
from pipeline.extract import extract
from pipeline.model import Source
from pipeline.orgs import Reference
ref = Reference.load()
articles, recipients = load_fixtures()
rng = random.Random(7)
raws = [sources.RawSource(Source(f"a{i}.txt", "0" * 64), vary(articles[i % len(articles)][1], recipients, rng))
        for i in range(int(sys.argv[4]))]
extract(raws[0], ref)  # the shared index and the name patterns are built on first use: set-up, not per article
for _ in range(int(sys.argv[2])):
    for raw in raws:
        extract(raw, ref)
"""


def instructions(root: Path, repeats: int, pad: int) -> int:
    """Instructions callgrind counts for the child run (hash seed fixed: set order is part of the layout)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
         _CHILD, str(root), str(repeats), str(pad), str(ARTICLES)],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}, check=True,
    )  # fmt: skip
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def per_article(root: Path) -> list[int]:
    """Instructions per article at each layout: one pass over the articles less the set-up."""
    return [(instructions(root, 1, pad) - instructions(root, 0, pad)) // ARTICLES for pad in LAYOUTS]


if __name__ == "__main__":
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    counts = per_article(root)
    print(f"{root}: {sum(counts) // len(counts):,} instructions per article (layouts: {', '.join(map(str, counts))})")
