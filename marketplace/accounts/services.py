"""Member operations: registration, authentication, language choice and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from typing import Any

from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace.accounts.models import ROLES, ApiToken, User
from marketplace.activity import events
from marketplace.companies.models import Company
from marketplace.companies.validation import parse_company
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, NotFound, PermissionDenied
from marketplace.core.passwords import hash_password, verify_password

PASSWORD_MIN = 8
PASSWORD_MAX = 200
TOKEN_PREFIX = "tw_"


def normalise_email(value: object) -> str:
    """Validate an e-mail address's form (no DNS look-up) and return it lower-cased."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput({"email": _l("Enter your e-mail address.")})
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        raise InvalidInput(
            {"email": _l("Enter an e-mail address such as name@company.com.")}
        ) from None


def check_new_password(password: object) -> str:
    """A new password as given, or InvalidInput on ``password`` saying what is wrong."""
    if not isinstance(password, str) or len(password) < PASSWORD_MIN:
        raise InvalidInput({"password": _l("Use at least %(n)d characters.", n=PASSWORD_MIN)})
    if len(password) > PASSWORD_MAX:
        raise InvalidInput({"password": _l("Use at most %(n)d characters.", n=PASSWORD_MAX)})
    return password


def find_user(email: str) -> User | None:
    """The user with this e-mail address (any case), or None."""
    return db.session.scalar(select(User).where(User.email == email.strip().lower()))


def register_member(
    raw: Mapping[str, Any], company_raw: Mapping[str, Any], *, confirmed: bool = False
) -> User:
    """Create a member (exporter or buyer) with its company, validating everything first.

    ``raw`` has ``email``, ``password``, ``role`` and optionally ``name`` and ``locale``.
    ``confirmed`` when the address needs no confirmation link (an operator created the
    account for it); otherwise the member confirms it (``accounts.confirmation``).
    """
    errors: dict[str, object] = {}
    email = password = None
    try:
        email = normalise_email(raw.get("email"))
        if find_user(email) is not None:
            errors["email"] = _l(
                "An account with this e-mail address already exists. Log in instead."
            )
    except InvalidInput as exc:
        errors.update(exc.fields)
    try:
        password = check_new_password(raw.get("password"))
    except InvalidInput as exc:
        errors.update(exc.fields)
    role = raw.get("role")
    if role not in ("exporter", "buyer"):
        errors["role"] = _l("Choose whether you sell (exporter) or buy (buyer).")
    try:
        company_values = parse_company(company_raw)
    except InvalidInput as exc:
        errors.update(
            {
                f"company_{k}" if k in ("name", "description") else k: v
                for k, v in exc.fields.items()
            }
        )
        company_values = {}
    if errors or password is None:
        raise InvalidInput(errors)
    company = Company(**company_values)
    user = User(
        email=email,
        password_hash=hash_password(password),
        role=role,
        name=str(raw.get("name") or "")[:120],
        locale=raw.get("locale"),
        company=company,
        email_confirmed_at=utcnow() if confirmed else None,
    )
    db.session.add_all([company, user])
    db.session.flush()
    events.record("member_registered", actor=user)
    return user


def create_user(
    email: str,
    role: str,
    password: str | None = None,
    company: str | None = None,
    country: str | None = None,
) -> tuple[User, str | None]:
    """Create a member or operator from the command line.

    Returns the user and the generated password when none was given.
    """
    if role not in ROLES:
        raise InvalidInput({"role": _l("Choose exporter, buyer or operator.")})
    generated = None
    if password is None:
        password = generated = secrets.token_urlsafe(12)
    if role == "operator":
        email = normalise_email(email)
        if find_user(email):
            raise InvalidInput({"email": _l("An account with this e-mail address already exists.")})
        user = User(
            email=email, password_hash=hash_password(check_new_password(password)), role=role
        )
        db.session.add(user)
        db.session.flush()
        return user, generated
    company_raw = {
        "name": company or email.split("@")[0],
        "country": country or "",
        "business_type": "manufacturer" if role == "exporter" else "buyer",
    }
    # An operator created it for this address: nothing to confirm.
    user = register_member(
        {"email": email, "password": password, "role": role}, company_raw, confirmed=True
    )
    return user, generated


