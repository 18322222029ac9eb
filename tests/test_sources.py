"""pipeline.sources: discovering and reading article files with their sidecars, refusing bad input, fetching."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline import sources
from pipeline.errors import InputError
from tests.inputs_support import BAD, SEED, SOURCES

SEED_SHA = "ba795020ac1ba05adc0f8d607d89576b3c1f9c62fdc6c7b3ad948bb72c17a099"


def copy_seed(directory: Path, name: str = "a", *, meta: dict | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.txt"
    shutil.copyfile(SEED, path)
    sidecar = json.loads(SEED.with_name(SEED.stem + ".meta.json").read_text("utf-8"))
    if meta is not None:
        sidecar = {**sidecar, **meta}
    (directory / f"{name}.meta.json").write_text(json.dumps(sidecar, ensure_ascii=False), "utf-8")
    return path


def refused(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        sources.read(path)
    return caught.value


# --- the seed -----------------------------------------------------------------------------------


def test_seed_is_read_with_its_sidecar() -> None:
    raw = sources.read(SEED, base=SOURCES.parent)
    s = raw.source
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == s.sha256 == SEED_SHA
    assert s.path == "sources/thaigov-news-75771.txt"
    assert s.source_id == "thaigov-news-75771"
    assert s.url == "https://www.thaigov.go.th/news/contents/details/75771"
    assert s.title == '"สำนักงานปลัดกระทรวงอุตสาหกรรม" คว้า 2 รางวัล หน่วยงานภาครัฐดิจิทัล'
    assert s.published == dt.date(2023, 12, 7)
    assert s.published_stated == "วันพฤหัสบดีที่ 7 ธันวาคม 2566"
    assert (s.media_type, s.language, s.retrieved) == ("text/plain", "th", "2026-11-26")
    assert raw.text == SEED.read_text("utf-8")


def test_discover_lists_articles_in_a_stable_order(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.html", "sub/c.htm", "sub/a.txt", ".hidden.txt", "a.meta.json", "notes.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in sources.discover(tmp_path)] == [
        "a.html",
        "b.txt",
        "sub/a.txt",
        "sub/c.htm",
    ]


def test_discover_refuses_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="sources directory not found"):
        sources.discover(tmp_path / "nowhere")


def test_without_a_sidecar_the_file_name_is_the_id(tmp_path: Path) -> None:
    path = tmp_path / "my-article.txt"
    shutil.copyfile(SEED, path)
    s = sources.read(path, base=tmp_path).source
    assert (s.source_id, s.path, s.url, s.published, s.language) == ("my-article", "my-article.txt", None, None, "th")


# --- encodings that are accepted ----------------------------------------------------------------


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    raw = sources.read(BAD / "bom-crlf.txt")
    assert raw.text.startswith("กรมบังคับคดี")  # the BOM is gone
    assert "\r\n" in raw.text  # line ends are the normalizer's job; the raw text is as received


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_decoded(tmp_path: Path, codec: str) -> None:
    text = SEED.read_text("utf-8")
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(codec))
    assert sources.read(path).text == text


def test_the_utf16_fixture_is_decoded() -> None:
    text = sources.read(BAD / "utf16.txt").text
    assert "กรมพัฒนาธุรกิจการค้า" in text
    assert "\x00" not in text


# --- bad input: refused with the file and the problem -------------------------------------------


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "is empty"),
        ("whitespace-only.txt", "has no text: only whitespace and invisible characters"),
        ("binary.txt", "is binary (contains NUL bytes), not an article text"),
        ("latin1.txt", "is not UTF-8 (byte 0xa1 at offset 0); it looks like TIS-620/cp874 Thai"),
        ("html-as-text.txt", "looks like an HTML page saved as text"),
    ],
)
def test_bad_fixture_is_refused(name: str, problem: str) -> None:
    error = refused(BAD / name)
    assert Path(error.path) == BAD / name
    assert problem in error.problem
    assert str(error).startswith(str(BAD / name))


def test_tis620_names_the_place_and_how_to_convert() -> None:
    error = refused(BAD / "latin1.txt")
    assert error.place == "1:1"
    assert "iconv -f TIS-620 -t UTF-8" in error.problem


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"   \r\n\t\n", "has no text (whitespace only)"),
        ("\u00a0\u200b\ufeff \n\u3000".encode(), "has no text: only whitespace and invisible characters"),
        ("กรม".encode() + b"\xe0\xb8", "is truncated: it ends inside a multi-byte UTF-8 character"),
        ("กรม".encode() + b"\xff" + "ทดสอบ".encode(), "is not UTF-8 (byte 0xff at offset 9)"),
        (b"\xff\xfe\x00\xd8A\x00", "declares UTF-16 but is not valid UTF-16"),
        ("ข่าว\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f ทดสอบ".encode(), "is binary (10 control characters)"),
    ],
)
def test_bad_bytes_are_refused(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert problem in refused(path).problem


def test_oversized_file_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (sources.MAX_BYTES + 1))
    assert refused(path).problem == f"{sources.MAX_BYTES + 1:,} bytes is too large for an article (limit 2,000,000)"


def test_symbolic_links_are_refused(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(SEED)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    for name in ("link.txt", "dangling.txt"):
        assert "is a symbolic link" in refused(tmp_path / name).problem


def test_a_directory_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    assert refused(tmp_path / "folder.txt").problem == "not found or not a regular file"


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")  # opening it to read would block until something writes to it
    assert refused(tmp_path / "pipe.txt").problem == "not found or not a regular file"
    assert refused(tmp_path / "missing.txt").problem == "not found or not a regular file"
    assert refused(SEED / "inside-a-file.txt").problem == "not found or not a regular file"


def test_an_unreadable_file_says_why(tmp_path: Path) -> None:
    import os

    path = tmp_path / "locked.txt"
    path.write_bytes(SEED.read_bytes())
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("this user reads any file (root)")
    assert refused(path).problem == "cannot be read (Permission denied)"


# --- pages in a legacy Thai character set (windows-874 / TIS-620) ----------------------------------

# Windows-874's curly quotes (0x93, 0x94) and en dash (0x96) are not in TIS-620 proper, yet pages labelled TIS-620
# use them: browsers read TIS-620 as windows-874, and so must we.
_PARAGRAPH = "“สำนักงานปลัดกระทรวงอุตสาหกรรม” คว้า 2 รางวัล – หน่วยงานภาครัฐดิจิทัล"


def seed_page(declaration: str = "") -> str:
    """The seed article as a saved page, with ``declaration`` in its head."""
    body = "".join(f"<p>{line}</p>" for line in SEED.read_text("utf-8").splitlines() if line.strip())
    return (
        f"<!doctype html><html><head>{declaration}<title>ข่าวรางวัล</title></head><body><nav>เมนูหลัก</nav>"
        f"<article><p>{_PARAGRAPH}</p>{body}</article><footer>ทำเนียบรัฐบาล</footer></body></html>"
    )


def save(directory: Path, name: str, data: bytes, sidecar: dict | None = None) -> Path:
    path = directory / name
    path.write_bytes(data)
    if sidecar is not None:
        (directory / (path.stem + ".meta.json")).write_text(json.dumps(sidecar), "utf-8")
    return path


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-874">',
        '<meta http-equiv="Content-Type" content="text/html; charset=tis-620">',
        "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-11'>",
    ],
)
def test_a_page_in_windows_874_is_read_in_the_character_set_it_declares(tmp_path: Path, declaration: str) -> None:
    page = seed_page(declaration)
    raw = sources.read(save(tmp_path, "page.html", page.encode("cp874")))
    assert _PARAGRAPH in raw.text  # the curly quotes and the dash too
    assert "นางพวงเพ็ชร ชุนละเอียด" in raw.text
    assert raw.source.sha256 == hashlib.sha256(page.encode("cp874")).hexdigest()  # of the bytes as saved


def test_a_windows_874_page_gives_the_facts_its_utf8_twin_gives(tmp_path: Path) -> None:
    from pipeline.extract import extract

    def facts(name: str, data: bytes) -> list[tuple]:
        article = extract(sources.read(save(tmp_path, name, data)))
        return [(a.recipient.name_th, a.award_th) for a in article.awards] + [(e.date,) for e in article.events]

    legacy = facts("legacy.html", seed_page('<meta charset="tis-620">').encode("cp874"))
    assert legacy == facts("unicode.html", seed_page('<meta charset="utf-8">').encode())
    assert ("สำนักงานปลัดกระทรวงอุตสาหกรรม", "รางวัลหน่วยงานคุณภาพด้านการใช้ธรรมาภิบาลข้อมูลภาครัฐ") in legacy
    assert (dt.date(2023, 12, 6),) in legacy


def test_the_sidecar_charset_reads_a_page_that_declares_none(tmp_path: Path) -> None:
    raw = sources.read(save(tmp_path, "page.html", seed_page().encode("cp874"), {"charset": "TIS-620"}))
    assert _PARAGRAPH in raw.text


def test_a_sidecar_charset_reads_a_text_file_too(tmp_path: Path) -> None:
    raw = sources.read(save(tmp_path, "a.txt", _PARAGRAPH.encode("cp874"), {"charset": "windows-874"}))
    assert raw.text == _PARAGRAPH


def test_utf8_bytes_are_read_as_utf8_whatever_is_declared(tmp_path: Path) -> None:
    """A server's default "charset=ISO-8859-1" on a UTF-8 page, and a page that says windows-874 but was
    re-saved as UTF-8: read as windows-874 or Latin-1 they would be mojibake."""
    page = seed_page('<meta charset="windows-874">').encode()
    raw = sources.read(save(tmp_path, "page.html", page, {"charset": "iso-8859-1"}))
    assert _PARAGRAPH in raw.text


def test_a_wrong_utf8_header_gives_way_to_the_pages_own_declaration(tmp_path: Path) -> None:
    """The bytes are not UTF-8, so a header that says so is wrong: the page's meta is the next word."""
    data = seed_page('<meta charset="windows-874">').encode("cp874")
    raw = sources.read(save(tmp_path, "page.html", data, {"charset": "utf-8"}))
    assert _PARAGRAPH in raw.text


