"""The stand-in answers the HTTP requests pysolr and CKAN 2.11 send, in the shapes they send them."""

from __future__ import annotations

import json
import xml.dom.minidom
from urllib.parse import urlencode

import pytest

from portal.solr_standin.protocol import Solr


@pytest.fixture
def solr():
    changes = []
    server = Solr(on_change=lambda: changes.append(1))
    server.changes = changes
    return server


def post(solr, path, body, content_type="application/json; charset=utf-8", query=""):
    data = body if isinstance(body, bytes) else body.encode()
    return solr.handle("POST", path, query, data, content_type)


def select(solr, **params):
    response = solr.handle("GET", "/solr/ckan/select/", urlencode(params, doseq=True), b"", "")
    assert response.status == 200, response.body
    return json.loads(response.body)


def test_schema_name_passes_ckans_version_check(solr):
    # CKAN asks the managed-schema address first and reads the root element's name: ckan-<version>.
    response = solr.handle("GET", "/solr/ckan/schema", "wt=schema.xml", b"", "")
    root = xml.dom.minidom.parseString(response.body).documentElement
    assert response.status == 200
    assert root.getAttribute("name") == "ckan-2.11"
    classic = solr.handle("GET", "/solr/ckan/admin/file/", "file=schema.xml", b"", "")
    assert xml.dom.minidom.parseString(classic.body).documentElement.getAttribute("name") == "ckan-2.11"
    as_json = json.loads(solr.handle("GET", "/solr/ckan/schema", "", b"", "").body)
    assert as_json["schema"]["uniqueKey"] == "index_id"


def test_pysolr_add_is_a_json_list_and_commit_is_a_query_parameter(solr):
    docs = [{"index_id": "i1", "id": "1", "name": "one", "tags": ["ก", "b"]}, {"index_id": "i2", "id": "2"}]
    response = post(solr, "/solr/ckan/update/", json.dumps(docs), query="commit=true")
    assert response.status == 200
    assert json.loads(response.body)["responseHeader"]["status"] == 0
    assert select(solr, q="*:*")["response"]["numFound"] == 2
    assert solr.changes


def test_pysolr_delete_by_query_and_commit_are_xml(solr):
    post(
        solr,
        "/solr/ckan/update/",
        json.dumps([{"index_id": "i1", "id": "1", "name": "one", "site_id": "default"}]),
    )
    query = '+entity_type:package AND +(id:"1" OR name:"1") AND +site_id:"default"'
    post(solr, "/solr/ckan/update/", f"<delete><query>{query}</query></delete>", "text/xml; charset=utf-8")
    assert select(solr, q="*:*")["response"]["numFound"] == 1  # entity_type missing: not deleted
    post(solr, "/solr/ckan/update/", '<delete><query>+site_id:"default"</query></delete>', "text/xml")
    post(solr, "/solr/ckan/update/", "<commit />", "text/xml", query="commit=true")
    assert select(solr, q="*:*")["response"]["numFound"] == 0


def test_xml_add_and_delete_by_id(solr):
    message = (
        '<add><doc><field name="index_id">x1</field><field name="id">1</field>'
        '<field name="tags">a</field><field name="title">รางวัล</field></doc>'
        '<doc><field name="index_id">x2</field><field name="tags">a</field>'
        '<field name="tags">b</field></doc></add>'
    )
    post(solr, "/solr/ckan/update", message, "text/xml")
    docs = select(solr, q="*:*", fl="*", sort="index_id asc")["response"]["docs"]
    assert docs[0]["tags"] == ["a"] and docs[0]["title"] == "รางวัล"
    assert docs[1]["tags"] == ["a", "b"]
    post(solr, "/solr/ckan/update", "<delete><id>x1</id></delete>", "text/xml")
    assert [d["index_id"] for d in select(solr, q="*:*", fl="index_id")["response"]["docs"]] == ["x2"]


def test_json_update_commands_with_repeated_keys(solr):
    body = (
        '{"add": {"doc": {"index_id": "1", "name": "a"}}, "add": {"doc": {"index_id": "2", "name": "b"}},'
        ' "add": {"doc": {"index_id": "3", "name": "c"}}, "delete": {"id": "2"},'
        ' "delete": {"query": "name:c"},'
        ' "commit": {}}'
    )
    post(solr, "/solr/ckan/update/json", body)
    assert [d["index_id"] for d in select(solr, q="*:*", fl="index_id")["response"]["docs"]] == ["1"]


