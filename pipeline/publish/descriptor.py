"""The datapackage.json that goes on the portal: the local one with every path replaced by its portal URL.

Relative paths would resolve against the descriptor's own download URL and point nowhere, so a consumer
running `frictionless.Package(<datapackage.json URL>)` needs absolute URLs. Resource ids never change
on re-publish, so neither do these URLs, and this rendering changes only when the package does. Thai
stays UTF-8 text (no \\u escapes) so the file reads as it does locally.
"""

from __future__ import annotations

import copy
import json

from pipeline.publish.local import LocalPackage, resolve_schema


def render(package: LocalPackage, urls: dict[str, str]) -> bytes | None:
    """The published bytes, or None while some listed file has no portal URL yet (not uploaded)."""
    descriptor = copy.deepcopy(package.descriptor)
    for resource in descriptor["resources"]:
        path = resource.get("path")
        if path is None:
            continue
        paths = [path] if isinstance(path, str) else path
        if any(p not in urls for p in paths):
            return None
        resource["path"] = urls[path] if isinstance(path, str) else [urls[p] for p in paths]
        if isinstance(resource.get("schema"), str):
            resource["schema"] = resolve_schema(package.root, resource)
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")
