"""One Solr core: documents in memory, queries, sorting and facets.

Every update is visible at once (as if each add were a soft commit); ``commit`` only asks the
owner to persist. Documents keep their Solr insertion order, and a replaced document moves to
the end, as a re-indexed document does in Solr, so score ties sort the same way.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Any

from portal.solr_standin import analysis, lucene, schema
from portal.solr_standin.lucene import MUST, MUST_NOT, SHOULD


class SolrRequestError(ValueError):
    """A request Solr would refuse with 400; the message mimics Solr's where CKAN looks at it."""


@dataclass
class Doc:
    stored: dict[str, Any]  # the fields as sent, for persistence and results
    values: dict[str, list[str]]  # every indexed field (copy fields included) as strings


def _as_strings(value: Any) -> list[str]:
    items = value if isinstance(value, list | tuple) else [value]
    out = []
    for item in items:
        if item is None:
            continue
        out.append(("true" if item else "false") if isinstance(item, bool) else str(item))
    return out


def make_doc(fields: dict[str, Any]) -> Doc:
    values: dict[str, list[str]] = {}
    for name, value in fields.items():
        strings = _as_strings(value)
        values.setdefault(name, []).extend(strings)
        for dest in schema.copy_targets(name):
            values.setdefault(dest, []).extend(strings)
    return Doc(stored=fields, values=values)


def _unique_key(fields: dict[str, Any]) -> str:
    for key in (schema.UNIQUE_KEY, "id"):
        value = _as_strings(fields.get(key))
        if value:
            return value[0]
    raise SolrRequestError(f"Document is missing mandatory uniqueKey field: {schema.UNIQUE_KEY}")


class Core:
    def __init__(self, name: str):
        self.name = name
        self.docs: dict[str, Doc] = {}
        self.lock = threading.RLock()

    # -- updates ---------------------------------------------------------------------------
    def add(self, fields: dict[str, Any], overwrite: bool = True) -> None:
        key = _unique_key(fields)
        doc = make_doc(fields)
        with self.lock:
            if overwrite:
                self.docs.pop(key, None)
            self.docs[key] = doc

    def delete_ids(self, ids: list[str]) -> int:
        with self.lock:
            return sum(self.docs.pop(key, None) is not None for key in ids)

    def delete_query(self, query: str) -> int:
        node = lucene.parse(query, (("text", 1.0),), default_and=False)
        with self.lock:
            doomed = [key for key, doc in self.docs.items() if _score(node, doc) is not None]
            for key in doomed:
                del self.docs[key]
        return len(doomed)

    # -- search ----------------------------------------------------------------------------
    def select(self, params: dict[str, list[str]]) -> dict[str, Any]:
        def one(name: str, default: str | None = None) -> str | None:
            return params.get(name, [default])[-1]

        q = one("q") or "*:*"
        default_and = (one("q.op") or "OR").upper() == "AND"
        def_type = one("defType") or "lucene"
        if def_type in ("dismax", "edismax"):
            qf = _parse_qf(one("qf") or one("df") or "text")
            query = lucene.parse(q, qf, default_and=False)
            if isinstance(query, lucene.Boolean):
                optional = sum(1 for occur, _ in query.clauses if occur == SHOULD)
                query.min_should = lucene.min_should_match(one("mm") or "100%", optional)
        else:
            query = lucene.parse(q, ((one("df") or "text", 1.0),), default_and)
        filters = [lucene.parse(fq, ((one("df") or "text", 1.0),), default_and) for fq in params.get("fq", [])]
        try:
            rows = int(one("rows", "10") or 10)
            start = int(one("start", "0") or 0)
        except ValueError as exc:
            raise SolrRequestError(f"invalid rows or start: {exc}") from None
        sort = _parse_sort(one("sort") or "score desc")

        with self.lock:
            hits = []
            for doc in self.docs.values():
                if not all(_score(f, doc) is not None for f in filters):
                    continue
                score = _score(query, doc)
                if score is not None:
                    hits.append((doc, score))
        hits.sort(key=functools.cmp_to_key(lambda a, b: _compare(a, b, sort)))
        page = hits[start : start + rows] if rows >= 0 else hits[start:]
        fl = _parse_fl(one("fl") or "*")
        response: dict[str, Any] = {
            "responseHeader": {"status": 0, "QTime": 0, "params": _echo(params)},
            "response": {
                "numFound": len(hits),
                "start": start,
                "numFoundExact": True,
                "docs": [_result(doc, score, fl) for doc, score in page],
            },
        }
        if (one("facet") or "false").lower() == "true":
            response["facet_counts"] = _facets([doc for doc, _ in hits], params)
        return response


# -- query evaluation -------------------------------------------------------------------------
def _score(node: lucene.Node, doc: Doc) -> float | None:
    """None when ``doc`` does not match ``node``, else a relevance score (higher is better)."""
    if isinstance(node, lucene.MatchAll):
        return node.boost
    if isinstance(node, lucene.Term):
        return _term_score(node, doc)
    if isinstance(node, lucene.Range):
        kind = schema.field(node.field).type
        ok = any(
            analysis.in_range(v, node.low, node.high, node.include_low, node.include_high, kind)
            for v in doc.values.get(node.field, [])
        )
        return node.boost if ok else None
    return _boolean_score(node, doc)


