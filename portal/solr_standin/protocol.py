"""Solr's HTTP API as CKAN 2.11 and pysolr use it, without the HTTP server around it.

Kept apart from the socket code so the tests can drive every request shape directly: pysolr
sends adds as a JSON list of documents, deletes and commits as XML, and searches as GET (or a
form POST when the query string is long); CKAN reads the schema name at start-up.
"""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from portal.solr_standin import lucene, schema
from portal.solr_standin.core import Core, SolrRequestError

JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"
BANNER = (
    "Solr stand-in of the project's local CKAN portal (test tooling, not Solr).\n"
    "A real deployment points CKAN's solr_url at a real Solr.\n"
)


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes


def _json(payload: Any, status: int = 200) -> Response:
    return Response(status, JSON, json.dumps(payload, ensure_ascii=False).encode())


def _error(status: int, message: str) -> Response:
    return _json(
        {
            "responseHeader": {"status": status, "QTime": 0},
            "error": {
                "metadata": ["error-class", "org.apache.solr.common.SolrException"],
                "msg": message,
                "code": status,
            },
        },
        status,
    )


def _ok(started: float) -> Response:
    return _json({"responseHeader": {"status": 0, "QTime": int((time.monotonic() - started) * 1000)}})


class Solr:
    """All cores, plus a hook called after every change so the owner can persist."""

    def __init__(self, on_change: Callable[[], None] | None = None):
        self.cores: dict[str, Core] = {}
        self.on_change = on_change or (lambda: None)

    def core(self, name: str) -> Core:
        if name not in self.cores:
            self.cores[name] = Core(name)
        return self.cores[name]

    def handle(self, method: str, path: str, query: str, body: bytes, content_type: str) -> Response:
        params = parse_qs(query, keep_blank_values=True)
        if method == "POST" and content_type.startswith("application/x-www-form-urlencoded"):
            for key, values in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            body = b""
        parts = [p for p in path.split("/") if p]
        try:
            return self._route(method, parts, params, body, content_type)
        except (SolrRequestError, lucene.QuerySyntaxError) as exc:
            prefix = "org.apache.solr.search.SyntaxError: " if isinstance(exc, lucene.QuerySyntaxError) else ""
            return _error(400, prefix + str(exc))
        except (ValueError, ET.ParseError) as exc:
            return _error(400, f"Bad request: {exc}")

    def _route(
        self, method: str, parts: list[str], params: dict[str, list[str]], body: bytes, content_type: str
    ) -> Response:
        if parts in ([], ["solr"]):
            return Response(200, "text/plain; charset=utf-8", BANNER.encode())
        if parts[:3] == ["solr", "admin", "cores"]:
            return _json({"responseHeader": {"status": 0}, "status": {n: {"name": n} for n in self.cores}})
        if len(parts) < 3 or parts[0] != "solr":
            return _error(404, "Not Found: " + "/".join(parts))
        core, action = self.core(parts[1]), parts[2:]
        if action == ["select"]:
            return _json(core.select(params))
        if action[0] == "update" and method == "POST":
            return self._update(core, params, body, content_type)
        if action == ["schema"] or action == ["admin", "file"]:
            wanted = params.get("wt", [""])[-1] == "schema.xml" or params.get("file", [""])[-1] == "schema.xml"
            if wanted:
                return Response(200, XML, schema.schema_xml().encode())
            return _json({"responseHeader": {"status": 0, "QTime": 0}, "schema": schema.schema_json()})
        if action == ["admin", "ping"]:
            return _json({"responseHeader": {"status": 0, "QTime": 0}, "status": "OK"})
        return _error(404, "Not Found: " + "/".join(parts))

    def _update(self, core: Core, params: dict[str, list[str]], body: bytes, content_type: str) -> Response:
        started = time.monotonic()
        text = body.decode("utf-8").strip()
        if text.startswith("<"):
            _apply_xml(core, ET.fromstring(text))
        elif text:
            _apply_json(core, json.loads(text, object_pairs_hook=lambda pairs: pairs))
        self.on_change()
        return _ok(started)


# -- JSON update messages (pairs lists, so repeated "add"/"delete" keys are all kept) ----------
def _to_value(node: Any) -> Any:
    if isinstance(node, list) and node and all(isinstance(p, tuple) and len(p) == 2 for p in node):
        return {k: _to_value(v) for k, v in node}
    if isinstance(node, list):
        return [_to_value(v) for v in node]
    return node


def _is_object(node: Any) -> bool:
    return isinstance(node, list) and all(isinstance(p, tuple) and len(p) == 2 for p in node) and bool(node)


def _apply_json(core: Core, message: Any) -> None:
    if not _is_object(message):
        for doc in _to_value(message) if isinstance(message, list) else []:
            if not isinstance(doc, dict):
                raise SolrRequestError("Expected a JSON object for each document")
            core.add(doc)
        return
    commands = {"add", "delete", "commit", "optimize", "rollback"}
    if not any(key in commands for key, _ in message):
        core.add(_to_value(message))
        return
    for key, raw in message:
        value = _to_value(raw)
        if key == "add":
            core.add(value["doc"], overwrite=value.get("overwrite", True) is not False)
        elif key == "delete":
            _json_delete(core, value)


def _json_delete(core: Core, value: Any) -> None:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and "query" in item:
            core.delete_query(str(item["query"]))
        elif isinstance(item, dict) and "id" in item:
            core.delete_ids([str(item["id"])])
        else:
            core.delete_ids([str(item)])


# -- XML update messages ------------------------------------------------------------------------
def _apply_xml(core: Core, root: ET.Element) -> None:
    commands = list(root) if root.tag == "update" else [root]
    for command in commands:
        if command.tag == "add":
            overwrite = command.get("overwrite", "true") != "false"
            for doc in command.findall("doc"):
                core.add(_xml_doc(doc), overwrite=overwrite)
        elif command.tag == "delete":
            core.delete_ids([(e.text or "").strip() for e in command.findall("id")])
            for query in command.findall("query"):
                core.delete_query(query.text or "")
        elif command.tag not in ("commit", "optimize", "rollback"):
            raise SolrRequestError(f"Unknown command '{command.tag}'")


def _xml_doc(element: ET.Element) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for item in element.findall("field"):
        name, value = item.get("name"), item.text or ""
        if name is None:
            raise SolrRequestError("field without a name")
        if name in fields:
            previous = fields[name]
            fields[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[name] = [value] if schema.field(name).multi else value
    return fields
