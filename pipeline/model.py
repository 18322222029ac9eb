"""Facts as plain dataclasses. Every fact keeps the evidence it came from.

Offsets are character offsets into the *normalized* text of its source (``thai.normalize``),
so ``text[start:end] == evidence.text`` always holds for the article the fact came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        # An article makes dozens of spans, and a frozen class's fields can only be set through a call each
        # (its __init__ calls object.__setattr__ per field). The span is made as an unfrozen twin with the same
        # slots, whose fields are plain stores, then made an Evidence (same layout): a fifth cheaper.
        evidence = _new(_EvidenceSlots)
        evidence.start = start
        evidence.end = end
        evidence.text = text[start:end]
        evidence.__class__ = cls
        return evidence


class _EvidenceSlots:
    """Evidence's memory layout without its frozen __setattr__, for Evidence.of."""

    __slots__ = Evidence.__slots__


_new = object.__new__


@dataclass(frozen=True)
class Issue:
    """A warning (the fact is kept, with lower confidence) or an error (the article is refused)."""

    code: str
    message: str
    evidence: Evidence | None = None


@dataclass(slots=True)
class Org:
    """An organization as stated in the text, resolved against the reference table when possible."""

    name_th: str  # canonical: the reference name when resolved, else as stated
    stated: str
    evidence: Evidence
    org_id: str | None = None  # reference table id; None = not in the reference, needs review
    abbreviation: str | None = None  # stated in the text, e.g. DGA, พช.
    parent_th: str | None = None  # a ministry written after the name
    province_th: str | None = None  # จ.ยะลา / จังหวัดชลบุรี written after a local government
    candidates: tuple[str, ...] = ()  # other reference ids an ambiguous abbreviation could mean


@dataclass(slots=True)
class Person:
    name_th: str  # as written, with the honorific: นายสมชาย ใจดี
    honorific: str | None
    position_th: str | None
    evidence: Evidence
    organization: Org | None = None  # the organization named in the position, if any


@dataclass
class Event:
    name_th: str | None
    name_en: str | None
    programme: str | None  # reference id of the award programme
    year_be: int | None
    year_ce: int | None
    evidence: Evidence
    date: dt.date | None = None
    date_stated: str | None = None
    weekday_stated: int | None = None
    time: str | None = None
    end_time: str | None = None
    venue_th: str | None = None
    organizer: Org | None = None
    presider: Person | None = None
    on_behalf_of: Person | None = None
    total_awards: int | None = None
    total_unit: str | None = None  # รางวัล, ผลงาน, หน่วยงาน


@dataclass
class AwardType:
    name_th: str
    evidence: Evidence
    ordinal: int | None = None
    name_en: str | None = None
    parent_th: str | None = None
    description_th: str | None = None


@dataclass(slots=True)
class Award:
    recipient: Org
    award_th: str | None  # None when the text names no award for this recipient
    evidence: Evidence
    award_en: str | None = None
    level: str | None = None  # ระดับดีเด่น, ระดับดี ...
    representative: Person | None = None
    confidence: float = 0.9
    notes: list[str] = field(default_factory=list)


@dataclass
class StatedCount:
    """A count the text states next to a list ("จำนวน 2 รางวัล ได้แก่ 1) … 2) …")."""

    scope: str  # awards-of-recipient, recipients, award-types, sub-awards
    subject: str
    stated: int
    listed: int
    unit: str
    evidence: Evidence


@dataclass
class Source:
    path: str
    sha256: str
    media_type: str = "text/plain"
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_stated: str | None = None
    obtained: str | None = None
    retrieved: str | None = None
    language: str = "th"
    source_id: str | None = None


@dataclass
class Article:
    source: Source
    text: str
    events: list[Event] = field(default_factory=list)
    award_types: list[AwardType] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    counts: list[StatedCount] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)
    published_weekday_stated: int | None = None

    def to_dict(self) -> dict:
        """The public JSON shape of ``pipeline extract`` (reviewers and other tools read it)."""
        return _jsonable(
            {
                "source": asdict(self.source),
                "published": self.source.published,
                "events": [_event(e) for e in self.events],
                "award_types": [asdict(t) for t in self.award_types],
                "awards": [_award(a) for a in self.awards],
                "counts": [asdict(c) for c in self.counts],
                "warnings": [asdict(w) for w in self.warnings],
                "errors": [asdict(e) for e in self.errors],
            }
        )


def _org(org: Org | None) -> dict | None:
    return None if org is None else asdict(org)


def _person(person: Person | None) -> dict | None:
    if person is None:
        return None
    data = asdict(person)
    data["organization_th"] = person.organization.name_th if person.organization else None
    return data


def _event(event: Event) -> dict:
    data = asdict(event)
    data["organizer_th"] = event.organizer.name_th if event.organizer else None
    data["organizer"] = _org(event.organizer)
    data["presider"] = _person(event.presider)
    data["on_behalf_of"] = _person(event.on_behalf_of)
    return data


def _award(award: Award) -> dict:
    rep = award.representative
    return {
        "recipient_th": award.recipient.name_th,
        "recipient_id": award.recipient.org_id,
        "award_th": award.award_th,
        "award_en": award.award_en,
        "level": award.level,
        "representative_th": rep.name_th if rep else None,
        "representative_position_th": rep.position_th if rep else None,
        "confidence": award.confidence,
        "evidence": asdict(award.evidence),
        "notes": award.notes,
        "recipient": asdict(award.recipient),
    }


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
