"""The Solr stand-in's query language, matching, sorting, facets and field lists."""

from __future__ import annotations

import json

import pytest

from portal.solr_standin import analysis, lucene
from portal.solr_standin.core import Core, SolrRequestError


def doc(key: str, **fields) -> dict:
    base = {
        "index_id": f"idx-{key}",
        "id": key,
        "name": f"dataset-{key}",
        "site_id": "default",
        "entity_type": "package",
        "dataset_type": "dataset",
        "state": "active",
        "capacity": "public",
        "permission_labels": ["public"],
        "data_dict": json.dumps({"name": f"dataset-{key}"}),
    }
    base.update(fields)
    return base


@pytest.fixture
def core() -> Core:
    core = Core("ckan")
    core.add(
        doc(
            "a",
            title="รางวัลเลิศรัฐ ปี 2566",
            notes="Public service awards of Thai agencies",
            tags=["นวัตกรรม", "เลิศรัฐ"],
            organization="award-facts",
            res_format=["CSV", "JSON"],
            metadata_modified="2024-05-01T10:00:00.123456Z",
            title_string="รางวัลเลิศรัฐ ปี 2566",
            views_recent=5,
        )
    )
    core.add(
        doc(
            "b",
            title="Water quality awards",
            notes="River data",
            tags=["water", "award"],
            organization="pcd",
            res_format=["CSV"],
            metadata_modified="2023-01-01T00:00:00Z",
            title_string="Water quality awards",
            views_recent=50,
        )
    )
    core.add(
        doc(
            "c",
            title="Draft dataset",
            state="draft",
            capacity="private",
            permission_labels=["member-org1"],
            tags=["นวัตกรรม"],
            organization="award-facts",
            metadata_modified="2022-06-01T00:00:00Z",
        )
    )
    return core


def ids(core: Core, **params) -> list[str]:
    params.setdefault("sort", "id asc")
    result = core.select({k: v if isinstance(v, list) else [str(v)] for k, v in params.items()})
    return [d["id"] for d in result["response"]["docs"]]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("*:*", ["a", "b", "c"]),
        ("", ["a", "b", "c"]),
        ("name:dataset-a", ["a"]),
        ('name:"dataset-b"', ["b"]),
        ('name:"dataset-a" OR id:"b"', ["a", "b"]),
        ("+state:active +capacity:public", ["a", "b"]),
        ("state:active AND -tags:water", ["a"]),
        ("state:active AND NOT tags:water", ["a"]),
        ("-state:draft", ["a", "b"]),
        ("tags:นวัตกรรม", ["a", "c"]),
        ('+permission_labels:("public" OR "member-org1")', ["a", "b", "c"]),
        ("+state:(active OR draft) +organization:award-facts", ["a", "c"]),
        ('+entity_type:package AND +(id:"a" OR name:"a") AND +site_id:"default"', ["a"]),
        ("title:water", ["b"]),
        ("title:WATERS", ["b"]),
        ("title:เลิศรัฐ", ["a"]),
        ('title:"quality awards"', ["b"]),
        ("name:dataset-*", ["a", "b", "c"]),
        ("name:dataset-?", ["a", "b", "c"]),
        ("title:wat*", ["b"]),
        ("organization:*", ["a", "b", "c"]),
        ("metadata_modified:[2023-01-01T00:00:00Z TO *]", ["a", "b"]),
        ("metadata_modified:{2023-01-01T00:00:00Z TO *]", ["a"]),
        ("metadata_modified:[* TO NOW]", ["a", "b", "c"]),
        ("metadata_modified:[NOW-1YEAR TO NOW]", []),
        ("views_recent:[10 TO 100]", ["b"]),
        ("river", ["b"]),
        ("text:นวัตกรรม", ["a", "c"]),
        ("name:dataset\\-a", ["a"]),
        ("(tags:water OR tags:เลิศรัฐ) AND res_format:CSV", ["a", "b"]),
        ("tags:water^2 OR tags:เลิศรัฐ", ["a", "b"]),
    ],
)
def test_lucene_queries(core, q, expected):
    assert ids(core, q=q, **{"q.op": "AND"}) == expected


def test_default_operator_or_makes_bare_clauses_optional(core):
    assert ids(core, q="tags:water tags:เลิศรัฐ") == ["a", "b"]
    assert ids(core, q="tags:water tags:เลิศรัฐ", **{"q.op": "AND"}) == []


def test_filter_queries_all_apply(core):
    assert ids(core, q="*:*", fq=["+site_id:default", "+state:active", "+permission_labels:(public)"]) == [
        "a",
        "b",
    ]


def test_dismax_searches_the_query_fields_with_minimum_match(core):
    dismax = {"defType": "dismax", "qf": "name^4 title^4 tags^2 groups^2 text", "mm": "2<-1 5<80%"}
    assert ids(core, q="water", **dismax) == ["b"]
    assert ids(core, q="นวัตกรรม", **dismax) == ["a", "c"]
    assert ids(core, q="water river", **dismax) == ["b"]
    assert ids(core, q="water เลิศรัฐ", **dismax) == []
    assert ids(core, q="water quality zebra", **dismax) == ["b"]  # 3 terms: one may miss


