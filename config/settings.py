"""Configuration for Tradewind.

Defaults live in :class:`Defaults`; :func:`load_config` layers the ``TRADEWIND_*``
environment variables on top. Secrets only ever come from the environment: when
``TRADEWIND_SECRET_KEY`` is unset a random key is generated and kept in the data
directory, so a fresh clone works and sessions survive a restart.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
from datetime import timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


class Defaults:
    """Settings every instance starts from."""

    DATA_DIR = str(REPO_ROOT / "var")
    # How this portal names itself to partner portals (the name they give it in their
    # partner files and partner tokens), and its title on their pages.
    PORTAL_NAME = "tradewind"
    PORTAL_TITLE = "Tradewind"
    PARTNERS_FILE = str(REPO_ROOT / "config" / "partners.toml")
    DEMO = True
    PORT = 5000

    BABEL_DEFAULT_LOCALE = "en"
    BABEL_TRANSLATION_DIRECTORIES = str(REPO_ROOT / "translations")
    LANGUAGES = {"en": "English", "ko": "한국어"}

    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    WTF_CSRF_TIME_LIMIT = None  # a form left open over lunch still submits

    # Uploads: five photos of at most 5 MB each, plus the form itself.
    MAX_CONTENT_LENGTH = 27 * 1024 * 1024
    MAX_PHOTO_BYTES = 5 * 1024 * 1024
    MAX_PHOTOS = 5
    API_MAX_BODY_BYTES = 1024 * 1024

    # argon2id cost; tests lower it so that a suite of logins stays fast.
    PASSWORD_TIME_COST = 2
    PASSWORD_MEMORY_COST = 19 * 1024  # KiB (OWASP minimum for argon2id)

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    # How long a log-in lasts at most, remembered or not (its server-side session ends then).
    REMEMBER_COOKIE_DURATION = timedelta(days=30)

    OFFER_DEFAULT_VALIDITY_DAYS = 90
    METASEARCH_DEADLINE = 3.0  # seconds for the whole meta-search, whatever partners do
    MAIL_SERVER = None  # SMTP host; without one, mail is written to the log
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    INQUIRIES_PER_HOUR = 20  # per member, against spam
    SEARCH_ENGINE = "whoosh"  # or "tantivy" (compiled; for large portals, docs/benchmarks.md)
    PER_PAGE = 20
    # Change-log rows every node has passed are pruned; rows older than this are pruned
    # even if a node has not (it rebuilds its index when it comes back).
    CHANGE_LOG_RETENTION_DAYS = 7
    # Photos and documents: "local" (a folder in the data directory: one machine) or
    # "database" (every web node serves every file: several machines, docs/deployment.md).
    FILE_STORAGE = "local"
    # STUN/TURN servers for the video rooms (RTCIceServer objects). None are needed when
    # the participants can reach each other directly (one network); across the Internet,
    # set TRADEWIND_ICE_SERVERS='[{"urls": "stun:stun.example.org:3478"}, {"urls":
    # "turn:turn.example.org:3478", "username": "u", "credential": "p"}]'.
    WEBRTC_ICE_SERVERS: list = []


def _bool(value: str) -> bool:
    return value.strip().lower() not in {"0", "false", "no", "off", ""}


def _secret_key(data_dir: Path) -> str:
    """Return the secret key from the environment, or one kept in the data directory."""
    key = os.environ.get("TRADEWIND_SECRET_KEY")
    if key:
        return key
    path = data_dir / "secret_key"
    try:
        # O_EXCL: of several processes starting at once, one writes the key, all read it.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        for _ in range(50):
            key = path.read_text().strip()
            if key:
                return key
            time.sleep(0.02)
        raise
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w") as f:
        f.write(key)
    return key


def load_config(overrides: dict | None = None) -> dict:
    """Build the settings mapping for :func:`app.create_app`.

    ``overrides`` (used by tests) win over the environment, which wins over defaults.
    """
    config = {k: v for k, v in vars(Defaults).items() if k.isupper()}
    env = os.environ
    if "TRADEWIND_DATA_DIR" in env:
        config["DATA_DIR"] = env["TRADEWIND_DATA_DIR"]
    if "TRADEWIND_PARTNERS" in env:
        config["PARTNERS_FILE"] = env["TRADEWIND_PARTNERS"]
    for name in ("PORTAL_NAME", "PORTAL_TITLE"):
        if f"TRADEWIND_{name}" in env:
            config[name] = env[f"TRADEWIND_{name}"]
    if "TRADEWIND_DEMO" in env:
        config["DEMO"] = _bool(env["TRADEWIND_DEMO"])
    if "TRADEWIND_NODE_NAME" in env:
        config["NODE_NAME"] = env["TRADEWIND_NODE_NAME"]
    if "TRADEWIND_FILE_STORAGE" in env:
        config["FILE_STORAGE"] = env["TRADEWIND_FILE_STORAGE"].strip().lower()
    if "TRADEWIND_SEARCH_ENGINE" in env:
        config["SEARCH_ENGINE"] = env["TRADEWIND_SEARCH_ENGINE"].strip().lower()
    if "TRADEWIND_METASEARCH_DEADLINE" in env:
        config["METASEARCH_DEADLINE"] = float(env["TRADEWIND_METASEARCH_DEADLINE"])
    if "TRADEWIND_POSTING_LEASE_SECONDS" in env:
        config["POSTING_LEASE_SECONDS"] = float(env["TRADEWIND_POSTING_LEASE_SECONDS"])
    for name in ("MAIL_SERVER", "MAIL_USERNAME", "MAIL_PASSWORD", "MAIL_FROM"):
        if f"TRADEWIND_{name}" in env:
            config[name] = env[f"TRADEWIND_{name}"]
    if "TRADEWIND_MAIL_PORT" in env:
        config["MAIL_PORT"] = int(env["TRADEWIND_MAIL_PORT"])
    if "TRADEWIND_MAIL_USE_TLS" in env:
        config["MAIL_USE_TLS"] = _bool(env["TRADEWIND_MAIL_USE_TLS"])
    if "TRADEWIND_ICE_SERVERS" in env:
        servers = json.loads(env["TRADEWIND_ICE_SERVERS"])
        if not isinstance(servers, list) or not all(
            isinstance(s, dict) and "urls" in s for s in servers
        ):
            raise ValueError('TRADEWIND_ICE_SERVERS: a JSON list of {"urls": ...} objects')
        config["WEBRTC_ICE_SERVERS"] = servers
    if _bool(env.get("TRADEWIND_HTTPS", "0")):
        # Served over HTTPS (directly or behind a TLS proxy): cookies never travel in clear.
        config["SESSION_COOKIE_SECURE"] = config["REMEMBER_COOKIE_SECURE"] = True
    if "PORT" in env:
        config["PORT"] = int(env["PORT"])
    config.setdefault(
        "PUBLIC_URL", env.get("TRADEWIND_PUBLIC_URL", f"http://127.0.0.1:{config['PORT']}")
    )
    config.update(overrides or {})

    data_dir = Path(config["DATA_DIR"]).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    config["DATA_DIR"] = str(data_dir)
    config.setdefault("PHOTO_DIR", str(data_dir / "photos"))
    from search_index.backends import NAMES

    if config["SEARCH_ENGINE"] not in NAMES:
        raise ValueError(
            f"TRADEWIND_SEARCH_ENGINE={config['SEARCH_ENGINE']!r}: choose one of {', '.join(NAMES)}"
        )
    if config["FILE_STORAGE"] not in ("local", "database"):
        raise ValueError(
            f"TRADEWIND_FILE_STORAGE={config['FILE_STORAGE']!r}: choose local or database"
        )
    # A node is a data directory with its own search index; its name shows on the
    # operators' health page and keys its position in the change log.
    config.setdefault("NODE_NAME", f"{socket.gethostname()}:{data_dir}")
    # One directory whatever the engine: an index another engine wrote is rebuilt (it
    # would also have missed the changes made while that engine was in use).
    config.setdefault("SEARCH_INDEX_DIR", str(data_dir / "index"))
    if "SQLALCHEMY_DATABASE_URI" not in config:
        config["SQLALCHEMY_DATABASE_URI"] = env.get(
            "TRADEWIND_DATABASE_URL", f"sqlite:///{data_dir / 'tradewind.db'}"
        )
    if "SECRET_KEY" not in config:
        config["SECRET_KEY"] = _secret_key(data_dir)
    return config
