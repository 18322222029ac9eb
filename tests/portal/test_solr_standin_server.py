"""The stand-in's HTTP server and its persistence to disk."""

from __future__ import annotations

import json
import threading
import urllib.request
from http.server import ThreadingHTTPServer

import pytest

from portal import settings
from portal.solr_standin.protocol import Solr
from portal.solr_standin.server import Handler, Persister


def test_documents_survive_a_restart(tmp_path):
    path = tmp_path / "index.json"
    first = Solr()
    first.core("ckan").add({"index_id": "1", "title": "รางวัล", "tags": ["a", "b"]})
    first.core("other").add({"id": "x"})
    Persister(path, first).flush()
    second = Solr()
    assert Persister(path, second).load() == 2
    found = second.core("ckan").select({"q": ["title:รางวัล"], "fl": ["*"]})["response"]["docs"]
    assert found == [{"index_id": "1", "title": "รางวัล", "tags": ["a", "b"]}]
    assert json.loads(path.read_text())["format"] == 1


def test_an_unreadable_index_is_moved_aside(tmp_path):
    path = tmp_path / "index.json"
    path.write_text("{not json")
    assert Persister(path, Solr()).load() == 0
    assert (tmp_path / "index.broken").exists() and not path.exists()


def test_a_missing_index_starts_empty(tmp_path):
    assert Persister(tmp_path / "none.json", Solr()).load() == 0


def test_the_http_handler_serves_keep_alive_requests():
    solr = Solr()
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (Handler,), {"solr": solr}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/solr/ckan"
    try:
        request = urllib.request.Request(
            f"{base}/update/?commit=true",
            data=json.dumps([{"index_id": "1", "name": "one"}]).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert json.load(response)["responseHeader"]["status"] == 0
        with urllib.request.urlopen(f"{base}/select/?q=name:one&wt=json", timeout=5) as response:
            assert json.load(response)["response"]["numFound"] == 1
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.portal
def test_the_running_stand_in_answers_ckans_schema_check(local_portal):
    url = settings.load().solr_url
    with urllib.request.urlopen(f"{url}/schema?wt=schema.xml", timeout=5) as response:
        assert b'name="ckan-2.11"' in response.read()
    with urllib.request.urlopen(f"{url}/select/?q=*:*&rows=0&wt=json", timeout=5) as response:
        assert json.load(response)["response"]["numFound"] >= 0
