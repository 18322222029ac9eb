# Thai award facts: sources/ -> extract -> build -> datapackage/ -> validate -> publish (CKAN).
# Every target installs what it needs first, so a new user's first command works.

SHELL := /bin/bash
PYTHON ?= python3
# The project's venv prefers the distribution's Python 3.11 where there is one: Debian builds it with PGO
# and LTO, which runs the extractor about 10% faster than a Python compiled without them (a pyenv default).
VENV_PYTHON ?= $(firstword $(wildcard /usr/bin/python3.11) $(PYTHON))
VENV := .venv
PY := $(VENV)/bin/python
PIPELINE := $(VENV)/bin/pipeline
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install apt-venv build validate test fuzz lint clean

help:  ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort

$(STAMP): pyproject.toml
	@$(VENV_PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	@$(VENV_PYTHON) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); $(MAKE) --no-print-directory apt-venv && $(VENV_PYTHON) -m venv $(VENV); }
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	@touch $@

install: $(STAMP)  ## create .venv and install the project with its dev tools

apt-venv:  # Debian splits venv out of Python: install it (as root, or with sudo) when it is missing
	@SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); V=$$($(VENV_PYTHON) -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq python3-venv "python$$V-venv" || \
	  { echo "cannot create a virtual environment: install python3-venv" >&2; exit 1; }

build: install  ## extract facts from sources/ and write datapackage/ (and refresh the docs' generated parts)
	$(PIPELINE) build
	@$(PY) -m pipeline.build.usedocs $(CONSUMER_DOCS) >/dev/null

validate: build  ## frictionless + business-rule validation of datapackage/
	$(PIPELINE) validate

lint: install  ## ruff
	$(VENV)/bin/ruff check pipeline tests bench portal tools
	$(VENV)/bin/ruff format --check pipeline tests bench portal tools

test: install portal  ## run the test suite (starts the local portal if needed)
	$(VENV)/bin/pytest

fuzz: install  ## long property-based runs (hypothesis, >= 10,000 examples each)
	$(VENV)/bin/pytest -m fuzz -p no:cacheprovider

clean:  ## remove the venv and caches (not the portal: see portal-reset)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

include mk/*.mk
