"""The operators' console: every queue with what waits in it, and the hidden offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from flask import Blueprint, abort, render_template, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace.catalog import exchange_rates as rates
from marketplace.conversations import inquiries
from marketplace.core import mail
from marketplace.core.db import db, utcnow
from marketplace.offers import services as offers
from marketplace.partners import health
from marketplace.posting import services as posting
from marketplace.trust import payee, reports, verification
from marketplace.web.handling import role_required

bp = Blueprint("operator", __name__)


@dataclass(frozen=True)
class Queue:
    """One line of the console: what waits, how many, and where to act on it."""

    title: object
    count: int
    url: str
    explains: object


def queues() -> list[Queue]:
    """The console's queues, in the order an operator works through them."""
    now = utcnow()
    stale_before = now.date() - timedelta(days=rates.STALE_AFTER_DAYS)
    return [
        Queue(
            _l("Companies waiting for verification"),
            len({e.company_id for e in verification.queue()}),
            url_for("trust.queue"),
            _l("Registration numbers and certificates to check against their documents."),
        ),
        Queue(
            _l("Bank accounts to verify"),
            len(payee.pending()),
            url_for("trust.queue") + "#payee",
            _l("Accounts companies registered for payments; confirm them with the bank."),
        ),
        Queue(
            _l("Reports to decide"),
            reports.open_count(),
            url_for("trust.cases"),
            _l("Offers and companies members reported: dismiss, warn, hide or block."),
        ),
        Queue(
            _l("Conversations reported as spam"),
            len(inquiries.spam_reports()),
            url_for("conversations.spam_reports"),
            _l("Threads a company reported; close the report or block the sender."),
        ),
        Queue(
            _l("Hidden offers"),
            offers.hidden_count(),
            url_for("operator.hidden_offers"),
            _l("Offers operators hid, with the reason their owners read."),
        ),
        Queue(
            _l("Failed postings to partner sites"),
            posting.failed_count(),
            url_for("partners.operator_page"),
            _l("Offers a partner site refused or never answered for; retry from the offer."),
        ),
        Queue(
            _l("Partner sites with trouble"),
            len({s.partner for s in health.troubled(now)}),
            url_for("partners.operator_page"),
            _l("Paused, or failing lately: meta-search and postings skip or retry them."),
        ),
        Queue(
            _l("Old exchange rates"),
            sum(1 for r in rates.table().values() if r.as_of < stale_before),
            url_for("deals.exchange_rates"),
            _l("Rates used to compare quotations that are more than two weeks old."),
        ),
    ]


@bp.get("/operator")
@role_required("operator")
def console():
    """Where an operator starts: each queue with its count."""
    return render_template(
        "operator/console.html", queues=queues(), mail_view=mail.mail_view_enabled()
    )


@bp.get("/operator/hidden-offers")
@role_required("operator")
def hidden_offers():
    """Offers hidden by operators, with why, and a way to show each again."""
    return render_template("operator/hidden_offers.html", offers=offers.hidden_offers())


@bp.get("/operator/mail")
@role_required("operator")
def logged_mail():
    """The mails a demo portal wrote to its log instead of sending (newest first)."""
    if not mail.mail_view_enabled():
        abort(404)
    rows = db.session.scalars(
        select(mail.LoggedMail).order_by(mail.LoggedMail.id.desc()).limit(100)
    ).all()
    return render_template("operator/mail.html", mails=rows)