def test_an_undeclared_legacy_page_is_refused_with_how_to_declare_it(tmp_path: Path) -> None:
    data = seed_page().encode("cp874")
    error = refused(save(tmp_path, "page.html", data))
    offset = data.index("ข่าวรางวัล".encode("cp874"))  # the title: the first Thai letter
    assert error.problem == (
        f"is not UTF-8 (byte 0xa2 at offset {offset}) and declares no character set; it looks like TIS-620/cp874 "
        'Thai: add "charset": "windows-874" in page.meta.json'
    )
    assert error.place == f"1:{offset + 1}"


def test_a_page_that_is_not_in_its_declared_character_set_is_refused_with_the_place(tmp_path: Path) -> None:
    data = seed_page('<meta charset="windows-874">').encode("cp874")
    data = data.replace("เมนูหลัก".encode("cp874"), b"\xfc", 1)  # 0xFC is no character of windows-874
    error = refused(save(tmp_path, "page.html", data))
    offset = data.index(b"\xfc")
    assert error.problem == (
        f"is neither UTF-8 nor cp874, as the page's own declaration (cp874) says (byte 0xfc at offset {offset})"
    )
    assert error.place == f"1:{offset + 1}"


def test_a_utf8_page_cut_inside_a_character_is_called_cut_whatever_it_declares(tmp_path: Path) -> None:
    data = seed_page('<meta charset="windows-874">').encode()[:-2] + "ก".encode()[:2]
    assert refused(save(tmp_path, "page.html", data)).problem == (
        "is truncated: it ends inside a multi-byte UTF-8 character"
    )


