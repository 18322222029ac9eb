"""How a query term matches a field value, by field type, and Solr date math.

Real Solr tokenizes, lower-cases and stems text fields. This is deliberately simpler and a little
more lenient: a Latin word matches a word of the value (ignoring case and a plural ``s``), and
anything else (Thai, which has no spaces between words; phrases; terms with punctuation) matches
as a case-insensitive substring. String fields match exactly, as in Solr.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_WORD = re.compile(r"\w+")
_LATIN_WORD = re.compile(r"^[a-z0-9_]+$")


def normalize(text: str) -> str:
    return " ".join(text.casefold().split())


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def text_matches(term: str, value: str, phrase: bool, wildcard: re.Pattern[str] | None) -> bool:
    folded = normalize(value)
    if wildcard is not None:
        pattern = re.compile(wildcard.pattern, re.IGNORECASE | re.DOTALL)
        return any(pattern.fullmatch(word) for word in _WORD.findall(folded)) or bool(pattern.fullmatch(folded))
    needle = normalize(term)
    if not needle:
        return False
    if not phrase and _LATIN_WORD.match(needle):
        stem = _stem(needle)
        return any(word == needle or _stem(word) == stem for word in _WORD.findall(folded))
    return needle in folded


def string_matches(term: str, value: str, wildcard: re.Pattern[str] | None) -> bool:
    if wildcard is not None:
        return bool(wildcard.fullmatch(value))
    return value == term


_MATH = re.compile(r"([+-])(\d+)(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND|MILLI)S?|/(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND)S?")


def date_bound(text: str, now: datetime | None = None) -> str:
    """Turn ``NOW``, ``NOW-1DAY``, ``NOW/DAY`` into an ISO string comparable with stored dates."""
    if not text.startswith("NOW"):
        return text
    moment = now or datetime.now(UTC)
    for sign, amount, unit, round_unit in _MATH.findall(text[3:]):
        if round_unit:
            moment = _round(moment, round_unit)
            continue
        moment = _shift(moment, int(amount) * (1 if sign == "+" else -1), unit)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond // 1000:03d}Z"


def _shift(moment: datetime, amount: int, unit: str) -> datetime:
    if unit in ("YEAR", "MONTH"):
        months = moment.month - 1 + amount * (12 if unit == "YEAR" else 1)
        year, month = moment.year + months // 12, months % 12 + 1
        return moment.replace(year=year, month=month, day=min(moment.day, 28))
    seconds = {"DAY": 86400, "HOUR": 3600, "MINUTE": 60, "SECOND": 1, "MILLI": 0.001}[unit]
    return moment + timedelta(seconds=amount * seconds)


def _round(moment: datetime, unit: str) -> datetime:
    keep = ["YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND"].index(unit)
    parts = {"month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0, "microsecond": 0}
    return moment.replace(**dict(list(parts.items())[keep:]))


def in_range(value: str, low: str | None, high: str | None, inc_low: bool, inc_high: bool, kind: str) -> bool:
    def key(text: str) -> object:
        if kind == "int":
            return float(text)
        if kind == "date":
            return date_bound(text).rstrip("Z")
        return text

    try:
        subject = key(value)
        if low is not None:
            bound = key(low)
            if subject < bound or (not inc_low and subject == bound):  # type: ignore[operator]
                return False
        if high is not None:
            bound = key(high)
            if subject > bound or (not inc_high and subject == bound):  # type: ignore[operator]
                return False
    except ValueError:
        return False
    return True
