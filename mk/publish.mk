# Publishing targets (owned by pipeline/publish/). Placeholder until the publisher lands.
.PHONY: publish check
publish: validate
	@echo "publisher: not built yet" >&2; exit 1
