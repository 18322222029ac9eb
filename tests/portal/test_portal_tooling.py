"""The portal tooling's own pieces that need no running portal."""

from __future__ import annotations

import shutil
import socket
import stat
import sys

import pytest

from portal import accounts, ckanenv, inifile, local, procs, settings


def test_set_options_replaces_appends_and_reports_changes(tmp_path):
    ini = tmp_path / "ckan.ini"
    ini.write_text(
        "[DEFAULT]\ndebug = false\n\n[app:main]\n# a comment = kept\nsolr_url = http://x\n\n[loggers]\nkeys = root\n"
    )
    assert inifile.set_options(ini, "app:main", {"solr_url": "http://y", "ckan.plugins": "a b"}) is True
    assert inifile.get_option(ini, "app:main", "solr_url") == "http://y"
    assert inifile.get_option(ini, "app:main", "ckan.plugins") == "a b"
    assert inifile.get_option(ini, "loggers", "keys") == "root"
    assert "# a comment = kept" in ini.read_text()
    assert inifile.set_options(ini, "app:main", {"solr_url": "http://y"}) is False
    with pytest.raises(ValueError):
        inifile.set_options(ini, "nowhere", {"a": "b"})


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_load_fails_with_a_hint_when_the_portal_is_down(monkeypatch):
    monkeypatch.setenv("PORTAL_PORT", str(_closed_port()))
    with pytest.raises(local.PortalUnavailable, match="make portal"):
        local.load()


def test_settings_follow_the_port(monkeypatch):
    monkeypatch.setenv("PORTAL_PORT", "5151")
    monkeypatch.setenv("PORTAL_SOLR_PORT", "8999")
    conf = settings.load()
    assert conf.url == "http://127.0.0.1:5151"
    assert conf.solr_url == "http://127.0.0.1:8999/solr/ckan"
    assert (conf.db_main, conf.db_datastore) == ("ckan_p5151", "datastore_p5151")
    monkeypatch.setenv("PORTAL_PORT", "http")
    with pytest.raises(SystemExit):
        settings.load()


def test_private_files_are_0600(tmp_path):
    path = tmp_path / "tokens" / "x.token"
    accounts.write_private(path, "secret\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_install_fingerprint_follows_the_extension(tmp_path):
    conf = settings.Settings(root=tmp_path, port=5050, solr_port=8983)
    shutil.copytree(settings.ROOT / "portal" / "ckanext-datagothai", conf.extension)
    before = ckanenv.install_fingerprint(conf)
    (conf.extension / "build").mkdir()
    (conf.extension / "build" / "junk").write_text("x")
    assert ckanenv.install_fingerprint(conf) == before
    (conf.extension / "ckanext" / "datagothai" / "plugin.py").write_text("# changed\n")
    assert ckanenv.install_fingerprint(conf) != before


def test_stop_ends_only_the_process_it_started(tmp_path):
    pid_file = tmp_path / "run" / "sleeper.pid"
    marker = str(tmp_path / "marker")
    cmd = [sys.executable, "-c", "import sys, time; time.sleep(60)", marker]
    pid = procs.start(cmd, pid_file, tmp_path / "sleeper.log", cwd=tmp_path, marker=marker)
    assert procs.running_pid(pid_file, "someone-else") is None
    assert procs.running_pid(pid_file, marker) == pid
    assert procs.stop(pid_file, marker) is True
    assert not pid_file.exists()
    assert procs.stop(pid_file, marker) is False
