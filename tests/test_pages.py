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
    assert pages.listing(html) is None
    assert pages.parsed("") is None  # nothing to parse: no tree, no exception
