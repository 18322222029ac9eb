"""Discovery metadata from the descriptor: schema.org ``Dataset`` JSON-LD and a DCAT description in Turtle.

``metadata/dataset.jsonld`` is what search engines read (Google Dataset Search, schema.org);
``metadata/dcat.ttl`` is DCAT(-AP) in Turtle, the vocabulary and one of the serializations that
ckanext-dcat's RDF parser and harvesters read (dcat:Dataset with dct:title, dct:description,
dcat:keyword, dct:identifier, owl:versionInfo, dct:issued, dct:modified, dct:temporal, dct:spatial,
dct:language, dct:publisher, foaf:page; dcat:Distribution with dcat:accessURL, dcat:downloadURL,
dct:format, dcat:mediaType, dcat:byteSize, spdx:checksum, dct:license).

Links to the package's files are relative to the metadata/ directory (``../data/awards.csv``), so
they resolve wherever the package directory is served or unpacked; the build does not know the
portal's URLs. Both files are pure functions of the descriptor and the tables.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from pipeline.build.docmodel import TableDoc, Text, bilingual, licence, package_title
from pipeline.build.write import cell

JSONLD_PATH = "metadata/dataset.jsonld"
DCAT_PATH = "metadata/dcat.ttl"
UP = "../"  # from metadata/ back to the package root
# The period the facts are about: when the award events happened and the articles reporting them
# appeared (not when the project received or reviewed them).
TEMPORAL_FIELDS = (("events", "date"), ("sources", "published_date"))
LANGUAGES = ("th", "en")
THAILAND = "http://publications.europa.eu/resource/authority/country/THA"
ISO639 = "http://id.loc.gov/vocabulary/iso639-1/"


@dataclass(frozen=True)
class Distribution:
    path: str  # relative to the package root
    title: str
    description: str
    media_type: str
    format: str
    bytes: int | None = None
    sha256: str | None = None

    @property
    def url(self) -> str:
        return UP + self.path


@dataclass(frozen=True)
class Page:
    path: str
    title: str
    media_type: str

    @property
    def url(self) -> str:
        return UP + self.path


def temporal(tables: dict[str, list[dict]]) -> tuple[str, str] | None:
    """(first, last) ISO date of TEMPORAL_FIELDS, or None when no row has one."""
    dates = []
    for table, name in TEMPORAL_FIELDS:
        for row in tables.get(table, []):
            text = cell(row.get(name))
            try:
                dates.append(dt.date.fromisoformat(text[:10]).isoformat())
            except ValueError:
                continue
    return (min(dates), max(dates)) if dates else None


def _sha(resource: dict) -> str | None:
    value = str(resource.get("hash") or "")
    return value.removeprefix("sha256:") if value.startswith("sha256:") or len(value) == 64 else None


def table_distributions(descriptor: dict) -> list[Distribution]:
    """Each table's CSV and JSON files as listed in the descriptor, with size and sha256."""
    found = []
    for r in descriptor.get("resources", []):
        if r.get("format") not in ("csv", "json") or not isinstance(r.get("path"), str):
            continue
        found.append(
            Distribution(
                path=r["path"],
                title=(r.get("title") or r.get("name", "")) + (" (CSV)" if r["format"] == "csv" else ""),
                description=r.get("description") or "",
                media_type=r.get("mediatype") or ("text/csv" if r["format"] == "csv" else "application/json"),
                format=r["format"].upper(),
                bytes=r.get("bytes"),
                sha256=_sha(r),
            )
        )
    return found


def descriptor_distribution(descriptor: dict) -> Distribution:
    title = package_title(descriptor)
    return Distribution(
        path="datapackage.json",
        title=f"Frictionless Data Package: {title.en or title.th}",
        description=(
            "คำอธิบายชุดข้อมูลตามมาตรฐาน Frictionless Data Package: ตาราง, Table Schema, สัญญาอนุญาต, แหล่งที่มา / "
            "Frictionless Data Package descriptor: tables, Table Schemas, licence and sources"
        ),
        media_type="application/json",
        format="JSON",
    )


