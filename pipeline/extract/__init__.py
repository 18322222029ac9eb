"""Extract: one article's text -> facts with evidence (``extract``), or many (``extract_paths``).

The article is normalized once; every stage reads the same string, so evidence offsets from
every stage point into it. Problems that make an article unusable (an impossible date, a text
that ends mid-list, no award at all) are errors naming the file and the place; doubtful facts
are kept with a lower confidence and a warning.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pipeline import sources, textmatch, thai
from pipeline.errors import InputError
from pipeline.extract.awards import Mentions, extract_awards
from pipeline.extract.events import alone_on_line, extract_event, headline_date, posting_label
from pipeline.extract.people import find_people
from pipeline.extract.structure import extract_structure
from pipeline.model import Article, Evidence, Issue, Org
from pipeline.orgs import OrgFinder, Reference

BODY_LINE = 150  # the first line this long starts the body; above it: site name, dates, headline
_RE_HEAD_WIN = re.compile(r"\"?\s?(?:คว้า|รับ|ได้รับ|เข้ารับ|ร่วมรับ|ชนะ)")
# Lines that point to other stories ("อ่านข่าวเพิ่มเติม : …", "ข่าวที่เกี่ยวข้อง" and the list under it):
# their headlines name other wins, of other articles. Readers' comments under a post ("ความคิดเห็น 27 รายการ")
# are not the article either: a commenter's claim is no source.
_RE_RELATED = re.compile(  # starts with the line break, which keeps the scan fast
    r"\n(?:[-=_─━]{3,}\s?)?"  # ("------\nข่าวล่าสุด", a rule above the marker, joined to it once normalized)
    r"(?:อ่านข่าวเพิ่มเติม|อ่านเพิ่มเติม|อ่านข่าว|อ่านบทความ|ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|ข่าวอื่น(?: ?ๆ|จาก|ใน|ที่)|ข่าวล่าสุด|"
    r"ข่าว[ก-๛]{2,20}อื่น ?ๆ|ข่าวแนะนำ|ข่าวน่าสนใจ|ข่าวยอดนิยม|บทความที่เกี่ยวข้อง|เรื่องที่เกี่ยวข้อง|เรื่องอื่น ?ๆ|อ่านต่อ|Related|Read more|"
    r"You may also like|(?P<comments>ความคิดเห็น\s?(?:\d[\d,]*\s?รายการ|ทั้งหมด|ที่เกี่ยวข้อง)|แสดงความคิดเห็น|Comments))[^\n]*"
)
# ณ alone, not the end of a word (งบประมาณ, บริเวณ, คุณ)
_RE_DANGLING = re.compile(
    r"(?:และ|ได้แก่|คือ|ประกอบด้วย|โดย|ซึ่ง|(?<![ก-๛])ณ|ของ|จาก|ให้แก่|แก่|\(\d{1,2}|(?<!\d)\d{1,2}\)|[(\"“])\s*$"
)
_DANGLING_LONGEST = len("ประกอบด้วย")  # its longest alternative (tests/test_extract.py checks)


def extract(raw: sources.RawSource, ref: Reference | None = None) -> Article:
    """Facts of one article. Never raises on odd text: problems land in ``article.errors``."""
    ref = Reference.load() if ref is None else ref
    article = Article(raw.source, thai.normalize(raw.text))
    text = _without_related(article.text)
    textmatch.INDEX.read(text)  # every finder's words (cues, organization names) found in one pass over it
    body = _body_start(text)
    dates = thai.find_dates(text)
    dates = _published(article, body, dates)
    orgs = OrgFinder(ref, text)
    mentions = orgs.find_all()  # abbreviations used before their expansion are found on a second reading
    people = find_people(text, orgs)
    main = _main_subject(text, mentions, body)
    event = extract_event(text, orgs, people, article.source.published, body, article.warnings, dates)
    article.events = [event] if event else []
    year = event.year_be if event else None
    programme = event.programme if event else None
    found = extract_awards(text, Mentions(text, orgs, people, mentions, year, body, programme), main, body)
    article.awards, article.counts = found.awards, found.counts
    article.warnings += found.warnings
    article.award_types, type_counts = extract_structure(text)
    article.counts += type_counts
    _check(article, dates, complete=raw.text.endswith("\n") or raw.source.media_type == "text/html")
    if text is not article.text:
        _requote(article, article.text, set())
    return article


def _requote(value, text: str, seen: set) -> None:
    """Evidence was cut from the text with related news blanked out; a span that crosses a blanked line
    quotes spaces. Offsets are the same in both texts, so every span quotes the article's own words again."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, list | tuple):
        for item in value:
            _requote(item, text, seen)
        return
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return
    for f in dataclasses.fields(value):
        item = getattr(value, f.name)
        if isinstance(item, Evidence):
            object.__setattr__(value, f.name, Evidence.of(text, item.start, item.end))
        elif f.name != "source":
            _requote(item, text, seen)