def _boolean_score(node: lucene.Boolean, doc: Doc) -> float | None:
    total = 0.0
    should_hits = should_count = 0
    has_positive = False
    for occur, child in node.clauses:
        score = _score(child, doc)  # type: ignore[arg-type]
        if occur == MUST_NOT:
            if score is not None:
                return None
            continue
        has_positive = True
        if occur == MUST:
            if score is None:
                return None
            total += score
        else:
            should_count += 1
            if score is not None:
                should_hits += 1
                total += score
    if not has_positive:
        return node.boost  # a purely negative query matches everything else, as Solr makes it
    required_should = node.min_should
    if not any(occur == MUST for occur, _ in node.clauses) and should_count:
        required_should = max(1, required_should)
    if should_hits < required_should:
        return None
    return total * node.boost


def _term_score(node: lucene.Term, doc: Doc) -> float | None:
    best = None
    for name, boost in node.fields:
        if node.text == "*" and node.wildcard is not None:
            matched = bool(doc.values.get(name))
        else:
            matched = _field_matches(name, node, doc.values.get(name, []))
        if matched and (best is None or boost > best):
            best = boost
    return None if best is None else best * node.boost


def _field_matches(name: str, node: lucene.Term, values: list[str]) -> bool:
    kind = schema.field(name).type
    if kind == "text":
        return any(analysis.text_matches(node.text, v, node.phrase, node.wildcard) for v in values)
    if kind == "date" and not node.wildcard:
        bound = node.text
        return any(analysis.in_range(v, bound, bound, True, True, "date") for v in values)
    return any(analysis.string_matches(node.text, v, node.wildcard) for v in values)


# -- parameters and results -------------------------------------------------------------------
def _parse_qf(text: str) -> tuple[tuple[str, float], ...]:
    fields = []
    for item in text.split():
        name, _, boost = item.partition("^")
        fields.append((name, float(boost) if boost else 1.0))
    return tuple(fields)


def _parse_sort(text: str) -> list[tuple[str, bool]]:
    spec = []
    for part in text.split(","):
        bits = part.split()
        if not bits:
            continue
        if len(bits) != 2 or bits[1].lower() not in ("asc", "desc"):
            raise SolrRequestError(f"Can't determine a Sort Order (asc or desc) in sort spec '{part.strip()}'")
        spec.append((bits[0], bits[1].lower() == "desc"))
    return spec


def _sort_value(doc: Doc, score: float, name: str) -> Any:
    if name == "score":
        return score
    values = doc.values.get(name)
    if not values:
        return None
    if schema.field(name).type == "int":
        try:
            return float(values[0])
        except ValueError:
            return None
    return values[0]


def _compare(a: tuple[Doc, float], b: tuple[Doc, float], sort: list[tuple[str, bool]]) -> int:
    for name, descending in sort:
        left, right = _sort_value(a[0], a[1], name), _sort_value(b[0], b[1], name)
        if left == right:
            continue
        if left is None:
            return 1  # missing values sort last either way, as CKAN's schema asks
        if right is None:
            return -1
        result = -1 if left < right else 1
        return -result if descending else result
    return 0


def _parse_fl(text: str) -> set[str]:
    return {item for item in text.replace(",", " ").split() if item}


def _result(doc: Doc, score: float, fl: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    everything = "*" in fl
    for name, value in doc.stored.items():
        try:
            spec = schema.field(name)
        except KeyError:
            continue
        if not spec.stored or not (everything or name in fl):
            continue
        values = value if isinstance(value, list | tuple) else [value]
        values = [v for v in values if v is not None]
        if not values:
            continue
        out[name] = list(values) if spec.multi else values[0]
    if "score" in fl:
        out["score"] = score
    return out


def _echo(params: dict[str, list[str]]) -> dict[str, Any]:
    return {k: v[0] if len(v) == 1 else v for k, v in params.items()}


def _facets(docs: list[Doc], params: dict[str, list[str]]) -> dict[str, Any]:
    def setting(fieldname: str, name: str, default: str) -> str:
        return params.get(f"f.{fieldname}.facet.{name}", params.get(f"facet.{name}", [default]))[-1]

    fields: dict[str, list[Any]] = {}
    for name in params.get("facet.field", []):
        counts: dict[str, int] = {}
        for doc in docs:
            for value in set(doc.values.get(name, [])):
                counts[value] = counts.get(value, 0) + 1
        limit = int(setting(name, "limit", "100"))
        mincount = int(setting(name, "mincount", "0"))
        offset = int(setting(name, "offset", "0"))
        prefix = setting(name, "prefix", "")
        by_index = setting(name, "sort", "count" if limit > 0 else "index") in ("index", "lex", "false")
        items = [(v, c) for v, c in counts.items() if c >= mincount and v.startswith(prefix)]
        items.sort(key=(lambda vc: vc[0]) if by_index else (lambda vc: (-vc[1], vc[0])))
        items = items[offset:] if limit < 0 else items[offset : offset + limit]
        fields[name] = [x for pair in items for x in pair]
    return {
        "facet_queries": {},
        "facet_fields": fields,
        "facet_ranges": {},
        "facet_intervals": {},
        "facet_heatmaps": {},
    }
