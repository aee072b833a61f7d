"""Interface language: chosen by the visitor, remembered for members, else from the browser."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, has_request_context, redirect, request, session
from flask_login import current_user

from marketplace.core.urls import safe_next

bp = Blueprint("i18n", __name__)


def select_locale() -> str:
    """The locale for this request: member's choice, then session, then Accept-Language."""
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # CLI commands and the worker speak English
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and current_user.is_authenticated and current_user.locale in languages:
        return current_user.locale
    if session.get("locale") in languages:
        return session["locale"]
    return request.accept_languages.best_match(list(languages)) or "en"


@bp.post("/language")
def switch_language():
    """Switch the interface language and return to the page the visitor was on."""
    from marketplace.accounts.services import set_locale

    code = request.form.get("locale", "")
    if code in current_app.config["LANGUAGES"]:
        session["locale"] = code
        if current_user.is_authenticated:
            set_locale(current_user, code)
    return redirect(safe_next(request.form.get("next")))


def init_app(app: Flask) -> None:
    """Register the language switch and expose the language list to templates."""
    app.register_blueprint(bp)

    @app.context_processor
    def _languages():
        from flask_babel import get_locale

        return {"languages": app.config["LANGUAGES"], "current_locale": str(get_locale())}