def test_a_single_json_object_is_one_document(solr):
    post(solr, "/solr/ckan/update/json/docs", '{"index_id": "9", "name": "nine"}')
    assert select(solr, q="name:nine")["response"]["numFound"] == 1


def test_long_queries_arrive_as_a_form_post(solr):
    post(solr, "/solr/ckan/update/", json.dumps([{"index_id": "1", "name": "a"}]))
    body = urlencode({"q": "name:a", "fq": ["+name:a", "-name:zz" + "z" * 2000], "wt": "json"}, doseq=True)
    response = post(solr, "/solr/ckan/select/", body, "application/x-www-form-urlencoded; charset=utf-8")
    assert json.loads(response.body)["response"]["numFound"] == 1


def test_errors_come_back_as_solr_json_that_pysolr_reads(solr):
    response = solr.handle("GET", "/solr/ckan/select/", "q=title:(broken&wt=json", b"", "")
    assert response.status == 400
    assert "SyntaxError" in json.loads(response.body)["error"]["msg"]
    bad_sort = solr.handle("GET", "/solr/ckan/select/", "q=*:*&sort=title", b"", "")
    assert "Can't determine a Sort Order" in json.loads(bad_sort.body)["error"]["msg"]
    assert solr.handle("GET", "/solr/ckan/nowhere", "", b"", "").status == 404
    assert post(solr, "/solr/ckan/update", "<add><doc>", "text/xml").status == 400
    assert post(solr, "/solr/ckan/update", "[{]", "application/json").status == 400


def test_ping_and_the_banner_say_what_this_is(solr):
    assert json.loads(solr.handle("GET", "/solr/ckan/admin/ping", "", b"", "").body)["status"] == "OK"
    banner = solr.handle("GET", "/", "", b"", "").body.decode()
    assert "stand-in" in banner and "real Solr" in banner


def test_a_ckan_package_search_round_trip(solr):
    """The document CKAN indexes and the parameters package_search sends, as CKAN 2.11 builds them."""
    indexed = {
        "id": "5d8c",
        "name": "awards-2566",
        "title": "รางวัลเลิศรัฐ",
        "tags": ["นวัตกรรม"],
        "organization": "award-facts",
        "capacity": "public",
        "state": "active",
        "site_id": "default",
        "entity_type": "package",
        "dataset_type": "dataset",
        "permission_labels": ["public"],
        "metadata_modified": "2024-05-01T10:00:00.123456Z",
        "index_id": "0f1e",
        "validated_data_dict": json.dumps({"name": "awards-2566"}),
        "extras_data_type": "ข้อมูลสถิติ",
    }
    post(solr, "/solr/ckan/update/", json.dumps([indexed]), query="commit=true")
    params = {
        "q": "นวัตกรรม",
        "fq": ["+capacity:public  +state:(active)", '+site_id:"default"', '+permission_labels:("public")'],
        "rows": 21,
        "start": 0,
        "sort": "score desc, metadata_modified desc",
        "fl": "id validated_data_dict",
        "facet": "true",
        "facet.field": ["organization", "tags", "res_format", "license_id"],
        "facet.limit": 50,
        "facet.mincount": 1,
        "defType": "dismax",
        "tie": "0.1",
        "mm": "2<-1 5<80%",
        "qf": "name^4 title^4 tags^2 groups^2 text",
        "df": "text",
        "q.op": "AND",
        "wt": "json",
    }
    result = select(solr, **params)
    assert result["response"]["numFound"] == 1
    assert json.loads(result["response"]["docs"][0]["validated_data_dict"]) == {"name": "awards-2566"}
    assert result["facet_counts"]["facet_fields"]["tags"] == ["นวัตกรรม", 1]
    assert select(solr, q="ข้อมูลสถิติ", defType="dismax", qf="text")["response"]["numFound"] == 1
    get_index = {
        "q": 'name:"awards-2566" OR id:"awards-2566"',
        "rows": 1,
        "fq": '+site_id:"default" +entity_type:package',
    }
    assert select(solr, **get_index)["response"]["numFound"] == 1
