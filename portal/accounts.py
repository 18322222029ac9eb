"""Users, API tokens, the publishing organization and ``portal.env``.

The pipeline must prove it can publish as an organization editor, and security tests need a user
outside the organization, so the portal always has three accounts: a sysadmin for setup, the
``publisher`` (editor of ``award-facts`` only) and an ``outsider`` (member of nothing). Tokens are
checked against the portal and only replaced when they no longer work, so token files stay
stable across restarts. Token values are written to 0600 files and never printed.
"""

from __future__ import annotations

import json
import os
import secrets as random
from pathlib import Path

from portal import api, ckanenv
from portal.pgsql import psql
from portal.settings import (
    ORGANIZATION,
    ORGANIZATION_TITLE,
    OUTSIDER,
    PUBLISHER,
    SYSADMIN,
    USERS,
    Settings,
)
from portal.system import StepFailed, say

TOKEN_NAME = "local-portal"
_EMAILS = {
    SYSADMIN: "ckan-admin@example.org",
    PUBLISHER: "publisher@example.org",
    OUTSIDER: "outsider@example.org",
}
_FULLNAMES = {SYSADMIN: "Local portal sysadmin", PUBLISHER: "Pipeline publisher", OUTSIDER: "Outside user"}


def write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(text)
    path.chmod(0o600)


def load_secrets(conf: Settings) -> dict[str, str]:
    """Database and user passwords, made once and kept in ``.portal/secrets.json`` (0600)."""
    try:
        stored = json.loads(conf.secrets.read_text())
    except (OSError, ValueError):
        stored = {}
    wanted = ["db_write", "db_read", *(f"password_{user}" for user in USERS)]
    fresh = {key: random.token_hex(16) for key in wanted if key not in stored}
    if fresh or not conf.secrets.exists():
        write_private(conf.secrets, json.dumps({**stored, **fresh}, indent=2) + "\n")
    return {**stored, **fresh}


def _token_works(conf: Settings, user: str, token: str) -> bool:
    try:
        api.call(conf.url, "api_token_list", {"user_id": user}, token=token, timeout=10)
    except api.ApiError:
        return False
    return True


def _stored_token(conf: Settings, user: str) -> str | None:
    try:
        token = conf.token_file(user).read_text().strip()
    except OSError:
        return None
    if token and _token_works(conf, user, token):
        conf.token_file(user).chmod(0o600)
        return token
    return None


def _db_user(conf: Settings, user: str, log: Path) -> str:
    """'t' or 'f' (sysadmin flag) if ``user`` is active in CKAN's database, '' if not there."""
    out = psql(f"SELECT sysadmin FROM \"user\" WHERE name = '{user}' AND state = 'active';", log, conf.db_main)
    return out.strip()


def ensure_sysadmin(conf: Settings, secrets: dict[str, str], log: Path) -> str:
    """Create the sysadmin with CKAN's CLI (the API needs a token first) and return its token."""
    flag = _db_user(conf, SYSADMIN, log)
    if not flag:
        say(f"creating sysadmin {SYSADMIN}")
        ckanenv.ckan(
            conf,
            "user",
            "add",
            SYSADMIN,
            f"email={_EMAILS[SYSADMIN]}",
            f"password={secrets[f'password_{SYSADMIN}']}",
            f"fullname={_FULLNAMES[SYSADMIN]}",
            log=log,
            what="ckan user add",
        )
    if flag != "t":
        ckanenv.ckan(conf, "sysadmin", "add", SYSADMIN, log=log, what="ckan sysadmin add")
    token = _stored_token(conf, SYSADMIN)
    if token is None:
        say(f"creating an API token for {SYSADMIN}")
        out = ckanenv.ckan(conf, "user", "token", "add", SYSADMIN, TOKEN_NAME, log=log, what="ckan user token add")
        lines = [line.strip() for line in out.splitlines() if line.strip()]
        if not lines:
            raise StepFailed("ckan user token add printed no token")
        token = lines[-1]
        write_private(conf.token_file(SYSADMIN), token + "\n")
        if not _token_works(conf, SYSADMIN, token):
            raise StepFailed(f"the new {SYSADMIN} token is refused by {conf.url}")
    return token


def ensure_user(conf: Settings, admin_token: str, user: str, secrets: dict[str, str]) -> None:
    try:
        api.call(conf.url, "user_show", {"id": user}, token=admin_token)
    except api.ApiError as exc:
        if exc.status != 404:
            raise
        say(f"creating user {user}")
        api.call(
            conf.url,
            "user_create",
            {
                "name": user,
                "email": _EMAILS[user],
                "password": secrets[f"password_{user}"],
                "fullname": _FULLNAMES[user],
            },
            token=admin_token,
        )
    if _stored_token(conf, user) is None:
        say(f"creating an API token for {user}")
        result = api.call(conf.url, "api_token_create", {"user": user, "name": TOKEN_NAME}, token=admin_token)
        write_private(conf.token_file(user), result["token"] + "\n")


def ensure_organization(conf: Settings, admin_token: str) -> None:
    try:
        org = api.call(conf.url, "organization_show", {"id": ORGANIZATION}, token=admin_token)
    except api.ApiError as exc:
        if exc.status != 404:
            raise
        say(f"creating organization {ORGANIZATION}")
        api.call(
            conf.url,
            "organization_create",
            {
                "name": ORGANIZATION,
                "title": ORGANIZATION_TITLE,
                "description": "Organization the award-facts pipeline publishes to on the local portal.",
            },
            token=admin_token,
        )
    else:
        if org.get("state") != "active":
            api.call(conf.url, "organization_patch", {"id": ORGANIZATION, "state": "active"}, token=admin_token)
    api.call(
        conf.url,
        "organization_member_create",
        {"id": ORGANIZATION, "username": PUBLISHER, "role": "editor"},
        token=admin_token,
    )


def write_env_file(conf: Settings) -> None:
    text = f"CKAN_URL={conf.url}\nCKAN_API_TOKEN_FILE={conf.token_file(PUBLISHER)}\nCKAN_ORGANIZATION={ORGANIZATION}\n"
    if not conf.env_file.exists() or conf.env_file.read_text() != text:
        conf.env_file.write_text(text)


def ensure_all(conf: Settings, secrets: dict[str, str], log: Path) -> None:
    admin_token = ensure_sysadmin(conf, secrets, log)
    for user in (PUBLISHER, OUTSIDER):
        ensure_user(conf, admin_token, user, secrets)
    ensure_organization(conf, admin_token)
    write_env_file(conf)


def tokens_present(conf: Settings) -> bool:
    return all(conf.token_file(user).is_file() for user in USERS) and conf.env_file.is_file()
