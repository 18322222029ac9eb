"""Every extraction output of a checkout in one JSON file, to show that a refactor or a speed change left
the facts unchanged: dump before, dump after, compare the bytes.

    .venv/bin/python tools/extract_dump.py . /tmp/before.json      # on the old commit (or a git worktree)
    .venv/bin/python tools/extract_dump.py . /tmp/after.json
    cmp /tmp/before.json /tmp/after.json && echo identical

It reads every *.txt under tests/fixtures (bad inputs give their error) and 600 articles generated as
bench/corpus.py makes them (two seeds); with --pages, every saved page (*.html) under tests/fixtures too, read
through trafilatura as `pipeline build` reads sources/ (slower: a change to pages.py shows there, not in the texts).
Paths are relative to the checkout, so two worktrees compare equal.

    .venv/bin/python tools/extract_dump.py . /tmp/after.json --pages
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path


def dump(root: Path, pages: bool = False) -> list:
    sys.path.insert(0, str(root))
    from bench.corpus import load_fixtures, vary
    from pipeline import sources
    from pipeline.errors import InputError
    from pipeline.extract import extract
    from pipeline.model import Source
    from pipeline.orgs import Reference

    ref = Reference.load()
    out: list = []
    fixtures = root / "tests" / "fixtures"
    paths = sorted(fixtures.rglob("*.txt")) + (sorted(fixtures.rglob("*.html")) if pages else [])
    for path in paths:
        name = str(path.relative_to(root))
        try:
            raw = sources.read(path, base=root)
        except InputError as exc:
            out.append([name, type(exc).__name__, exc.problem])
            continue
        out.append([name, extract(raw, ref).to_dict()])
    articles, recipients = load_fixtures()
    for seed in (11, 12):
        rng = random.Random(seed)
        for i in range(300):
            text = vary(articles[i % len(articles)][1], recipients, rng)
            raw = sources.RawSource(Source(f"a{i}.txt", "0" * 64), text)
            out.append([seed, i, extract(raw, ref).to_dict()])
    return out


if __name__ == "__main__":
    root, target = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    outputs = dump(root, pages="--pages" in sys.argv[3:])
    target.write_text(json.dumps(outputs, ensure_ascii=False, indent=0, default=str), encoding="utf-8")
    print(f"{len(outputs)} outputs written to {target}")
