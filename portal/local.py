"""Find the running local portal and its accounts, for tests, benchmarks and the publisher.

Fails loudly instead of skipping: a test that silently skips when the portal is down cannot fail,
so it proves nothing. Token values are kept out of ``repr`` so they never show in test reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from portal import api, settings


class PortalUnavailable(RuntimeError):
    """The local portal is not running or was never set up."""


@dataclass(frozen=True)
class LocalPortal:
    url: str
    organization: str
    sysadmin_token: str = field(repr=False)
    publisher_token: str = field(repr=False)
    outsider_token: str = field(repr=False)
    sysadmin_token_file: Path
    publisher_token_file: Path
    outsider_token_file: Path


def _read_token(path: Path) -> str:
    try:
        token = path.read_text().strip()
    except OSError:
        token = ""
    if not token:
        raise PortalUnavailable(f"API token file {path} is missing or empty: run `make portal`.")
    return token


def load(root: Path | None = None) -> LocalPortal:
    """Return the running local portal, or raise :class:`PortalUnavailable` saying what to run."""
    conf = settings.load(root)
    if api.status(conf.url, timeout=5) is None:
        raise PortalUnavailable(
            f"The local CKAN portal does not answer at {conf.url}: run `make portal` (logs in {conf.logs})."
        )
    files = {user: conf.token_file(user) for user in settings.USERS}
    tokens = {user: _read_token(path) for user, path in files.items()}
    return LocalPortal(
        url=conf.url,
        organization=settings.ORGANIZATION,
        sysadmin_token=tokens[settings.SYSADMIN],
        publisher_token=tokens[settings.PUBLISHER],
        outsider_token=tokens[settings.OUTSIDER],
        sysadmin_token_file=files[settings.SYSADMIN],
        publisher_token_file=files[settings.PUBLISHER],
        outsider_token_file=files[settings.OUTSIDER],
    )
