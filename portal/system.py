"""Commands on the host: Debian packages, running things as the postgres user, quiet subprocesses.

A fresh machine (and CI) has none of the services, so the tooling installs them itself, with sudo
when it is not root. Output of long steps goes to a log file and is shown only on failure, so a
normal run stays short and a failure still explains itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

APT_PACKAGES = ("postgresql", "redis-server", "libpq-dev")


class StepFailed(RuntimeError):
    """A setup step failed; the message says which and where its output is."""


def say(message: str) -> None:
    print(f"portal: {message}", flush=True)


def as_root(cmd: Sequence[str]) -> list[str]:
    return list(cmd) if os.geteuid() == 0 else ["sudo", "-n", *cmd]


def as_postgres(cmd: Sequence[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return ["sudo", "-n", "-u", "postgres", *cmd]


def run(
    cmd: Sequence[str],
    log: Path,
    *,
    input: str | None = None,
    cwd: Path | str | None = None,
    env: dict[str, str] | None = None,
    what: str | None = None,
) -> str:
    """Run ``cmd``, append its output to ``log``, return stdout; raise StepFailed with the log's tail."""
    log.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        list(cmd),
        input=input,
        capture_output=True,
        text=True,
        cwd=cwd or "/",
        env=env,
        check=False,
    )
    with log.open("a") as out:
        out.write(f"$ {' '.join(cmd[:4])}{' ...' if len(cmd) > 4 else ''}\n{result.stderr}")
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise StepFailed(f"{what or cmd[0]} failed (exit {result.returncode}); see {log}\n{tail}")
    return result.stdout


def missing_packages() -> list[str]:
    missing = []
    for package in APT_PACKAGES:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in probe.stdout:
            missing.append(package)
    return missing


def ensure_packages(log: Path) -> None:
    missing = missing_packages()
    if not missing:
        return
    if shutil.which("apt-get") is None:
        raise StepFailed(f"missing Debian packages {missing} and no apt-get to install them")
    say(f"installing Debian packages: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(as_root(["apt-get", "update", "-q"]), log, env=env, what="apt-get update")
    run(
        as_root(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]),
        log,
        env=env,
        what="apt-get install",
    )


def python() -> str:
    """The interpreter's real path: under pyenv, ``python`` is a shim whose PID is not the server's."""
    return os.path.realpath(sys.executable)
