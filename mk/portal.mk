# Local CKAN portal in the style of data.go.th (owned by portal/; see portal/README.md).
# The tooling is standard-library Python, so it runs with the system python3 before any venv exists.
.PHONY: portal portal-stop portal-reset portal-status

portal:  ## start the local CKAN portal at http://127.0.0.1:5050 (installs it the first time)
	@$(PYTHON) -m portal up

portal-stop:  ## stop the local portal's CKAN, Solr stand-in and Redis
	@$(PYTHON) -m portal stop

portal-reset:  ## wipe the local portal's databases, uploads, index and tokens (keeps the install)
	@$(PYTHON) -m portal reset

portal-status:  ## show what of the local portal is running (exit 3 when it is not usable)
	@$(PYTHON) -m portal status
