"""``python -m portal up|stop|reset|status``: what the ``make portal*`` targets run.

``up`` first checks whether everything already answers and returns at once if so, because every
``make test`` calls it. The slow path holds a lock, since several engineers' test runs may start
it at the same moment on one machine.
"""

from __future__ import annotations

import argparse
import fcntl
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from portal import accounts, api, ckanenv, pgsql, procs, services, settings, system
from portal.settings import Settings


@contextmanager
def _lock(conf: Settings) -> Iterator[None]:
    conf.run.mkdir(parents=True, exist_ok=True)
    with (conf.run / "portal.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _ready(conf: Settings) -> bool:
    return (
        ckanenv.installed(conf)
        and ckanenv.ini_current(conf)
        and services.ours(conf, "ckan") is not None
        and services.solr_running(conf)
        and services.ckan_running(conf)
        and accounts.tokens_present(conf)
    )


def up(conf: Settings) -> None:
    if _ready(conf):
        system.say(f"running at {conf.url}")
        return
    started = time.monotonic()
    with _lock(conf):
        if _ready(conf):
            system.say(f"running at {conf.url}")
            return
        _bring_up(conf)
    system.say(f"ready at {conf.url} in {time.monotonic() - started:.0f} s")
    _summary(conf)


def _bring_up(conf: Settings) -> None:
    log = conf.log_file("setup")
    for path in (conf.home, conf.logs, conf.run, conf.storage, conf.state):
        path.mkdir(parents=True, exist_ok=True)
    conf.tokens.mkdir(mode=0o700, exist_ok=True)
    system.ensure_packages(log)
    reinstalled = ckanenv.ensure_venv(conf, log)
    secrets = accounts.load_secrets(conf)
    ini_changed = ckanenv.ensure_ini(conf, secrets, log)
    pgsql.ensure_running(log)
    pgsql.ensure_roles(conf, secrets["db_write"], secrets["db_read"], log)
    fresh = bool(pgsql.create_databases(conf, log))
    services.ensure_redis(conf)
    services.ensure_solr(conf)
    ckanenv.init_databases(conf, log, fresh)
    services.ensure_ckan(conf, restart=reinstalled or ini_changed or fresh)
    accounts.ensure_all(conf, secrets, log)


def _summary(conf: Settings) -> None:
    print(f"  CKAN        {conf.url}  (organization {settings.ORGANIZATION})")
    print(f"  tokens      {conf.tokens}/{{sysadmin,publisher,outsider}}.token")
    print(f"  publish env {conf.env_file}")
    print(f"  logs        {conf.logs}/")


def stop(conf: Settings) -> None:
    stopped = services.stop_all(conf)
    system.say(f"stopped {', '.join(stopped)}" if stopped else "nothing of ours was running")


def reset(conf: Settings) -> None:
    """Wipe the portal's data but keep its installation, so the next ``up`` is quick."""
    with _lock(conf):
        services.stop_all(conf)
        log = conf.log_file("setup")
        if pgsql.clusters():
            pgsql.ensure_running(log)
            pgsql.drop_databases(conf, log)
        for path in (conf.storage, conf.solr_data.parent, conf.tokens):
            shutil.rmtree(path, ignore_errors=True)
        conf.env_file.unlink(missing_ok=True)
        ckanenv.forget_state(conf)
    system.say("data wiped (databases, uploads, search index, tokens); run `make portal` to start afresh")


def status(conf: Settings) -> int:
    info = api.status(conf.url)
    rows = [
        ("CKAN", f"{conf.url} CKAN {info['ckan_version']}" if info else f"not answering at {conf.url}"),
        ("Solr stand-in", f"{conf.solr_url}" if services.solr_running(conf) else "not running"),
        ("Redis", "answering" if procs.port_open(settings.REDIS_PORT) else "not running"),
        ("PostgreSQL", ", ".join(f"{v}/{n} {s}" for v, n, s in pgsql.clusters()) or "no cluster"),
        ("installed", "yes" if ckanenv.installed(conf) else "no (or out of date)"),
        ("tokens", str(conf.tokens) if accounts.tokens_present(conf) else "missing"),
        ("logs", str(conf.logs)),
    ]
    for name, value in rows:
        print(f"  {name:<14}{value}")
    if info:
        print(f"  {'plugins':<14}{' '.join(info.get('extensions', []))}")
    return 0 if info and services.solr_running(conf) else 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m portal", description="The local CKAN portal.")
    parser.add_argument("command", choices=["up", "stop", "reset", "status"])
    command = parser.parse_args(argv).command
    conf = settings.load()
    try:
        if command == "up":
            up(conf)
        elif command == "stop":
            stop(conf)
        elif command == "reset":
            reset(conf)
        else:
            return status(conf)
    except (system.StepFailed, api.ApiError) as exc:
        print(f"portal: {exc}", file=sys.stderr)
        return 1
    return 0
