"""Plain ckanapi, as a user would script it: every file uploaded on every run.

usage: ckanapi_publish.py PACKAGE_DIR BASEURL DATASET FIELDS_JSON
First run (no dataset): package_create, then resource_create(upload=...) per file. Later runs:
package_show, then resource_update(upload=...) for every file (resource_create for a new one).
The token comes from CKAN_API_TOKEN. Files are the package's files, named by their path in the package.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ckanapi import NotFound, RemoteCKAN


def files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def main(argv: list[str]) -> int:
    root, baseurl, dataset, fields_path = Path(argv[0]), argv[1], argv[2], argv[3]
    fields = json.loads(Path(fields_path).read_text("utf-8"))
    with RemoteCKAN(baseurl, apikey=os.environ["CKAN_API_TOKEN"]) as ckan:
        try:
            existing = {r["name"]: r["id"] for r in ckan.action.package_show(id=dataset)["resources"]}
            package_id = dataset
        except NotFound:
            package_id = ckan.action.package_create(**fields)["id"]
            existing = {}
        for path in files(root):
            name = path.relative_to(root).as_posix()
            with path.open("rb") as upload:
                if name in existing:
                    ckan.action.resource_update(id=existing[name], name=name, upload=upload)
                else:
                    ckan.action.resource_create(package_id=package_id, name=name, upload=upload)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
