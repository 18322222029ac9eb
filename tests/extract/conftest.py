"""Shared by the extraction suites: the reviewed reference table, loaded once."""

from __future__ import annotations

import pytest

from pipeline.orgs import Reference


@pytest.fixture(scope="session")
def ref() -> Reference:
    return Reference.load()