def test_a_mislabelled_legacy_page_is_refused_not_read_as_mojibake(tmp_path: Path) -> None:
    error = refused(save(tmp_path, "page.html", seed_page().encode("cp874"), {"charset": "ISO-8859-1"}))
    assert error.problem == (
        'reads as Thai in TIS-620/windows-874, not in cp1252 as "charset": "ISO-8859-1" in page.meta.json says: '
        "correct it"
    )


@pytest.mark.parametrize("label", ["thai-klingon", "rot13", "hex", "undefined", "idna"])
def test_an_unknown_sidecar_charset_names_the_sidecar(tmp_path: Path, label: str) -> None:
    """Python knows "rot13" and "hex", but they turn text into text or bytes into bytes: no page is written in them."""
    error = refused(save(tmp_path, "page.html", seed_page().encode("cp874"), {"charset": label}))
    assert Path(error.path) == tmp_path / "page.meta.json"
    assert error.problem == f"charset {label!r} is not a character set Python can read"


def test_a_page_declaring_no_character_set_python_can_read_is_refused_as_undeclared(tmp_path: Path) -> None:
    error = refused(save(tmp_path, "page.html", seed_page('<meta charset="rot13">').encode("cp874")))
    assert "declares no character set" in error.problem


def test_a_sidecar_charset_must_be_a_string(tmp_path: Path) -> None:
    error = refused(save(tmp_path, "page.html", seed_page().encode("cp874"), {"charset": 874}))
    assert error.problem == "charset must be a string, not 874"


