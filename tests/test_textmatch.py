"""pipeline.textmatch: the fast matchers find exactly what the plain regexes find."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import pipeline
from pipeline.extract import events
from pipeline.textmatch import INDEX, Cued, TextIndex, trie_pattern
from tests.inputs_support import fixture_texts


def _cued_in_pipeline() -> list[tuple[str, Cued]]:
    found = []
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        if info.name.endswith("__main__"):
            continue  # running it would run the command line
        module = importlib.import_module(info.name)
        found += [(f"{info.name}.{name}", v) for name, v in vars(module).items() if isinstance(v, Cued)]
    found += [(f"programme {p.programme_id}", f) for p, f in events._anchored() if isinstance(f, Cued)]
    return found


CUED = _cued_in_pipeline()
TEXTS = fixture_texts()


def test_there_are_matchers_and_texts_to_check():
    assert len(CUED) >= 5 and len(TEXTS) >= 100


@pytest.mark.parametrize("name,cued", CUED, ids=[n for n, _ in CUED])
def test_cued_finds_what_the_regex_finds(name, cued):
    hits = 0
    for text in TEXTS:
        expected = [m.span() for m in cued.pattern.finditer(text)]
        assert [m.span() for m in cued.finditer(text)] == expected, name
        hits += len(expected)
        for pos in (0, len(text) // 3):
            plain = cued.pattern.search(text, pos)
            assert (cued.search(text, pos) or plain) is None or cued.search(text, pos).span() == plain.span()


@pytest.mark.parametrize("name,cued", CUED, ids=[n for n, _ in CUED])
def test_cued_finds_the_same_in_the_text_read_by_the_index(name, cued):
    """An article's text is read by textmatch.INDEX: the cues are found there, in one pass with the others'."""
    for text in TEXTS[:40]:
        INDEX.read(text)
        assert [m.span() for m in cued.finditer(text)] == [m.span() for m in cued.pattern.finditer(text)], name
        for pos in (0, len(text) // 3):
            for endpos in (pos + 40, pos + 300, len(text)):
                expected = [m.span() for m in cued.pattern.finditer(text, pos, endpos)]
                assert [m.span() for m in cued.finditer(text, pos, endpos)] == expected, name
    assert cued._index_id is not None


def test_text_index_finds_every_list_in_the_text_read():
    index = TextIndex()
    a, b = index.add(("กรม", "กรมการ", "และ")), index.add(("และ", "ได้รับ"))
    text = "กรมการค้าและกรมศุลกากรได้รับ"
    assert index.starts(a, text, 0, len(text)) is None  # not read yet
    index.read(text)
    assert index.starts(a, text, 0, len(text)) == [0, 9, 12]  # "กรม" and "กรมการ" start at 0: once
    assert index.starts(b, text, 0, len(text)) == [9, 22]
    assert index.starts(a, text, 1, 12) == [9] and index.starts(b, text, 0, 23) == [9, 22]  # a word may run on
    assert index.starts(a, "กรมการ", 0, 6) is None  # another text
    c = index.add(("ค้า",))
    assert index.starts(c, text, 0, len(text)) is None  # added after the text was read
    index.read(text)
    assert index.starts(c, text, 0, len(text)) == [6]
    empty = TextIndex()
    nothing = empty.add(())
    empty.read(text)
    assert empty.starts(nothing, text, 0, len(text)) == []
    long = "กรม" * (1 << 19)
    index.read(long)
    assert index.starts(a, long, 0, 10) is None  # too long for the keys: each list is looked for on its own


def test_latin_letters_of_a_text_keep_latin_words_whole():
    index = TextIndex()
    text = "สพร. (DGA) จัดงาน Digital Government Awards 2023 เมื่อ 6 December 2023 ณ กรุงเทพฯ"
    index.read(text)
    latin = index.latin(text)
    assert latin == ". (DGA)  Digital Government Awards 2023  6 December 2023  "
    assert index.latin(text) is latin  # worked out once for the text read
    assert index.latin("กรม ABC ๑") == " ABC "  # and for any other text, not kept
    assert index.latin(text) is latin


def test_an_english_date_is_found_whether_or_not_the_text_was_read():
    from pipeline import thai

    text = "ประกาศผลเมื่อ Wednesday, December 6, 2023 ที่ผ่านมา"
    expected = [(d.start, d.date.isoformat(), d.weekday_stated) for d in thai.find_dates(text)]
    assert expected == [(14, "2023-12-06", 2)]
    INDEX.read(text)
    assert [(d.start, d.date.isoformat(), d.weekday_stated) for d in thai.find_dates(text)] == expected
    assert thai.find_dates("ประกาศผลเมื่อวันที่ 6 ธันวาคม 2566 (Digital Government Awards)")[0].era == "BE"


def test_cued_misses_a_match_that_does_not_start_with_a_cue():
    """The contract: a pattern with a match not starting with a cue is wrong, and the check above would show it."""
    cued = Cued(r"(?:จัดโดย|ดำเนินการโดย)", ("จัดโดย",))
    text = "งานนี้ดำเนินการโดยกรม"
    assert [m.group() for m in cued.pattern.finditer(text)] == ["ดำเนินการโดย"]
    assert list(cued.finditer(text)) == []


def test_cued_respects_pos_endpos_and_lookbehind():
    cued = Cued(r"(?<!\S)ณ\s?(?=\S)", ("ณ",))
    text = "จัดขึ้น ณ ทำเนียบรัฐบาล ประมาณ 10 คน ณ ห้องประชุม"
    assert [m.start() for m in cued.finditer(text)] == [m.start() for m in cued.pattern.finditer(text)] == [8, 37]
    assert [m.start() for m in cued.finditer(text, 9)] == [37]
    assert [m.span() for m in cued.finditer(text, 0, 30)] == [cued.search(text, 0, 30).span()] == [(8, 10)]


def test_trie_pattern_matches_the_longest_word():
    pattern = re.compile(trie_pattern(["กรม", "กรมการ", "กรมการปกครอง", "สพร."]))
    assert pattern.match("กรมการปกครองส่วนท้องถิ่น").group() == "กรมการปกครอง"
    assert pattern.match("กรมการค้า").group() == "กรมการ"
    assert pattern.match("สพร.").group() == "สพร." and pattern.match("สพร") is None


def test_clause_start_is_the_end_of_the_last_clause_break():
    """awards._clause_start finds with str.rfind what _RE_CLAUSE_BREAK's last match ends at."""
    from pipeline.extract import awards

    def plain(text: str, verb: int) -> int:
        start = max(0, verb - awards.WINDOW)
        for m in awards._RE_CLAUSE_BREAK.finditer(text, start, verb):
            start = m.end()
        return start

    checked = 0
    for text in TEXTS:
        for verb in range(0, len(text), 7):
            assert awards._clause_start(text, verb) == plain(text, verb)
            checked += 1
    assert checked > 10_000
