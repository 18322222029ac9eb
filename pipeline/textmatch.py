"""Matching many literal words at once, fast enough for Python's regex engine.

An alternation of hundreds of words makes the engine try every word at every position of a
long Thai text; the same words factored into a trie try one branch per character.
"""

from __future__ import annotations

import re

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


class Cued:
    """A regex whose every match starts with one of a few literal words (its cues).

    Python's engine looks for a pattern that starts with a group of alternatives by trying it at every
    position whose character could start one; over Thai text that is most positions. ``str.find`` skips to
    the cues instead, and the regex is tried only there: the same matches, leftmost first, not overlapping.
    The cues are written beside the pattern, and tests/test_textmatch.py checks them on every fixture."""

    MANY = 8  # more cues than this are found in one Aho-Corasick pass rather than one str.find each

    def __init__(self, pattern: str | re.Pattern, cues: tuple[str, ...]) -> None:
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern
        self.cues = cues
        self._automaton: ahocorasick.Automaton | None = None

    def _starts(self, text: str, pos: int, endpos: int) -> list[int]:
        if len(self.cues) > self.MANY:
            return sorted({end + 1 - size for end, size in self._cue_automaton().iter(text, pos, endpos)})
        starts = []
        for cue in self.cues:
            i = text.find(cue, pos, endpos)
            while i != -1:
                starts.append(i)
                i = text.find(cue, i + 1, endpos)
        return sorted(set(starts))

    def _cue_automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for cue in self.cues:
                self._automaton.add_word(cue, len(cue))
            self._automaton.make_automaton()
        return self._automaton

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else min(endpos, len(text))
        done = pos
        for start in self._starts(text, pos, endpos):
            if start < done:
                continue
            m = self.pattern.match(text, start, endpos)
            if m:
                done = max(m.end(), start + 1)
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)