# --- a page's posting date and its tables -----------------------------------------------------------------------

_BODY = "".join(f"<p>{line}</p>" for line in SEED.read_text("utf-8").splitlines()[8:] if line.strip())


def page_with(head: str = "", above: str = "", *, headline: str = "ข่าวรางวัล") -> str:
    return (
        f"<!doctype html><html><head>{head}<title>{headline}</title></head><body><nav>หน้าแรก ข่าว</nav>"
        f"<div class='head'><h1>{headline}</h1>{above}</div><article>{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "above", "published", "stated"),
    [
        ('<meta property="article:published_time" content="2023-12-07T09:15:00+07:00">', "", "2023-12-07", None),
        ("", '<time itemprop="datePublished" datetime="2023-12-08">8 ธ.ค. 2566</time>', "2023-12-08", None),
        ("", "<div class='date'>วันที่ 9 ธ.ค. 2566 | อ่าน 1,204 ครั้ง</div>", "2023-12-09", "9 ธ.ค. 2566"),
        ("", "<div class='date'>10 ธันวาคม 2566 / 13:49:42</div>", "2023-12-10", "10 ธันวาคม 2566"),
        ("", "", None, None),  # no date anywhere: none is guessed
    ],
)
def test_a_page_gives_its_posting_date_from_its_markup_or_the_stamp_trafilatura_drops(
    tmp_path: Path, head: str, above: str, published: str | None, stated: str | None
) -> None:
    raw = sources.read(save(tmp_path, "page.html", page_with(head, above).encode()))
    assert raw.source.published == (dt.date.fromisoformat(published) if published else None)
    assert raw.source.published_stated == stated


def test_a_headlines_own_date_is_no_posting_date(tmp_path: Path) -> None:
    """The event date in the headline or the body is not taken for a stamp: htmldate's free-text guess is off,
    and a stamp is looked for only outside the main text's lines."""
    page = page_with(headline="กรมสรรพากรรับรางวัลเลิศรัฐ เมื่อ 5 ธ.ค. 2566")
    assert sources.read(save(tmp_path, "page.html", page.encode())).source.published is None


def test_a_sidecar_date_beats_the_pages(tmp_path: Path) -> None:
    page = page_with('<meta property="article:published_time" content="2023-12-07T09:15:00+07:00">').encode()
    raw = sources.read(save(tmp_path, "page.html", page, {"published": "2023-12-06"}))
    assert raw.source.published == dt.date(2023, 12, 6)


def test_a_table_row_with_one_filled_cell_is_a_line_of_its_own(tmp_path: Path) -> None:
    """A heading across a Word table (<td colspan>) is read as the heading it is, not as a table row."""
    rows = (
        "<tr><td colspan='3'>1.1 ประเภทนวัตกรรมการบริการ</td></tr>"
        "<tr><td>ลำดับ</td><td>หน่วยงาน</td><td>ระดับรางวัล</td></tr>"
        "<tr><td>1</td><td>กรมสรรพากร</td><td>ดีเด่น</td></tr>"
    )
    page = f"<html><body><article><p>{_PARAGRAPH}</p><table>{rows}</table></article></body></html>"
    lines = sources.read(save(tmp_path, "page.html", page.encode())).text.split("\n")
    assert "1.1 ประเภทนวัตกรรมการบริการ" in lines
    assert any(line.startswith("| 1 | กรมสรรพากร | ดีเด่น |") for line in lines)  # a real row stays a row


def test_html_page_with_no_main_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<!doctype html><html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    assert refused(path).problem == "is an HTML page with no main text that could be taken"


def test_html_page_gives_its_main_text_without_menus_and_scripts(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in SEED.read_text("utf-8").splitlines() if line.strip())
    page = (
        "<!doctype html><html><head><title>ข่าวรางวัล</title></head><body><nav>เมนูหลัก หน้าแรก</nav>"
        f"<article>{body}</article><footer>สงวนลิขสิทธิ์ท้ายหน้า</footer><script>var tracker = 1;</script></body></html>"
    )
    (tmp_path / "page.html").write_text(page, "utf-8")
    raw = sources.read(tmp_path / "page.html", base=tmp_path)
    assert raw.source.media_type == "text/html"
    assert raw.source.title == "ข่าวรางวัล"
    assert "นางพวงเพ็ชร ชุนละเอียด" in raw.text
    for chrome in ("เมนูหลัก", "สงวนลิขสิทธิ์ท้ายหน้า", "tracker"):
        assert chrome not in raw.text


