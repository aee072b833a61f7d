"""Fixtures for meta-search tests: a portal configured with real partner servers."""

from __future__ import annotations

import socket

import pytest

from marketplace.core.db import db
from marketplace.partners.service import clear_cache
from tests.conftest import make_app


def free_port() -> int:
    """A loopback port nobody listens on (for a partner that is down)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def partner_toml(*entries: dict) -> str:
    """A partner file from dicts (nested dicts become sub-tables)."""
    blocks = []
    for entry in entries:
        lines = ["[[partners]]"]
        subtables = []
        for key, value in entry.items():
            if isinstance(value, dict):
                subtables.append((key, value))
            elif isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, (int, float)):
                lines.append(f"{key} = {value}")
            else:
                lines.append(f'{key} = "{value}"')
        for key, table in subtables:
            lines.append(f"[partners.{key}]")
            lines.extend(f'{k} = "{v}"' for k, v in table.items())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


@pytest.fixture
def portal_with(tmp_path):
    """``portal_with(*partner_dicts, **config)`` -> (app, client) of a portal using those partners."""
    made = []

    def build(*partners, **config):
        path = tmp_path / f"partners-{len(made)}.toml"
        path.write_text(partner_toml(*partners))
        app = make_app(tmp_path / f"portal-{len(made)}", PARTNERS_FILE=str(path), **config)
        made.append(app)
        clear_cache()
        return app, app.test_client()

    yield build
    clear_cache()
    for app in made:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
