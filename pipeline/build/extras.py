"""Files published beside the tables, generated from them and from the descriptor.

``render(tables, descriptor)`` returns the extra files as (path, bytes, resource) triples; the
build adds each to the package with its size and hash, and the publisher uploads each as a
resource. All of them are pure functions of the tables and the descriptor (no clock, no random
numbers, no file timestamps), so the same sources give byte-identical files:

- ``data/excel/<table>.csv``: spreadsheet copy of each table (UTF-8 with BOM, formula-safe);
- ``data-dictionary.md`` and ``data-dictionary.html``: every table and field, Thai and English;
- ``CHANGELOG.md``: the changelog table for people;
- ``metadata/dataset.jsonld`` (schema.org Dataset) and ``metadata/dcat.ttl`` (DCAT, ckanext-dcat).
"""

from __future__ import annotations

from pipeline.build import dictionary, discovery, history, spreadsheet
from pipeline.build.docmodel import TableDoc, spreadsheet_path, tables_of
from pipeline.build.write import sha256

CHANGELOG_TABLE = "changelog"
Extra = tuple[str, bytes, dict]


def render(tables: dict[str, list[dict]], descriptor: dict) -> list[Extra]:
    docs = tables_of(descriptor, tables)
    files = spreadsheet_files(tables, docs, descriptor)
    files += documentation_files(tables, docs, descriptor)
    files += discovery_files(tables, docs, descriptor, files)
    return files


def spreadsheet_files(tables: dict[str, list[dict]], docs: list[TableDoc], descriptor: dict) -> list[Extra]:
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"] if r["name"] in {d.name for d in docs}}
    files = []
    for doc in docs:
        data = spreadsheet.render(tables.get(doc.name, []), schemas[doc.name]["fields"])
        files.append(
            (
                spreadsheet_path(doc.name),
                data,
                {
                    # No "format": pipeline.validate reads every resource whose format is csv as data of
                    # record and checks it against the business rules, and this copy changes cells on purpose
                    # (the leading '). "type": "file" keeps frictionless to integrity checks (bytes, hash)
                    # rather than re-reading the table with guessed types; the publisher takes the
                    # format from the file extension.
                    "name": f"{doc.name}_excel",
                    "type": "file",
                    "profile": "data-resource",
                    "mediatype": "text/csv",
                    "encoding": "utf-8-sig",
                    "title": f"{doc.title.th} / {doc.title.en} (Excel)",
                    "description": (
                        f"สำเนาของ {doc.path} สำหรับ Excel: UTF-8 มี BOM, ข้อความที่ขึ้นต้นด้วย = + - @ มี ' นำหน้า / "
                        f"Copy of {doc.path} for Excel and other spreadsheets: UTF-8 with BOM; text starting with "
                        "= + - @ (or a tab or CR) has a leading ' so it is never run as a formula"
                    ),
                },
            )
        )
    return files


def documentation_files(tables: dict[str, list[dict]], docs: list[TableDoc], descriptor: dict) -> list[Extra]:
    return [
        (
            dictionary.MD_PATH,
            dictionary.render_markdown(descriptor, docs),
            {
                "name": "data-dictionary-md",
                "format": "md",
                "mediatype": "text/markdown",
                "encoding": "utf-8",
                "profile": "data-resource",
                "title": "พจนานุกรมข้อมูล / Data dictionary (Markdown)",
                "description": (
                    "ทุกตารางและทุกฟิลด์: ชนิด ข้อกำหนด และความหมายภาษาไทยและอังกฤษ / "
                    "Every table and field: type, constraints and meaning in Thai and English"
                ),
            },
        ),
        (
            dictionary.HTML_PATH,
            dictionary.render_html(descriptor, docs),
            {
                "name": "data-dictionary-html",
                "format": "html",
                "mediatype": "text/html",
                "encoding": "utf-8",
                "profile": "data-resource",
                "title": "พจนานุกรมข้อมูล / Data dictionary (HTML)",
                "description": (
                    "พจนานุกรมข้อมูลเป็นหน้าเว็บเดียว เปิดได้จากเครื่อง / The data dictionary as one self-contained web page"
                ),
            },
        ),
        (
            history.PATH,
            history.render(tables.get(CHANGELOG_TABLE, []), descriptor),
            {
                "name": "changelog-md",
                "format": "md",
                "mediatype": "text/markdown",
                "encoding": "utf-8",
                "profile": "data-resource",
                "title": "บันทึกการเปลี่ยนแปลง / Changelog (Markdown)",
                "description": (
                    "แต่ละรุ่นของข้อมูล: วันที่ และจำนวนแถวที่เพิ่ม ลบ แก้ไขในแต่ละตาราง / "
                    "Each version of the data: its date and the rows added, removed and changed per table"
                ),
            },
        ),
    ]


def discovery_files(
    tables: dict[str, list[dict]], docs: list[TableDoc], descriptor: dict, extras: list[Extra]
) -> list[Extra]:
    distributions = discovery.table_distributions(descriptor)
    by_path = {path: (data, resource) for path, data, resource in extras}
    for doc in docs:
        data, resource = by_path[doc.excel_path]
        distributions.append(
            discovery.Distribution(
                path=doc.excel_path,
                title=resource["title"],
                description=resource["description"],
                media_type="text/csv",
                format="CSV",
                bytes=len(data),
                sha256=sha256(data),
            )
        )
    distributions.append(discovery.descriptor_distribution(descriptor))
    pages = [
        discovery.Page(dictionary.HTML_PATH, "พจนานุกรมข้อมูล / Data dictionary", "text/html"),
        discovery.Page(dictionary.MD_PATH, "พจนานุกรมข้อมูล / Data dictionary (Markdown)", "text/markdown"),
        discovery.Page(history.PATH, "บันทึกการเปลี่ยนแปลง / Changelog", "text/markdown"),
    ]
    return [
        (
            discovery.JSONLD_PATH,
            discovery.render_jsonld(descriptor, docs, tables, distributions, pages),
            {
                "name": "dataset-jsonld",
                "format": "jsonld",
                "mediatype": "application/ld+json",
                "encoding": "utf-8",
                "profile": "data-resource",
                "title": "schema.org Dataset (JSON-LD)",
                "description": (
                    "คำอธิบายชุดข้อมูลแบบ schema.org สำหรับเครื่องมือค้นหา / "
                    "schema.org Dataset description for search engines (Google Dataset Search); "
                    "links are relative to metadata/"
                ),
            },
        ),
        (
            discovery.DCAT_PATH,
            discovery.render_dcat(descriptor, tables, distributions, pages),
            {
                "name": "dcat-ttl",
                "format": "ttl",
                "mediatype": "text/turtle",
                "encoding": "utf-8",
                "profile": "data-resource",
                "title": "DCAT (Turtle)",
                "description": (
                    "คำอธิบายชุดข้อมูลแบบ DCAT สำหรับระบบบัญชีข้อมูลและ ckanext-dcat / "
                    "DCAT description for data catalogues and ckanext-dcat harvesters; links are relative to metadata/"
                ),
            },
        ),
    ]