# --- sidecars ------------------------------------------------------------------------------------


def test_sidecar_with_another_sha256_is_refused(tmp_path: Path) -> None:
    path = copy_seed(tmp_path, meta={"sha256": "0" * 64})
    error = refused(path)
    assert Path(error.path) == path
    assert error.problem == "sha256 ba795020ac1b… differs from a.meta.json (000000000000…): the text changed"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"id": ', "is not valid JSON (Expecting value: line 1 column 8 (char 7))"),
        (b"[]", "must hold a JSON object"),
        (b'{"title": "\xa1"}', "is not valid JSON ('utf-8' codec can't decode byte 0xa1"),
        (b'{"published": "2023-13-45"}', 'published "2023-13-45" is not a date (YYYY-MM-DD)'),
        (b'{"published": 20231207}', "published 20231207 is not a date (YYYY-MM-DD)"),
        (b'{"retrieved": "yesterday"}', 'retrieved "yesterday" is not a date (YYYY-MM-DD)'),
        (b'{"title": ["a", "b"]}', 'title must be a string, not ["a", "b"]'),
        (b'{"id": 7}', "id must be a string, not 7"),
    ],
)
def test_bad_sidecar_is_refused_naming_the_sidecar(tmp_path: Path, content: bytes, problem: str) -> None:
    path = copy_seed(tmp_path)
    sidecar = tmp_path / "a.meta.json"
    sidecar.write_bytes(content)
    error = refused(path)
    assert Path(error.path) == sidecar
    assert problem in error.problem


# --- slugs and fetch ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.thaigov.go.th/news/contents/details/75771", "thaigov-go-th-news-contents-details-75771"),
        ("https://www.dga.or.th/?p=12&lang=TH", "dga-or-th-p-12-lang-th"),
        ("https://", "page"),
    ],
)
def test_slug_for(url: str, slug: str) -> None:
    assert sources.slug_for(url) == slug


