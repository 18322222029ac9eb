"""The data dictionary: every table and field of the package, in Thai and English, as Markdown and HTML.

Generated from the Table Schemas in the descriptor (see docmodel.py), so it cannot drift from the
data. The HTML is one self-contained page (no scripts, no external styles) that opens from disk.
"""

from __future__ import annotations

import html
import re

from pipeline.build.docmodel import Constraint, TableDoc, licence, package_title

MD_PATH = "data-dictionary.md"
HTML_PATH = "data-dictionary.html"

FILE_ROLES = {
    "csv": ("ข้อมูลหลัก (UTF-8, RFC 4180)", "data of record (UTF-8, RFC 4180)"),
    "json": ("แถวเดียวกันในรูปแบบ JSON", "the same rows as JSON"),
    "excel": ("สำเนาสำหรับ Excel (UTF-8 มี BOM, กันสูตร)", "spreadsheet copy (UTF-8 with BOM, formula-safe)"),
}

INTRO = (
    (
        "แต่ละตารางมีสามไฟล์: `data/<ตาราง>.csv` คือข้อมูลหลักสำหรับโปรแกรมและการวิเคราะห์, "
        "`data/<ตาราง>.json` คือแถวเดียวกันในรูปแบบ JSON, และ `data/excel/<ตาราง>.csv` "
        "สำหรับเปิดด้วย Excel หรือโปรแกรมตารางคำนวณ (ข้อความที่ขึ้นต้นด้วย = + - @ "
        "จะมีเครื่องหมาย ' นำหน้าเพื่อไม่ให้ถูกตีความเป็นสูตร) ค่าว่างหมายถึงไม่มีข้อมูล"
    ),
    (
        "Each table comes as three files: `data/<table>.csv` is the data of record, for programs and "
        "analysis; `data/<table>.json` holds the same rows as JSON; `data/excel/<table>.csv` is for Excel "
        "and other spreadsheets (text that starts with = + - @ gets a leading ' so it is never run as a "
        "formula). An empty cell means the value is not known."
    ),
)


def md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")


def md_constraints(constraints: tuple[Constraint, ...]) -> str:
    return "<br>".join(md_cell(c.label()) for c in constraints) or "—"


