"""Start and stop the portal's own processes: Redis (when none runs), the Solr stand-in and CKAN.

A Redis or PostgreSQL that something else already runs is reused and never stopped by us; only
processes recorded in our PID files are ours to stop.
"""

from __future__ import annotations

import shutil

from portal import api, procs
from portal.ckanenv import ckan_env
from portal.settings import HOST, REDIS_PORT, Settings
from portal.system import StepFailed, python, say

CKAN_START_TIMEOUT = 90


def _marker(conf: Settings, service: str) -> str:
    """What identifies our process of ``service`` in its command line."""
    return {
        "ckan": str(conf.ini),
        "solr": str(conf.solr_data),
        "redis": "redis-server",
    }[service]


def ensure_redis(conf: Settings) -> None:
    if procs.port_open(REDIS_PORT):
        return
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    data = conf.home / "redis"
    data.mkdir(parents=True, exist_ok=True)
    say(f"starting Redis on {HOST}:{REDIS_PORT}")
    cmd = [server, "--bind", HOST, "--port", str(REDIS_PORT), "--save", "", "--appendonly", "no"]
    cmd += ["--dir", str(data)]
    procs.start(cmd, conf.pid_file("redis"), conf.log_file("redis"), cwd=data, marker=_marker(conf, "redis"))
    if not procs.wait_until(lambda: procs.port_open(REDIS_PORT), 15):
        raise StepFailed(f"Redis did not start; see {conf.log_file('redis')}")


def solr_running(conf: Settings) -> bool:
    return procs.port_open(conf.solr_port)


def ensure_solr(conf: Settings) -> None:
    if solr_running(conf):
        return
    say(f"starting the Solr stand-in on {HOST}:{conf.solr_port}")
    conf.solr_data.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        python(),
        "-m",
        "portal.solr_standin",
        "--port",
        str(conf.solr_port),
        "--data",
        str(conf.solr_data),
    ]
    procs.start(cmd, conf.pid_file("solr"), conf.log_file("solr"), cwd=conf.root, marker=_marker(conf, "solr"))
    if not procs.wait_until(lambda: solr_running(conf), 15):
        raise StepFailed(f"the Solr stand-in did not start; see {conf.log_file('solr')}")


def ckan_running(conf: Settings) -> bool:
    return api.status(conf.url) is not None


def start_ckan(conf: Settings) -> None:
    if procs.port_open(conf.port) and not ckan_running(conf):
        raise StepFailed(f"something else listens on {HOST}:{conf.port}; set PORTAL_PORT to use another port")
    say(f"starting CKAN on {conf.url}")
    cmd = [str(conf.ckan_bin), "-c", str(conf.ini), "run", "--host", HOST, "--port", str(conf.port)]
    cmd += ["--disable-reloader", "--threaded"]
    pid_file, marker = conf.pid_file("ckan"), _marker(conf, "ckan")
    procs.start(cmd, pid_file, conf.log_file("ckan"), cwd=conf.home, marker=marker, env=ckan_env())

    def up_or_dead() -> bool:
        return ckan_running(conf) or procs.running_pid(pid_file, marker) is None

    procs.wait_until(up_or_dead, CKAN_START_TIMEOUT, interval=0.3)
    if not ckan_running(conf):
        raise StepFailed(f"CKAN did not answer status_show at {conf.url}; see {conf.log_file('ckan')}")


def ensure_ckan(conf: Settings, restart: bool = False) -> None:
    if ckan_running(conf):
        if not restart:
            return
        if not stop(conf, "ckan"):
            raise StepFailed(f"a CKAN not started from {conf.home} answers at {conf.url}; stop it or set PORTAL_PORT")
    start_ckan(conf)


def stop(conf: Settings, service: str) -> bool:
    return procs.stop(conf.pid_file(service), _marker(conf, service))


def stop_all(conf: Settings) -> list[str]:
    """Stop CKAN, the Solr stand-in and our Redis; returns the names of those that were running."""
    return [service for service in ("ckan", "solr", "redis") if stop(conf, service)]


def ours(conf: Settings, service: str) -> int | None:
    return procs.running_pid(conf.pid_file(service), _marker(conf, service))
