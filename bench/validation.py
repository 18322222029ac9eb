"""Benchmark 5: validation throughput on a generated 1,000,000-row table.

`pipeline validate DIR` (frictionless on the whole package plus the business rules) against
`frictionless validate DIR/datapackage.json` alone, whole processes, rows per second. The table is the
project's own `awards` table (its real Table Schema, foreign keys left out since the package holds no
other table) with generated rows whose evidence spans are consistent, so every business rule that reads
`awards` (unique awards, evidence spans, field sizes) runs on all rows and finds nothing.
Each `pipeline validate` run gets an empty validation cache, so it validates rather than remembers.
Floor: ours adds at most 10% to frictionless's time.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import tempfile
from pathlib import Path

from bench.common import FRICTIONLESS, PIPELINE, ROOT, cold_env, log, median, run_process, write_result

NAME = "validation"
ROWS = 1_000_000
RUNS = 2
FLOOR_OVERHEAD = 0.10
LEVELS = ["ระดับดีเด่น", "ระดับดี", "", "ระดับชมเชย"]
AWARD_NAMES = ["รางวัลบริการภาครัฐ", "รางวัลรัฐบาลดิจิทัล", "รางวัลเลิศรัฐ สาขาคุณภาพการบริหารจัดการภาครัฐ", ""]
EVIDENCE = [
    "ได้รับรางวัลด้วยจำนวน 6 หน่วยงาน ได้แก่ 1) สำนักงานเศรษฐกิจอุตสาหกรรม",
    "สำนักงานประกันสังคม (สปส.) กระทรวงแรงงาน รับรางวัลเลิศรัฐ ประจำปี พ.ศ. 2568",
    "กรมการพัฒนาชุมชน ได้รับรางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี",
]


def awards_resource() -> dict:
    descriptor = json.loads((ROOT / "datapackage" / "datapackage.json").read_text("utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "awards")
    resource = {k: v for k, v in resource.items() if k not in ("bytes", "hash")}
    resource["schema"] = {k: v for k, v in resource["schema"].items() if k != "foreignKeys"}
    return resource


def generate(root: Path, rows: int = ROWS, seed: int = 5) -> Path:
    """A one-table package whose `awards.csv` has `rows` valid rows."""
    rng = random.Random(seed)
    resource = awards_resource()
    fields = [f["name"] for f in resource["schema"]["fields"]]
    (root / "data").mkdir(parents=True)
    with (root / "data" / "awards.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(fields)
        for n in range(rows):
            text = EVIDENCE[n % len(EVIDENCE)]
            start = rng.randrange(0, 5000)
            row = {
                "award_id": f"award-{n:012x}",
                "event_id": f"event-{n % 997}",
                "award_type_id": f"type-{n % 13}" if n % 4 else "",
                "award_name_th": AWARD_NAMES[n % 4],
                "award_name_en": "Digital Government Awards" if n % 5 == 0 else "",
                "level": LEVELS[n % 4],
                "recipient_id": f"org-{n:07d}",
                "representative_id": f"person-{n % 101}" if n % 3 == 0 else "",
                "confidence": f"{rng.randrange(50, 100) / 100:.2f}",
                "curation": "accepted" if n % 50 == 0 else "",
                "source_count": str(1 + n % 3),
                "source_id": f"source-{n % 5000}",
                "evidence_start": str(start),
                "evidence_end": str(start + len(text)),
                "evidence_text": text,
            }
            writer.writerow([row[f] for f in fields])
    descriptor = {"name": "bench-validation", "profile": "data-package", "resources": [resource]}
    (root / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), "utf-8")
    return root


def run() -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-validation-"))
    try:
        log(f"validation: generating a {ROWS:,}-row table")
        package = generate(work / "package")
        size = (package / "data" / "awards.csv").stat().st_size
        ours, theirs = [], []
        for i in range(RUNS):
            log(f"validation: run {i + 1}/{RUNS}: frictionless validate, then pipeline validate")
            f = run_process([FRICTIONLESS, "validate", str(package / "datapackage.json")], timeout=1800)
            if f.returncode != 0:
                raise RuntimeError(f"frictionless validate failed: {f.stdout[-2000:]}{f.stderr[-2000:]}")
            theirs.append(f)
            p = run_process([PIPELINE, "validate", str(package)], env=cold_env(work), timeout=1800)
            if p.returncode != 0:
                raise RuntimeError(f"pipeline validate failed: {p.stdout[-2000:]}{p.stderr[-2000:]}")
            ours.append(p)
        ours_s, theirs_s = median([r.seconds for r in ours]), median([r.seconds for r in theirs])
        overhead = ours_s / theirs_s - 1
        result = {
            "rows": ROWS,
            "csv_bytes": size,
            "runs": RUNS,
            "pipeline_validate": {
                "seconds": [round(r.seconds, 3) for r in ours],
                "median_seconds": round(ours_s, 3),
                "rows_per_second": round(ROWS / ours_s),
                "peak_rss_mib": round(max(r.max_rss_kib for r in ours) / 1024, 1),
            },
            "frictionless_validate": {
                "seconds": [round(r.seconds, 3) for r in theirs],
                "median_seconds": round(theirs_s, 3),
                "rows_per_second": round(ROWS / theirs_s),
                "peak_rss_mib": round(max(r.max_rss_kib for r in theirs) / 1024, 1),
            },
            "overhead": round(overhead, 4),
            "floor": f"ours adds <= {FLOOR_OVERHEAD:.0%}",
            "met": overhead <= FLOOR_OVERHEAD,
            "summary": (
                f"{ROWS / ours_s:,.0f} vs {ROWS / theirs_s:,.0f} rows/s: ours {overhead:+.0%} time, "
                f"peak {max(r.max_rss_kib for r in ours) / 1024:,.0f} vs "
                f"{max(r.max_rss_kib for r in theirs) / 1024:,.0f} MiB"
            ),
        }
        write_result(NAME, result)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