def authenticate(email: object, password: object) -> User | None:
    """The active user with these credentials, or None. Records the log-in time."""
    if not isinstance(email, str) or not isinstance(password, str):
        return None
    user = find_user(email)
    if user is None or not user.active or not verify_password(user.password_hash, password):
        return None
    user.last_login_at = utcnow()
    events.record("login", actor=user)
    return user


def change_password(user: User, raw: dict) -> None:
    """Set a new password after checking the current one; every session of the member ends.

    ``raw`` has ``current``, ``new`` and ``confirm``. The caller starts a new session
    for the browser that made the change.
    """
    from marketplace.accounts import recovery, sessions

    errors: dict = {}
    if not isinstance(raw.get("current"), str) or not verify_password(
        user.password_hash, raw["current"]
    ):
        errors["current"] = _l("That is not your current password.")
    try:
        new = check_new_password(raw.get("new"))
    except InvalidInput as exc:
        errors["new"] = exc.fields["password"]
        new = None
    if new is not None and raw.get("confirm") != new:
        errors["confirm"] = _l("The two new passwords are not the same.")
    if errors or new is None:
        raise InvalidInput(errors)
    user.password_hash = hash_password(new)
    recovery.forget_links(user)  # a reset link mailed earlier no longer works either
    sessions.end_all(user)


def set_locale(user: User, locale: str) -> None:
    """Remember a member's interface language."""
    user.locale = locale


# ---- API tokens --------------------------------------------------------------


# What a member may choose as worth a match digest: a score from 0 to 100, or off.
MATCH_THRESHOLDS = {"85": 85, "70": 70, "55": 55, "45": 45, "off": None}


def set_match_threshold(user: User, raw: object) -> None:
    """Choose which matches the daily digest names ("70": scoring 70 or more; "off")."""
    if not isinstance(raw, str) or raw not in MATCH_THRESHOLDS:
        raise InvalidInput({"match_threshold": _l("Choose one of the listed options.")})
    user.match_threshold = MATCH_THRESHOLDS[raw]


def secret_digest(secret: str) -> str:
    """The SHA-256 of a secret (API token, session key, reset link): what is stored."""
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(user: User, name: str = "", partner: str | None = None) -> tuple[ApiToken, str]:
    """Create an API token; the secret is returned once and only its digest is stored.

    ``partner`` marks it as the token of that partner portal (it may then send
    ``origin`` with offers and relay leads); the caller checks the name.
    """
    if not user.is_operator and user.company_id is None:
        raise PermissionDenied()
    if partner is not None and user.company_id is None:
        raise InvalidInput(
            {
                "partner": _l(
                    "A partner token needs a member account with a company "
                    "to list the partner's offers under."
                )
            }
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        name=name[:80],
        digest=secret_digest(secret),
        prefix=secret[:10],
        partner=partner,
    )
    db.session.add(token)
    db.session.flush()
    return token, secret


def token_for_secret(secret: str) -> ApiToken | None:
    """The live token a bearer secret belongs to (not revoked, its user active), or None."""
    token = db.session.scalar(select(ApiToken).where(ApiToken.digest == secret_digest(secret)))
    if token is None or token.revoked_at is not None or not token.user.active:
        return None
    token.last_used_at = utcnow()
    return token


def user_for_token(secret: str) -> User | None:
    """The active user a bearer secret belongs to, if it exists and is not revoked."""
    token = token_for_secret(secret)
    return token.user if token else None


def user_tokens(user: User) -> list[ApiToken]:
    """A member's tokens, newest first."""
    return list(
        db.session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())
        )
    )


def revoke_token(user: User, token_id: int) -> None:
    """Revoke one of the user's own tokens."""
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound()
    if token.revoked_at is None:
        token.revoked_at = utcnow()
