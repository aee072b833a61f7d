"""Sessions that end for good, password changes, tokens shown once, an atomic log-in throttle."""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update

from marketplace.accounts import throttle
from marketplace.core.db import db, utcnow
from tests.conftest import PASSWORD
from tests.partners.servers import serving

NEW_PASSWORD = "a brand new passphrase"


def _login(app, email: str, password: str = PASSWORD, remember: bool = False):
    client = app.test_client()
    data = {"email": email, "password": password} | ({"remember": "1"} if remember else {})
    response = client.post("/login", data=data)
    assert response.status_code == 302, response.status_code
    return client


def _copy(app, source, names=("session", "remember_token")):
    """A second browser holding copies of ``source``'s cookies (as a thief would)."""
    thief = app.test_client()
    for name in names:
        cookie = source.get_cookie(name, domain="tradewind.test")
        if cookie is not None:
            thief.set_cookie(name, cookie.value, domain="tradewind.test")
    return thief


def _logged_in(client) -> bool:
    response = client.get("/my")
    return response.status_code == 200


def test_a_copied_cookie_stops_working_at_log_out(app, member_factory):
    member = member_factory()
    browser = _login(app, member.email)
    thief = _copy(app, browser, names=("session",))
    assert _logged_in(thief)  # the copy works while the session is open...
    browser.post("/logout")
    assert not _logged_in(browser)
    assert not _logged_in(thief)  # ...and not after log-out


def test_a_password_change_ends_every_other_session_and_remember_cookie(app, member_factory):
    member = member_factory()
    browser = _login(app, member.email)
    laptop = _login(app, member.email, remember=True)
    kept = _copy(app, laptop, names=("remember_token",))  # only the remember-me cookie
    assert _logged_in(kept)
    response = browser.post(
        "/my/password",
        data={"current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert _logged_in(browser)  # the browser that changed it stays logged in
    assert not _logged_in(laptop) and not _logged_in(kept)
    assert (
        app.test_client()
        .post("/login", data={"email": member.email, "password": PASSWORD})
        .status_code
        == 401
    )
    _login(app, member.email, NEW_PASSWORD)


@pytest.mark.parametrize(
    ("form", "field", "message"),
    [
        (
            {"current": "not my password", "new": NEW_PASSWORD, "confirm": NEW_PASSWORD},
            "current",
            "not your current password",
        ),
        ({"current": PASSWORD, "new": "short", "confirm": "short"}, "new", "at least 8"),
        (
            {"current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD + "x"},
            "confirm",
            "not the same",
        ),
    ],
)
def test_a_refused_password_change_says_why_and_changes_nothing(
    app, member_factory, form, field, message
):
    member = member_factory()
    browser = _login(app, member.email)
    other = _login(app, member.email)
    response = browser.post("/my/password", data=form)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert f'id="{field}-error"' in page and message in page.lower()
    assert _logged_in(browser) and _logged_in(other)  # no session was ended
    _login(app, member.email, PASSWORD)  # the old password still works


def test_log_out_everywhere_ends_every_device(app, member_factory):
    member = member_factory()
    phone, laptop = _login(app, member.email), _login(app, member.email, remember=True)
    response = phone.post("/my/sessions/end-all")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert not _logged_in(phone) and not _logged_in(laptop)


def test_my_page_lists_this_devices_session(app, member_factory):
    member = member_factory()
    browser = _login(app, member.email)
    _login(app, member.email)
    page = browser.get("/my").get_data(as_text=True)
    assert page.count("this device") == 1 and "Log out everywhere" in page


def test_a_new_api_token_is_shown_once_and_never_put_in_the_session_cookie(app, member_factory):
    member = member_factory()
    browser = _login(app, member.email)
    response = browser.post("/my/tokens", data={"name": "my ERP"})
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    page = response.get_data(as_text=True)
    secret = page.split('<code class="token">', 1)[1].split("</code>", 1)[0]
    assert secret.startswith("tw_")
    session_cookie = browser.get_cookie("session", domain="tradewind.test").value
    serializer = app.session_interface.get_signing_serializer(app)
    assert secret not in str(serializer.loads(session_cookie))
    assert secret not in browser.get("/my").get_data(as_text=True)  # never shown again
    api = app.test_client().get("/api/v1/offers", headers={"Authorization": f"Bearer {secret}"})
    assert api.status_code == 200


def test_thirty_simultaneous_wrong_passwords_get_at_most_five_checked(app, member_factory):
    email = member_factory().email  # read here: the threads have no app context
    db.session.commit()
    app.config["SERVER_NAME"] = None  # served on 127.0.0.1:<port>, not tradewind.test
    answers: list[int] = []
    with serving(app) as url:
        start = threading.Barrier(30)

        def guess(n: int) -> None:
            with httpx.Client(base_url=url, trust_env=False, timeout=60) as client:
                start.wait()
                form = {"email": email, "password": f"wrong guess {n}"}
                answers.append(client.post("/login", data=form).status_code)

        threads = [threading.Thread(target=guess, args=(n,)) for n in range(30)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(answers) == 30
        checked = answers.count(401)  # refused after checking the password
        assert checked <= throttle.MAX_PER_ACCOUNT and answers.count(429) == 30 - checked
        # The right password is refused too while the account waits.
        with httpx.Client(base_url=url, trust_env=False) as client:
            right = client.post("/login", data={"email": email, "password": PASSWORD})
            assert right.status_code == 429


def test_a_log_in_ends_after_the_remember_duration_even_if_remembered(app, member_factory):
    from marketplace.accounts.models import LoginSession

    member = member_factory()
    laptop = _login(app, member.email, remember=True)
    assert _logged_in(laptop)
    db.session.execute(
        update(LoginSession).values(
            created_at=utcnow() - app.config["REMEMBER_COOKIE_DURATION"] - timedelta(minutes=1)
        )
    )
    db.session.commit()
    assert not _logged_in(laptop)


def test_guessing_the_current_password_on_the_change_form_is_throttled(app, member_factory):
    member = member_factory()
    browser = _login(app, member.email)
    wrong = {"current": "a guess", "new": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    codes = [browser.post("/my/password", data=wrong).status_code for _ in range(7)]
    assert codes[:5] == [422] * 5 and codes[5:] == [429, 429]
    right = {"current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    assert browser.post("/my/password", data=right).status_code == 429  # waits too