class Page:
    """A one-page web server on loopback whose content a test can change."""

    def __init__(self, content: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.content = content
        self.content_type = content_type
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                status = 404 if self.path.startswith("/missing") else 200
                self.send_response(status)
                self.send_header("Content-Type", owner.content_type)
                self.send_header("Content-Length", str(len(owner.content)))
                self.end_headers()
                self.wfile.write(owner.content)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def page():
    server = Page("<html><body><article><p>ข่าว</p></article></body></html>".encode())
    yield server
    server.close()


def test_fetch_saves_the_page_and_its_sidecar_and_refuses_to_overwrite_a_changed_page(page, tmp_path: Path) -> None:
    url = f"{page.url}/news/75771"
    path = sources.fetch(url, tmp_path, today=dt.date(2026, 11, 26))
    assert path == tmp_path / f"127-0-0-1-{page.url.rsplit(':', 1)[1]}-news-75771.html"
    assert path.read_bytes() == page.content
    meta = json.loads(path.with_name(path.stem + ".meta.json").read_text("utf-8"))
    assert meta["url"] == url and meta["retrieved"] == "2026-11-26" and meta["charset"] == "utf-8"
    assert meta["sha256"] == hashlib.sha256(page.content).hexdigest()
    assert sources.read(path).source.url == url  # the saved page reads back with its sidecar

    assert sources.fetch(url, tmp_path, today=dt.date(2026, 11, 27)) == path  # unchanged page: nothing rewritten
    assert json.loads(path.with_name(path.stem + ".meta.json").read_text("utf-8"))["retrieved"] == "2026-11-26"

    page.content = b"<html><body><p>changed</p></body></html>"
    with pytest.raises(InputError, match=r"already exists and the page at .* now differs"):
        sources.fetch(url, tmp_path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == meta["sha256"]  # the saved copy is kept


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://example.org/a", "is not an http(s) URL"),
        ("http://127.0.0.1:9/closed-port", "cannot be fetched (ConnectionError); is this machine offline?"),
    ],
)
def test_fetch_errors(tmp_path: Path, url: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        sources.fetch(url, tmp_path, timeout=5)
    assert caught.value.problem == problem
    assert list(tmp_path.iterdir()) == []


def test_fetch_of_a_missing_page_writes_nothing(page, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot be fetched \(HTTPError\)"):
        sources.fetch(f"{page.url}/missing", tmp_path, timeout=5)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("content_type", "charset"), [("text/html; charset=TIS-620", "tis-620"), ("text/html", None)])
def test_fetch_keeps_the_headers_charset_so_a_legacy_page_reads_back(tmp_path: Path, content_type, charset) -> None:
    """The saved file does not keep the HTTP header: the sidecar does, for a page that declares nothing itself."""
    server = Page(seed_page().encode("cp874"), content_type)
    try:
        path = sources.fetch(f"{server.url}/news/1", tmp_path, today=dt.date(2026, 11, 27))
    finally:
        server.close()
    meta = json.loads(path.with_name(path.stem + ".meta.json").read_text("utf-8"))
    assert meta.get("charset") == charset
    if charset:
        assert _PARAGRAPH in sources.read(path).text
    else:
        assert "declares no character set" in refused(path).problem


def test_a_pages_tables_are_lines_of_cells_where_trafilatura_ran_them_into_one_line() -> None:
    """articles21's results page: its tables under <h4> headings came out of trafilatura as one line each."""
    page = Path(__file__).parent / "fixtures" / "articles21" / "opdc-lertrat-2567-results-table-ministry-column.html"
    lines = sources.read(page).text.split("\n")
    assert "| 1 | กรมการจัดหางาน | กระทรวงแรงงาน | Smart Job Center จับคู่งานด้วย AI | ดีเด่น |" in lines
    assert "| 3 | กรมพัฒนาธุรกิจการค้า | กระทรวงพาณิชย์ | จดทะเบียนนิติบุคคลออนไลน์ครบวงจร | ดี |" in lines


def test_a_page_laid_out_in_tables_loses_its_side_column_and_related_box(tmp_path: Path) -> None:
    article = "เมื่อวันพฤหัสบดีที่ 31 สิงหาคม 2566 องค์การบริหารส่วนตำบลบ้านเป้า เข้ารับรางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม"
    page = tmp_path / "abt.html"
    page.write_text(
        "<html><head><title>อบต.บ้านเป้า รับรางวัลเลิศรัฐ</title></head><body><table><tr>"
        '<td width="200"><table><tr><td class="head-side">ข่าวประชาสัมพันธ์</td></tr>'
        '<tr><td class="news-side">» ขอแสดงความยินดีกับ อบต.ห้วยยาง ได้รับรางวัลการบริหารจัดการที่ดี</td></tr></table></td>'
        f"<td><h2>อบต.บ้านเป้า รับรางวัลเลิศรัฐ</h2><p>{article} {article}</p>"
        '<table><tr><td class="head-related">ข่าวที่เกี่ยวข้อง</td></tr>'
        "<tr><td>• เทศบาลตำบลหนองโพนงาม รับรางวัลเลิศรัฐ ประเภทพัฒนาการบริการ</td></tr></table></td>"
        "</tr></table></body></html>",
        encoding="utf-8",
    )
    text = sources.read(page).text
    assert article in text
    assert "ห้วยยาง" not in text and "หนองโพนงาม" not in text  # the side column's and the related box's headlines


def test_a_layout_cells_lines_stay_lines(tmp_path: Path) -> None:
    """A layout cell's story, its related box and its comments are lines of their own (trafilatura runs a cell's
    <br>-separated lines into one), so the related box is found and left out as on any page."""
    article = "เมื่อวันที่ 10 ธันวาคม 2567 เทศบาลนครรังสิต เข้ารับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับท้องถิ่น"
    page = tmp_path / "tessaban.html"
    page.write_text(
        "<html><body><table><tr><td>เมนูหลัก</td><td>"
        f"<b>เทศบาลนครรังสิตรับรางวัล DG Awards 2024</b><br>{article} {article}<br><hr>"
        "<b>ข่าวที่เกี่ยวข้อง</b><br>&raquo; <a href='/n/1'>องค์การบริหารส่วนจังหวัดปทุมธานี คว้ารางวัลเลิศรัฐ</a><br><hr>"
        "<b>ความคิดเห็น (1)</b><table><tr><td>ชาวรังสิต : ยินดีด้วยครับ</td></tr></table>"
        "</td></tr></table></body></html>",
        encoding="utf-8",
    )
    text = sources.read(page).text
    (line,) = [line for line in text.split("\n") if article in line]
    assert "ข่าวที่เกี่ยวข้อง" not in line and "ปทุมธานี" not in line and "ยินดีด้วย" not in line
    assert "ข่าวที่เกี่ยวข้อง" in text.split("\n")  # a line of its own: the cue that hides the box from the extractor


def test_a_cell_spanning_rows_is_in_each_of_them() -> None:
    """articles22's results page: an award cell (rowspan) over its winners' rows."""
    page = Path(__file__).parent / "fixtures" / "articles22" / "dga-dg-awards-2568-winners-rowspan-table.html"
    lines = sources.read(page).text.split("\n")
    award = "รางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น ระดับกรม"
    assert [line for line in lines if line.startswith(f"| {award} |")] == [
        f"| {award} | กรมสรรพากร |",
        f"| {award} | กรมการปกครอง |",
        f"| {award} | กรมบัญชีกลาง |",
    ]


@pytest.mark.parametrize("menu", ["left-menu", "leftmenu"])
def test_a_layout_tables_menu_cell_goes_and_its_article_cell_stays(tmp_path: Path, menu: str) -> None:
    article = "เทศบาลตำบลบ้านแป้น ได้รับรางวัลเลิศรัฐ สาขาการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม "
    page = tmp_path / "tessaban.html"
    page.write_text(
        f'<html><body><table><tr><td class="{menu}">หน้าแรก ข่าวประชาสัมพันธ์ ติดต่อเรา</td>'
        f"<td><h2>เทศบาลตำบลบ้านแป้น รับรางวัลเลิศรัฐ</h2><p>{article * 4}</p></td></tr></table>"
        '<div class="relate-news"><h4>ข่าวที่เกี่ยวข้อง</h4><div class="item"><a href="#">องค์การบริหารส่วนจังหวัด'
        "ขอนแก่นคว้ารางวัลรัฐบาลดิจิทัล</a></div></div></body></html>",
        encoding="utf-8",
    )
    text = sources.read(page).text
    assert article.strip() in text and "ติดต่อเรา" not in text and "ขอนแก่น" not in text


def test_a_category_page_is_read_as_its_excerpts() -> None:
    """articles22's category page: trafilatura took the first of five excerpts; the win is in the second."""
    page = Path(__file__).parent / "fixtures" / "articles22" / "dol-category-page-lertrat-2567-one-of-five.html"
    paragraphs = sources.read(page).text.split("\n\n")
    assert len(paragraphs) >= 5
    assert any(p.startswith("สำนักงานที่ดินจังหวัดนครปฐม รับรางวัลเลิศรัฐ ประจำปี 2567\n") for p in paragraphs)


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"<!-- -->", b"   "])
def test_an_empty_page_is_a_named_input_error(tmp_path: Path, data: bytes) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(data)
    with pytest.raises(InputError, match=r"empty\.html"):
        sources.read(page)


