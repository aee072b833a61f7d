"""Messages kept so that each reader gets them in their own language.

Text a system writes for people (a notification, a decision posted in a thread) is made
with ``lazy_gettext`` / ``lazy_ngettext`` and its values. :func:`capture` keeps the
message and the values, as JSON; :func:`render` writes them in the current language
when someone reads them. The English rendering is kept beside them for the API and
for rows written before.
"""

from __future__ import annotations

from flask_babel import force_locale, gettext, ngettext
from flask_babel.speaklater import LazyString

APPENDED = "_appended"  # a value written after the message as it is (a member's own words)
LABELS = "_labels"  # the values that were themselves portal words, translated when read


def capture(text) -> tuple[list[str] | None, dict]:
    """(msgid, or [singular, plural], and the values) of a lazy message; (None, {}) for
    plain text."""
    if not isinstance(text, LazyString) or not text._args:
        return None, {}
    args, values = list(text._args), dict(text._kwargs)
    labels = sorted(k for k, v in values.items() if isinstance(v, LazyString))
    if len(args) == 3:  # lazy_ngettext(singular, plural, num)
        values["num"] = args[2]
        message = [str(args[0]), str(args[1])]
    else:
        message = [str(args[0])]
    kept = _plain(values)
    if labels:
        kept[LABELS] = labels
    return message, kept


def followed_by(text: LazyString, words: str) -> LazyString:
    """A lazy message followed by someone's own ``words``, kept as written (none: the
    message alone)."""
    if not words:
        return text
    return LazyString(text._func, *text._args, **{**text._kwargs, APPENDED: words})


def _plain(values: dict) -> dict:
    # Values are kept as JSON; a nested lazy label is kept as its English msgid (and named
    # in LABELS, so that render translates it for each reader).
    with force_locale("en"):
        return {k: v if isinstance(v, (int, float)) else str(v) for k, v in values.items()}


def english(text) -> str:
    """The text in English (a lazy message rendered so, with what is appended to it;
    plain text as it is)."""
    message, values = capture(text)
    with force_locale("en"):
        return render(message, values, str(text)) if message else str(text)


def render(message: list[str] | None, values: dict | None, fallback: str) -> str:
    """A kept message in the current language (``fallback`` when there is none)."""
    if not message:
        return fallback
    values = dict(values or {})
    appended = values.pop(APPENDED, "")
    for name in values.pop(LABELS, None) or []:
        if isinstance(values.get(name), str):
            values[name] = gettext(values[name])
    try:
        if len(message) == 2:
            said = ngettext(message[0], message[1], int(values.get("num", 1)), **values)
        else:
            said = gettext(message[0], **values)
    except (KeyError, ValueError, TypeError):
        return fallback  # a message whose placeholders changed since it was kept
    return f"{said}\n\n{appended}" if appended else said
