"""Tooling for the project's local CKAN portal in the style of data.go.th.

Publishing has to be proven against a real CKAN, not a mock, so developers, tests and CI run one
on loopback. This package installs, configures, starts and stops it (``python -m portal up``,
wrapped by ``make portal``) and lets tests find it (:mod:`portal.local`). Everything it owns lives
under ``.portal/`` in the project. It uses the standard library only, so it runs before any
virtual environment exists.
"""
