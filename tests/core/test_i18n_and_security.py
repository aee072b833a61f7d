"""Language switching, CSRF protection and security headers."""

from pathlib import Path

from flask import Flask

from marketplace.core.db import db
from tests.conftest import csrf_token_from, make_app


def test_switch_to_korean_and_back(client):
    assert "Browse by category" in client.get("/").get_data(as_text=True)
    response = client.post("/language", data={"locale": "ko", "next": "/companies"})
    assert response.headers["Location"] == "/companies"
    html = client.get("/").get_data(as_text=True)
    assert 'lang="ko"' in html and "Browse by category" not in html
    client.post("/language", data={"locale": "en", "next": "/"})
    assert "Browse by category" in client.get("/").get_data(as_text=True)


def test_members_language_is_remembered_across_sessions(app, client, auth, member_factory):
    member = member_factory()
    auth.login(member.email)
    client.post("/language", data={"locale": "ko"})
    db.session.refresh(member)
    assert member.locale == "ko"
    fresh = app.test_client()
    fresh.post("/login", data={"email": member.email, "password": "correct horse battery"})
    assert 'lang="ko"' in fresh.get("/").get_data(as_text=True)


def test_browser_language_is_the_default(client):
    html = client.get("/", headers={"Accept-Language": "ko-KR,ko;q=0.9"}).get_data(as_text=True)
    assert 'lang="ko"' in html


def test_language_switch_refuses_offsite_next(client):
    response = client.post("/language", data={"locale": "ko", "next": "https://evil.example"})
    assert response.headers["Location"] == "/"


def test_forms_require_csrf_token(tmp_path):
    app: Flask = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    with app.app_context():
        client = app.test_client()
        refused = client.post("/register", data={"email": "a@b.example"})
        assert refused.status_code == 400
        assert "form has expired" in refused.get_data(as_text=True)
        token = csrf_token_from(client.get("/register").get_data(as_text=True))
        accepted = client.post("/register", data={"csrf_token": token, "email": "a@b.example"})
        assert accepted.status_code == 422  # past CSRF, on to field validation
        # the JSON API uses bearer tokens instead and is not subject to CSRF
        assert client.post("/api/v1/offers", json={}).status_code == 401
        db.session.remove()


def test_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_session_cookie_is_httponly_and_lax(client, auth, member_factory):
    member = member_factory()
    response = auth.login(member.email)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_secure_cookies_when_served_over_https(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEWIND_HTTPS", "1")
    app = make_app(tmp_path)
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]


def test_nul_bytes_are_refused_with_400_not_500(client):
    assert client.get("/search?q=steel%00").status_code == 400
    assert (
        client.post("/login", data={"email": "a\x00@b.example", "password": "x"}).status_code == 400
    )
    assert client.get("/api/v1/offers?q=%00").get_json()["error"]


def test_times_read_alike_on_every_page_and_follow_the_language(app):
    from datetime import UTC, datetime

    from flask_babel import force_locale

    from marketplace.web.templating import as_datetime

    moment = datetime(2026, 12, 1, 18, 56, tzinfo=UTC)
    with app.test_request_context():
        with force_locale("en"):
            assert as_datetime(moment) == "Dec 1, 2026, 6:56\u202fPM UTC"
        with force_locale("ko"):
            assert as_datetime(moment) == "2026. 12. 1. 오후 6:56 UTC"  # as Korean pages write it
    for template in (
        "conversations/inbox.html",
        "conversations/thread.html",
        "conversations/notifications.html",
        "offers/_postings.html",
    ):
        source = (Path(app.root_path) / "templates" / template).read_text()
        assert "strftime" not in source and "|datetime" in source
