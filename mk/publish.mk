# Publishing targets (owned by pipeline/publish/).
# `make publish` publishes datapackage/ to CKAN_URL with CKAN_API_TOKEN (or CKAN_API_TOKEN_FILE); with
# CKAN_URL unset it starts the local portal and uses its publisher (organization editor) token.
# `make check` exits 3 when the portal differs from the package (drift), without changing anything.
.PHONY: publish check publish-dry-run
PUBLISH_REPORT ?= out/publish-report.json
PUBLISH_FLAGS ?=

define publish_with_target
	@set -euo pipefail; \
	if [ -z "$${CKAN_URL:-}" ]; then \
	  $(MAKE) --no-print-directory portal; \
	  [ -f .portal/portal.env ] || { echo "publish: .portal/portal.env is missing after make portal" >&2; exit 2; }; \
	  set -a; . ./.portal/portal.env; set +a; \
	fi; \
	mkdir -p $(dir $(PUBLISH_REPORT)); \
	$(PIPELINE) publish datapackage --json $(PUBLISH_REPORT) $(1) $(PUBLISH_FLAGS)
endef

publish: validate  ## publish datapackage/ to CKAN_URL (default: the local portal); prints the dataset URL
	$(call publish_with_target,)

check: validate  ## exit 3 if the portal differs from datapackage/ (drift), changing nothing
	$(call publish_with_target,--check)

publish-dry-run: validate  ## print what `make publish` would change, changing nothing
	$(call publish_with_target,--dry-run)
