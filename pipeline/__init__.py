"""Award facts from Thai government news, as a Frictionless data package for a CKAN portal.

Stages, each a module with one entry point, data flowing one way:
sources -> thai (normalization, dates) -> extract -> build -> validate -> publish.
"""

__version__ = "0.1.0"
