"""Background services with PID files: start detached, find, stop.

Services must outlive the ``make`` that started them, so they run in their own session with
their output in ``.portal/logs``. A PID file alone can point at a recycled PID, so a process is
only ours when its command line still contains the marker we started it with.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def port_open(port: int, host: str = "127.0.0.1", timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def running_pid(pid_file: Path, marker: str) -> int | None:
    """The PID recorded in ``pid_file`` if that process is alive and still the one we started."""
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if marker in _cmdline(pid) else None


def start(
    cmd: Sequence[str], pid_file: Path, log: Path, cwd: Path, marker: str, env: dict[str, str] | None = None
) -> int:
    """Start ``cmd`` detached; returns once it has exec'd (its command line shows ``marker``) or died."""
    log.parent.mkdir(parents=True, exist_ok=True)
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        process = subprocess.Popen(
            list(cmd),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=cwd,
            env=env,
            start_new_session=True,
        )
    pid_file.write_text(f"{process.pid}\n")
    # Until the child has exec'd, /proc shows the parent's command line and the PID looks foreign.
    wait_until(lambda: marker in _cmdline(process.pid) or process.poll() is not None, 10, interval=0.01)
    return process.pid


def wait_until(check: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(interval)
    return check()


def stop(pid_file: Path, marker: str, timeout: float = 15) -> bool:
    """Stop the process recorded in ``pid_file`` (TERM, then KILL); True if one was running."""
    pid = running_pid(pid_file, marker)
    pid_file.unlink(missing_ok=True)
    if pid is None:
        return False
    os.kill(pid, signal.SIGTERM)
    if not wait_until(lambda: not _alive(pid), timeout):
        os.kill(pid, signal.SIGKILL)
        wait_until(lambda: not _alive(pid), 5)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (our own child in tests) is dead for our purposes.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"
