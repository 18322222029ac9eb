"""Matching many literal words at once, fast enough for Python's regex engine.

An alternation of hundreds of words makes the engine try every word at every position of a
long Thai text; the same words factored into a trie try one branch per character.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left

import ahocorasick


def trie_pattern(words) -> str:
    """One regex source for many words, factored by shared prefixes: the engine tries one branch per
    character instead of every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex source at its top level ("a|b(c|d)" -> ["a", "b(c|d)"]); for sources with no
    escaped bracket, as the project's word lists are."""
    parts, depth, current = [], 0, ""
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


_SHIFT = 20  # an index key is group << _SHIFT | start: a small int (longer texts are not indexed)
_START_OF = (1 << _SHIFT) - 1  # key & _START_OF is the start


class TextIndex:
    """Where the words of many lists start in one text (an article's), found in one Aho-Corasick pass.

    An article is searched for a dozen word lists (the cues of each Cued, organization names); a
    ``str.find`` per word is a pass over the text per word, and the automaton's cost is mostly per
    letter of the text, not per word. A list is added when it is first asked about the text read
    (``starts`` gives None until the next text is read); the automaton is rebuilt for it then."""

    def __init__(self) -> None:
        self._lists: list[tuple[str, ...]] = []  # by id
        self._lock = threading.Lock()  # ids stay right if another thread adds a list
        # The automaton, how many lists it finds, and each list's groups (see _build).
        self._found: tuple[ahocorasick.Automaton | None, int, list[tuple[int, ...]]] = (None, 0, [])
        # The text read, the lists read for, their groups, the keys, their starts, the starts of lists of several
        # groups (starts)
        self._read: tuple[str | None, int, list, list[int], list[int], dict[int, list[int]]] = (None, 0, [], [], [], {})
        self._latin: tuple[str | None, str] = (None, "")  # the text read last and its Latin letters, once asked

    def add(self, words: tuple[str, ...]) -> int:
        """A word list to look for in the texts read from now on; its id."""
        with self._lock:
            self._lists.append(words)
            return len(self._lists) - 1

    def read(self, text: str) -> None:
        """Find every word of every list in ``text``, the text the lists are then asked about."""
        automaton, lists, groups = self._found
        if lists != len(self._lists):
            automaton, lists, groups = self._found = self._build()
        if len(text) >= 1 << _SHIFT:
            self._read = (None, 0, [], [], [], {})  # every list is looked for on its own in it
            return
        # One sorted list of keys: a group's words are one slice of it, in order. Each word's value is its
        # group << _SHIFT minus its length - 1, so a key is the end of a word found plus its value. Two words of
        # a group that start at one place make one key (a set), once here rather than in every query. The keys'
        # starts are worked out once too (in C): a query is then two bisects and a slice, with no comprehension.
        keys = sorted({end + value for end, value in automaton.iter(text)}) if automaton is not None else []
        self._read = (text, lists, groups, keys, list(map(_START_OF.__and__, keys)), {})

    @property
    def text(self) -> str | None:
        """The text read last."""
        return self._read[0]

    def latin(self, text: str) -> str:
        """``text`` with every non-ASCII character dropped, worked out once for the text read (two finders ask).
        A word written in Latin letters stays whole in it, so English words are looked for in a string a
        fraction of a Thai text's length: a regex scan costs per character, and most characters are Thai."""
        done, latin = self._latin
        if text is not done:
            latin = text.encode("ascii", "ignore").decode()
            if text is self._read[0]:
                self._latin = (text, latin)
        return latin

    def starts(self, list_id: int, text: str, pos: int, endpos: int) -> list[int] | None:
        """Where words of the list start in ``text[pos:endpos]`` (a word may run on past endpos), in order;
        None if ``text`` is not the text read (the same object) or the list was added after it was read."""
        read, lists, groups, keys, found, starts = self._read  # one tuple: a text read meanwhile replaces it whole
        if text is not read or list_id >= lists:
            return None
        if len(groups[list_id]) == 1:
            base = list_id << _SHIFT
            lo = bisect_left(keys, base + pos)
            return found[lo : bisect_left(keys, base + endpos, lo)]
        merged = starts.get(list_id)
        if merged is None:  # a list with words of other lists: its groups merged once per text, not per range asked
            merged = starts[list_id] = sorted(
                {i for group in groups[list_id] for i in _slice(keys, group, 0, 1 << _SHIFT)}
            )
        return merged[bisect_left(merged, pos) : bisect_left(merged, endpos)]

    def _build(self) -> tuple[ahocorasick.Automaton | None, int, list[tuple[int, ...]]]:
        """A word of one list is in that list's group (its id); a word of several lists has a group of its
        own, which each of them reads too."""
        with self._lock:
            lists = list(self._lists)
        lists_of: dict[str, dict[int, None]] = {}
        for list_id, words in enumerate(lists):
            for word in words:
                lists_of.setdefault(word, {})[list_id] = None
        groups = [[list_id] for list_id in range(len(lists))]
        shared = len(lists)  # the next group of a word of several lists
        automaton = ahocorasick.Automaton()
        for word, ids in lists_of.items():
            group = next(iter(ids))
            if len(ids) > 1:
                group, shared = shared, shared + 1
                for list_id in ids:
                    groups[list_id].append(group)
            automaton.add_word(word, (group << _SHIFT) - (len(word) - 1))
        if lists_of:
            automaton.make_automaton()
        return automaton if lists_of else None, len(lists), [tuple(g) for g in groups]


