"""Registers the validators that make CKAN accept Thai tags as data.go.th does.

Plugins' validators are registered after CKAN's own and override them by name, which is how
``default_tags_schema`` and the scheming presets find them. ``tag_string_convert`` must be
replaced as well, because CKAN's version calls its module's tag validator directly.
"""

import ckan.plugins as p
from ckanext.datagothai import validators


class DataGoThaiPlugin(p.SingletonPlugin):
    p.implements(p.IValidators)

    def get_validators(self):
        return {
            "tag_name_validator": validators.tag_name_validator,
            "tag_string_convert": validators.tag_string_convert,
            "datagothai_require_tags": validators.require_tags,
            "datagothai_name_length": validators.name_length,
        }