def test_another_storys_card_above_the_article_is_not_read(tmp_path: Path) -> None:
    article = "การไฟฟ้าส่วนภูมิภาค (กฟภ.) รับรางวัลบริการดิจิทัลภาครัฐดีเด่น จากแอปพลิเคชัน PEA Smart Plus ในงานมอบรางวัล "
    page = tmp_path / "agg.html"
    page.write_text(
        '<html><body><div class="feed"><article class="agg-card"><a href="/n/1"><h3>การไฟฟ้านครหลวง '
        "รับรางวัลหน่วยงานภาครัฐดิจิทัลดีเด่น</h3><p>กฟน. · 2 วันที่แล้ว</p></a></article>"
        f"<article><h1>กฟภ. คว้ารางวัล</h1><p>{article * 4}</p></article></div></body></html>",
        encoding="utf-8",
    )
    text = sources.read(page).text
    assert article.strip() in text and "การไฟฟ้านครหลวง" not in text


def test_the_articles_own_cards_are_read(tmp_path: Path) -> None:
    """A card that links to nothing is the article's ("award-card": an award and its winners); another story's
    card links to it."""
    intro = "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) จัดพิธีมอบรางวัล DIGI Data Awards 2024 ณ กรุงเทพมหานคร " * 3
    page = tmp_path / "cards.html"
    page.write_text(
        f"<html><body><article><h1>สพร. ประกาศผล DIGI Data Awards 2024</h1><p>{intro}</p><p>ผลการตัดสินรางวัล มีดังนี้</p>"
        '<div class="award-card"><h4>รางวัลธรรมาภิบาลข้อมูลภาครัฐดีเด่น</h4><ul><li>กรมสรรพากร</li></ul></div>'
        '<div class="award-card"><h4>รางวัลการใช้ประโยชน์จากข้อมูลดีเด่น</h4><ul><li>การไฟฟ้านครหลวง</li></ul></div>'
        '</article><div class="news-card"><a href="/n/2">กรมที่ดินรับรางวัลเลิศรัฐ</a></div></body></html>',
        encoding="utf-8",
    )
    text = sources.read(page).text
    assert "รางวัลธรรมาภิบาลข้อมูลภาครัฐดีเด่น\n- กรมสรรพากร" in text and "- การไฟฟ้านครหลวง" in text
    assert "กรมที่ดิน" not in text


