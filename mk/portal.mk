# Local CKAN portal targets (owned by portal/). Placeholder until the portal lands.
.PHONY: portal portal-stop portal-reset portal-status
portal:
	@echo "local portal: not built yet"
portal-stop portal-reset portal-status:
	@echo "local portal: not built yet"