def _slice(keys: list[int], group: int, pos: int, endpos: int) -> list[int]:
    """Where the group's words start in [pos, endpos), from the sorted keys."""
    base = group << _SHIFT
    lo = bisect_left(keys, base + pos)
    found = keys[lo : bisect_left(keys, base + endpos, lo)]
    return [key - base for key in found] if found else found


INDEX = TextIndex()  # the article being extracted: pipeline.extract.extract reads its text first


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends: its line break, or the text's end."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def occurrences(text: str, word: str, pos: int = 0, endpos: int | None = None) -> list[int]:
    """Where ``word`` starts in ``text[pos:endpos]``, every place (overlapping ones too), in order."""
    endpos = len(text) if endpos is None else endpos
    found, i = [], text.find(word, pos, endpos)
    while i != -1:
        found.append(i)
        i = text.find(word, i + 1, endpos)
    return found


class Words:
    """Where any of some literal words starts in a text: from INDEX when the text is the article it read (one
    pass for every list), else found here (``str.find`` per word for a few, an Aho-Corasick pass for many)."""

    MANY = 8  # more words than this are found in one Aho-Corasick pass rather than one str.find each

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._automaton: ahocorasick.Automaton | None = None
        self._index_id: int | None = None  # the words' list in INDEX, once asked about the text read there

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Where the words start in ``text[pos:endpos]``, in order. From INDEX a word may run on past endpos."""
        endpos = len(text) if endpos is None else endpos
        read, lists, groups, keys, starts, _ = INDEX._read
        if text is read and pos >= 0 and endpos >= 0:  # (str.find reads a negative pos from the end)
            list_id = self._index_id
            if list_id is None:
                list_id = self._index_id = INDEX.add(self.words)
            if list_id < lists and len(groups[list_id]) == 1:  # INDEX.starts' common case, without its call
                base = list_id << _SHIFT
                lo = bisect_left(keys, base + pos)
                return starts[lo : bisect_left(keys, base + endpos, lo)]
            found = INDEX.starts(list_id, text, pos, endpos)
            if found is not None:
                return found
        if len(self.words) > self.MANY:
            return sorted({end + 1 - size for end, size in self._own_automaton().iter(text, pos, endpos)})
        return sorted({i for word in self.words for i in occurrences(text, word, pos, endpos)})

    def _own_automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for word in self.words:
                self._automaton.add_word(word, len(word))
            self._automaton.make_automaton()
        return self._automaton


class Cued(Words):
    """A regex whose every match starts with one of a few literal words (its cues).

    Python's engine looks for a pattern that starts with a group of alternatives by trying it at every
    position whose character could start one; over Thai text that is most positions. ``str.find`` skips to
    the cues instead, and the regex is tried only there: the same matches, leftmost first, not overlapping.
    A cue found in INDEX may run on past endpos: the pattern is tried there in vain (a match ends by endpos
    and starts with a whole cue). The cues are written beside the pattern, and tests/test_textmatch.py checks
    them on every fixture."""

    def __init__(self, pattern: str | re.Pattern, cues: tuple[str, ...]) -> None:
        super().__init__(cues)
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else min(endpos, len(text))
        return self.tried_at(text, self.starts(text, pos, endpos), endpos, pos)

    def tried_at(self, text: str, starts: list[int], endpos: int | None = None, done: int = 0):
        """The pattern's matches at ``starts`` (in order): leftmost first, not overlapping. For a caller that
        found the cues its own way."""
        endpos = len(text) if endpos is None else endpos
        for start in starts:
            if start < done:
                continue
            m = self.pattern.match(text, start, endpos)
            if m:
                done = max(m.end(), start + 1)
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)
