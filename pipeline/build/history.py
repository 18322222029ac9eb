"""CHANGELOG.md: the changelog table (``data/changelog.csv``) for people, newest version first."""

from __future__ import annotations

from pipeline.build.write import cell

PATH = "CHANGELOG.md"


def _version_key(version: str) -> tuple:
    parts = version.split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def render(rows: list[dict], descriptor: dict) -> bytes:
    versions: dict[str, list[dict]] = {}
    for row in rows:
        versions.setdefault(cell(row.get("version")), []).append(row)
    out = [
        "# บันทึกการเปลี่ยนแปลง / Changelog",
        "",
        f"รุ่นปัจจุบัน / Current version: **{descriptor.get('version', '')}**; "
        f"ข้อมูลเปลี่ยนล่าสุด / data last changed: **{descriptor.get('last_updated_date') or '—'}**",
        "",
        "รุ่นของข้อมูลจะเปลี่ยนเฉพาะเมื่อข้อมูลเปลี่ยน การสร้างใหม่จากแหล่งข่าวเดิมได้ไฟล์เดิมทุกไบต์ "
        "ตัวเลขด้านล่างคือจำนวนแถวที่เพิ่ม ลบ และแก้ไข (เทียบตามคีย์หลัก) ในแต่ละตาราง "
        "ข้อมูลเดียวกันอยู่ในตาราง `data/changelog.csv`",
        "",
        "The version changes exactly when the data changes; a rebuild from the same sources gives the same "
        "bytes. The numbers are rows added, removed and changed (compared by primary key) in each table. "
        "The same facts are in the table `data/changelog.csv`.",
    ]
    if not versions:
        out += ["", "ยังไม่มีการเปลี่ยนแปลง / No changes recorded yet."]
    for version in sorted(versions, key=_version_key, reverse=True):
        changes = versions[version]
        dates = sorted({cell(r.get("date")) for r in changes if r.get("date")})
        out += ["", f"## {version}" + (f" ({', '.join(dates)})" if dates else ""), ""]
        out += ["| ตาราง / Table | เพิ่ม / Added | ลบ / Removed | แก้ไข / Changed |", "|---|---:|---:|---:|"]
        totals = [0, 0, 0]
        for r in changes:
            counts = [int(r.get(k) or 0) for k in ("added", "removed", "changed")]
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            out.append(f"| `{cell(r.get('table'))}` | " + " | ".join(str(n) for n in counts) + " |")
        out.append("| **รวม / Total** | " + " | ".join(f"**{n}**" for n in totals) + " |")
    return ("\n".join(out) + "\n").encode("utf-8")
