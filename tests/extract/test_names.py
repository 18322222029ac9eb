"""pipeline.extract.names: the shortcuts taken for speed find what the plain patterns find."""

from __future__ import annotations

from pipeline.extract import names
from tests.inputs_support import fixture_texts


def _names_by_finditer(text: str) -> list[names.AwardName]:
    """The award names of a text as _START.finditer's matches give them (what _all_award_names walks)."""
    found, pos = [], 0
    for m in names._START.finditer(text):
        if m.start() >= pos and (award := names.award_at(text, m.start())):
            found.append(award)
            pos = award.end
    return found


def test_award_names_are_found_where_finditer_finds_them():
    texts = [*fixture_texts(), "ได้รับโล่รางวัลนี้ และโล่รางวัลเกียรติยศ", "โล่รางวัล รางวัลเลิศรัฐ", "โล่เกียรติคุณรางวัลX"]
    for text in texts:
        assert names._all_award_names.__wrapped__(text)[0] == _names_by_finditer(text)
