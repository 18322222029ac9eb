"""Measure the extractor against gold annotations (``<slug>.txt`` + ``<slug>.expected.json``).

Scores (recipient, award) pairs with precision and recall, and event dates with accuracy, so
a change to the rules is judged on the whole genre, not on the article it was written for.
Names match after removing spaces, quotes and a leading "รางวัล"; an award name also matches
when one contains the other or they are 85% alike (headline and body wording of one award).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from pipeline import sources
from pipeline.errors import InputError
from pipeline.extract import extract
from pipeline.extract.names import award_key
from pipeline.model import Article, Issue, Source
from pipeline.orgs import Reference


@dataclass
class Score:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    dates_right: int = 0
    dates_stated: int = 0
    posted_right: int = 0  # the posting date (``published``): what a reader sorts and filters the data by
    posted_stated: int = 0
    per_article: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_pos + self.false_neg
        return self.true_pos / gold if gold else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_stated if self.dates_stated else 1.0

    @property
    def posted_accuracy(self) -> float:
        return self.posted_right / self.posted_stated if self.posted_stated else 1.0

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            "posted_accuracy": round(self.posted_accuracy, 4),
            "true_positives": self.true_pos,
            "false_positives": self.false_pos,
            "false_negatives": self.false_neg,
            "articles": self.per_article,
        }


def evaluate(directory: Path, ref: Reference | None = None) -> Score:
    ref = Reference.load() if ref is None else ref
    score = Score()
    for gold_path in sorted(directory.glob("*.expected.json")):
        text_path = _source_of(gold_path)
        gold = json.loads(gold_path.read_text("utf-8"))
        try:
            article = extract(sources.read(text_path), ref)
        except InputError as exc:  # a source the pipeline refuses: every gold pair missed, its date wrong
            article = Article(Source(str(text_path), ""), "", errors=[Issue("unreadable", exc.problem)])
        found = [(a.recipient.name_th, a.award_th) for a in article.awards]
        expected = [(g["recipient_th"], g.get("award_th")) for g in gold["awards"] if not g.get("background")]
        tp, fp, fn = _match(found, expected, ref)
        score.true_pos, score.false_pos, score.false_neg = (
            score.true_pos + tp,
            score.false_pos + fp,
            score.false_neg + fn,
        )
        date_ok = _score_date(gold, article, score)
        posted_ok = _score_posted(gold, article, score)
        score.per_article.append(
            {
                "article": text_path.name,
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "date_ok": date_ok,
                "posted_ok": posted_ok,
                "errors": [e.message for e in article.errors],
            }
        )
    return score


def _source_of(gold_path: Path) -> Path:
    """The article a gold file annotates: its text, or the page saved as HTML (read as `pipeline build` reads
    sources/, main text through trafilatura), so a corpus of saved pages is scored as it would be published."""
    stem = gold_path.name.removesuffix(".expected.json")
    for suffix in (".txt", ".html", ".htm"):
        if (path := gold_path.with_name(stem + suffix)).exists():
            return path
    return gold_path.with_name(stem + ".txt")  # (missing: sources.read names it in its error)


def _score_date(gold: dict, article, score: Score) -> bool | None:
    dates = [e.get("date") for e in gold.get("events", []) if e.get("date")]
    if not dates:
        return None
    score.dates_stated += 1
    got = article.events[0].date.isoformat() if article.events and article.events[0].date else None
    ok = got in dates
    score.dates_right += ok
    return ok


def _score_posted(gold: dict, article, score: Score) -> bool | None:
    if not gold.get("published"):
        return None
    score.posted_stated += 1
    got = article.source.published.isoformat() if article.source.published else None
    ok = got == gold["published"]
    score.posted_right += ok
    return ok


def _match(found: list, expected: list, ref: Reference) -> tuple[int, int, int]:
    left = list(expected)
    tp = 0
    for pair in found:
        hit = next((g for g in left if _same_pair(pair, g, ref)), None)
        if hit is not None:
            left.remove(hit)
            tp += 1
    return tp, len(found) - tp, len(left)


def _same_pair(found: tuple, gold: tuple, ref: Reference) -> bool:
    return same_org(found[0], gold[0], ref) and same_award(found[1], gold[1])


def same_org(a: str, b: str, ref: Reference) -> bool:
    ka, kb = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    if ka == kb:
        return True
    ida, idb = ref.resolve(a), ref.resolve(b)
    return ida is not None and ida == idb


def same_award(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    ka, kb = award_key(a), award_key(b)
    return ka == kb or ka in kb or kb in ka or SequenceMatcher(None, ka, kb).ratio() >= 0.85
