"""Articles -> table rows, merged across articles.

One event per award programme and year; organizations, people and award types de-duplicated;
the same award reported by two articles becomes one row of ``awards`` and two of
``award_sources``. Identifiers are derived from content (reference ids, or a short hash of the
name), never from order, so adding an article does not renumber the others.
"""

from __future__ import annotations

import hashlib
import re

from pipeline import thai
from pipeline.extract.names import award_key
from pipeline.model import Article, Award, AwardType, Event, Evidence, Org, Person
from pipeline.orgs import Reference

Row = dict[str, object]
TABLES = ("sources", "organizations", "people", "events", "award_types", "awards", "award_sources", "stated_counts")


def digest(*parts: object, size: int = 10) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def _evidence(ev: Evidence | None) -> Row:
    if ev is None:
        return {"evidence_start": None, "evidence_end": None, "evidence_text": None}
    return {"evidence_start": ev.start, "evidence_end": ev.end, "evidence_text": ev.text}


def _weekday(index: int | None) -> str | None:
    return None if index is None else thai.THAI_WEEKDAYS[index]


class Assembler:
    """Collects rows from articles in source order; ``tables()`` gives them sorted by key."""

    def __init__(self, ref: Reference) -> None:
        self.ref = ref
        self.rows: dict[str, dict[str, Row]] = {name: {} for name in TABLES}

    def add(self, article: Article) -> None:
        source_id = self._source(article)
        event_id = self._event(article, source_id)
        for award_type in article.award_types:
            self._award_type(award_type, event_id, source_id, "structure")
        self._nest_award_types(article, event_id)
        for award in article.awards:
            self._award(award, event_id, source_id)
        for count in article.counts:
            count_id = f"{source_id}--{digest(count.scope, count.subject, count.evidence.start, size=8)}"
            self.rows["stated_counts"][count_id] = {
                "count_id": count_id,
                "source_id": source_id,
                "scope": count.scope,
                "subject": count.subject or None,
                "stated": count.stated,
                "listed": count.listed,
                "unit": count.unit,
                "curation": None,
                **_evidence(count.evidence),
            }

    def tables(self) -> dict[str, list[Row]]:
        return {name: [rows[key] for key in sorted(rows)] for name, rows in self.rows.items()}

    # --- one table each ----------------------------------------------------------------------

    def _source(self, article: Article) -> str:
        s = article.source
        source_id = s.source_id or digest(s.sha256)
        self.rows["sources"][source_id] = {
            "source_id": source_id,
            "url": s.url,
            "title": s.title,
            "publisher": s.publisher,
            "published_date": s.published,
            "published_stated": s.published_stated,
            "published_weekday_stated": _weekday(article.published_weekday_stated),
            "retrieved_date": s.retrieved,
            "obtained": s.obtained,
            "path": s.path,
            "sha256": s.sha256,
            "media_type": s.media_type,
            "language": s.language,
        }
        return source_id

    def org(self, org: Org | None) -> str | None:
        if org is None:
            return None
        if org.org_id:
            return self._reference_org(org.org_id)
        org_id = "unlisted-" + digest(re.sub(r"\s+", "", org.name_th))
        parent = self.ref.resolve(org.parent_th) if org.parent_th else None
        row = self.rows["organizations"].setdefault(
            org_id,
            {
                "organization_id": org_id,
                "name_th": org.name_th,
                "name_en": None,
                "abbreviation": org.abbreviation,
                "kind": None,
                "parent_id": self._reference_org(parent) if parent else None,
                "province_th": org.province_th,
                "in_reference": False,
                "needs_review": True,
            },
        )
        row["abbreviation"] = row["abbreviation"] or org.abbreviation
        return org_id

    def _reference_org(self, org_id: str) -> str:
        if org_id not in self.rows["organizations"]:
            ref = self.ref.orgs[org_id]
            parent = ref.parent_id if ref.parent_id in self.ref.orgs else None
            self.rows["organizations"][org_id] = {
                "organization_id": org_id,
                "name_th": ref.name_th,
                "name_en": ref.name_en or None,
                "abbreviation": "|".join(ref.abbreviations) or None,
                "kind": ref.kind or None,
                "parent_id": parent,
                "province_th": ref.province or None,
                "in_reference": True,
                "needs_review": False,
            }
            if parent:
                self._reference_org(parent)
        return org_id

    def person(self, person: Person | None, source_id: str) -> str | None:
        if person is None:
            return None
        person_id = "person-" + digest(re.sub(r"\s+", "", person.name_th))
        org_id = self.org(person.organization)
        row = self.rows["people"].setdefault(
            person_id,
            {
                "person_id": person_id,
                "name_th": person.name_th,
                "honorific": person.honorific,
                "position_th": person.position_th,
                "organization_id": org_id,
                "source_id": source_id,
                **_evidence(person.evidence),
            },
        )
        row["position_th"] = row["position_th"] or person.position_th
        row["organization_id"] = row["organization_id"] or org_id
        return person_id

    def _event(self, article: Article, source_id: str) -> str | None:
        if not article.events:
            return None
        event = article.events[0]
        event_id = _event_id(event)
        new = {
            "event_id": event_id,
            "programme_id": event.programme,
            "name_th": event.name_th,
            "name_en": event.name_en,
            "year_be": event.year_be,
            "year_ce": event.year_ce,
            "date": event.date,
            "date_stated": event.date_stated,
            "weekday_stated": _weekday(event.weekday_stated),
            "time": event.time,
            "end_time": event.end_time,
            "venue_th": event.venue_th,
            "organizer_id": self.org(event.organizer),
            "presided_by": self.person(event.presider, source_id),
            "presided_on_behalf_of": self.person(event.on_behalf_of, source_id),
            "total_awards": event.total_awards,
            "total_unit": event.total_unit,
            "source_id": source_id,
            **_evidence(event.evidence),
        }
        row = self.rows["events"].setdefault(event_id, new)
        same_date = row["date"] is None or row["date"] == new["date"]
        for key, value in new.items():  # a later article fills what the first left empty
            if key in _DATE_GROUP and not same_date:
                continue  # the date as stated and its weekday belong to the date they were stated with
            if row.get(key) is None and value is not None:
                row[key] = value
        return event_id

    def _award_type(self, award_type: AwardType, event_id: str | None, source_id: str, origin: str) -> str | None:
        if event_id is None or not award_type.name_th:
            return None
        type_id = f"{event_id}--{digest(award_key(award_type.name_th), size=8)}"
        row = self.rows["award_types"].setdefault(
            type_id,
            {
                "award_type_id": type_id,
                "event_id": event_id,
                "parent_id": None,
                "ordinal": award_type.ordinal,
                "name_th": award_type.name_th,
                "name_en": award_type.name_en,
                "description_th": award_type.description_th,
                "origin": origin,
                "source_id": source_id,
                **_evidence(award_type.evidence),
            },
        )
        if origin == "structure" and row["origin"] == "award":
            row.update(origin="structure", ordinal=award_type.ordinal, description_th=award_type.description_th)
        row["name_en"] = row["name_en"] or award_type.name_en
        return type_id

    def _nest_award_types(self, article: Article, event_id: str | None) -> None:
        if event_id is None:
            return
        for award_type in article.award_types:
            if award_type.parent_th:
                child = f"{event_id}--{digest(award_key(award_type.name_th), size=8)}"
                parent = f"{event_id}--{digest(award_key(award_type.parent_th), size=8)}"
                if parent in self.rows["award_types"]:
                    self.rows["award_types"][child]["parent_id"] = parent
                    self.rows["award_types"][child]["ordinal"] = award_type.ordinal

    def _type_for(self, award: Award, event_id: str | None, source_id: str) -> str | None:
        """The award type an award belongs to: a stated one of the same name (or whose name
        contains the award's shorter wording); else a new type of origin "award", under the
        stated type whose name the award's name extends (รางวัลเลิศรัฐ > รางวัลเลิศรัฐ สาขา…)."""
        name = award.award_th or award.award_en
        if not name or event_id is None:
            return None
        key = award_key(name)
        broader = []
        for type_id, row in self.rows["award_types"].items():
            if row["event_id"] != event_id:
                continue
            other = award_key(str(row["name_th"]))
            if key == other or (len(key) >= 6 and key in other):
                return type_id
            if len(other) >= 6 and other in key:
                broader.append((len(other), type_id))
        type_id = self._award_type(AwardType(name, award.evidence, None, award.award_en), event_id, source_id, "award")
        if broader and type_id and self.rows["award_types"][type_id]["parent_id"] is None:
            self.rows["award_types"][type_id]["parent_id"] = max(broader)[1]
        return type_id

    def _award(self, award: Award, event_id: str | None, source_id: str) -> None:
        recipient = self.org(award.recipient)
        type_id = self._type_for(award, event_id, source_id)
        award_id = "award-" + digest(event_id, type_id or award_key(award.award_th), award.level, recipient, size=12)
        row = self.rows["awards"].get(award_id)
        if row is None:
            row = self.rows["awards"][award_id] = {
                "award_id": award_id,
                "event_id": event_id,
                "award_type_id": type_id,
                "award_name_th": award.award_th,
                "award_name_en": award.award_en,
                "level": award.level,
                "recipient_id": recipient,
                "representative_id": self.person(award.representative, source_id),
                "confidence": round(award.confidence, 2),
                "curation": None,
                "source_count": 0,
                "source_id": source_id,
                **_evidence(award.evidence),
            }
        row["representative_id"] = row["representative_id"] or self.person(award.representative, source_id)
        key = (award_id, source_id)
        sources = self.rows["award_sources"]
        link = f"{award_id}|{source_id}"
        if link not in sources:
            row["source_count"] = int(row["source_count"]) + 1
            row["confidence"] = max(float(row["confidence"]), round(award.confidence, 2))
            sources[link] = {
                "award_id": key[0],
                "source_id": key[1],
                "confidence": round(award.confidence, 2),
                **_evidence(award.evidence),
            }


_DATE_GROUP = ("date", "date_stated", "weekday_stated")


def _event_id(event: Event) -> str:
    year = event.year_ce or (event.date.year if event.date else None)
    base = event.programme or "event-" + digest(award_key(event.name_th or event.name_en or ""), size=8)
    return f"{base}-{year}" if year else base
