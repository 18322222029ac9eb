"""Set options in CKAN's ini file in place.

``ckan config-tool`` would do the same but loads all of CKAN (seconds) for each call; this keeps
``make portal`` fast and leaves comments and unrelated lines as ``ckan generate config`` wrote them.
"""

from __future__ import annotations

import re
from pathlib import Path

_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*$")
_OPTION = re.compile(r"^(?P<key>[^#;\s][^=]*?)\s*=")


def set_options(path: Path, section: str, options: dict[str, str], dry_run: bool = False) -> bool:
    """Give each key in ``section`` its value, appending missing keys; True if the file (would) change."""
    lines = path.read_text().splitlines()
    pending = dict(options)
    current = None
    end_of_section = None
    for index, line in enumerate(lines):
        header = _SECTION.match(line)
        if header:
            if current == section:
                end_of_section = index
            current = header.group("name")
            continue
        option = _OPTION.match(line)
        if current == section and option and option.group("key") in pending:
            key = option.group("key")
            lines[index] = f"{key} = {pending.pop(key)}"
    if current == section and end_of_section is None:
        end_of_section = len(lines)
    if end_of_section is None:
        raise ValueError(f"section [{section}] not found in {path}")
    lines[end_of_section:end_of_section] = [f"{key} = {value}" for key, value in pending.items()]
    text = "\n".join(lines) + "\n"
    if text == path.read_text():
        return False
    if not dry_run:
        path.write_text(text)
    return True


def get_option(path: Path, section: str, key: str) -> str | None:
    current = None
    for line in path.read_text().splitlines():
        header = _SECTION.match(line)
        if header:
            current = header.group("name")
            continue
        option = _OPTION.match(line)
        if current == section and option and option.group("key") == key:
            return line.split("=", 1)[1].strip()
    return None
