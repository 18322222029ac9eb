"""Parse the subset of Lucene query syntax that CKAN sends, into a small tree.

CKAN builds queries such as ``+capacity:public +state:(active OR draft)``,
``+permission_labels:("public" OR "member-…")``, ``name:"x" OR id:"x"`` and free text for dismax.
Clause occurrence follows Lucene's classic ``QueryParser.addClause`` rules, so ``a OR b`` under
the default AND operator means either, as it does in Solr.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MUST, SHOULD, MUST_NOT = "must", "should", "must_not"
_SPECIAL = set(' \t\r\n()[]{}":^~:')


class QuerySyntaxError(ValueError):
    """The query is not valid in the supported subset (Solr answers 400 with SyntaxError)."""


@dataclass(frozen=True)
class MatchAll:
    boost: float = 1.0


@dataclass(frozen=True)
class Term:
    """A term or phrase searched in one or more fields (several for dismax ``qf``)."""

    fields: tuple[tuple[str, float], ...]
    text: str
    phrase: bool = False
    wildcard: re.Pattern[str] | None = None
    boost: float = 1.0


@dataclass(frozen=True)
class Range:
    field: str
    low: str | None
    high: str | None
    include_low: bool = True
    include_high: bool = True
    boost: float = 1.0


@dataclass
class Boolean:
    clauses: list[tuple[str, object]] = field(default_factory=list)
    min_should: int = 0
    boost: float = 1.0


Node = MatchAll | Term | Range | Boolean


def wildcard_regex(text: str, flags: int = 0) -> re.Pattern[str]:
    translate = {"?": ".", "*": ".*"}
    return re.compile("".join(translate.get(ch) or re.escape(ch) for ch in text), flags | re.DOTALL)


class _Parser:
    def __init__(self, text: str, default_fields: tuple[tuple[str, float], ...], default_and: bool):
        self.text = text
        self.pos = 0
        self.default_fields = default_fields
        self.default_and = default_and

    # -- low-level scanning ---------------------------------------------------------------
    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def _skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def _keyword(self, word: str) -> bool:
        end = self.pos + len(word)
        if self.text[self.pos : end] != word:
            return False
        after = self.text[end : end + 1]
        if after and not (after.isspace() or after in '("'):
            return False
        self.pos = end
        return True

    def _literal(self, token: str) -> bool:
        if self.text.startswith(token, self.pos):
            self.pos += len(token)
            return True
        return False

    def _error(self, message: str) -> QuerySyntaxError:
        return QuerySyntaxError(f"Cannot parse '{self.text}': {message} at position {self.pos}")

    def _read_term(self) -> tuple[str, bool]:
        """Read an unquoted term; returns (unescaped text, has unescaped wildcard)."""
        out: list[str] = []
        pattern: list[str] = []
        wildcard = False
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\":
                if self.pos + 1 >= len(self.text):
                    raise self._error("dangling backslash")
                out.append(self.text[self.pos + 1])
                pattern.append(re.escape(self.text[self.pos + 1]))
                self.pos += 2
                continue
            if ch in _SPECIAL:
                break
            if ch in "*?":
                wildcard = True
            out.append(ch)
            self.pos += 1
        if not out:
            raise self._error("expected a term")
        return "".join(out), wildcard

    def _read_quoted(self) -> str:
        assert self._peek() == '"'
        self.pos += 1
        out = []
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\" and self.pos + 1 < len(self.text):
                out.append(self.text[self.pos + 1])
                self.pos += 2
                continue
            if ch == '"':
                self.pos += 1
                return "".join(out)
            out.append(ch)
            self.pos += 1
        raise self._error("unterminated phrase")

    def _read_boost(self) -> float:
        boost = 1.0
        while True:
            if self._peek() == "^":
                self.pos += 1
                match = re.match(r"\d+(\.\d+)?", self.text[self.pos :])
                if not match:
                    raise self._error("expected a number after ^")
                boost = float(match.group())
                self.pos += match.end()
            elif self._peek() == "~":
                self.pos += 1
                match = re.match(r"\d+(\.\d+)?", self.text[self.pos :])
                self.pos += match.end() if match else 0
            else:
                return boost

    # -- grammar ----------------------------------------------------------------------------
    def parse(self) -> Node:
        node = self._query(self.default_fields, in_group=False)
        self._skip_ws()
        if self.pos != len(self.text):
            raise self._error("unexpected ')'")
        return node

    def _query(self, fields: tuple[tuple[str, float], ...], in_group: bool) -> Boolean:
        clauses: list[list] = []
        conj = None
        while True:
            self._skip_ws()
            ch = self._peek()
            if not ch or (in_group and ch == ")"):
                break
            if self._keyword("AND") or self._literal("&&"):
                conj = MUST
                continue
            if self._keyword("OR") or self._literal("||"):
                conj = SHOULD
                continue
            mods = None
            if self._literal("+"):
                mods = MUST
            elif self._literal("-") or self._literal("!") or self._keyword("NOT"):
                mods = MUST_NOT
            self._skip_ws()
            node = self._clause(fields)
            self._add_clause(clauses, conj, mods, node)
            conj = None
        return Boolean([(occur, node) for occur, node in clauses])

    def _add_clause(self, clauses: list[list], conj: str | None, mods: str | None, node: Node) -> None:
        # Mirrors org.apache.lucene.queryparser.classic.QueryParserBase.addClause.
        if clauses and conj == MUST and clauses[-1][0] != MUST_NOT:
            clauses[-1][0] = MUST
        if clauses and self.default_and and conj == SHOULD and clauses[-1][0] != MUST_NOT:
            clauses[-1][0] = SHOULD
        if self.default_and:
            prohibited = mods == MUST_NOT
            required = not prohibited and conj != SHOULD
        else:
            prohibited = mods == MUST_NOT
            required = mods == MUST or (conj == MUST and not prohibited)
        occur = MUST_NOT if prohibited else MUST if required else SHOULD
        clauses.append([occur, node])

    def _clause(self, fields: tuple[tuple[str, float], ...]) -> Node:
        ch = self._peek()
        if ch == "(":
            self.pos += 1
            node = self._query(fields, in_group=True)
            if not self._literal(")"):
                raise self._error("missing ')'")
            node.boost = self._read_boost()
            return node
        if ch == '"':
            return self._phrase(fields)
        if ch in "[{":
            return self._range(fields)
        text, wildcard = self._read_term()
        if self._peek() == ":" and (not wildcard or text == "*"):
            self.pos += 1
            self._skip_ws()
            return self._field_value(text)
        return self._term(fields, text, wildcard)

    def _field_value(self, name: str) -> Node:
        ch = self._peek()
        single = ((name, 1.0),)
        if ch == "(":
            self.pos += 1
            node = self._query(single, in_group=True)
            if not self._literal(")"):
                raise self._error("missing ')'")
            node.boost = self._read_boost()
            return node
        if ch == '"':
            return self._phrase(single)
        if ch in "[{":
            return self._range(single)
        text, wildcard = self._read_term()
        if name == "*" and text == "*":
            return MatchAll(self._read_boost())
        return self._term(single, text, wildcard)

    def _term(self, fields: tuple[tuple[str, float], ...], text: str, wildcard: bool) -> Node:
        pattern = wildcard_regex(text) if wildcard else None
        return Term(fields, text, wildcard=pattern, boost=self._read_boost())

    def _phrase(self, fields: tuple[tuple[str, float], ...]) -> Node:
        text = self._read_quoted()
        return Term(fields, text, phrase=True, boost=self._read_boost())

    def _range(self, fields: tuple[tuple[str, float], ...]) -> Node:
        include_low = self._peek() == "["
        self.pos += 1
        end = next((i for i in range(self.pos, len(self.text)) if self.text[i] in "]}"), -1)
        if end < 0:
            raise self._error("unterminated range")
        parts = self.text[self.pos : end].split()
        if len(parts) != 3 or parts[1] != "TO":
            raise self._error("a range is [low TO high]")
        include_high = self.text[end] == "]"
        self.pos = end + 1
        low, high = (None if p == "*" else p.strip('"') for p in (parts[0], parts[2]))
        return Range(fields[0][0], low, high, include_low, include_high, boost=self._read_boost())


def parse(
    text: str,
    default_fields: tuple[tuple[str, float], ...] = (("text", 1.0),),
    default_and: bool = True,
) -> Node:
    """Parse ``text``; bare terms search ``default_fields`` (``df``, or dismax ``qf``)."""
    text = re.sub(r"^\{![^}]*\}", "", text.strip())
    if not text:
        return MatchAll()
    return _Parser(text, default_fields, default_and).parse()


def min_should_match(spec: str | None, optional: int) -> int:
    """How many of ``optional`` clauses must match under a dismax ``mm`` spec such as ``2<-1 5<80%``."""
    if not spec or optional == 0:
        return optional
    rule = spec.strip()
    if "<" in rule:
        chosen = None
        for pair in rule.split():
            limit, _, value = pair.partition("<")
            if optional > int(limit):
                chosen = value
        if chosen is None:
            return optional
        rule = chosen
    if rule.endswith("%"):
        percent = int(rule[:-1])
        count = optional * abs(percent) // 100
        result = count if percent >= 0 else optional - count
    else:
        number = int(rule)
        result = number if number >= 0 else optional + number
    return max(0, min(optional, result))
