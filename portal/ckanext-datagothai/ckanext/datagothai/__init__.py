"""The project's CKAN extension: data.go.th's dataset schema and Thai keywords as tags."""
