# Benchmarks (owned by bench/; see bench/README.md). Not tests: they measure, write bench/results/*.json
# and print a table with each floor and whether it is met. `make bench BENCH="publishing memory"` runs some.
# The frictionless-py CKAN baseline needs frictionless's [ckan] extra, installed here at the same version.
.PHONY: bench
BENCH ?=

bench: install  ## run the benchmarks (starts the local portal); writes bench/results/*.json, prints a table
	@$(MAKE) --no-print-directory portal
	@$(PY) -c 'import frictionless_ckan_mapper' 2>/dev/null || \
	  $(VENV)/bin/pip install --quiet "frictionless[ckan]==$$($(PY) -c 'import frictionless; print(frictionless.__version__)')"
	$(PY) -m bench $(BENCH)