def test_a_widget_that_holds_the_posts_body_is_not_chrome(tmp_path: Path) -> None:
    """Blogger puts the post inside <div class="widget Blog">, beside widgets that are chrome (popular posts)."""
    post = "โรงพยาบาลบ้านแพ้ว (องค์การมหาชน) ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดีเด่น"
    side = "".join(f"<li><a href='/p/{i}'>ตารางออกตรวจแพทย์เฉพาะทาง เดือนที่ {i}</a></li>" for i in range(3))
    address = "โรงพยาบาลบ้านแพ้ว (องค์การมหาชน) 198 หมู่ 1 ถนนพระราม 2 ตำบลบ้านแพ้ว อำเภอบ้านแพ้ว จังหวัดสมุทรสาคร 74120"
    page = tmp_path / "blogger.html"
    page.write_text(
        "<html><body><div class='widget Blog' id='Blog1'><h3 class='post-title'>รพ.บ้านแพ้ว รับรางวัลเลิศรัฐ</h3>"
        f"<div class='post-body entry-content'><div>{post}</div></div></div>"
        f"<div class='widget PopularPosts'><h2>บทความยอดนิยม</h2><ul>{side}</ul></div>"
        f"<div>{address}</div></body></html>",
        encoding="utf-8",
    )
    text = sources.read(page).text
    assert post in text and "ตารางออกตรวจ" not in text


def test_a_pages_marked_posting_time_is_read_as_a_day_in_thailand(tmp_path: Path) -> None:
    """ "2025-08-21T17:30:00+00:00" is 22 August in Bangkok, the day the page prints."""
    body = "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ประกาศผลรางวัล DIGI Data Awards 2025 กรมควบคุมโรคได้รับรางวัล " * 3
    page = tmp_path / "dga.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2025-08-21T17:30:00+00:00"></head>'
        f"<body><article><h1>ประกาศผลรางวัล</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    assert sources.read(page).source.published == dt.date(2025, 8, 22)


def test_a_widget_that_holds_the_headline_and_the_story_is_not_chrome(tmp_path: Path) -> None:
    """Elementor wraps a page's headline and story in "elementor-widget-container"."""
    story = "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) จัดงานประกาศผลรางวัลรัฐบาลดิจิทัล ประจำปี 2567 ผลการตัดสินมีดังนี้ " * 3
    side = "".join(f"<li><a href='/p/{i}'>บริการของ สพร. รายการที่ {i} สำหรับหน่วยงานภาครัฐ</a></li>" for i in range(8))
    page = tmp_path / "elementor.html"
    page.write_text(
        f"<html><body><main><div class='elementor-widget-container'><h1>ประกาศผลรางวัล</h1><p>{story}</p></div></main>"
        f"<aside><div class='widget'><ul>{side}</ul></div></aside></body></html>",
        encoding="utf-8",
    )
    text = sources.read(page).text
    assert story.strip()[:80] in text and "รายการที่" not in text


def test_blocks_the_page_lays_out_inline_are_one_line(tmp_path: Path) -> None:
    """<div style="display:inline"> pieces of one sentence: a browser runs them into one line, and so does the text
    (the verb's line keeps its subject)."""
    intro = "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) จัดงานประกาศรางวัลรัฐบาลดิจิทัล ประจำปี 2566 ณ กรุงเทพมหานคร " * 2
    pieces = ("วันที่ 6 ธันวาคม 2566", "นายสมชาย ใจดี อธิบดีกรมการจัดหางาน", "รับรางวัลบริการดิจิทัลดีเด่น")
    inline = " ".join(f'<div style="display: inline;">{p}</div>' for p in pieces)
    page = tmp_path / "divsoup.html"
    page.write_text(
        f"<html><body><div><h1>กรมการจัดหางานรับรางวัล</h1><p>{intro}</p><div>{inline}</div>"
        '<div style="display:block">ผลงาน Smart Job Center</div></div></body></html>',
        encoding="utf-8",
    )
    text = sources.read(page).text
    assert " ".join(pieces) in text
    assert "\nผลงาน Smart Job Center" in text  # a block the style keeps a block