def extract_paths(paths: list[Path], ref: Reference | None = None, *, base: Path | None = None) -> list[Article]:
    """Read and extract each path (files, or directories of sources). Raises InputError on bad input."""
    files = []
    for path in paths:
        files.extend(sources.discover(path) if path.is_dir() else [path])
    # Every file is read before any is extracted: a source that cannot be used is named at once, not after
    # minutes of extracting the others, and reads in a row cost half what they cost between extractions
    # (the system calls find the kernel's caches warm; bench/extraction.py measures both).
    raws = [sources.read(path, base=base) for path in files]
    articles = []
    for i, path in enumerate(files):
        raw, raws[i] = raws[i], None  # (each text is let go once extracted)
        article = extract(raw, ref)
        if article.errors:
            raise InputError(path, article.errors[0].message, place=_place(article.text, article.errors[0].evidence))
        articles.append(article)
    return articles


def _place(text: str, evidence: Evidence | None) -> str | None:
    """line:column in the normalized text, which is what a reader of the evidence sees."""
    if evidence is None:
        return None
    line = text.count("\n", 0, evidence.start) + 1
    return f"{line}:{evidence.start - (text.rfind(chr(10), 0, evidence.start) + 1) + 1}"


_RE_POINTER = re.compile(r"[ \t]*(?:[-•*▪●»›]|\d{1,2}[.)])\s")  # a related box's line: a bulleted headline