def field_table_md(doc: TableDoc, *, with_constraints: bool = True) -> list[str]:
    head = ["ฟิลด์ / Field", "ชนิด / Type", *(["ข้อกำหนด / Constraints"] if with_constraints else [])]
    head += ["ความหมาย (ไทย)", "Meaning (English)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for f in doc.fields:
        cells = [f"`{f.name}`", f"`{f.type}` {md_cell(f.type_th)}"]
        if with_constraints:
            cells.append(md_constraints(f.constraints))
        cells += [md_cell(f.meaning.th) or "—", md_cell(f.meaning.en) or "—"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def keys_md(doc: TableDoc) -> list[str]:
    lines = []
    if doc.primary_key:
        lines.append("- คีย์หลัก / Primary key: " + ", ".join(f"`{k}`" for k in doc.primary_key))
    for fields, resource, targets in doc.foreign_keys:
        pairs = ", ".join(f"`{a}` → `{resource}.{b}`" for a, b in zip(fields, targets, strict=False))
        lines.append(f"- คีย์นอก / Foreign key: {pairs}")
    return lines


def files_md(doc: TableDoc) -> list[str]:
    return [f"- `{path}`: {FILE_ROLES[role][0]} / {FILE_ROLES[role][1]}" for role, path in doc.files.items()]


def header_facts(descriptor: dict, docs: list[TableDoc]) -> list[tuple[str, str, str | None]]:
    """(label, text, link) rows of the summary at the top of the dictionary."""
    name, url = licence(descriptor)
    return [
        ("ชื่อชุดข้อมูล / Dataset", str(descriptor.get("name", "")), None),
        ("รุ่น / Version", str(descriptor.get("version", "")), None),
        ("ข้อมูลเปลี่ยนล่าสุด / Data last changed", str(descriptor.get("last_updated_date") or "—"), None),
        ("สัญญาอนุญาต / Licence", name, url),
        ("ตาราง / Tables", f"{len(docs)} ({sum(d.rows for d in docs)} แถว / rows)", None),
    ]


def render_markdown(descriptor: dict, docs: list[TableDoc]) -> bytes:
    title = package_title(descriptor)
    out = ["# พจนานุกรมข้อมูล / Data dictionary", "", f"**{title.th}**", "", f"**{title.en}**", ""]
    out += ["| | |", "|---|---|"]
    for label, text, link in header_facts(descriptor, docs):
        out.append(f"| {label} | {f'[{md_cell(text)}]({link})' if link else md_cell(text)} |")
    out += ["", INTRO[0], "", INTRO[1], "", "## ตาราง / Tables", ""]
    for doc in docs:
        out.append(f"- `{doc.name}`: {doc.title.th} / {doc.title.en} ({doc.rows} แถว / rows)")
    for doc in docs:
        out += ["", f"## `{doc.name}`: {doc.title.th} / {doc.title.en}", ""]
        out += [line for text in (doc.description.th, doc.description.en) if text for line in (text, "")]
        out += [*files_md(doc), f"- จำนวนแถว / Rows: {doc.rows}", *keys_md(doc), ""]
        out += field_table_md(doc)
    return ("\n".join(out) + "\n").encode("utf-8")


# --- HTML ------------------------------------------------------------------------------------------

STYLE = """
body{font-family:"Sarabun","Noto Sans Thai","Leelawadee UI",Tahoma,sans-serif;margin:2rem auto;max-width:80rem;
padding:0 1rem;line-height:1.5;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2f7}
code{font-family:ui-monospace,Consolas,monospace;font-size:.92em;background:#f3f3f3;padding:0 .15em}
h2{margin-top:2.5rem;border-bottom:2px solid #1f4e8c}
.en{color:#444}
""".strip()

CODE = re.compile(r"`([^`]*)`")


def h(text: str) -> str:
    """Escape text for HTML and turn `code spans` into <code>."""
    return CODE.sub(r"<code>\1</code>", html.escape(text, quote=True)).replace("\n", "<br>")


def en(text: str) -> str:
    return f'<span lang="en" class="en">{h(text)}</span>' if text else ""


def field_table_html(doc: TableDoc) -> list[str]:
    out = [
        f'<table id="fields-{html.escape(doc.name)}">',
        '<thead><tr><th>ฟิลด์ / <span lang="en">Field</span></th><th>ชนิด / <span lang="en">Type</span></th>'
        '<th>ข้อกำหนด / <span lang="en">Constraints</span></th><th>ความหมาย (ไทย)</th>'
        '<th lang="en">Meaning (English)</th></tr></thead>',
        "<tbody>",
    ]
    for f in doc.fields:
        constraints = "<br>".join(f"{h(c.th)} / {en(c.en)}{' ' + h(c.value) if c.value else ''}" for c in f.constraints)
        out.append(
            f"<tr><td><code>{h(f.name)}</code></td><td><code>{h(f.type)}</code> {h(f.type_th)}</td>"
            f"<td>{constraints or '—'}</td><td>{h(f.meaning.th) or '—'}</td>"
            f'<td lang="en">{h(f.meaning.en) or "—"}</td></tr>'
        )
    out += ["</tbody>", "</table>"]
    return out


def render_html(descriptor: dict, docs: list[TableDoc]) -> bytes:
    title = package_title(descriptor)
    out = [
        "<!DOCTYPE html>",
        '<html lang="th">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>พจนานุกรมข้อมูล / Data dictionary: {h(title.th)} / {h(title.en)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        '<h1>พจนานุกรมข้อมูล / <span lang="en">Data dictionary</span></h1>',
        f'<p><strong>{h(title.th)}</strong><br><strong lang="en">{h(title.en)}</strong></p>',
        "<table><tbody>",
    ]
    for label, text, link in header_facts(descriptor, docs):
        value = f'<a href="{html.escape(link, quote=True)}">{h(text)}</a>' if link else h(text)
        out.append(f"<tr><th>{h(label)}</th><td>{value}</td></tr>")
    out += ["</tbody></table>", f"<p>{h(INTRO[0])}</p>", f'<p lang="en">{h(INTRO[1])}</p>']
    out += ['<h2>ตาราง / <span lang="en">Tables</span></h2>', "<ul>"]
    for doc in docs:
        out.append(
            f'<li><a href="#table-{html.escape(doc.name)}"><code>{h(doc.name)}</code></a>: {h(doc.title.th)} / '
            f"{en(doc.title.en)} ({doc.rows} แถว / {en('rows')})</li>"
        )
    out.append("</ul>")
    for doc in docs:
        out.append(
            f'<h2 id="table-{html.escape(doc.name)}"><code>{h(doc.name)}</code>: {h(doc.title.th)} / '
            f"{en(doc.title.en)}</h2>"
        )
        if doc.description.th:
            out.append(f"<p>{h(doc.description.th)}</p>")
        if doc.description.en:
            out.append(f'<p lang="en">{h(doc.description.en)}</p>')
        out.append("<ul>")
        for role, path in doc.files.items():
            th_role, en_role = FILE_ROLES[role]
            out.append(f"<li><code>{h(path)}</code>: {h(th_role)} / {en(en_role)}</li>")
        out.append(f"<li>จำนวนแถว / {en('Rows')}: {doc.rows}</li>")
        out += [f"<li>{h(line[2:])}</li>" for line in keys_md(doc)]
        out.append("</ul>")
        out += field_table_html(doc)
    out += ["</body>", "</html>"]
    return ("\n".join(out) + "\n").encode("utf-8")
