"""Several real Tradewind instances on 127.0.0.1, configured as partners of each other.

Each portal has its own data directory, SQLite database and search index, and is
served by a real HTTP server on a loopback port chosen before its partner file
is written (so partner files can name each other). Worker rounds are run by the
test, in each portal's own app context, as the worker thread would.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import select

from marketplace.accounts.services import create_token, register_member
from marketplace.conversations import relay
from marketplace.core.db import db, unit_of_work
from marketplace.posting.deliverer import deliver_due
from marketplace.search.indexing import apply_pending
from tests.conftest import PASSWORD, make_app
from tests.partners.conftest import free_port, partner_toml
from tests.partners.servers import serving


class Portal:
    """One Tradewind of the network."""

    def __init__(self, root: Path, name: str, title: str, port: int | None = None):
        self.root, self.name, self.title = root / name, name, title
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.partners: list[dict] = []
        self.app = None

    def build(self) -> None:
        """Create the app once every partner is known."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / "partners.toml"
        path.write_text(partner_toml(*self.partners) if self.partners else "")
        self.app = make_app(
            self.root,
            SERVER_NAME=None,
            PARTNERS_FILE=str(path),
            PUBLIC_URL=self.url,
            PORTAL_NAME=self.name,
            PORTAL_TITLE=self.title,
            SQLALCHEMY_DATABASE_URI=f"sqlite:///{self.root}/tw.db",
        )

    def member(self, email: str, company: str, role: str = "exporter", country: str = "KR"):
        """A member with a company; returns its id."""
        with self.app.app_context():
            user = register_member(
                {"email": email, "password": PASSWORD, "role": role},
                {
                    "name": company,
                    "country": country,
                    "business_type": "buyer" if role == "buyer" else "trading",
                },
                confirmed=True,
            )
            db.session.commit()
            user_id = user.id
            db.session.remove()
        return user_id

    def partner_token(self, email: str, partner: str) -> str:
        """A partner token of ``partner`` (whose copies are listed under ``email``'s company)."""
        with self.app.app_context():
            from marketplace.accounts.services import find_user

            _, secret = create_token(find_user(email), "partner", partner=partner)
            db.session.commit()
            db.session.remove()
        return secret

    def client(self, email: str | None = None):
        """A test client, logged in as ``email`` when given."""
        client = self.app.test_client()
        if email:
            client.post("/login", data={"email": email, "password": PASSWORD})
        return client

    def work(self, rounds: int = 10) -> None:
        """Run the worker's postings, leads and index rounds until nothing is left to do."""
        with self.app.app_context():
            for _ in range(rounds):
                done = deliver_due() + relay.deliver_due()
                with unit_of_work():
                    done += apply_pending(self.app.config["SEARCH_INDEX_DIR"])
                db.session.remove()
                if not done:
                    break

    def rows(self, model, *where):
        """Detached rows of ``model`` (optionally filtered), in id order."""
        with self.app.app_context():
            found = list(db.session.scalars(select(model).where(*where).order_by(model.id)))
            for row in found:
                db.session.expunge(row)
            db.session.remove()
        return found

    def run(self, function, *args):
        """Call ``function(*args)`` in this portal's app context and commit."""
        with self.app.app_context():
            result = function(*args)
            db.session.commit()
            db.session.remove()
        return result


def portal_entry(peer: Portal, token_env: str | None = None, **flags) -> dict:
    """A partner-file entry naming ``peer`` as a portal partner."""
    entry = {
        "name": peer.name,
        "title": peer.title,
        "kind": "portal",
        "url": peer.url,
        "search": False,
        "post": False,
        "timeout": 2.0,
        **flags,
    }
    if token_env:
        entry["token_env"] = token_env
    return entry


def serve(stack: ExitStack, *portals: Portal) -> None:
    """Serve each portal on its own port for the rest of ``stack``."""
    for portal in portals:
        stack.enter_context(serving(portal.app, port=portal.port))
