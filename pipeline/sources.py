"""Sources: article files under ``sources/`` with their sidecar metadata, read safely.

A source is ``<slug>.txt`` (text as received) or ``<slug>.html`` (a saved page whose main text
trafilatura takes), with ``<slug>.meta.json`` beside it: where it came from, when, how, and the
sha256 of the file, so a changed source is noticed rather than silently re-read.
Text is UTF-8; a page saved from an older Thai site in windows-874 / TIS-620 is read in the
character set it declares (its sidecar's ``charset``, which ``fetch`` takes from the HTTP header,
or its own ``<meta charset>``).
Bad input is refused here with the file and the problem named, before any extraction runs.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from w3lib.encoding import html_body_declared_encoding, resolve_encoding

from pipeline import pages
from pipeline.errors import InputError
from pipeline.model import Source

SOURCE_SUFFIXES = (".txt", ".html", ".htm")
MAX_BYTES = 2_000_000  # an article is a few kB; anything this large is not one
SIDECAR_SUFFIX = ".meta.json"
_RE_HTML = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|div[\s>]|p[\s>]|script[\s>])", re.I)
_RE_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The bytes that are not those control characters: deleting them from a file leaves only its control characters,
# one fast pass in C (a regex scan of the bytes costs three times as much, for a check made on every source).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _RE_CONTROL.match(chr(b)))
# Something a reader can see: not whitespace, not a zero-width character or soft hyphen (normalize drops those).
_RE_VISIBLE = re.compile("[^\\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SIDECAR_TEXT = (
    *("id", "url", "title", "publisher", "published_stated", "obtained", "language", "media_type", "charset"),
    "sha256",
)
# Character sets that can write Thai in one byte a letter: a page declaring another one (ISO-8859-1, say) whose
# bytes read as Thai only in these was mislabelled.
_THAI_CODECS = frozenset({"cp874", "tis_620", "iso8859_11"})
SIDECAR_DATES = ("published", "retrieved")


@dataclass(frozen=True)
class RawSource:
    """A source file decoded to text, with its metadata; not yet normalized."""

    source: Source
    text: str


def discover(root: Path) -> list[Path]:
    """Article files under ``root`` in a stable order (the build must not depend on listing order)."""
    if not root.is_dir():
        raise InputError(root, "sources directory not found")
    found = [p for p in root.rglob("*") if p.suffix.lower() in SOURCE_SUFFIXES and not p.name.startswith(".")]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def read(path: Path, *, base: Path | None = None) -> RawSource:
    """Read one article file. Raises InputError for anything that is not a usable article."""
    data = _read_file(path)
    digest = hashlib.sha256(data).hexdigest()
    meta = _read_sidecar(path, digest)
    is_html = path.suffix.lower() in (".html", ".htm")
    text = decode(path, data, declared=_declared_charset(path, data, meta, is_html))
    if not is_html and "<" in text[:4000] and _RE_HTML.search(text[:4000]):
        raise InputError(path, "looks like an HTML page saved as text; save it with .html so its main text is taken")
    if is_html:
        text, page_meta = _html_main_text(path, text)
        meta = {**page_meta, **meta}
    if not _RE_VISIBLE.search(text):
        raise InputError(path, "has no text: only whitespace and invisible characters (empty after normalization)")
    rel = path.relative_to(base).as_posix() if base and path.is_relative_to(base) else path.as_posix()
    return RawSource(_source(rel, digest, meta, "text/html" if is_html else "text/plain"), text)


# Opened without following a symbolic link, and without waiting on a pipe (its status refuses it after).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def _read_file(path: Path) -> bytes:
    """The bytes of a regular file that is no symbolic link; anything else is refused before a byte is read.

    One open that does not follow a link, then the open file's own status: a build reads thousands of sources,
    and every lookup of a name in the file system costs (a stat before the open looked each name up twice)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP or os.path.islink(path):
            raise InputError(path, "is a symbolic link; sources must be regular files inside sources/") from None
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(path, "not found or not a regular file") from None
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not found or not a regular file")
        if info.st_size > MAX_BYTES:  # refused unread
            raise InputError(path, f"{info.st_size:,} bytes is too large for an article (limit {MAX_BYTES:,})")
        chunks, size = [], 0
        while size <= MAX_BYTES and (chunk := os.read(fd, max(info.st_size + 1 - size, 65_536))):
            chunks.append(chunk)  # (one read for the file as it was, one that finds its end)
            size += len(chunk)
            if size == info.st_size != 0:  # asked for a byte more than its size, got its size: the end, no 2nd read
                break
    finally:
        os.close(fd)
    if size > MAX_BYTES:  # (read on to here only: a file that grew while it was read is not read to its end)
        raise InputError(path, f"{size:,} bytes is too large for an article (limit {MAX_BYTES:,})")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def decode(path: Path, data: bytes, declared: tuple[str, str] | None = None) -> str:
    """UTF-8 (a BOM is dropped), BOM-marked UTF-16, or the one-byte character set ``declared`` for the file
    (codec, where it is declared); anything else is refused with where it broke.

    Bytes that are valid UTF-8 are read as UTF-8 whatever is declared: a server's default ISO-8859-1 header is a
    common mislabel of UTF-8 pages, and Thai in TIS-620 / windows-874 is never valid UTF-8 by chance."""
    if not data.strip():
        raise InputError(path, "is empty" if not data else "has no text (whitespace only)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"declares UTF-16 but is not valid UTF-16 ({exc.reason})") from None
    if data.find(b"\x00", 0, 8000) != -1:  # (no copy of the first 8,000 bytes)
        if _looks_utf16(data):
            raise InputError(
                path,
                "looks like UTF-16 text without a byte-order mark (BOM): re-save it as UTF-8 (or UTF-16 with a BOM)",
            )
        raise InputError(path, "is binary (contains NUL bytes), not an article text")
    try:  # "utf-8" is decoded in C, "utf-8-sig" through a Python function: asked only for its error
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_not_utf8(path, data, declared)
    else:
        text = text[1:] if text.startswith("\ufeff") else text  # the BOM, as utf-8-sig drops it
    # Looked for in the bytes first: faster than in Thai text, and UTF-8 writes these characters as the same bytes
    controls = len(_RE_CONTROL.findall(text, 0, 8000)) if data.translate(None, _NOT_CONTROL_BYTES) else 0
    if controls > 8:
        raise InputError(path, f"is binary ({controls} control characters), not an article text")
    return text


def _decode_not_utf8(path: Path, data: bytes, declared: tuple[str, str] | None) -> str:
    """Bytes that are not UTF-8: read in the character set declared, else refused with where they broke."""
    try:
        return data.decode("utf-8-sig")  # (raises: its error's offsets are those of the bytes after a BOM)
    except UnicodeDecodeError as exc:
        if declared is None or _cut_in_a_character(data, exc):  # (UTF-8 to its last character: cut, not legacy)
            raise InputError(path, _not_utf8(path, data, exc), place=_line_col(data, exc.start)) from None
        return _decode_declared(path, data, *declared)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: the high byte of nearly every unit is 0x00 (ASCII) or 0x0E (Thai), the low byte
    is never NUL, and the whole reads as text. Random binary data fails one of these."""
    sample = data[: min(len(data), 8000) // 2 * 2]
    evens, odds = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odds, evens), ("utf-16-be", evens, odds)):
        if len(sample) < 4 or low.count(0) or high.count(0) + high.count(0x0E) < len(high) * 0.9:
            continue
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _RE_CONTROL.search(text):
            return True
    return False


def _declared_charset(path: Path, data: bytes, meta: dict, is_html: bool) -> tuple[str, str] | None:
    """(codec, where it is declared) of the first one-byte character set declared for the file: its sidecar's
    ``charset`` (the HTTP header's, recorded by ``fetch``, or set by hand), then a page's own <meta charset>,
    http-equiv or XML declaration. w3lib reads labels as browsers do: TIS-620 and ISO-8859-11 as windows-874
    (cp874), their superset, which has the curly quotes and dashes Thai pages use. A Unicode label is skipped:
    the bytes were not UTF-8 (decode tried), and a page's meta saying UTF-16 is one written in bytes."""
    label = meta.get("charset")
    if not label and not is_html:
        return None  # (most sources: a text with no sidecar charset)
    sidecar = Path(sidecar_path(path))
    codec = _charset(label) if label else None
    if label and codec is None:
        raise InputError(sidecar, f"charset {label!r} is not a character set Python can read")
    found = [(codec, f'"charset": "{label}" in {sidecar.name}')] if codec else []
    if is_html and (in_page := _charset(html_body_declared_encoding(data[:4096]))):
        found.append((in_page, f"the page's own declaration ({in_page})"))
    return next(((c, where) for c, where in found if not codecs.lookup(c).name.startswith("utf")), None)


# Codecs that decode bytes to text but are no character set of a page: a declaration naming one is ignored.
_NOT_CHARSETS = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"})


def _charset(label: str | None) -> str | None:
    """The Python codec of a character-set label (w3lib's reading), if it is a character set: not "hex" or
    "rot13" (not text encodings: decoding with them raises LookupError), nor one of _NOT_CHARSETS."""
    codec = resolve_encoding(label) if label else None
    try:
        b"a".decode(codec or "undefined")  # (an empty string is decoded before the codec is looked up)
    except (LookupError, UnicodeError):
        return None
    return codec if codec not in _NOT_CHARSETS else None


def _decode_declared(path: Path, data: bytes, codec: str, where: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"is neither UTF-8 nor {codec}, as {where} says (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            place=_line_col(data, exc.start),
        ) from None
    except UnicodeError as exc:  # (a stateful codec's own complaint, with no offset)
        raise InputError(path, f"is neither UTF-8 nor {codec}, as {where} says ({exc})") from None
    if codecs.lookup(codec).name not in _THAI_CODECS and _reads_as_thai(data) and not re.search("[ก-๛]", text):
        raise InputError(path, f"reads as Thai in TIS-620/windows-874, not in {codec} as {where} says: correct it")
    return text


def _reads_as_thai(data: bytes) -> bool:
    """Mostly Thai letters once read as TIS-620/windows-874: a legacy Thai file."""
    legacy = data.decode("cp874", errors="replace")
    thai, latin = len(re.findall("[ก-๛]", legacy)), len(re.findall("[A-Za-z]", legacy))
    return thai >= 10 and thai > latin


def _cut_in_a_character(data: bytes, exc: UnicodeDecodeError) -> bool:
    return exc.start >= len(data) - 3 and exc.reason == "unexpected end of data"


def _not_utf8(path: Path, data: bytes, exc: UnicodeDecodeError) -> str:
    if _cut_in_a_character(data, exc):
        return "is truncated: it ends inside a multi-byte UTF-8 character"
    where = f"is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    sidecar = f'"charset": "windows-874" in {os.path.basename(sidecar_path(path))}'
    if not _reads_as_thai(data):
        return f"{where}; it may be Latin-1/Windows-1252 or another legacy encoding: re-save it as UTF-8"
    if path.suffix.lower() in (".html", ".htm"):
        return f"{where} and declares no character set; it looks like TIS-620/cp874 Thai: add {sidecar}"
    return f"{where}; it looks like TIS-620/cp874 Thai: convert it with `iconv -f TIS-620 -t UTF-8` (or add {sidecar})"


def _line_col(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"{line}:{col}"


def sidecar_path(path: Path) -> str:
    """<slug>.meta.json beside <slug>.txt / .html; string operations, as a build asks for thousands of them."""
    return os.path.splitext(path)[0] + SIDECAR_SUFFIX


def _read_sidecar(path: Path, digest: str) -> dict:
    where = sidecar_path(path)
    if not os.path.exists(where):
        return {}
    sidecar = Path(where)
    try:
        meta = json.loads(sidecar.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(sidecar, f"is not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise InputError(sidecar, "must hold a JSON object")
    for key in SIDECAR_TEXT:
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise InputError(sidecar, f"{key} must be a string, not {json.dumps(meta[key], ensure_ascii=False)}")
    for key in SIDECAR_DATES:
        try:
            if meta.get(key) is not None:
                dt.date.fromisoformat(meta[key])
        except (TypeError, ValueError):
            raise InputError(
                sidecar, f"{key} {json.dumps(meta[key], ensure_ascii=False)} is not a date (YYYY-MM-DD)"
            ) from None
    recorded = meta.get("sha256")
    if recorded and recorded != digest:
        raise InputError(
            path,
            f"sha256 {digest[:12]}… differs from {sidecar.name} ({str(recorded)[:12]}…): the text changed",
        )
    return meta


def _html_main_text(path: Path, html: str) -> tuple[str, dict]:
    """Main text of a saved page, without menus and footers (trafilatura), plus its title, site and posting date."""
    import trafilatura  # imported here: plain-text sources, the common case, never need it

    html = pages.layout_as_blocks(pages.without_chrome(pages.inline_as_spans(html)))
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    # Tables run into one line each, or cells spanning rows (a results table's award cell over its winners' rows,
    # which trafilatura writes once, leaving the other rows without it): read again with the tables as lines.
    if text and ("\n| " not in text or "rowspan" in html) and (rows := pages.tables_as_rows(html)) is not html:
        text = trafilatura.extract(rows, include_comments=False, include_tables=True, favor_recall=True) or text
    if text and len(text) < pages.EXCERPT and (listed := pages.listing(html)):
        text = listed
    if not text:
        raise InputError(path, "is an HTML page with no main text that could be taken")
    text = _lone_cells(text)
    meta = trafilatura.extract_metadata(html)
    found = {}
    if meta is not None:
        found = {k: v for k, v in {"title": meta.title, "url": meta.url, "publisher": meta.sitename}.items() if v}
    found.update(_page_published(html, text, found.get("title", "")))
    return (f"{found['title']}\n\n{text}" if "title" in found else text), found


def _lone_cells(text: str) -> str:
    """A table row with one filled cell is a line of its own: trafilatura writes a heading across a Word table
    (<td colspan=4>1.1 ประเภทนวัตกรรมการบริการ</td>) as "| 1.1 ประเภทนวัตกรรมการบริการ |  |  |  |", which no reader
    of tables or headings takes for the heading it is."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        row = line.strip()
        if len(row) > 2 and row[0] == row[-1] == "|":
            filled = [cell.strip() for cell in row[1:-1].split("|") if cell.strip()]
            if len(filled) == 1:
                lines[i] = filled[0]
    return "\n".join(lines)


# How far above the main text's body a posting stamp is looked for, in characters of the page's whole text.
_STAMP_REACH = 160


def _page_published(html: str, main: str, title: str) -> dict:
    """The page's posting date. From its markup first (article:published_time, itemprop="datePublished", JSON-LD):
    htmldate without its free-text search, which dates undated pages wrongly (2025-01-01 for a page of 2567).
    Else from a date stamp just above the body, which trafilatura drops as page chrome ("วันที่ 5 ธ.ค. 2567 |
    ข่าวที่ 412/2567", "27 กันยายน 2567 / 15:20:08 อ่าน 87 ครั้ง"): see _stamp."""
    import trafilatura
    from htmldate import find_date

    marked = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if marked:
        return {"published": _thai_day(html, marked)}
    stamp = _stamp(trafilatura.html2txt(html) or "", main, title)
    return {"published": stamp.date.isoformat(), "published_stated": stamp.text} if stamp else {}


_RE_MARKED_TIME = re.compile(
    r"(?:published_time|datePublished)[\"']?\s*(?:content=|:)\s*[\"'](\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\.\d+)?"
    r"(?:Z|[+-]\d\d:?\d\d))"
)
_BANGKOK = dt.timezone(dt.timedelta(hours=7))


def _thai_day(html: str, marked: str) -> str:
    """The posting day in Thailand: htmldate gives the day the markup writes, in its own time zone
    ("2025-08-21T17:30:00+00:00" is 22 August in Bangkok, the day the page prints)."""
    m = _RE_MARKED_TIME.search(html)
    if m is None or not m.group(1).startswith(marked):
        return marked
    try:
        return dt.datetime.fromisoformat(m.group(1).replace("Z", "+00:00")).astimezone(_BANGKOK).date().isoformat()
    except ValueError:
        return marked


def _stamp(page: str, main: str, title: str):
    """The date of a posting stamp the main text lost: the last date of the page's whole text between the main
    text's first line and its second (a stamp under the headline), else within _STAMP_REACH characters before the
    first line (a stamp above the body). Never one inside those lines or the page's title: a headline's or the
    body's own date (an event's)."""
    from pipeline import thai

    page = " ".join(thai.normalize(page).split())  # (html2txt joins the page's blocks with spaces)
    lines = [" ".join(line.split()) for line in thai.normalize(main).split("\n") if line.strip()][:2]
    first = page.find(lines[0]) if lines else -1
    if first < 0:
        return None
    first_end = first + len(lines[0])
    second = page.find(lines[1], first_end) if len(lines) > 1 else -1
    title = " ".join(thai.normalize(title).split())
    for start, end in ((first_end, second), (max(0, first - _STAMP_REACH), first)):
        gap = page[start:end].replace(title, " " * len(title)) if title else page[start:end]
        stamps = [d for d in thai.find_dates(gap) if d.date and d.relative is None and not d.error]
        if stamps:
            return stamps[-1]
    return None


def _header_charset(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, as the server wrote it (lower-cased), if any: the
    page's bytes are in it unless they are UTF-8 (see decode), and the saved file does not keep the header."""
    if not content_type:
        return None
    header = Message()
    header["Content-Type"] = content_type
    return header.get_content_charset()


def _source(rel: str, digest: str, meta: dict, media_type: str) -> Source:
    published = meta.get("published")
    return Source(
        path=rel,
        sha256=digest,
        media_type=media_type,
        url=meta.get("url"),
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        published=dt.date.fromisoformat(published) if published else None,
        published_stated=meta.get("published_stated"),
        obtained=meta.get("obtained"),
        retrieved=meta.get("retrieved"),
        language=meta.get("language", "th"),
        source_id=meta.get("id") or os.path.splitext(os.path.basename(rel))[0],
    )


def slug_for(url: str) -> str:
    """A file name for a page: host and path, lowercase, e.g. thaigov-go-th-news-contents-details-12345."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    raw = f"{parts.netloc.removeprefix('www.')}-{parts.path}-{parts.query}"
    return re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-")[:120] or "page"


def fetch(url: str, root: Path, *, timeout: float = 20.0, today: dt.date | None = None) -> Path:
    """Save a page under ``root`` as <slug>.html with its sidecar; refuse to overwrite a changed page."""
    import requests

    if not url.startswith(("https://", "http://")):
        raise InputError(url, "is not an http(s) URL")
    try:
        response = requests.get(url, timeout=timeout, headers={"User-Agent": "thai-award-facts/0.1 (+open data)"})
        response.raise_for_status()
    except requests.RequestException as exc:
        raise InputError(url, f"cannot be fetched ({type(exc).__name__}); is this machine offline?") from None
    data = response.content
    if len(data) > MAX_BYTES:
        raise InputError(url, f"{len(data):,} bytes is too large for an article (limit {MAX_BYTES:,})")
    path = root / f"{slug_for(url)}.html"
    digest = hashlib.sha256(data).hexdigest()
    sidecar = Path(sidecar_path(path))
    if path.exists() or path.is_symlink():
        old = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else None
        if old == digest and sidecar.is_file():
            return path  # the same page again: the sources are as they were
        raise InputError(
            path,
            f"already exists and the page at {url} now differs from it (sha256 {digest[:12]}…, saved "
            f"{(old or '?')[:12]}…): move the saved copy away to fetch the page again",
        )
    meta = {
        "id": path.stem,
        "url": url,
        "obtained": f"fetched with `pipeline fetch` (HTTP {response.status_code})",
        "retrieved": (today or dt.date.today()).isoformat(),
        "language": "th",
        "media_type": "text/html",
        **({"charset": charset} if (charset := _header_charset(response.headers.get("Content-Type"))) else {}),
        "sha256": digest,
    }
    from pipeline.build.write import atomic_write

    atomic_write(path, data)
    atomic_write(sidecar, (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return path
