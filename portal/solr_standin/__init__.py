"""A small Solr stand-in for the local CKAN portal. Test tooling: not Solr, not for production.

CKAN 2.11 indexes every dataset write in Solr and refuses the write when Solr is unreachable,
yet Apache Solr cannot be installed on the project's machines (no Debian or PyPI package, no
other downloads). This standard-library server on 127.0.0.1 answers the requests CKAN and pysolr
make: updates (add, delete by id or query, commit; JSON and XML), select with ``q`` (Lucene and
dismax), ``fq``, ``rows``, ``start``, ``sort``, ``fl`` and facet fields, and the schema-version
check. Documents live in memory and are saved to a JSON file. Text matching is simpler than
Solr's analysis (see :mod:`portal.solr_standin.analysis`). A real deployment points CKAN's
``solr_url`` at a real Solr with CKAN's schema.
"""
