"""CKAN's own virtual environment, its ini file and its one-time database steps.

CKAN pins many libraries the project does not want, so it lives in its own venv under
``.portal/venv``. A stamp records what was installed (CKAN, scheming, and a hash of the project's
extension), so an unchanged install costs nothing and a changed extension is reinstalled.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from portal import inifile
from portal.pgsql import psql
from portal.settings import CKAN_VERSION, MAX_RESOURCE_SIZE_MB, SCHEMING_VERSION, Settings
from portal.system import StepFailed, python, run, say

PLUGINS = "activity scheming_datasets datastore datagothai"
_IGNORED = {"__pycache__", "build", "dist", "ckanext_datagothai.egg-info"}


def install_fingerprint(conf: Settings) -> str:
    digest = hashlib.sha256(f"ckan=={CKAN_VERSION} scheming=={SCHEMING_VERSION}\n".encode())
    for path in sorted(conf.extension.rglob("*")):
        if path.is_file() and not _IGNORED.intersection(path.relative_to(conf.extension).parts):
            digest.update(str(path.relative_to(conf.extension)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _stamp(conf: Settings) -> Path:
    return conf.venv / ".portal-installed"


def installed(conf: Settings) -> bool:
    try:
        return _stamp(conf).read_text().strip() == install_fingerprint(conf)
    except OSError:
        return False


def ensure_venv(conf: Settings, log: Path) -> bool:
    """Install or update CKAN's venv; True if anything was (re)installed."""
    if installed(conf):
        return False
    check_tools()
    pip = [str(conf.venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    if not (conf.venv / "bin" / "python").exists():
        say(f"creating CKAN's virtual environment in {conf.venv}")
        run([python(), "-m", "venv", str(conf.venv)], log, what="python -m venv")
    say(f"installing CKAN {CKAN_VERSION} and ckanext-scheming {SCHEMING_VERSION} (a minute or so)")
    run(
        [*pip, "install", f"ckan[requirements]=={CKAN_VERSION}", f"ckanext-scheming=={SCHEMING_VERSION}"],
        log,
        what="pip install ckan",
    )
    say("installing the project's CKAN extension ckanext-datagothai")
    # Built from a copy: pip builds local projects in place and would leave build/ in the repo.
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "ckanext-datagothai"
        shutil.copytree(conf.extension, source, ignore=lambda _d, names: _IGNORED.intersection(names))
        run(
            [*pip, "install", "--no-deps", "--force-reinstall", str(source)],
            log,
            what="pip install ckanext-datagothai",
        )
    _stamp(conf).write_text(install_fingerprint(conf) + "\n")
    return True


def ckan_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def ckan(conf: Settings, *args: str, log: Path, input: str | None = None, what: str | None = None) -> str:
    return run(
        [str(conf.ckan_bin), "-c", str(conf.ini), *args],
        log,
        input=input,
        cwd=conf.home,
        env=ckan_env(),
        what=what or f"ckan {' '.join(args[:2])}",
    )


def options(conf: Settings, secrets: dict[str, str]) -> dict[str, str]:
    write = f"{conf.role_write}:{secrets['db_write']}@127.0.0.1"
    read = f"{conf.role_read}:{secrets['db_read']}@127.0.0.1"
    return {
        "sqlalchemy.url": f"postgresql://{write}/{conf.db_main}",
        "ckan.datastore.write_url": f"postgresql://{write}/{conf.db_datastore}",
        "ckan.datastore.read_url": f"postgresql://{read}/{conf.db_datastore}",
        "ckan.site_url": conf.url,
        "ckan.site_title": "Local data.go.th-style portal (development)",
        "ckan.devserver.host": "127.0.0.1",
        "ckan.devserver.port": str(conf.port),
        "solr_url": conf.solr_url,
        "ckan.redis.url": conf.redis_url,
        "ckan.storage_path": str(conf.storage),
        "ckan.max_resource_size": str(MAX_RESOURCE_SIZE_MB),
        "ckan.plugins": PLUGINS,
        "scheming.dataset_schemas": "ckanext.datagothai:schemas/dataset.yaml",
        "scheming.presets": "ckanext.scheming:presets.json",
        "scheming.dataset_fallback": "false",
        "ckan.auth.user_create_organizations": "false",
        "ckan.auth.user_create_groups": "false",
        "ckan.auth.create_dataset_if_not_in_organization": "false",
        "ckan.locales_offered": "en th",
    }


def ensure_ini(conf: Settings, secrets: dict[str, str], log: Path) -> bool:
    """Write ``.portal/ckan.ini`` (generated once, for its secrets); True if it changed."""
    created = False
    if not conf.ini.exists():
        run([str(conf.ckan_bin), "generate", "config", str(conf.ini)], log, cwd=conf.home, env=ckan_env())
        created = True
    conf.ini.chmod(0o600)
    changed = inifile.set_options(conf.ini, "app:main", options(conf, secrets))
    changed |= inifile.set_options(conf.ini, "logger_ckanext", {"level": "INFO"})
    return created or changed


def ini_current(conf: Settings) -> bool:
    """Whether ``ckan.ini`` already has every setting this tooling wants (for the fast path)."""
    try:
        secrets = json.loads(conf.secrets.read_text())
        return not inifile.set_options(conf.ini, "app:main", options(conf, secrets), dry_run=True)
    except (OSError, ValueError, KeyError):
        return False


def _stamp_file(conf: Settings, step: str) -> Path:
    return conf.state / f"{step}.p{conf.port}.done"


def init_databases(conf: Settings, log: Path, fresh: bool) -> None:
    """Run the schema migrations and DataStore permissions once per database (again when ``fresh``)."""
    conf.state.mkdir(parents=True, exist_ok=True)
    fingerprint = install_fingerprint(conf)
    db_stamp = _stamp_file(conf, "db-init")
    if fresh or not db_stamp.exists() or db_stamp.read_text().strip() != fingerprint:
        say("initialising CKAN's database")
        ckan(conf, "db", "init", log=log)
        db_stamp.write_text(fingerprint + "\n")
    ds_stamp = _stamp_file(conf, "datastore-permissions")
    if fresh or not ds_stamp.exists():
        say("setting DataStore permissions")
        sql = ckan(conf, "datastore", "set-permissions", log=log)
        psql(sql, log)
        ds_stamp.write_text("ok\n")


def forget_state(conf: Settings) -> None:
    for step in ("db-init", "datastore-permissions"):
        _stamp_file(conf, step).unlink(missing_ok=True)


def check_tools() -> None:
    for tool in ("pg_config", "gcc"):
        if shutil.which(tool) is None:
            raise StepFailed(f"{tool} is needed to build psycopg2 (apt-get install libpq-dev gcc)")