def _without_related(text: str) -> str:
    """The article with the pointers to other stories blanked out: a marker line, and the list under
    it up to a blank line. Blanked, not cut: offsets into the text stay the same."""
    if not _RE_RELATED.search(text):
        return text
    chars, body = list(text), _body_start(text)
    for m in _RE_RELATED.finditer(text):
        end = -1 if m.group("comments") else _related_end(text, m.end())  # readers' comments run to the end
        if m.start() < body and not _RE_POINTER.match(text, m.end() + 1):
            end = m.end()  # a menu's label above the story ("ข่าวที่เกี่ยวข้อง", then the headline): itself alone
        end = len(text) if end < 0 else end
        for i in range(m.start() + 1, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _related_end(text: str, pos: int) -> int:
    """Where the pointers that start with a marker line (ending at ``pos``) end: at a blank line, or before a line of
    the article's length (a page whose paragraphs are single lines has an "อ่านข่าว: …" line between two of them) or
    a table's row."""
    end = text.find("\n\n", pos)
    line = pos
    marker = text[text.rfind("\n", 0, pos) + 1 : pos].strip()
    if len(marker) <= 20 and text.startswith("|", pos + 1):  # the marker alone, then its pointers as a table's rows
        # ("ข่าวอื่น ๆ\n| <headline> | 09/09/2565 |"): to the table's end
        while line != -1 and text.startswith("|", line + 1):
            line = text.find("\n", line + 1)
        return len(text) if line == -1 else line
    while line != -1 and (end == -1 or line < end):
        next_end = text.find("\n", line + 1)
        if (next_end if next_end != -1 else len(text)) - line - 1 >= BODY_LINE or text.startswith("|", line + 1):
            return line  # (a table's row is no pointer either)
        if _RE_PAGE_FURNITURE.match(text, line + 1):
            return line  # a counter, the breadcrumb or the story's posting label: the story's page again
        line = next_end
    return end


# Lines of a page's own furniture, never a pointer to another story: where a box of pointers with no blank line
# after it ends ("ข่าวอื่น ๆ\n…\nผู้เข้าชมเว็บไซต์ 1,984,220 คน\nหน้าหลัก » ข่าวกิจกรรม » รายละเอียดข่าว\n<the story>")
_RE_PAGE_FURNITURE = re.compile(r"(?:ผู้เข้าชม|จำนวนผู้เข้าชม|วันที่ลงข่าว|โพสต์เมื่อ|เปิดอ่าน|(?:หน้าหลัก|หน้าแรก|Home)\s?[»>›/\"|])")


def _body_start(text: str) -> int:
    """Where the body starts: the first line of a paragraph's length that is not a table's row (a saved page's
    layout, written as cells, can be long: "| หน้าแรก | ข้อมูลทั่วไป | … |")."""
    pos = 0
    for line in text.split("\n"):
        if len(line) >= BODY_LINE and not line.startswith("|"):
            return pos
        pos += len(line) + 1
    return 0


def _published(article: Article, body: int, dates: list) -> list:
    """The posting date: the sidecar's, else a date standing alone on a line above the body, else the body's
    dateline. The dates to read the event's from: the dateline's is the story's, not the ceremony's, when
    the body states another (not a posting label's: "Posted: 12 December 2024" under the story)."""
    header = [
        d
        for d in dates
        if d.date
        and d.end <= (body or 600)
        and not headline_date(article.text, d)
        and (body or not _when(article.text, d))
        and not _RE_RANGE.match(d.text)  # "ประจำสัปดาห์ (14 - 20 ก.ย. 69)": a period, never a posting date
    ]
    alone = [d for d in header if alone_on_line(article.text, d)]
    dateline = _dateline(article.text, body, dates)
    labelled = [d for d in dates if d.date and posting_label(article.text, d)]  # "โพสต์เมื่อ : 10 ธ.ค. 2567" below
    labelled += [d for d in dates if d.date and d.start >= body and _signed(article.text, d)]
    last = len(article.text.rstrip())  # a release's date alone on its last line, under its signature: its posting date
    labelled += [d for d in dates if d.date and d.start >= body and d.end >= last and alone_on_line(article.text, d)]
    stated = (alone or header or ([dateline] if dateline else []) or labelled)[:1]
    _posted(article, stated)
    if dateline and any(d.date and d.start > dateline.end and not posting_label(article.text, d) for d in dates):
        return [d for d in dates if d is not dateline]
    return dates


_RE_RANGE = re.compile(r"\d{1,2}\s?[-–]\s?\d")


def _signed(text: str, mention) -> bool:
    """A story's own date where Thai releases put it: in brackets opening the body ("(27 ก.ย. 67) นางสาว…") or
    ending the signature line under it ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ | 15 ก.ย. 2566")."""
    line = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    if text[line : mention.start] == "(" and text.startswith(")", mention.end):
        return True
    return not text[mention.end : end].strip() and text[line : mention.start].rstrip().endswith(("|", "/"))


def _when(text: str, mention) -> bool:
    """ "เมื่อวันศุกร์ที่ 15 กันยายน 2566 ณ …": a date said as when something happened, no posting stamp (a post of
    short lines has no body line to stand above: its first 600 characters are its header)."""
    return text[max(0, mention.start - 7) : mention.start].rstrip().endswith("เมื่อ")


# "Bangkok, 5 December 2024 – The Department…", "กรุงเทพฯ 5 ธ.ค. 2567 – กรม…": a place, the date, a dash.
_RE_DATELINE_PLACE = re.compile(r"[A-Za-zก-๛][A-Za-zก-๛.ฯ ]{1,30}[,:]?\s?")
_RE_DATELINE_DASH = re.compile(r"\s?(?:\([^()\n]{1,30}\)\s?)?[–—-]\s")


def _dateline(text: str, body: int, dates: list):
    """The date of a dateline opening the body's first line, if it has one."""
    first = next((d for d in dates if d.start >= body), None)
    if first is None or first.date is None or first.start > body + 32:
        return None
    place = _RE_DATELINE_PLACE.fullmatch(text, body, first.start)
    if not place or "วัน" in place.group(0) or "เมื่อ" in place.group(0):
        return None  # "เมื่อวันที่ 5 ธ.ค. 2567 – …": the time of what follows
    return first if _RE_DATELINE_DASH.match(text, first.end) else None


def _posted(article: Article, stated: list) -> None:
    if stated:
        article.published_weekday_stated = stated[0].weekday_stated
        if article.source.published is None:
            article.source.published = stated[0].date
            article.source.published_stated = stated[0].text
        elif stated[0].date != article.source.published:
            msg = f"the page says {stated[0].date}, the metadata says {article.source.published}"
            article.warnings.append(
                Issue("published-date", msg, Evidence.of(article.text, stated[0].start, stated[0].end))
            )


# "อปท. ในจังหวัดขอนแก่น ได้รับรางวัล…": the organization named is where the winners are, not the winner
# "…ในจังหวัดX", "ส่วนราชการจังหวัดสุโขทัย รับรางวัล…": the place whose agencies won, not a winner
_RE_PLACE_OF = re.compile(r"(?:ใน|ในพื้นที่|ทั่ว|ส่วนราชการ)\s?$")


def _main_subject(text: str, mentions: list[Org], body: int) -> Org | None:
    """The organization the article is about: the one the headline says won, else the first in it."""
    head = [o for o in mentions if o.evidence.start < max(body, 1)]
    for org in head:
        if _RE_HEAD_WIN.match(text, org.evidence.end) and not _RE_PLACE_OF.search(text, 0, org.evidence.start):
            return org
    return None


def _cut_at_the_end(article: Article, tail: str, complete: bool) -> None:
    """A fact that runs to the very end of a text that stops without a line break may be cut: an award
    named "…การเปิดเผยข้อมู", a recipient "กรมทรัพยากรน้ำบา". It is dropped; a broken word makes the
    article an error (re-fetch it whole), an unknown name at the end a warning. (``complete``: the source ended
    with a line break, or is a saved page, whose main text ends where the page's does: only a broken word says cut.)"""
    if not article.awards:
        return
    last = [a for a in article.awards if a.evidence.end >= len(tail) - 1]
    if not last:
        return
    broken = thai.ends_mid_word(tail)
    cut = [
        a
        for a in last
        if broken or (not complete and a.recipient.org_id is None and a.recipient.evidence.end >= len(tail) - 1)
    ]
    for award in cut:
        article.awards.remove(award)
        what = f"{award.recipient.name_th}: {award.award_th or 'an award'}"
        article.warnings.append(
            Issue("truncated", f"the text stops inside this fact; not counted ({what})", award.evidence)
        )
    if broken:
        article.errors.append(
            Issue(
                "truncated",
                f"the text ends inside a word ({broken!r}): it looks cut off",
                Evidence.of(article.text, len(tail) - len(broken), len(tail)),
            )
        )


def _check(article: Article, dates: list, *, complete: bool = False) -> None:
    text = article.text
    for mention in dates:
        if mention.error:
            article.errors.append(
                Issue("impossible-date", mention.error, Evidence.of(text, mention.start, mention.end))
            )
    tail = text.rstrip()
    # A dangling word ends the text (nothing follows the rstrip) and is at most _DANGLING_LONGEST letters long
    dangling = _RE_DANGLING.search(tail, max(0, len(tail) - _DANGLING_LONGEST))
    last_line = tail[tail.rfind("\n") + 1 :]
    if dangling and dangling.group(0).strip() in '"“' and last_line.count('"') % 2 == 0:
        dangling = None  # "…ทำเอง"": a quote that closes, not one that opens
    if dangling:
        article.errors.append(
            Issue(
                "truncated",
                f"the text ends with {dangling.group(0).strip()!r}: it looks cut off",
                Evidence.of(text, dangling.start(), len(tail)),
            )
        )
    _cut_at_the_end(article, tail, complete)
    for count in article.counts:
        if count.listed < count.stated and count.evidence.end >= len(tail) - 2:
            article.errors.append(
                Issue(
                    "truncated",
                    f"the text ends inside a list of {count.stated} {count.unit} "
                    f"after {count.listed}: it looks cut off",
                    count.evidence,
                )
            )
    if not article.awards and not article.errors:
        article.errors.append(Issue("no-award", "no award was found in the text (is it an award article?)"))
    published, stated = article.source.published, article.published_weekday_stated
    if published and stated is not None and published.weekday() != stated:
        wd = thai.THAI_WEEKDAYS[stated]
        article.warnings.append(Issue("weekday", f"วัน{wd} is not the weekday of {published}"))
    for event in article.events:
        if event.date and event.weekday_stated is not None and event.date.weekday() != event.weekday_stated:
            wd = thai.THAI_WEEKDAYS[event.weekday_stated]
            article.warnings.append(Issue("weekday", f"วัน{wd} is not the weekday of {event.date}", event.evidence))
