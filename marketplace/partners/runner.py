"""Meta-search fan-out: ask every searchable partner at once, within one deadline.

The runner owns the threads, the HTTP client, deadlines and measurements;
adapters only translate. A partner that hangs costs the searcher nothing past
the deadline, and a slow one never delays the others.
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import httpx

from marketplace.core.db import utcnow
from marketplace.partners import health
from marketplace.partners.adapters import ADAPTERS
from marketplace.partners.adapters.base import MetaQuery, PartnerError, Result
from marketplace.partners.config import Partner
from marketplace.partners.http import fetch

DISCOVERY_TTL = 3600.0  # seconds an OpenSearch URL template is trusted

_executor = ThreadPoolExecutor(max_workers=32, thread_name_prefix="metasearch")
_client = httpx.Client(limits=httpx.Limits(max_connections=64, max_keepalive_connections=32))
_templates: dict[str, tuple[str, float]] = {}
_templates_lock = threading.Lock()


@dataclass
class SourceStatus:
    """How one site did in one meta-search."""

    name: str
    title: str
    status: str  # ok | timeout | error | suspended
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


def _template(partner: Partner, adapter, deadline: float) -> str | None:
    if not hasattr(adapter, "discovery_request"):
        return None
    with _templates_lock:
        cached = _templates.get(partner.name)
    if cached and cached[1] > time.monotonic():
        return cached[0]
    response = fetch(_client, adapter.discovery_request(partner),
                     max(0.05, min(partner.timeout, deadline - time.monotonic())))
    template = adapter.parse_discovery(partner, response)
    with _templates_lock:
        _templates[partner.name] = (template, time.monotonic() + DISCOVERY_TTL)
    return template


def _call(partner: Partner, query: MetaQuery, deadline: float) -> tuple[list[Result], int]:
    """One partner's search, start to finish (runs in a pool thread; no database here)."""
    adapter = ADAPTERS[partner.kind]
    call_deadline = min(deadline, time.monotonic() + partner.timeout)
    discovered = _template(partner, adapter, call_deadline)
    request = adapter.search_request(partner, query, discovered)
    response = fetch(_client, request, max(0.05, call_deadline - time.monotonic()))
    return adapter.parse_search(partner, response), response.status


def fan_out(partners: list[Partner], query: MetaQuery, deadline_seconds: float) -> Outcome:
    """Ask every partner; record each call; return results and per-site status."""
    outcome = Outcome()
    started = time.monotonic()
    deadline = started + deadline_seconds
    now = utcnow()
    states = health.states([p.name for p in partners])
    futures = {}
    for partner in partners:
        if health.is_suspended(states[partner.name], now):
            until = states[partner.name].suspended_until
            outcome.sources.append(SourceStatus(
                partner.name, partner.title, "suspended",
                message=("paused by an operator" if states[partner.name].manually_suspended
                         else f"paused after repeated failures; retried after {until:%H:%M} UTC")))
            health.record(partner.name, states[partner.name], outcome="suspended", elapsed_ms=0)
            continue
        futures[_executor.submit(_call, partner, query, deadline)] = partner
    pending = set(futures)
    finished_at: dict = {}
    while pending:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        done, pending = wait(pending, timeout=remaining, return_when=FIRST_COMPLETED)
        for future in done:
            finished_at[future] = time.monotonic()
    for future, partner in futures.items():
        state = states[partner.name]
        elapsed = int(((finished_at.get(future) or time.monotonic()) - started) * 1000)
        status = SourceStatus(partner.name, partner.title, "ok", elapsed_ms=elapsed)
        if future not in finished_at:
            status.status, status.message = "timeout", "did not answer in time"
            status.detail = f"no answer within the {deadline_seconds:.1f} s deadline"
        else:
            try:
                results, status.http_status = future.result()
                status.count = len(results)
                outcome.results[partner.name] = results
            except TimeoutError as exc:
                status.status, status.message, status.detail = "timeout", "did not answer in time", str(exc)
            except PartnerError as exc:
                status.status, status.message, status.detail = "error", exc.message, exc.detail
            except Exception as exc:  # noqa: BLE001 - one odd partner must not break the page
                status.status, status.message = "error", "sent a reply we could not read"
                status.detail = f"{type(exc).__name__}: {exc}"
        health.record(partner.name, state, outcome=status.status, elapsed_ms=elapsed,
                      count=status.count, http_status=status.http_status, detail=status.detail)
        outcome.sources.append(status)
    return outcome
