"""The partner file: one ``[[partners]]`` table per affiliated site (TOML).

Read once at start-up; a malformed file stops the app with a message naming the
partner and the field, so a typo never silently drops a site from meta-search.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

KINDS = ("portal", "opensearch", "json", "webhook")
SEARCH_KINDS = ("portal", "opensearch", "json")
POST_KINDS = ("portal", "webhook")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


class PartnerConfigError(ValueError):
    """The partner file is unusable; the message says where and why."""


@dataclass(frozen=True)
class Partner:
    """One affiliated site, as configured."""

    name: str
    title: str
    kind: str
    url: str
    search: bool = True
    post: bool = False
    timeout: float = 2.0
    token_env: str | None = None
    title_max: int | None = None  # the partner's limit on title length, for multi-posting
    # json partners: where to find things in the answer, and the query parameter names
    mapping: dict = field(default_factory=dict, hash=False, compare=False)
    params: dict = field(default_factory=dict, hash=False, compare=False)
    # our category slug -> the partner's category, for multi-posting
    categories: dict = field(default_factory=dict, hash=False, compare=False)
    # opensearch partners: a result URL template given here instead of discovered
    template: str | None = None

    @property
    def hosts(self) -> frozenset[tuple[str, str, int]]:
        """(scheme, host, port) of every address the partner file names for this partner.

        Requests go only there: a discovered template or a redirect naming any
        other host or port is refused.
        """
        return frozenset(origin_of(u) for u in (self.url, self.template) if u)


def origin_of(url: str) -> tuple[str, str, int]:
    """(scheme, lower-case host, port) of an http(s) URL, with the default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)


def _fail(where: str, message: str) -> NoReturn:
    raise PartnerConfigError(f"{where}: {message}")


def _partner(index: int, raw: dict, seen: set[str]) -> Partner:
    where = f"partner #{index + 1}"
    if not isinstance(raw, dict):
        _fail(where, "must be a table")
    if isinstance(raw.get("name"), str):
        where += f" ({raw['name']!r})"
    name = raw.get("name")
    if not isinstance(name, str) or not _SLUG.match(name):
        _fail(where, "field 'name' must be a slug of lower-case letters, digits and dashes")
    if name in seen:
        _fail(where, "field 'name' is used by another partner")
    seen.add(name)
    kind = raw.get("kind")
    if kind not in KINDS:
        _fail(where, f"field 'kind' must be one of {', '.join(KINDS)}")
    url = raw.get("url")
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        _fail(where, "field 'url' must be an http:// or https:// address")
    timeout = raw.get("timeout", 2.0)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout <= 60:
        _fail(where, "field 'timeout' must be a number of seconds between 0 and 60")
    for flag in ("search", "post"):
        if not isinstance(raw.get(flag, False), bool):
            _fail(where, f"field '{flag}' must be true or false")
    search, post = raw.get("search", kind in SEARCH_KINDS), raw.get("post", False)
    if search and kind not in SEARCH_KINDS:
        _fail(where, f"field 'search': a {kind} partner cannot be searched")
    if post and kind not in POST_KINDS:
        _fail(where, f"field 'post': a {kind} partner cannot receive postings")
    token_env = raw.get("token_env")
    if token_env is not None and not (isinstance(token_env, str) and token_env):
        _fail(where, "field 'token_env' must name an environment variable")
    for table in ("mapping", "params", "categories"):
        value = raw.get(table, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            _fail(where, f"field '{table}' must be a table of strings")
    template = raw.get("template")
    if template is not None:
        if kind != "opensearch":
            _fail(where, "field 'template' is only for opensearch partners")
        tparts = urlsplit(template) if isinstance(template, str) else None
        if tparts is None or tparts.scheme not in ("http", "https") or not tparts.netloc:
            _fail(where, "field 'template' must be an http:// or https:// address")
        if "{searchTerms}" not in template:
            _fail(where, "field 'template' must contain {searchTerms}")
    if kind == "json" and "results" not in raw.get("mapping", {}):
        _fail(where, "field 'mapping' needs at least 'results' (where the list of offers is)")
    assert isinstance(url, str)  # checked above (the checks fail otherwise)
    title_max = raw.get("title_max")
    if title_max is not None and (
        isinstance(title_max, bool) or not isinstance(title_max, int) or not 10 <= title_max <= 1000
    ):
        _fail(where, "field 'title_max' must be a whole number from 10 to 1000")
    unknown = set(raw) - {
        "name",
        "title",
        "kind",
        "url",
        "search",
        "post",
        "timeout",
        "token_env",
        "title_max",
        "mapping",
        "params",
        "categories",
        "template",
    }
    if unknown:
        _fail(where, f"unknown field {min(unknown)!r}")
    return Partner(
        name=name,
        title=str(raw.get("title") or name),
        kind=kind,
        url=url.rstrip("/") if kind != "opensearch" else url,
        search=search,
        post=post,
        timeout=float(timeout),
        token_env=token_env,
        title_max=title_max,
        mapping=dict(raw.get("mapping", {})),
        params=dict(raw.get("params", {})),
        categories=dict(raw.get("categories", {})),
        template=template,
    )


def parse_partners(text: str, source: str = "partner file") -> list[Partner]:
    """Partners from TOML text; raises PartnerConfigError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PartnerConfigError(f"{source} is not valid TOML: {exc}") from None
    entries = data.get("partners", [])
    if not isinstance(entries, list):
        raise PartnerConfigError(f"{source}: 'partners' must be an array of tables ([[partners]])")
    seen: set[str] = set()
    return [_partner(i, raw, seen) for i, raw in enumerate(entries)]


def check_secrets(partners: list[Partner], environ: Mapping[str, str]) -> None:
    """Refuse webhook partners without a secret: an unsigned delivery proves nothing."""
    for partner in partners:
        if partner.kind != "webhook":
            continue
        where = f"partner {partner.name!r}"
        if not partner.token_env:
            _fail(
                where,
                "field 'token_env' is required for a webhook partner "
                "(the variable holding the secret its deliveries are signed with)",
            )
        if not environ.get(partner.token_env, "").strip():
            _fail(
                where,
                f"field 'token_env': the environment variable {partner.token_env} "
                "is unset or empty; set it to the secret shared with this site",
            )


def load_partners(path: str | Path, environ: Mapping[str, str] | None = None) -> list[Partner]:
    """Partners from the file at ``path``; a missing file means no partners.

    Webhook partners must have their secret in ``environ`` (the process
    environment unless given).
    """
    path = Path(path)
    if not path.exists():
        return []
    partners = parse_partners(path.read_text(encoding="utf-8"), str(path))
    check_secrets(partners, os.environ if environ is None else environ)
    return partners
