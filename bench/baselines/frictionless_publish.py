"""frictionless-py's own CKAN publish: `Package.publish(control=CkanControl(...))`, as a user would run it.

usage: frictionless_publish.py PACKAGE_DIR BASEURL DATASET ORGANIZATION FIELDS_JSON [--update]
The token comes from CKAN_API_TOKEN. `--update` sets `allow_update` (package_update instead of
package_create), which a second run needs since the dataset exists.

One adaptation, so it can publish to a data.go.th-style portal at all: frictionless-ckan-mapper puts every
key CKAN core does not know into `extras`, and the portal's schema requires the data.go.th fields as
top-level keys (and refuses them in extras). The mapper's output gets the same top-level dataset fields
our publisher sends (FIELDS_JSON). What frictionless requests, and in which order, is untouched.
"""

from __future__ import annotations

import json
import os
import sys

import frictionless_ckan_mapper.frictionless_to_ckan as f2c
from frictionless import Package
from frictionless.portals import CkanControl


def main(argv: list[str]) -> int:
    package_dir, baseurl, dataset, organization, fields_path = argv[:5]
    update = "--update" in argv
    with open(fields_path, encoding="utf-8") as handle:
        fields = json.load(handle)
    original = f2c.package

    def package(descriptor: dict) -> dict:
        mapped = original(descriptor)
        extras = [e for e in mapped.get("extras", []) if e["key"] not in fields]
        mapped.pop("extras", None)
        if extras:
            mapped["extras"] = extras
        mapped.update(fields)
        return mapped

    f2c.package = package
    control = CkanControl(
        baseurl=baseurl,
        dataset=dataset,
        apikey=os.environ["CKAN_API_TOKEN"],
        organization_name=organization,
        allow_update=update,
    )
    pkg = Package(os.path.join(package_dir, "datapackage.json"))
    pkg.name = dataset
    result = pkg.publish(control=control)
    print(json.dumps({"url": getattr(result, "url", None)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
