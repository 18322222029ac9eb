"""Where the local portal keeps its files and which addresses it uses.

One place for the paths and ports, because the tooling, the tests and the publisher all have to
agree on them. Database names carry the CKAN port, so a second checkout trying the portal on
another ``PORTAL_PORT`` gets its own databases instead of sharing (and resetting) the first one's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CKAN_VERSION = "2.11.6"
SCHEMING_VERSION = "3.1.0"
HOST = "127.0.0.1"
DEFAULT_PORT = 5050
DEFAULT_SOLR_PORT = 8983
REDIS_PORT = 6379
ORGANIZATION = "award-facts"
ORGANIZATION_TITLE = "ข้อมูลรางวัลหน่วยงานภาครัฐ (Thai government award facts)"
SYSADMIN = "ckan_admin"
PUBLISHER = "publisher"
OUTSIDER = "outsider"
USERS = (SYSADMIN, PUBLISHER, OUTSIDER)
# Headroom over the 250 MiB uploads the benchmarks need; CKAN counts this in MiB.
MAX_RESOURCE_SIZE_MB = 300


@dataclass(frozen=True)
class Settings:
    """Paths and ports of one local portal, derived from the project root and the environment."""

    root: Path
    port: int
    solr_port: int

    @property
    def home(self) -> Path:
        return self.root / ".portal"

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def solr_url(self) -> str:
        return f"http://{HOST}:{self.solr_port}/solr/ckan"

    @property
    def redis_url(self) -> str:
        return f"redis://{HOST}:{REDIS_PORT}/1"

    @property
    def venv(self) -> Path:
        return self.home / "venv"

    @property
    def ckan_bin(self) -> Path:
        return self.venv / "bin" / "ckan"

    @property
    def ini(self) -> Path:
        return self.home / "ckan.ini"

    @property
    def storage(self) -> Path:
        return self.home / "storage"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def run(self) -> Path:
        return self.home / "run"

    @property
    def state(self) -> Path:
        """Stamps of finished one-time steps; wiped by reset together with the data they describe."""
        return self.home / "state"

    @property
    def tokens(self) -> Path:
        return self.home / "tokens"

    @property
    def solr_data(self) -> Path:
        return self.home / "solr" / "index.json"

    @property
    def secrets(self) -> Path:
        return self.home / "secrets.json"

    @property
    def env_file(self) -> Path:
        return self.home / "portal.env"

    @property
    def extension(self) -> Path:
        return self.root / "portal" / "ckanext-datagothai"

    @property
    def db_main(self) -> str:
        return f"ckan_p{self.port}"

    @property
    def db_datastore(self) -> str:
        return f"datastore_p{self.port}"

    @property
    def role_write(self) -> str:
        return f"ckan_p{self.port}"

    @property
    def role_read(self) -> str:
        return f"datastore_ro_p{self.port}"

    def token_file(self, user: str) -> Path:
        name = "sysadmin" if user == SYSADMIN else user
        return self.tokens / f"{name}.token"

    def log_file(self, service: str) -> Path:
        return self.logs / f"{service}.log"

    def pid_file(self, service: str) -> Path:
        return self.run / f"{service}.pid"


def _port(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise SystemExit(f"{name} must be a TCP port number, not {raw!r}")
    return int(raw)


def load(root: Path | None = None) -> Settings:
    return Settings(
        root=root or ROOT,
        port=_port("PORTAL_PORT", DEFAULT_PORT),
        solr_port=_port("PORTAL_SOLR_PORT", DEFAULT_SOLR_PORT),
    )
