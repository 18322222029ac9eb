"""Saved pages as trafilatura should see them: page chrome out, data tables as lines of cells, a listing's excerpts.

trafilatura takes a page's main text well on most layouts; these are the ones where it did not (found by the
corpora of saved pages, tests/fixtures/articles21-23): a page laid out in tables, whose side column it keeps; a
related box whose heading it drops; tables it runs into one line, or whose cells span rows; a category page of
excerpts, of which it keeps one. Each function gives the page back unchanged when it has nothing to do.
"""

from __future__ import annotations

import re


def parsed(html: str):
    """The page's element tree (lxml, trafilatura's own parser), or None for one lxml cannot parse (an empty or
    broken page, which trafilatura then reports as having no main text)."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


EXCERPT = 600  # main text this short on a page of several <article>s is one excerpt of a listing


def listing(html: str) -> str | None:
    """A category page's excerpts, one paragraph each (title, then summary), when the page lists three or more
    <article>s of which none holds half their text (an article page's own <article> beside its related cards
    does): trafilatura takes one excerpt for the page's main text, and the win may be in another."""
    if html.count("<article") < 3:
        return None
    doc = parsed(html)
    articles = doc.findall(".//article") if doc is not None else []
    texts = [t for t in ("\n".join(" ".join(b.text_content().split()) for b in _blocks(a)) for a in articles) if t]
    if len(texts) < 3 or max(map(len, texts)) * 2 >= sum(map(len, texts)):
        return None
    return "\n\n".join(texts)


def _blocks(article) -> list:
    """The heading and paragraph elements of an <article>, in order (its text, line by line)."""
    return [el for el in article.iter("h1", "h2", "h3", "h4", "p", "li") if el.text_content().strip()]


# A class or id naming page chrome: a side column, a menu, a footer, related news, another story's card
# ("news-side", "left-menu", "leftmenu", "agg-card").
_RE_CHROME = re.compile(
    r"(?:^|[-_\s])(?:left|right)?(?:side|sidebar|menu|nav|navbar|footer|relate|related|widget|card|breadcrumbs?)(?:$|[-_\s])",
    re.I,
)


# An element the page marks as its article's body (schema.org's articleBody, Blogger's and WordPress's classes).
_BODY_CLASSES = ("entry-content", "post-body", "post-content")
_ARTICLE_BODY = (
    ".//*[contains(@itemprop, 'articleBody') or "
    + " or ".join(f"contains(@class, '{name}')" for name in _BODY_CLASSES)
    + "]"
)
_RE_BODY_CLASS = re.compile(rf"(?:^|[-_\s])(?:{'|'.join((*_BODY_CLASSES, 'article-body'))})(?:$|[-_\s])", re.I)


def without_chrome(html: str) -> str:
    """The page without the cells and blocks its class or id names as chrome. trafilatura drops most such blocks
    itself, but not all: from a page laid out in tables (an อบต.'s site) it keeps the whole page, and a related-news
    box whose heading it drops stays as lines of headlines; either's headlines ("ขอแสดงความยินดีกับ อบต.ห้วยยาง
    ได้รับรางวัล…") would read as the article's. A block holding most of the page's text is the article, whatever
    its class says."""
    import lxml.html

    doc, changed = parsed(html), False
    if doc is None:
        return html
    body = len(doc.text_content())
    for element in list(doc.iter("td", "th", "div", "ul", "aside", "nav", "article", "section")):
        names = f"{element.get('class', '')} {element.get('id', '')}"
        chrome = _RE_CHROME.search(names)
        if not chrome or len(element.text_content()) * 2 > body or _RE_BODY_CLASS.search(names):
            continue  # (Elementor's "elementor-widget-container theme-post-content" is the post, whatever "widget")
        if "card" in chrome.group().lower() and element.find(".//a[@href]") is None:
            continue  # a card that links to nothing is no other story's: the article's own ("award-card")
        if element.xpath(_ARTICLE_BODY):
            continue  # Blogger's "widget Blog" holds the post: a block around the article's body is not chrome
        if element.find(".//h1") is not None and len(element.text_content()) > _DATA_CELL:
            continue  # Elementor's "elementor-widget-container" around the headline and the story: the article
        if _most_of_the_body(element):
            continue  # Elementor's widget wrappers inside WordPress's entry-content, around the story alone
        if element.tag in ("td", "th"):  # a box's heading cell ("ข่าวที่เกี่ยวข้อง"): the box, if it is a small one
            box = next(element.iterancestors("table"), None)
            if box is not None and box.find(".//table") is None and len(box.text_content()) * 2 <= body:
                element = box
        if element.getparent() is not None:
            element.drop_tree()
            changed = True
    return lxml.html.tostring(doc, encoding="unicode") if changed else html


