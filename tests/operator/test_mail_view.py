"""Mails a demo portal writes to its log are listed for operators; a real portal keeps none."""

from datetime import timedelta

from sqlalchemy import func, select

from marketplace.core import mail
from marketplace.core.db import db, utcnow
from tests.conftest import PASSWORD


def forgot(client, email):
    return client.post("/password/forgot", data={"email": email})


def test_operators_read_the_mails_the_demo_wrote_to_its_log(
    app, client, operator, member_factory, caplog
):
    app.config["MAIL_VIEW"] = True
    member = member_factory("exporter")
    forgot(app.test_client(), member.email)
    assert "Reset your Tradewind password" in caplog.text  # the log, as make run shows it
    client.post("/login", data={"email": operator.email, "password": PASSWORD})
    assert "/operator/mail" in client.get("/operator").text
    page = client.get("/operator/mail").text
    assert (
        "Reset your Tradewind password" in page
        and member.email in page
        and "/password/reset/" in page
    )


def test_members_never_see_the_mail_view(app, client, member_factory):
    app.config["MAIL_VIEW"] = True
    member = member_factory("exporter")
    client.post("/login", data={"email": member.email, "password": PASSWORD})
    assert client.get("/operator/mail").status_code == 403


def test_a_portal_that_is_not_a_demo_keeps_no_mail(app, client, operator, member_factory):
    app.config["MAIL_VIEW"] = False
    forgot(app.test_client(), member_factory("exporter").email)
    assert db.session.scalar(select(func.count()).select_from(mail.LoggedMail)) == 0
    client.post("/login", data={"email": operator.email, "password": PASSWORD})
    assert client.get("/operator/mail").status_code == 404


def test_logged_mails_go_after_a_week(app, member_factory):
    app.config["MAIL_VIEW"] = True
    forgot(app.test_client(), member_factory("exporter").email)
    assert mail.prune_logged(utcnow() + timedelta(days=3)) == 0
    assert mail.prune_logged(utcnow() + timedelta(days=8)) == 1
