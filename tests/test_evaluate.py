"""pipeline.evaluate: scoring a corpus of annotated articles, texts or saved pages."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate import evaluate
from pipeline.orgs import Reference

PAGE = """<!doctype html><html lang="th"><head><meta charset="utf-8"><title>กรมที่ดินรับรางวัล</title>
<meta property="article:published_time" content="2024-12-05T09:00:00+07:00"></head><body>
<nav><a href="/">หน้าแรก</a> | <a href="/news">ข่าวประชาสัมพันธ์</a></nav>
<article><h1>กรมที่ดินรับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น</h1>
<p>เมื่อวันพุธที่ 4 ธันวาคม 2567 กรมที่ดิน ได้รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม ในงานประกาศรางวัลรัฐบาลดิจิทัล
ประจำปี 2567 (Digital Government Awards 2024) ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ กรุงเทพมหานคร
โดยมีผู้บริหารของหน่วยงานภาครัฐเข้าร่วมงานเป็นจำนวนมาก</p></article>
<aside><h3>ข่าวที่เกี่ยวข้อง</h3><ul><li>กรมศุลกากรรับรางวัลเลิศรัฐ</li></ul></aside>
<footer>สงวนลิขสิทธิ์ กรมที่ดิน</footer></body></html>
"""
GOLD = {
    "published": "2024-12-05",
    "events": [{"date": "2024-12-04"}],
    "awards": [{"recipient_th": "กรมที่ดิน", "award_th": "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม", "background": False}],
}


def test_a_saved_page_is_scored_as_its_main_text(tmp_path: Path) -> None:
    (tmp_path / "dol-dg-awards-2567.html").write_text(PAGE, "utf-8")
    (tmp_path / "dol-dg-awards-2567.expected.json").write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    score = evaluate(tmp_path, Reference.load())
    assert (score.true_pos, score.false_pos, score.false_neg) == (1, 0, 0)  # not the related story's กรมศุลกากร
    assert score.date_accuracy == 1.0
    assert (score.posted_right, score.posted_stated) == (1, 1)  # the page's published_time, in Thai time
    assert [a["article"] for a in score.per_article] == ["dol-dg-awards-2567.html"]


def test_a_page_the_pipeline_refuses_is_scored_as_missed_and_the_rest_still_scored(tmp_path: Path) -> None:
    (tmp_path / "a-empty.html").write_text("<html><body><script>var x = 1;</script></body></html>", "utf-8")
    (tmp_path / "a-empty.expected.json").write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    (tmp_path / "b-dol.html").write_text(PAGE, "utf-8")
    (tmp_path / "b-dol.expected.json").write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    score = evaluate(tmp_path, Reference.load())
    assert (score.true_pos, score.false_pos, score.false_neg) == (1, 0, 1)
    assert (score.dates_right, score.dates_stated) == (1, 2)
    assert (score.posted_right, score.posted_stated) == (1, 2)
    refused = score.per_article[0]
    assert refused["article"] == "a-empty.html" and "no main text" in refused["errors"][0]