def test_dismax_scores_sort_the_better_match_first(core):
    result = core.select(
        {
            "q": ["awards"],
            "defType": ["dismax"],
            "qf": ["title^4 text"],
            "fl": ["id score"],
            "sort": ["score desc"],
        }
    )
    docs = result["response"]["docs"]
    assert [d["id"] for d in docs] == ["b", "a", "c"]  # title^4 beats text; ties keep index order
    assert docs[0]["score"] > docs[1]["score"] == docs[2]["score"]


@pytest.mark.parametrize("bad", ["title:(open", 'name:"open', "metadata_modified:[1 TO]", "a)"])
def test_syntax_errors_are_reported(core, bad):
    with pytest.raises(lucene.QuerySyntaxError):
        ids(core, q=bad)


def test_sort_orders_and_puts_missing_values_last(core):
    assert ids(core, sort="views_recent desc") == ["b", "a", "c"]
    assert ids(core, sort="views_recent asc") == ["a", "b", "c"]
    assert ids(core, sort="title_string asc, id desc") == ["b", "a", "c"]
    assert ids(core, sort="metadata_modified desc") == ["a", "b", "c"]


def test_a_bad_sort_is_refused_with_solrs_message(core):
    with pytest.raises(SolrRequestError, match="Can't determine a Sort Order"):
        ids(core, sort="title_string sideways")


def test_rows_and_start_page_through_results(core):
    assert ids(core, rows=2) == ["a", "b"]
    assert ids(core, rows=2, start=2) == ["c"]
    result = core.select({"q": ["*:*"], "rows": ["0"]})
    assert result["response"]["numFound"] == 3
    assert result["response"]["docs"] == []


def test_field_list_returns_stored_fields_only_in_their_shape(core):
    result = core.select({"q": ["id:a"], "fl": ["*"]})
    found = result["response"]["docs"][0]
    assert found["tags"] == ["นวัตกรรม", "เลิศรัฐ"]
    assert found["organization"] == "award-facts"
    assert "permission_labels" not in found and "title_string" not in found
    picked = core.select({"q": ["id:a"], "fl": ["id,data_dict"]})["response"]["docs"][0]
    assert set(picked) == {"id", "data_dict"}


def test_facets_count_values_over_all_matches(core):
    result = core.select(
        {
            "q": ["*:*"],
            "rows": ["1"],
            "facet": ["true"],
            "facet.field": ["tags", "organization", "res_format"],
            "facet.mincount": ["1"],
            "facet.limit": ["50"],
        }
    )
    fields = result["facet_counts"]["facet_fields"]
    assert fields["tags"] == ["นวัตกรรม", 2, "award", 1, "water", 1, "เลิศรัฐ", 1]
    assert fields["organization"] == ["award-facts", 2, "pcd", 1]
    assert fields["res_format"] == ["CSV", 2, "JSON", 1]


def test_facet_limit_sort_and_prefix(core):
    base = {"q": ["*:*"], "facet": ["true"], "facet.field": ["tags"]}
    limited = core.select({**base, "facet.limit": ["1"]})["facet_counts"]["facet_fields"]["tags"]
    assert limited == ["นวัตกรรม", 2]
    everything = core.select({**base, "facet.limit": ["-1"]})["facet_counts"]["facet_fields"]["tags"]
    assert everything[::2] == sorted(everything[::2])  # unlimited facets sort by value
    prefixed = core.select({**base, "facet.prefix": ["w"]})["facet_counts"]["facet_fields"]["tags"]
    assert prefixed == ["water", 1]
    per_field = core.select({**base, "f.tags.facet.limit": ["2"]})["facet_counts"]["facet_fields"]["tags"]
    assert len(per_field) == 4


def test_adding_a_document_again_replaces_it(core):
    core.add(doc("a", title="Renamed"))
    assert ids(core, q='title:"renamed"') == ["a"]
    assert core.select({"q": ["*:*"]})["response"]["numFound"] == 3


def test_delete_by_query_and_by_id(core):
    assert core.delete_query('+entity_type:package AND +(id:"b" OR name:"b") AND +site_id:"default"') == 1
    assert core.delete_ids(["idx-c", "missing"]) == 1
    assert ids(core) == ["a"]


def test_a_document_without_a_unique_key_is_refused():
    with pytest.raises(SolrRequestError, match="uniqueKey"):
        Core("x").add({"title": "no key"})


@pytest.mark.parametrize(
    ("spec", "optional", "needed"),
    [
        (None, 3, 3),
        ("100%", 4, 4),
        ("2<-1 5<80%", 2, 2),
        ("2<-1 5<80%", 3, 2),
        ("2<-1 5<80%", 10, 8),
        ("-1", 3, 2),
    ],
)
def test_minimum_should_match(spec, optional, needed):
    assert lucene.min_should_match(spec, optional) == needed


def test_date_math():
    from datetime import UTC, datetime

    now = datetime(2024, 3, 15, 12, 30, 0, tzinfo=UTC)
    assert analysis.date_bound("NOW", now) == "2024-03-15T12:30:00.000Z"
    assert analysis.date_bound("NOW-1DAY", now) == "2024-03-14T12:30:00.000Z"
    assert analysis.date_bound("NOW/DAY", now) == "2024-03-15T00:00:00.000Z"
    assert analysis.date_bound("NOW-2MONTHS/MONTH", now) == "2024-01-01T00:00:00.000Z"
    assert analysis.date_bound("2020-01-01T00:00:00Z", now) == "2020-01-01T00:00:00Z"
