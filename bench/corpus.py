"""A generated corpus of award news articles, made from the test fixtures (tests/fixtures/articles/*.txt).

Each article is one fixture varied with a seeded generator: its body paragraphs shuffled (the first
paragraph, the headline and site lines, stays first, as in a real page), recipient organizations swapped
for others named in the fixtures' gold files, dates swapped for other dates in the fixtures' own styles
(full and abbreviated Thai months, Buddhist-era years of two and four digits), and small counts changed.
The point is throughput on text that looks like the real thing, not correct facts.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bench.common import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "articles"
FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]  # fmt: skip
ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
_MONTH = "|".join(re.escape(m) for m in FULL + ABBR)
RE_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})(?P<sp1>\s*)(?P<month>{_MONTH})(?P<sp2>\s*)(?P<era>พ\.ศ\.\s*)?(?P<year>\d{{4}}|\d{{2}})"
)
RE_COUNT = re.compile(r"(?<=จำนวน )(\d{1,2})(?= (?:รางวัล|หน่วยงาน|ผลงาน))")


def load_fixtures() -> tuple[list[tuple[str, str]], list[str]]:
    """(name, text) of every fixture article and the recipients named in their gold files."""
    articles, recipients = [], set()
    for path in sorted(FIXTURES.glob("*.txt")):
        articles.append((path.stem, path.read_text("utf-8")))
        gold = path.with_name(path.stem + ".expected.json")
        if gold.exists():
            for award in json.loads(gold.read_text("utf-8")).get("awards", []):
                if award.get("recipient_th"):
                    recipients.add(award["recipient_th"])
    return articles, sorted(recipients)


def _swap_date(match: re.Match, rng: random.Random) -> str:
    month = rng.randrange(12)
    names = ABBR if match["month"] in ABBR else FULL
    year = rng.randrange(2560, 2569)
    year_text = str(year)[-2:] if len(match["year"]) == 2 else str(year)
    return f"{rng.randrange(1, 29)}{match['sp1']}{names[month]}{match['sp2']}{match['era'] or ''}{year_text}"


def vary(text: str, recipients: list[str], rng: random.Random) -> str:
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:1], paragraphs[1:]
    if len(body) > 2 and rng.random() < 0.7:  # keep the last paragraph (often hashtags or a footer) last
        middle = body[:-1]
        rng.shuffle(middle)
        body = [*middle, body[-1]]
    text = "\n\n".join(head + body)
    for name in recipients:
        if name in text and rng.random() < 0.5:
            text = text.replace(name, rng.choice(recipients))
    text = RE_DATE.sub(lambda m: _swap_date(m, rng), text)
    return RE_COUNT.sub(lambda m: str(max(1, int(m[1]) + rng.choice((-1, 0, 1)))), text)


def generate(directory: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` varied articles as <n>-<fixture>.txt; returns their paths."""
    articles, recipients = load_fixtures()
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        name, text = articles[n % len(articles)]
        path = directory / f"{n:05d}-{name}.txt"
        path.write_text(vary(text, recipients, rng), encoding="utf-8")
        paths.append(path)
    return paths