# --- schema.org JSON-LD ----------------------------------------------------------------------------


def _agents(descriptor: dict, *, authors: bool) -> list[dict]:
    return [
        {"@type": "Organization", "name": c["title"]}
        for c in descriptor.get("contributors") or []
        if c.get("title") and (c.get("role") == "author") == authors
    ]


def _size(n: int | None) -> str | None:
    return f"{n} B" if isinstance(n, int) else None


def render_jsonld(
    descriptor: dict,
    docs: list[TableDoc],
    tables: dict[str, list[dict]],
    distributions: list[Distribution],
    pages: list[Page],
) -> bytes:
    title = package_title(descriptor)
    name, url = licence(descriptor)
    period = temporal(tables)
    dataset = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": descriptor.get("title") or descriptor.get("name"),
        "alternateName": [t for t in (title.th, title.en) if t],
        "identifier": descriptor.get("name"),
        "description": descriptor.get("description") or descriptor.get("title"),
        "version": descriptor.get("version"),
        "keywords": list(descriptor.get("keywords") or []),
        "inLanguage": list(LANGUAGES),
        "license": {"@type": "CreativeWork", "name": name, **({"url": url} if url else {})},
        "isAccessibleForFree": True,
        "creator": _agents(descriptor, authors=True),
        "contributor": _agents(descriptor, authors=False),
        "datePublished": (descriptor.get("created") or "")[:10] or None,
        "dateModified": descriptor.get("last_updated_date"),
        "temporalCoverage": f"{period[0]}/{period[1]}" if period else None,
        "spatialCoverage": {"@type": "Place", "name": "ประเทศไทย / Thailand"},
        "isBasedOn": [
            {
                "@type": "NewsArticle",
                "name": s.get("title"),
                **({"url": s["path"]} if "://" in s.get("path", "") else {}),
            }
            for s in descriptor.get("sources") or []
        ],
        "distribution": [
            {
                "@type": "DataDownload",
                "name": d.title,
                "description": d.description,
                "encodingFormat": d.media_type,
                "contentUrl": d.url,
                **({"contentSize": _size(d.bytes)} if d.bytes is not None else {}),
                **({"sha256": d.sha256} if d.sha256 else {}),
            }
            for d in distributions
        ],
        "subjectOf": [
            {"@type": "CreativeWork", "name": p.title, "url": p.url, "encodingFormat": p.media_type} for p in pages
        ],
        "variableMeasured": [
            {
                "@type": "PropertyValue",
                "name": f"{doc.name}.{f.name}",
                "description": " / ".join(t for t in (f.meaning.th, f.meaning.en) if t),
            }
            for doc in docs
            for f in doc.fields
        ],
    }
    dataset = {k: v for k, v in dataset.items() if v not in (None, "", [])}
    return (json.dumps(dataset, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- DCAT in Turtle --------------------------------------------------------------------------------

PREFIXES = {
    "adms": "http://www.w3.org/ns/adms#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "spdx": "http://spdx.org/rdf/terms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_IRI_UNSAFE = {c: f"%{ord(c):02X}" for c in ' <>"{}|^`\\'}
_LITERAL_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def iri(value: str) -> str:
    text = "".join(_IRI_UNSAFE.get(c, c) if ord(c) > 0x20 else f"%{ord(c):02X}" for c in value)
    return f"<{text}>"


def lit(value: object, lang: str | None = None, datatype: str | None = None) -> str:
    text = "".join(_LITERAL_ESCAPES.get(c, c) for c in str(value))
    return f'"{text}"' + (f"@{lang}" if lang else "") + (f"^^{datatype}" if datatype else "")


def _texts(value: Text) -> list[str]:
    return [lit(text, lang) for text, lang in ((value.th, "th"), (value.en, "en")) if text]


def _keyword(word: str) -> str:
    return lit(word, "th" if bilingual(word).th else "en")


def _statement(subject: str, pairs: list[tuple[str, list[str]]]) -> list[str]:
    pairs = [(p, objects) for p, objects in pairs if objects]
    lines = [f"{subject}"]
    for i, (predicate, objects) in enumerate(pairs):
        end = " ." if i == len(pairs) - 1 else " ;"
        lines.append(f"    {predicate} " + ",\n        ".join(objects) + end)
    return lines


def _date(value: object) -> list[str]:
    text = str(value or "")[:10]
    try:
        return [lit(dt.date.fromisoformat(text).isoformat(), datatype="xsd:date")]
    except ValueError:
        return []


def render_dcat(
    descriptor: dict,
    tables: dict[str, list[dict]],
    distributions: list[Distribution],
    pages: list[Page],
) -> bytes:
    name, url = licence(descriptor)
    licence_ref = [iri(url)] if url else []
    period = temporal(tables)
    authors = [c["title"] for c in descriptor.get("contributors") or [] if c.get("role") == "author" and c.get("title")]
    out = [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
    out += ["", "# DCAT description of the data package; links are relative to this file (metadata/).", ""]
    dist_ids = [node_label(d.path) for d in distributions]
    out += _statement(
        iri(UP),
        [
            ("a", ["dcat:Dataset"]),
            ("dct:identifier", [lit(descriptor.get("name", ""))]),
            ("dct:title", _texts(package_title(descriptor))),
            ("dct:description", _texts(bilingual(descriptor.get("description")))),
            ("dcat:keyword", [_keyword(k) for k in descriptor.get("keywords") or []]),
            ("owl:versionInfo", [lit(descriptor["version"])] if descriptor.get("version") else []),
            ("adms:versionNotes", [lit("See CHANGELOG.md and data/changelog.csv", "en")]),
            ("dct:issued", _date(descriptor.get("created"))),
            ("dct:modified", _date(descriptor.get("last_updated_date"))),
            ("dct:language", [iri(ISO639 + lang) for lang in LANGUAGES]),
            ("dct:spatial", [iri(THAILAND)]),
            ("dct:temporal", [_period(period)] if period else []),
            ("dct:publisher", [f"[ a foaf:Agent ; foaf:name {lit(a)} ]" for a in authors[:1]]),
            ("dct:creator", [f"[ a foaf:Agent ; foaf:name {lit(a)} ]" for a in authors]),
            ("dct:license", licence_ref),
            ("dct:source", [iri(s["path"]) for s in descriptor.get("sources") or [] if "://" in s.get("path", "")]),
            ("foaf:page", [iri(p.url) for p in pages]),
            ("dcat:distribution", dist_ids),
        ],
    )
    for node, d in zip(dist_ids, distributions, strict=True):
        checksum = (
            [
                f"[ a spdx:Checksum ; spdx:algorithm spdx:checksumAlgorithm_sha256 ; "
                f"spdx:checksumValue {lit(d.sha256, datatype='xsd:hexBinary')} ]"
            ]
            if d.sha256
            else []
        )
        out += [""]
        out += _statement(
            node,
            [
                ("a", ["dcat:Distribution"]),
                ("dct:title", [lit(d.title)]),
                ("dct:description", [lit(d.description)] if d.description else []),
                ("dcat:accessURL", [iri(d.url)]),
                ("dcat:downloadURL", [iri(d.url)]),
                ("dct:format", [lit(d.format)]),
                ("dcat:mediaType", [lit(d.media_type)]),
                ("dcat:byteSize", [lit(d.bytes, datatype="xsd:nonNegativeInteger")] if d.bytes is not None else []),
                ("spdx:checksum", checksum),
                ("dct:license", licence_ref),
                ("dct:rights", [lit(name)]),
            ],
        )
    return ("\n".join(out) + "\n").encode("utf-8")


def node_label(path: str) -> str:
    """A readable blank node label from a package path: data/awards.csv -> _:data-awards-csv."""
    return "_:" + re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-")


def _period(period: tuple[str, str]) -> str:
    start, end = period
    return (
        f"[ a dct:PeriodOfTime ; dcat:startDate {lit(start, datatype='xsd:date')} ; "
        f"dcat:endDate {lit(end, datatype='xsd:date')} ]"
    )
