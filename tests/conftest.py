"""Shared fixtures. ``local_portal``: the running local CKAN portal (``make portal``).

The fixture fails instead of skipping when the portal is down: a skipped test cannot fail, so a
missing portal would otherwise pass CI silently.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # pyproject's pythonpath = ["."] does this too; kept for direct runs
    sys.path.insert(0, str(ROOT))

from portal import local  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _own_validation_cache(tmp_path_factory: pytest.TempPathFactory):
    """`pipeline validate` remembers the packages that passed in $XDG_CACHE_HOME: the tests (and the CLI processes
    they start, which inherit the environment) use a cache of their own, not the user's ~/.cache."""
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def local_portal() -> local.LocalPortal:
    """URL, organization and the three users' tokens (and token files) of the local portal."""
    try:
        return local.load()
    except local.PortalUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
