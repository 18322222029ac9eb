"""What the documentation files say about each table, read from the descriptor's Table Schemas.

The data dictionary, the consumer README section and the discovery metadata all describe the same
tables; they take it from here so they never disagree. Titles and descriptions in this project are
written "ไทย / English"; ``bilingual`` splits them (text in one language only goes to that side).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

THAI = re.compile(r"[\u0E00-\u0E7F]")
EXCEL_DIR = "data/excel"

TYPES_TH = {
    "string": "ข้อความ",
    "integer": "จำนวนเต็ม",
    "number": "ตัวเลข",
    "boolean": "ค่าจริง/เท็จ (true/false)",
    "date": "วันที่ (YYYY-MM-DD)",
    "datetime": "วันและเวลา (ISO 8601)",
    "time": "เวลา",
    "year": "ปี ค.ศ.",
    "yearmonth": "ปีและเดือน",
    "array": "รายการ (JSON)",
    "object": "ออบเจกต์ (JSON)",
    "geopoint": "พิกัด",
    "duration": "ช่วงเวลา",
    "any": "ค่าใดก็ได้",
}


@dataclass(frozen=True)
class Text:
    th: str
    en: str


@dataclass(frozen=True)
class Constraint:
    th: str
    en: str
    value: str | None = None  # Markdown (code spans)

    def label(self) -> str:
        return f"{self.th} / {self.en}" + (f" {self.value}" if self.value else "")


@dataclass(frozen=True)
class FieldDoc:
    name: str
    type: str
    format: str | None
    title: str
    meaning: Text
    constraints: tuple[Constraint, ...]

    @property
    def type_th(self) -> str:
        return TYPES_TH.get(self.type, self.type)


@dataclass(frozen=True)
class TableDoc:
    name: str
    title: Text
    description: Text
    path: str
    rows: int
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]
    fields: tuple[FieldDoc, ...]
    files: dict[str, str] = field(default_factory=dict)  # role -> path in the package

    @property
    def excel_path(self) -> str:
        return spreadsheet_path(self.name)


def spreadsheet_path(table: str) -> str:
    return f"{EXCEL_DIR}/{table}.csv"


def bilingual(text: str | None) -> Text:
    """ "ไทย / English" -> Text(th, en). A text in one language only fills that side."""
    text = (text or "").strip()
    if " / " in text:
        th, en = text.split(" / ", 1)
        if THAI.search(th):
            return Text(th.strip(), en.strip())
    if "\n\n" in text:  # the package description: a Thai paragraph, then an English one
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        th = "\n\n".join(p for p in paragraphs if THAI.search(p[:80]))
        en = "\n\n".join(p for p in paragraphs if not THAI.search(p[:80]))
        if th and en:
            return Text(th, en)
    return Text(text, "") if THAI.search(text) else Text("", text)


def constraints_of(spec: dict, schema: dict) -> tuple[Constraint, ...]:
    """Each constraint of a field: a Thai and an English label, and the value it applies (if any)."""
    name, found = spec["name"], []
    if name in _as_list(schema.get("primaryKey") or []):
        found.append(Constraint("คีย์หลัก", "primary key"))
    c = spec.get("constraints") or {}
    if c.get("required"):
        found.append(Constraint("ต้องมีค่า", "required"))
    if c.get("unique"):
        found.append(Constraint("ห้ามซ้ำ", "unique"))
    if "enum" in c:
        found.append(Constraint("ค่าใดค่าหนึ่งใน", "one of", ", ".join(f"`{v}`" for v in c["enum"])))
    if "pattern" in c:
        found.append(Constraint("รูปแบบ", "pattern", f"`{c['pattern']}`"))
    for key, th, en in (
        ("minimum", "ค่าต่ำสุด", "minimum"),
        ("maximum", "ค่าสูงสุด", "maximum"),
        ("minLength", "ความยาวอย่างน้อย", "min length"),
        ("maxLength", "ความยาวไม่เกิน", "max length"),
    ):
        if key in c:
            found.append(Constraint(th, en, str(c[key])))
    if spec.get("format") and spec["format"] != "default":
        found.append(Constraint("รูปแบบค่า", "format", f"`{spec['format']}`"))
    for fk in schema.get("foreignKeys") or []:
        fields = _as_list(fk["fields"])
        if name in fields:
            ref = fk["reference"]
            target = f"{ref.get('resource') or '(this table)'}.{_as_list(ref['fields'])[fields.index(name)]}"
            found.append(Constraint("อ้างอิง", "refers to", f"`{target}`"))
    return tuple(found)


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def table_resources(descriptor: dict) -> list[dict]:
    """The tables of record: CSV resources with an inline Table Schema, in descriptor order."""
    return [
        r
        for r in descriptor.get("resources", [])
        if r.get("format") == "csv" and isinstance(r.get("schema"), dict) and isinstance(r.get("path"), str)
    ]


def tables_of(descriptor: dict, tables: dict[str, list[dict]]) -> list[TableDoc]:
    paths = {r.get("name"): r.get("path") for r in descriptor.get("resources", [])}
    docs = []
    for resource in table_resources(descriptor):
        name, schema = resource["name"], resource["schema"]
        files = {"csv": resource["path"]}
        if isinstance(paths.get(f"{name}_json"), str):
            files["json"] = paths[f"{name}_json"]
        files["excel"] = spreadsheet_path(name)
        docs.append(
            TableDoc(
                name=name,
                title=bilingual(resource.get("title")),
                description=bilingual(resource.get("description")),
                path=resource["path"],
                rows=len(tables.get(name, [])),
                primary_key=tuple(_as_list(schema.get("primaryKey") or [])),
                foreign_keys=tuple(
                    (
                        tuple(_as_list(fk["fields"])),
                        fk["reference"].get("resource") or name,
                        tuple(_as_list(fk["reference"]["fields"])),
                    )
                    for fk in schema.get("foreignKeys") or []
                ),
                fields=tuple(
                    FieldDoc(
                        name=spec["name"],
                        type=spec.get("type", "any"),
                        format=spec.get("format"),
                        title=spec.get("title") or spec["name"],
                        meaning=bilingual(spec.get("description") or spec.get("title")),
                        constraints=constraints_of(spec, schema),
                    )
                    for spec in schema.get("fields", [])
                ),
                files=files,
            )
        )
    return docs


def licence(descriptor: dict) -> tuple[str, str | None]:
    """(title, URL) of the package's first licence."""
    first = (descriptor.get("licenses") or [{}])[0]
    return first.get("title") or first.get("name") or "License not specified", first.get("path")


def package_title(descriptor: dict) -> Text:
    if descriptor.get("title_th") or descriptor.get("title_en"):
        return Text(descriptor.get("title_th") or "", descriptor.get("title_en") or "")
    return bilingual(descriptor.get("title") or descriptor.get("name"))