_DATA_CELL = 300  # a cell longer than this holds a page's layout, not a value
_BODY_ABOVE = _ARTICLE_BODY.replace(".//*[", "ancestor::*[", 1) + "[1]"


def _most_of_the_body(element) -> bool:
    """Whether the element holds most of the text of the article body it sits in (a related-posts box inside
    the body holds a small part of it)."""
    body = element.xpath(_BODY_ABOVE)
    return bool(body) and len(element.text_content()) * 2 > len(body[0].text_content())


_RE_INLINE = re.compile(r"display\s*:\s*inline(?:-block)?\s*(?:;|$)", re.I)


def inline_as_spans(html: str) -> str:
    """The page with the blocks its own style lays out inline (``<div style="display:inline">``) made spans: a browser
    runs them into one line ("วันที่ 15 ธันวาคม 2565 นางสาว… รองอธิบดีกรมการจัดหางาน รับรางวัล…"), trafilatura would
    break the sentence at each of them, leaving the verb's line without its subject."""
    if "inline" not in html:
        return html
    doc, changed = parsed(html), False
    if doc is None:
        return html
    for element in doc.iter("div", "p", "section"):
        if _RE_INLINE.search(element.get("style", "")):
            element.tag = "span"
            changed = True
    if not changed:
        return html
    import lxml.html

    return lxml.html.tostring(doc, encoding="unicode")


def tables_as_rows(html: str) -> str:
    """The page with each data table written as lines of cells ("| 1 | กรมการจัดหางาน | ดีเด่น |"), for a page whose
    tables trafilatura ran into one line each (its recall mode does on some layouts: a results page's tables under
    <h4> headings). A table of one row, one that holds another, or one with a cell of a paragraph's length lays out
    the page and is left as it is. The page itself when it has no data table."""
    if "<table" not in html and "<TABLE" not in html:
        return html
    import lxml.html

    doc, changed = parsed(html), False
    if doc is None:
        return html
    for table in list(doc.iter("table")):
        rows = [row for row in _spanned_rows(table) if any(row)]
        if len(rows) < 2 or table.find(".//table") is not None or any(len(c) > _DATA_CELL for r in rows for c in r):
            continue
        lines = lxml.html.Element("div")
        for cells in rows:
            line = lxml.html.Element("p")
            line.text = "| " + " | ".join(cells) + " |"
            lines.append(line)
        lines.tail = table.tail
        table.getparent().replace(table, lines)
        changed = True
    return lxml.html.tostring(doc, encoding="unicode") if changed else html


def layout_as_blocks(html: str) -> str:
    """The page with the tables that lay it out (one holding another, or a cell of a paragraph's length: an อบต.'s or
    a เทศบาล's site) made blocks: trafilatura runs a layout cell's lines (<br>, <hr>) into one, the related-news box
    and the readers' comments into the story's last sentence, where no reader of the text can tell them apart."""
    if "<table" not in html and "<TABLE" not in html:
        return html
    import lxml.html

    doc, changed = parsed(html), False
    if doc is None:
        return html
    layout = []
    for table in doc.iter("table"):
        own = [el for el in table.iter("thead", "tbody", "tfoot", "tr", "td", "th") if _table_of(el) is table]
        long_cell = any(len(el.text_content()) > _DATA_CELL for el in own if el.tag in ("td", "th"))
        if long_cell or table.find(".//table") is not None:
            layout += [table, *own]  # (not the rows of a data table it holds: they are read as rows)
    for element in layout:
        element.tag = "div"
        changed = True
    return lxml.html.tostring(doc, encoding="unicode") if changed else html


def _table_of(element):
    return next(element.iterancestors("table"), None)


def _spanned_rows(table) -> list[list[str]]:
    """A table's rows as lists of cell texts, a cell that spans rows (rowspan) repeated in each of them."""
    rows, pending = [], {}  # column -> (rows still to fill, text)
    for tr in table.iter("tr"):
        cells, column = [], 0
        for cell in (c for c in tr if c.tag in ("td", "th")):
            while column in pending:
                cells.append(_take(pending, column))
                column += 1
            text = " ".join(cell.text_content().split())
            span = int(cell.get("rowspan", "1")) if cell.get("rowspan", "1").isdigit() else 1
            if span > 1:
                pending[column] = (span - 1, text)
            cells.append(text)
            column += 1
        while column in pending:
            cells.append(_take(pending, column))
            column += 1
        rows.append(cells)
    return rows


def _take(pending: dict, column: int) -> str:
    left, text = pending[column]
    if left > 1:
        pending[column] = (left - 1, text)
    else:
        del pending[column]
    return text
