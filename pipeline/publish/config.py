"""Where to publish and with which portal-specific settings.

Facts about the data (title, description, keywords, licence, sources, version, dates) come from
datapackage.json; this module only knows the portal: its URL, the token, the organization, the dataset
name and the data.go.th fields a data officer chooses (publish.toml). The environment overrides the file
so a CI job can point the same repository at another portal with two secrets.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.publish.errors import ConfigError

DEFAULT_CONFIG = Path("publish.toml")

# Keys that describe the data itself: a data officer must not override them in publish.toml, or the
# portal and the package would disagree about what the data is.
FACT_FIELDS = frozenset(
    {
        "title",
        "notes",
        "description",
        "tags",
        "tag_string",
        "keywords",
        "license_id",
        "data_source",
        "data_format",
        "version",
        "last_updated_date",
        "created_date",
        "url",
        "resources",
        "extras",
        "owner_org",
        "name",
    }
)


class Secret:
    """A token that cannot leak through repr(), str(), f-strings or tracebacks of dataclasses."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass
class Target:
    """A portal and a dataset on it; `fields` are the officer's data.go.th choices from publish.toml."""

    url: str
    dataset: str
    organization: str
    token: Secret | None = None
    fields: dict = field(default_factory=dict)
    timeout: float = 60.0
    upload_timeout: float = 600.0
    retries: int = 5
    datastore: str = "auto"  # "auto": push rows when the portal has the DataStore; "off": never

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/")
        check_transport(self.url, self.token)

    def dataset_url(self) -> str:
        return f"{self.url}/dataset/{self.dataset}"


def is_loopback(host: str) -> bool:
    """A loopback IP literal, or `localhost` itself (/etc/hosts). Not `*.localhost` or `localhost.localdomain`:
    the system resolver may ask DNS for those, and DNS can answer with any address."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_transport(url: str, token: Secret | None) -> None:
    """Refuse before any request to send a token where a network observer could read it."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"CKAN_URL must be an http(s) URL, got {url!r}")
    if token and parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigError(
            f"refusing to send the API token over plain http to {parts.hostname}: use https "
            "(plain http is allowed only for a portal on this machine's loopback)"
        )


def read_token(env: Mapping[str, str]) -> Secret | None:
    """The token comes only from the environment or a file named there, never from publish.toml."""
    value = env.get("CKAN_API_TOKEN", "").strip()
    if value:
        return Secret(value)
    path = env.get("CKAN_API_TOKEN_FILE", "").strip()
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"CKAN_API_TOKEN_FILE {path}: cannot read it ({exc.strerror})") from None
    if not text:
        raise ConfigError(f"CKAN_API_TOKEN_FILE {path} is empty")
    return Secret(text)


def read_config(path: Path | None) -> dict:
    if path is None or not path.exists():
        return {}
    import tomllib  # here: every `pipeline` command imports this module (for the default path), few read TOML

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def dataset_fields(config: dict, path: Path | None) -> dict:
    """The officer's fields, with TOML booleans written as data.go.th stores them ("True"/"False")."""
    section = dict(config.get("dataset", {}))
    section.pop("name", None)
    facts = sorted(FACT_FIELDS.intersection(section))
    if facts:
        raise ConfigError(
            f"{path}: {', '.join(facts)} describe the data and come from datapackage.json; remove them from [dataset]"
        )
    return {key: ("True" if value else "False") if isinstance(value, bool) else value for key, value in section.items()}


def load_target(
    config_path: Path | None = DEFAULT_CONFIG,
    env: Mapping[str, str] | None = None,
    *,
    url: str | None = None,
    dataset: str | None = None,
    organization: str | None = None,
) -> Target:
    """Explicit arguments beat the environment, which beats publish.toml."""
    env = os.environ if env is None else env
    config = read_config(config_path)
    portal = config.get("portal", {})
    url = url or env.get("CKAN_URL") or portal.get("url")
    if not url:
        raise ConfigError("no portal: set CKAN_URL (or [portal] url in publish.toml)")
    dataset = dataset or env.get("CKAN_DATASET") or config.get("dataset", {}).get("name")
    organization = organization or env.get("CKAN_ORGANIZATION") or portal.get("organization")
    if not dataset:
        raise ConfigError("no dataset name: set [dataset] name in publish.toml or CKAN_DATASET")
    if not organization:
        raise ConfigError("no organization: set [portal] organization in publish.toml or CKAN_ORGANIZATION")
    return Target(
        url=url,
        dataset=dataset,
        organization=organization,
        token=read_token(env),
        fields=dataset_fields(config, config_path),
        timeout=float(portal.get("timeout", 60)),
        upload_timeout=float(portal.get("upload_timeout", 600)),
        retries=int(portal.get("retries", 5)),
        datastore=str(portal.get("datastore", "auto")),
    )
