"""Validators of the data.go.th style.

Stock CKAN checks tag characters with ``isalnum()``-based ``\\w``, which is false for Thai vowel
and tone marks, so a keyword such as ``นวัตกรรม`` is refused. data.go.th accepts letters, marks
and digits of the Thai block besides word characters, space, ``-``, ``.`` and ``_``.
"""

import unicodedata
from itertools import count

from ckan.common import _
from ckan.lib.navl.dictization_functions import Invalid, StopOnError, missing
from ckan.logic.validators import tag_length_validator

MAX_NAME_LENGTH = 70


def _allowed(ch):
    if ch.isalnum() or ch in " -._":
        return True
    return "\u0e00" <= ch <= "\u0e7f" and unicodedata.category(ch)[0] in "LMN"


def tag_name_validator(value, context):
    if not all(_allowed(ch) for ch in value):
        raise Invalid(
            _(
                'Tag "%s" can only contain alphanumeric characters (Thai included), spaces (" "), '
                'hyphens ("-"), underscores ("_") or dots (".")'
            )
            % value
        )
    return value


def tag_string_convert(key, data, errors, context):
    """CKAN's ``tag_string_convert`` with this module's tag validator."""
    if isinstance(data[key], str):  # noqa: SIM108 (as in CKAN's own tag_string_convert: clearer than a ternary)
        tags = [tag.strip() for tag in data[key].split(",") if tag.strip()]
    else:
        tags = data[key]
    current_index = max([int(k[1]) for k in data if len(k) == 3 and k[0] == "tags"] + [-1])
    for num, tag in zip(count(current_index + 1), tags):
        data[("tags", num, "name")] = tag
    for tag in tags:
        tag_length_validator(tag, context)
        tag_name_validator(tag, context)


def require_tags(key, data, errors, context):
    """Keywords are required, given either as ``tag_string`` or as a ``tags`` list."""
    value = data.get(key)
    if value is missing or value is None or value == "" or value == []:
        has_tags = any(len(k) == 3 and k[0] == "tags" and k[2] == "name" and data[k] for k in data)
        if not has_tags:
            errors[key].append(_("Missing value"))
        raise StopOnError


def name_length(value, context):
    if isinstance(value, str) and len(value) > MAX_NAME_LENGTH:
        raise Invalid(_("Name must be at most %d characters long") % MAX_NAME_LENGTH)
    return value
