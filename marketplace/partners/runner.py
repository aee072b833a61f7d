"""Meta-search fan-out: ask every searchable partner at once, within one deadline.

The runner owns the threads, deadlines and measurements; adapters only
translate and :mod:`marketplace.partners.http` does the I/O. Nothing is
written to the database while partners are being waited for: states are read
before, calls recorded after, so a slow site never holds a lock that other
searches need. The local search runs in the caller's thread meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import TypeVar

from marketplace.core.db import utcnow
from marketplace.partners import health
from marketplace.partners.adapters import ADAPTERS
from marketplace.partners.adapters.base import PartnerError, Result
from marketplace.partners.config import Partner
from marketplace.partners.http import CallFailed, Response, call
from search_index.contract import OfferQuery

DISCOVERY_TTL = 3600.0  # seconds an OpenSearch URL template is trusted

_executor = ThreadPoolExecutor(max_workers=32, thread_name_prefix="metasearch")
_templates: dict[str, tuple[str, float]] = {}
_templates_lock = threading.Lock()
T = TypeVar("T")


@dataclass
class SourceStatus:
    """How one site did in one meta-search."""

    name: str
    title: str
    status: str  # ok | partial | timeout | error | suspended
    count: int = 0
    elapsed_ms: int = 0
    message: str = ""  # for traders
    detail: str = ""  # for engineers (never shown to traders)
    http_status: int | None = None


@dataclass
class Outcome:
    """What the fan-out gathered, before merging."""

    results: dict[str, list[Result]] = field(default_factory=dict)
    sources: list[SourceStatus] = field(default_factory=list)


@dataclass
class _Answer:
    results: list[Result]
    http_status: int
    problem: str | None = None


def _answered(response: Response) -> Response:
    if 300 <= response.status < 400:
        raise PartnerError(
            "sent us to another address instead of answering",
            f"HTTP {response.status} to {response.headers.get('location', '')[:200]}",
        )
    if response.status >= 400:
        raise PartnerError(
            f"had a problem (HTTP {response.status})",
            f"HTTP {response.status}: {response.body[:300]!r}",
        )
    return response


def _template(partner: Partner, adapter, deadline: float) -> str | None:
    if partner.template:
        return partner.template
    if not hasattr(adapter, "discovery_request"):
        return None
    with _templates_lock:
        cached = _templates.get(partner.name)
    if cached and cached[1] > time.monotonic():
        return cached[0]
    response = _answered(
        call(partner, adapter.discovery_request(partner), deadline - time.monotonic())
    )
    template = adapter.parse_discovery(partner, response)
    with _templates_lock:
        _templates[partner.name] = (template, time.monotonic() + DISCOVERY_TTL)
    return template


def _ask(partner: Partner, query: OfferQuery, deadline: float) -> _Answer:
    """One partner's search, start to finish (runs in a pool thread; no database here)."""
    adapter = ADAPTERS[partner.kind]
    call_deadline = min(deadline, time.monotonic() + partner.timeout)
    discovered = _template(partner, adapter, call_deadline)
    request = adapter.search_request(partner, query, discovered)
    response = _answered(call(partner, request, call_deadline - time.monotonic()))
    results = adapter.parse_search(partner, response)
    if query.only("type"):
        # A site that does not say buy or sell cannot be trusted to have filtered.
        results = [r for r in results if r.type == query.only("type")]
    problems = getattr(adapter, "problems", None)
    return _Answer(results, response.status, problems(partner, response) if problems else None)


def _status(
    partner: Partner, future, finished: float | None, started: float, deadline_seconds: float
) -> tuple[SourceStatus, list[Result] | None]:
    elapsed = int(((finished or time.monotonic()) - started) * 1000)
    status = SourceStatus(partner.name, partner.title, "ok", elapsed_ms=elapsed)
    if finished is None:
        status.status, status.message = "timeout", "did not answer in time"
        status.detail = f"no answer within the {deadline_seconds:.1f} s deadline"
        return status, None
    try:
        answer = future.result()
    except CallFailed as exc:
        status.status = "timeout" if exc.timeout else "error"
        status.message, status.detail = exc.message, exc.detail
        return status, None
    except PartnerError as exc:
        status.status, status.message, status.detail = "error", exc.message, exc.detail
        return status, None
    except Exception as exc:  # noqa: BLE001 - one odd partner must not break the page
        status.status, status.message = "error", "sent a reply we could not read"
        status.detail = f"{type(exc).__name__}: {exc}"
        return status, None
    status.http_status, status.count = answer.http_status, len(answer.results)
    if answer.problem:
        status.status, status.message = "partial", answer.problem
    return status, answer.results


def fan_out(
    partners: list[Partner], query: OfferQuery, deadline_seconds: float, alongside: Callable[[], T]
) -> tuple[Outcome, T]:
    """Ask every partner, run ``alongside()`` (the local search) meanwhile, record each call.

    Returns the partners' results and per-site status, and what ``alongside``
    returned.
    """
    outcome = Outcome()
    started = time.monotonic()
    deadline = started + deadline_seconds
    now = utcnow()
    states = health.states([p.name for p in partners], "search")
    futures, skipped = {}, []
    for partner in partners:
        state = states[partner.name]
        if health.is_suspended(state, now):
            outcome.sources.append(
                SourceStatus(
                    partner.name,
                    partner.title,
                    "suspended",
                    message=(
                        "paused by an operator"
                        if state.manually_suspended
                        else f"paused after repeated failures; retried after "
                        f"{state.suspended_until:%H:%M} UTC"
                    ),
                )
            )
            skipped.append(partner)
            continue
        futures[_executor.submit(_ask, partner, query, deadline)] = partner
    local = alongside()
    pending = set(futures)
    finished_at: dict = {}
    while pending:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        done, pending = wait(pending, timeout=remaining, return_when=FIRST_COMPLETED)
        for future in done:
            finished_at[future] = time.monotonic()
    # Only now, with every partner answered or given up on, is anything written.
    for partner in skipped:
        health.record(partner.name, purpose="search", outcome="suspended", elapsed_ms=0)
    for future, partner in futures.items():
        status, results = _status(
            partner, future, finished_at.get(future), started, deadline_seconds
        )
        if results is not None:
            outcome.results[partner.name] = results
        health.record(
            partner.name,
            purpose="search",
            outcome=status.status,
            elapsed_ms=status.elapsed_ms,
            count=status.count,
            http_status=status.http_status,
            detail=status.detail or status.message,
        )
        outcome.sources.append(status)
    return outcome, local
