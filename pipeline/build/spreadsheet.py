"""The spreadsheet copy of each table: ``data/excel/<table>.csv``.

Excel opens a plain UTF-8 CSV as the local code page and shows Thai as mojibake; a byte order mark
makes it read UTF-8. A spreadsheet also runs any cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula (``=HYPERLINK(...)``, ``=cmd|...``: CSV injection), so, as OWASP advises, such text
cells, and those starting with a tab or a carriage return, get a leading single quote. Numbers in
integer and number columns (``-1``) are left as they are: a spreadsheet reads them as numbers, not
formulas. Everything else is the CSV of record byte for byte (same columns, rows, CRLF line ends).
The data of record (``data/<table>.csv``) stays plain UTF-8 and is never changed.
"""

from __future__ import annotations

import csv
import io
import re

from pipeline.build.write import cell

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMERIC_TYPES = frozenset({"integer", "number"})
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(text: str, field_type: str = "string") -> str:
    """The text a spreadsheet shows as text, never runs: a leading ' before a formula start."""
    if not text or not text.startswith(FORMULA_START):
        return text
    if field_type in NUMERIC_TYPES and NUMBER.fullmatch(text):
        return text
    return "'" + text


def render(rows: list[dict], fields: list[dict]) -> bytes:
    """UTF-8 with BOM, RFC 4180 (CRLF), columns in Table Schema order, formula starts made safe."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(f["name"]) for f in fields])
    for row in rows:
        writer.writerow([safe_cell(cell(row.get(f["name"])), f.get("type", "string")) for f in fields])
    return (BOM + out.getvalue()).encode("utf-8")
