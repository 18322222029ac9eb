"""pipeline.extract.headings: the shortcuts taken for speed find what the plain patterns find."""

from __future__ import annotations

import re

from pipeline.extract import headings
from pipeline.textmatch import occurrences
from tests.inputs_support import fixture_texts


def test_category_prose_is_found_where_the_regex_finds_it():
    texts = [*fixture_texts(), "และสาขาบริการ ได้แก่ กรมA", "ส่วน ประเภทพัฒนาการ ระดับดีเด่น คือ จังหวัดB", "ได้แก่ระดับจังหวัด ได้แก่"]
    hits = 0
    for text in texts:
        expected = [m.span() for m in headings._RE_CATEGORY_PROSE.finditer(text)]
        assert [m.span() for m in headings._category_prose_matches(text)] == expected
        hits += len(expected)
    assert hits >= 5


def test_marks_are_stripped_as_the_regex_strips_them():
    for text in fixture_texts():
        for line in text.split("\n"):
            assert headings._strip_marks(line) == headings._RE_MARKS.sub("", line, count=1)


def test_a_line_that_starts_with_a_letter_keeps_its_start():
    for line in ("รางวัลเลิศรัฐ", "Award", "เอกสาร", ""):
        assert headings._strip_marks(line) == headings._RE_MARKS.sub("", line, count=1) == line
    assert headings._strip_marks("1.2) ประเภทX") == "ประเภทX"
    assert headings._strip_marks("๑. ประเภทX") == "ประเภทX"  # a Thai digit is a number, not a letter
    assert headings._strip_marks("🏆 - รางวัลX") == "รางวัลX"


def test_category_lines_match_as_without_the_lookahead():
    plain = re.compile(headings._RE_CATEGORY.pattern.replace(r"(?=[\sรไ:]|$)", ""))
    assert plain.pattern != headings._RE_CATEGORY.pattern
    lines = ["สาขาบริการภาครัฐ ระดับดีเด่น ได้แก่ กรมA", "ประเภทนวัตกรรม : กรมB", "ด้านการบริหาร ระดับ ดี", "หมวดX ได้แก่"]
    hits = 0
    for text in [*fixture_texts(), *lines]:
        for word in ("สาขา", "ประเภท", "ด้าน", "หมวด"):
            for i in occurrences(text, word):
                got, expected = headings._RE_CATEGORY.match(text, i), plain.match(text, i)
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups()))
                hits += expected is not None
    assert hits >= 20
