"""Registration, log-in, log-out and the `next` redirect, through the real pages."""

import pytest
from sqlalchemy import func, select

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.core.db import db
from tests.conftest import PASSWORD

VALID = {
    "role": "exporter",
    "name": "Kim",
    "email": "kim@hanbit.example",
    "password": PASSWORD,
    "company_name": "Hanbit Steel",
    "country": "KR",
    "city": "Busan",
    "business_type": "manufacturer",
    "size_class": "sme",
    "year_established": "1998",
    "website": "hanbit.example",
    "main_products": "pipes",
    "company_description": "We weld.",
}


def test_register_exporter_creates_member_and_company_and_logs_in(client):
    response = client.post("/register", data=VALID)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/my")  # the welcome, then the mailed link
    user = db.session.scalar(select(User).where(User.email == "kim@hanbit.example"))
    assert user.role == "exporter"
    assert user.company.name == "Hanbit Steel" and user.company.website == "https://hanbit.example"
    assert user.password_hash.startswith("$argon2id$")
    assert client.get("/my").status_code == 200


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("email", "not-an-email", "e-mail address such as"),
        ("password", "short", "at least 8 characters"),
        ("company_name", "", "This field is required"),
        ("country", "XX", "Choose one of the listed options"),
        ("year_established", "19x8", "Enter a year"),
        ("role", "operator", "Choose whether you sell"),
    ],
)
def test_register_bad_field_shows_message_and_saves_nothing(client, field, value, message):
    response = client.post("/register", data=VALID | {field: value})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(User)) == 0
    assert db.session.scalar(select(func.count()).select_from(Company)) == 0


def test_register_keeps_entered_values_but_not_password(client):
    html = client.post("/register", data=VALID | {"email": "bad"}).get_data(as_text=True)
    assert 'value="Hanbit Steel"' in html
    assert PASSWORD not in html


def test_duplicate_email_is_refused(client, member_factory):
    member_factory(email="kim@hanbit.example")
    response = client.post("/register", data=VALID | {"email": "KIM@hanbit.example"})
    assert response.status_code == 422
    assert "already exists" in response.get_data(as_text=True)


def test_login_wrong_password_and_right_password(client, member_factory):
    user = member_factory()
    bad = client.post("/login", data={"email": user.email, "password": "wrong password"})
    assert bad.status_code == 401
    assert "do not match" in bad.get_data(as_text=True)
    good = client.post("/login", data={"email": user.email.upper(), "password": PASSWORD})
    assert good.status_code == 302


@pytest.mark.parametrize(
    "next_url, expected",
    [
        ("/categories/minerals", "/categories/minerals"),
        ("https://evil.example/phish", "/my"),
        ("//evil.example/", "/my"),
        ("/\\evil.example", "/my"),
        ("javascript:alert(1)", "/my"),
    ],
)
def test_login_next_redirects_only_within_site(client, member_factory, next_url, expected):
    user = member_factory()
    response = client.post(
        "/login", data={"email": user.email, "password": PASSWORD, "next": next_url}
    )
    assert response.headers["Location"] == expected


def test_logout_ends_session(client, auth, member_factory):
    user = member_factory()
    auth.login(user.email)
    assert client.get("/my").status_code == 200
    auth.logout()
    response = client.get("/my")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_deactivated_member_cannot_log_in(client, member_factory):
    user = member_factory()
    user.active = False
    db.session.commit()
    assert (
        client.post("/login", data={"email": user.email, "password": PASSWORD}).status_code == 401
    )


def test_login_throttling_after_repeated_failures(client, member_factory):
    user = member_factory()
    for _ in range(5):
        assert (
            client.post("/login", data={"email": user.email, "password": "nope-nope"}).status_code
            == 401
        )
    blocked = client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert blocked.status_code == 429
    assert "Too many failed attempts" in blocked.get_data(as_text=True)
    other = member_factory()
    assert (
        client.post("/login", data={"email": other.email, "password": PASSWORD}).status_code == 302
    )
    # one address guessing many accounts is slowed down too
    for n in range(20):
        client.post("/login", data={"email": f"guess{n}@example.com", "password": "x" * 10})
    assert (
        client.post("/login", data={"email": other.email, "password": PASSWORD}).status_code == 429
    )


def test_blocked_member_is_logged_out_at_once(client, auth, member_factory):
    user = member_factory()
    auth.login(user.email)
    assert client.get("/my").status_code == 200
    user.active = False
    db.session.commit()
    response = client.get("/my")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_members_are_not_invited_to_register_on_the_home_page(client, auth, member_factory):
    assert "register as a buyer" in client.get("/").get_data(as_text=True)
    auth.login(member_factory("buyer", business_type="buyer").email)
    page = client.get("/").get_data(as_text=True)
    assert "register as a buyer" not in page and "register as an exporter" not in page
    assert "/offers/new" in page  # a buyer posts buying requests from here


def test_a_mail_without_smtp_is_written_where_make_run_shows_it(tmp_path):
    # A process of its own, as `make run` is: its standard error is what the terminal shows.
    import subprocess
    import sys

    script = (
        "from app import create_app\n"
        "from marketplace.core.mail import send_mail\n"
        f"app = create_app({{'DATA_DIR': {str(tmp_path)!r}, 'SECRET_KEY': 'x'}})\n"
        "with app.app_context():\n"
        "    send_mail('buyer@example.com', 'Your inquiry', 'Hello from Tradewind')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert "Hello from Tradewind" in done.stderr and "buyer@example.com" in done.stderr
