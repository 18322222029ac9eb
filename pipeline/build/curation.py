"""Curation: a reviewed overrides file applied to the extracted facts, and the review list.

``curation/overrides.csv`` holds a curator's decisions, one per row: accept (the fact is
right although the extractor doubted it), reject (drop it), correct (set one field), with
who, when and why. Decisions are applied in file order, deterministically; the package keeps
them (table ``curations``) and marks the facts they touched (column ``curation``). The
review list says what a curator should look at next, with the evidence to look at.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from pipeline.build.schemas import load_schema
from pipeline.errors import InputError
from pipeline.model import Article

FIELDS = ["fact_id", "table", "action", "field", "value", "curator", "date", "reason"]
REVIEW_FIELDS = ["fact_id", "table", "source_id", "confidence", "reason", "evidence_text"]
ACTIONS = ("accept", "reject", "correct")
ID_KEYS = {
    "awards": "award_id",
    "stated_counts": "count_id",
    "organizations": "organization_id",
    "events": "event_id",
    "people": "person_id",
}
LOW_CONFIDENCE = 0.7


def load(path: Path) -> list[dict]:
    """The overrides, checked: every row names a table, a known action, a curator, a date, a reason."""
    if not path.exists():
        return []
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = set(FIELDS) - set(reader.fieldnames or [])
            if missing:
                raise InputError(path, f"missing columns: {', '.join(sorted(missing))}", place="1")
            rows = [{k: v or "" for k, v in r.items() if k is not None} for r in reader]  # short rows: ""
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not UTF-8 ({exc.reason})") from None
    except csv.Error as exc:
        raise InputError(path, f"is not a readable CSV file ({exc})") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    for line, row in enumerate(rows, start=2):
        _check(path, line, row)
    return rows


def _check(path: Path, line: int, row: dict) -> None:
    def fail(problem: str) -> None:
        raise InputError(path, problem, place=str(line))

    if row["table"] not in ID_KEYS:
        fail(f"table {row['table']!r} is not one of {', '.join(ID_KEYS)}")
    if row["action"] not in ACTIONS:
        fail(f"action {row['action']!r} is not one of {', '.join(ACTIONS)}")
    if row["action"] == "correct" and not row["field"]:
        fail("a correction must name the field it corrects")
    if row["action"] == "correct":
        fields = [f["name"] for f in load_schema(row["table"])["fields"]]
        if row["field"] not in fields:
            fail(f"field {row['field']!r} is not a field of {row['table']} ({', '.join(fields)})")
        if row["field"] == ID_KEYS[row["table"]]:
            fail(f"{row['field']} is the fact's id: reject the fact instead of correcting its id")
    for required in ("fact_id", "curator", "reason"):
        if not row[required].strip():
            fail(f"{required} is empty")
    try:
        dt.date.fromisoformat(row["date"])
    except ValueError:
        fail(f"date {row['date']!r} is not YYYY-MM-DD")


def apply(tables: dict[str, list[dict]], overrides: list[dict]) -> list[dict]:
    """Apply the decisions in order; return the ones that matched a fact (the rest are stale)."""
    applied = []
    for row in overrides:
        table, key = row["table"], ID_KEYS[row["table"]]
        target = next((r for r in tables[table] if r[key] == row["fact_id"]), None)
        if target is None:
            continue
        if row["action"] == "reject":
            tables[table].remove(target)
            if table == "awards":
                tables["award_sources"] = [r for r in tables["award_sources"] if r["award_id"] != row["fact_id"]]
        elif row["action"] == "correct":
            target[row["field"]] = row["value"] or None
            _mark(target, "corrected")
        else:
            _mark(target, "accepted")
        applied.append(row)
    tables["curations"] = sorted(applied, key=lambda r: (r["fact_id"], r["action"], r["field"]))
    return applied


def _mark(row: dict, state: str) -> None:
    if "curation" in row:
        row["curation"] = state


def review_list(tables: dict[str, list[dict]], articles: list[Article], applied: list[dict]) -> list[dict]:
    """What a curator should check: doubtful awards, counts that disagree, unknown organizations, warnings."""
    decided = {r["fact_id"] for r in applied}
    rows = []
    for award in tables["awards"]:
        if award["award_id"] not in decided and float(award["confidence"]) < LOW_CONFIDENCE:
            rows.append(_review(award["award_id"], "awards", award, f"low confidence {award['confidence']}"))
    for count in tables["stated_counts"]:
        if count["count_id"] not in decided and count["stated"] != count["listed"]:
            reason = f"the text states {count['stated']} {count['unit'] or ''} but lists {count['listed']}"
            rows.append(_review(count["count_id"], "stated_counts", count, reason))
    for org in tables["organizations"]:
        if org["needs_review"] and org["organization_id"] not in decided:
            reason = "not in reference/organizations.csv: add it there, or correct the name"
            rows.append(
                {
                    "fact_id": org["organization_id"],
                    "table": "organizations",
                    "source_id": None,
                    "confidence": None,
                    "reason": reason,
                    "evidence_text": org["name_th"],
                }
            )
    for article in articles:
        for warning in article.warnings:
            rows.append(
                {
                    "fact_id": article.source.source_id,
                    "table": "sources",
                    "source_id": article.source.source_id,
                    "confidence": None,
                    "reason": f"{warning.code}: {warning.message}",
                    "evidence_text": warning.evidence.text if warning.evidence else None,
                }
            )
    return rows


def _review(fact_id: str, table: str, row: dict, reason: str) -> dict:
    return {
        "fact_id": fact_id,
        "table": table,
        "source_id": row.get("source_id"),
        "confidence": row.get("confidence"),
        "reason": reason,
        "evidence_text": row.get("evidence_text"),
    }
