"""pipeline.pages: a saved page as trafilatura should see it (each change tested through sources.read in
tests/test_sources.py; here, what the functions leave alone)."""

from __future__ import annotations

from pipeline import pages


def test_a_layout_table_is_left_to_trafilatura() -> None:
    html = (
        "<html><body><table><tr><td>เมนู</td><td><table><tr><td>ข่าว</td></tr></table>"
        f"<p>{'กรมที่ดินได้รับรางวัลเลิศรัฐ ' * 20}</p></td></tr></table></body></html>"
    )
    assert pages.tables_as_rows(html) is html  # a table that holds another lays out the page
    blocks = pages.layout_as_blocks(html)
    assert "<table" in blocks and blocks.count("<table") == 1  # made blocks, but for the data table it holds


def test_a_page_with_nothing_to_do_is_given_back_as_it_is() -> None:
    html = "<html><body><article><h1>ข่าว</h1><p>กรมที่ดินได้รับรางวัลเลิศรัฐ</p></article></body></html>"
    assert pages.without_chrome(html) is html
    assert pages.tables_as_rows(html) is html
    assert pages.layout_as_blocks(html) is html
    assert pages.inline_as_spans(html) is html
    assert pages.listing(html) is None
    assert pages.parsed("") is None  # nothing to parse: no tree, no exception


def test_a_widget_wrapper_that_holds_most_of_the_article_body_is_not_chrome() -> None:
    """WordPress's entry-content around Elementor's "elementor-widget-container" around the story (the headline
    above, outside it): the wrapper is the story; a related-posts widget inside the same body is still chrome."""
    story = "กรมส่งเสริมการเกษตร เข้ารับรางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี ประจำปี พ.ศ. 2567 " * 3
    side = "".join(f"<li><a href='/p/{i}'>ข่าวล่าสุด รายการที่ {i} ของกรม</a></li>" for i in range(12))
    foot = "กรมส่งเสริมการเกษตร 2143/1 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ 10900 " * 4
    html = (
        "<html><body><article><h1>กรมส่งเสริมการเกษตร รับรางวัลเลิศรัฐ</h1><div class='entry-content'>"
        f"<div class='elementor elementor-98214'><div class='elementor-widget-container'><p>{story}</p></div></div>"
        "<div class='related-posts'><a href='/x'>กรมวิชาการเกษตร คว้ารางวัลเลิศรัฐ</a></div>"
        f"</div></article><aside class='widget-area'><ul>{side}</ul></aside><div class='site-footer'>{foot}</div>"
        "</body></html>"
    )
    kept = pages.without_chrome(html)
    assert story.strip() in kept
    assert "กรมวิชาการเกษตร" not in kept and "รายการที่" not in kept


def test_a_widget_whose_class_names_the_post_content_is_not_chrome() -> None:
    """Elementor Pro's post widget: "elementor-widget-container theme-post-content" holds the story (the headline and
    a related-posts section beside it, the page's other text longer than the story)."""
    story = "สพร. จัดงานประกาศผลรางวัล DIGI Data Awards 2025 เมื่อวันพุธที่ 27 สิงหาคม 2568 ผลการตัดสินมีดังนี้ " * 3
    related = "".join(
        f"<article><h3><a href='/n/{i}'>ข่าวที่เกี่ยวข้อง เรื่องที่ {i} ของ สพร.</a></h3></article>" for i in range(9)
    )
    foot = "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) อาคารบางกอกไทยทาวเวอร์ ถนนรางน้ำ แขวงถนนพญาไท " * 3
    html = (
        "<html><body><main><div class='elementor'><h1>สพร. ประกาศผลรางวัล</h1>"
        f"<div class='elementor-widget-container theme-post-content'><p>{story}</p></div>"
        f"<section class='related-news'>{related}</section></div></main><footer class='site-footer'>{foot}</footer>"
        "</body></html>"
    )
    kept = pages.without_chrome(html)
    assert story.strip() in kept
    assert "เรื่องที่ 1 " not in kept


def test_elementors_bare_widget_container_inside_its_post_content_widget_is_the_story() -> None:
    """ "elementor-widget-theme-post-content" around a bare "elementor-widget-container": the inner one holds the
    story (its outer wrapper names it), though "widget" names chrome elsewhere."""
    story = "กรมการขนส่งทางบก เข้ารับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม ประจำปี 2567 ผลการตัดสินมีดังนี้ " * 3
    menu = "".join(f"<li><a href='/m/{i}'>เมนูบริการ รายการที่ {i} ของกรม</a></li>" for i in range(12))
    foot = "กรมการขนส่งทางบก 1032 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900 " * 4
    html = (
        f"<html><body><div class='elementor-widget elementor-widget-nav-menu'><ul>{menu}</ul></div>"
        "<div class='elementor-element elementor-widget elementor-widget-theme-post-content'>"
        f"<div class='elementor-widget-container'><p>{story}</p></div></div>"
        f"<div class='site-footer'>{foot}</div></body></html>"
    )
    kept = pages.without_chrome(html)
    assert story.strip() in kept
    assert "รายการที่" not in kept
