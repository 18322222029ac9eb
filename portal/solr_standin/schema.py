"""The field rules of CKAN 2.11's Solr schema, condensed from its ``schema.xml``.

CKAN checks the schema's name (``ckan-2.11``) when it starts, and its searches rely on Solr's
field behaviour: exact string fields, analysed text fields, multi-valued fields, copy fields
into ``text``, ``index_id`` as the unique key, and which fields come back in results (stored).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

NAME = "ckan-2.11"
VERSION = "1.6"
UNIQUE_KEY = "index_id"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string | text | date | int
    stored: bool = True
    multi: bool = False


_S, _T, _D, _I = "string", "text", "date", "int"
FIELDS = {
    f.name: f
    for f in (
        Field("index_id", _S),
        Field("id", _S),
        Field("site_id", _S),
        Field("title", _T),
        Field("title_ngram", _T),
        Field("entity_type", _S),
        Field("dataset_type", _S),
        Field("state", _S),
        Field("name", _S),
        Field("name_ngram", _T),
        Field("revision_id", _S),
        Field("version", _S),
        Field("url", _S),
        Field("ckan_url", _S),
        Field("download_url", _S),
        Field("notes", _T),
        Field("author", _T),
        Field("author_email", _T),
        Field("maintainer", _T),
        Field("maintainer_email", _T),
        Field("license", _S),
        Field("license_id", _S),
        Field("tags", _S, multi=True),
        Field("groups", _S, multi=True),
        Field("organization", _S),
        Field("capacity", _S),
        Field("permission_labels", _S, stored=False, multi=True),
        Field("res_name", _T, multi=True),
        Field("res_description", _T, multi=True),
        Field("res_format", _S, multi=True),
        Field("res_url", _S, multi=True),
        Field("res_type", _S, multi=True),
        Field("text", _T, stored=False, multi=True),
        Field("urls", _T, stored=False, multi=True),
        *(
            Field(rel, _T, stored=False, multi=True)
            for rel in [
                "depends_on",
                "dependency_of",
                "derives_from",
                "has_derivation",
                "links_to",
                "linked_from",
                "child_of",
                "parent_of",
            ]
        ),
        Field("views_total", _I, stored=False),
        Field("views_recent", _I, stored=False),
        Field("resources_accessed_total", _I, stored=False),
        Field("resources_accessed_recent", _I, stored=False),
        Field("metadata_created", _D),
        Field("metadata_modified", _D),
        Field("indexed_ts", _D),
        Field("title_string", _S, stored=False),
        Field("data_dict", _S),
        Field("validated_data_dict", _S),
        Field("_version_", _S),
    )
}

# Order matters: Solr picks the longest matching pattern; these are listed longest first.
DYNAMIC = (
    Field("res_extras_*", _T, multi=True),
    Field("extras_*", _T),
    Field("vocab_*", _S, multi=True),
    Field("*_date", _D),
    Field("*", _S, stored=False, multi=True),
)

COPY_FIELDS = (
    ("url", "urls"),
    ("title", "title_ngram"),
    ("name", "name_ngram"),
    ("ckan_url", "urls"),
    ("download_url", "urls"),
    ("res_url", "urls"),
    *(
        (source, "text")
        for source in [
            "extras_*",
            "res_extras_*",
            "vocab_*",
            "urls",
            "name",
            "title",
            "text",
            "license",
            "notes",
            "tags",
            "groups",
            "organization",
            "res_name",
            "res_description",
            "maintainer",
            "author",
        ]
    ),
)


def field(name: str) -> Field:
    if name in FIELDS:
        return FIELDS[name]
    for pattern in DYNAMIC:
        if fnmatch.fnmatchcase(name, pattern.name):
            return Field(name, pattern.type, pattern.stored, pattern.multi)
    raise KeyError(name)


def copy_targets(name: str) -> list[str]:
    return [dest for source, dest in COPY_FIELDS if fnmatch.fnmatchcase(name, source)]


def schema_xml() -> str:
    """The schema as Solr serves it at ``/schema?wt=schema.xml``: enough for CKAN's version check."""
    types = {_S: "string", _T: "text", _D: "date", _I: "int"}
    lines = [f'<?xml version="1.0" encoding="UTF-8"?>\n<schema name="{NAME}" version="{VERSION}">']
    for f in FIELDS.values():
        lines.append(
            f'  <field name={quoteattr(f.name)} type={quoteattr(types[f.type])} indexed="true" '
            f'stored="{str(f.stored).lower()}" multiValued="{str(f.multi).lower()}"/>'
        )
    for f in DYNAMIC:
        lines.append(
            f'  <dynamicField name={quoteattr(f.name)} type={quoteattr(types[f.type])} indexed="true" '
            f'stored="{str(f.stored).lower()}" multiValued="{str(f.multi).lower()}"/>'
        )
    lines.append(f"  <uniqueKey>{UNIQUE_KEY}</uniqueKey>")
    lines += [f"  <copyField source={quoteattr(s)} dest={quoteattr(d)}/>" for s, d in COPY_FIELDS]
    lines.append("</schema>\n")
    return "\n".join(lines)


def schema_json() -> dict:
    return {
        "name": NAME,
        "version": float(VERSION),
        "uniqueKey": UNIQUE_KEY,
        "fields": [
            {"name": f.name, "type": f.type, "stored": f.stored, "multiValued": f.multi} for f in FIELDS.values()
        ],
        "dynamicFields": [
            {"name": f.name, "type": f.type, "stored": f.stored, "multiValued": f.multi} for f in DYNAMIC
        ],
        "copyFields": [{"source": s, "dest": d} for s, d in COPY_FIELDS],
    }
