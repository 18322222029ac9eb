"""The PostgreSQL side: start the Debian cluster, create the roles and databases, drop them on reset.

CKAN needs its main database and, for the DataStore, a second one owned by a write role plus a
read-only role. Everything is idempotent and passwords are re-applied every time, so the
databases always match ``.portal/secrets.json`` even after a manual change.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from portal import procs
from portal.settings import Settings
from portal.system import StepFailed, as_postgres, as_root, run, say

_SAFE = re.compile(r"^[a-z_][a-z0-9_]*$")


def _ident(name: str) -> str:
    if not _SAFE.match(name):
        raise ValueError(f"unsafe SQL identifier {name!r}")
    return name


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def psql(sql: str, log: Path, database: str = "postgres") -> str:
    return run(
        as_postgres(["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-d", database]),
        log,
        input=sql,
        what="psql",
    )


def clusters() -> list[tuple[str, str, str]]:
    """(version, name, status) of each Debian cluster."""
    out = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, check=False).stdout
    rows = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 4:
            rows.append((parts[0], parts[1], parts[3]))
    return rows


def ensure_running(log: Path) -> None:
    rows = clusters()
    if not rows:
        version = _installed_version()
        say(f"creating PostgreSQL {version} cluster 'main'")
        run(as_root(["pg_createcluster", version, "main"]), log, what="pg_createcluster")
        rows = clusters()
    if any(status == "online" for _, _, status in rows):
        return
    version, name, _ = rows[0]
    say(f"starting PostgreSQL cluster {version}/{name}")
    run(as_root(["pg_ctlcluster", version, name, "start"]), log, what="pg_ctlcluster start")
    if not procs.wait_until(lambda: procs.port_open(5432), 30):
        raise StepFailed("PostgreSQL did not start listening on 127.0.0.1:5432")


def _installed_version() -> str:
    versions = sorted(
        (p.name for p in Path("/usr/lib/postgresql").iterdir() if p.name.isdigit()), key=int, reverse=True
    )
    if not versions:
        raise StepFailed("no PostgreSQL server found under /usr/lib/postgresql")
    return versions[0]


def ensure_roles(conf: Settings, write_password: str, read_password: str, log: Path) -> None:
    statements = []
    for role, password in ((conf.role_write, write_password), (conf.role_read, read_password)):
        role = _ident(role)
        statements.append(
            f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_literal(role)}) "
            f"THEN CREATE ROLE {role} LOGIN; END IF; END$$;\n"
            f"ALTER ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {_literal(password)};\n"
        )
    psql("".join(statements), log)


def existing_databases(conf: Settings, log: Path) -> set[str]:
    names = (conf.db_main, conf.db_datastore)
    wanted = ", ".join(_literal(n) for n in names)
    out = psql(f"SELECT datname FROM pg_database WHERE datname IN ({wanted});", log)
    return {line.strip() for line in out.splitlines() if line.strip()}


def create_databases(conf: Settings, log: Path) -> list[str]:
    """Create the missing databases; returns the names created (their one-time steps must rerun)."""
    have = existing_databases(conf, log)
    created = []
    for name in (conf.db_main, conf.db_datastore):
        if name in have:
            continue
        say(f"creating database {name}")
        psql(
            f"CREATE DATABASE {_ident(name)} OWNER {_ident(conf.role_write)} ENCODING 'UTF8' "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;",
            log,
        )
        created.append(name)
    return created


def drop_databases(conf: Settings, log: Path) -> None:
    for name in (conf.db_main, conf.db_datastore):
        psql(f"DROP DATABASE IF EXISTS {_ident(name)} WITH (FORCE);", log)
