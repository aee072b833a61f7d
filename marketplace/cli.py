"""Command-line interface: thin wrappers over service functions.

``flask --app app users create``, ``tokens create``, ``demo load``, ``offers expire``.
"""

from __future__ import annotations

import signal

import click
from flask import Flask
from flask.cli import AppGroup

from marketplace.core.db import unit_of_work
from marketplace.core.errors import InvalidInput

users_cli = AppGroup("users", help="Manage members and operators.")
tokens_cli = AppGroup("tokens", help="Manage API tokens.")
demo_cli = AppGroup("demo", help="The demo data set.")
offers_cli = AppGroup("offers", help="Offer housekeeping.")
search_cli = AppGroup("search", help="The full-text search index.")
indicators_cli = AppGroup("indicators", help="Activity indicators.")


@indicators_cli.command("rollup")
@click.option("--full", is_flag=True, help="Recompute every day, not only days with new events.")
def indicators_rollup_command(full):
    """Bring the daily figures up to date with the event log."""
    from marketplace.indicators.rollup import rollup

    with unit_of_work():
        days = rollup(full=full)
    click.echo(f"{days} day(s) recomputed")


@indicators_cli.command("prune")
@click.option("--keep-days", type=int, default=400, show_default=True)
def indicators_prune_command(keep_days):
    """Delete raw events older than the retention period (figures are kept)."""
    from marketplace.indicators.rollup import prune, rollup

    with unit_of_work():
        rollup()
    with unit_of_work():
        deleted = prune(keep_days)
    click.echo(f"{deleted} event(s) deleted")


def _fail(exc: InvalidInput) -> None:
    for field, message in exc.messages().items():
        click.echo(f"error: {field}: {message}", err=True)
    raise SystemExit(1)


@users_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["exporter", "buyer", "operator"]), required=True)
@click.option("--password", help="Generated and printed when left out.")
@click.option("--company", help="Company name (members only).")
@click.option("--country", help="Company country, ISO 3166-1 alpha-2 (members only).")
def create_user_command(email, role, password, company, country):
    """Create a member (with its company) or an operator."""
    from marketplace.accounts.services import create_user

    if role != "operator" and not country:
        raise click.UsageError("--country is required for exporters and buyers (e.g. --country KR)")
    with unit_of_work():
        try:
            user, generated = create_user(email, role, password, company, country)
        except InvalidInput as exc:
            _fail(exc)
    click.echo(f"created {user.role} {user.email}")
    if generated:
        click.echo(f"password: {generated}")


@tokens_cli.command("create")
@click.argument("email")
@click.option("--name", default="cli", help="A label to recognise the token by.")
@click.option(
    "--partner",
    help="Make it the token of this partner portal (a name in the partner "
    "file): it may post copies with their origin and relay leads.",
)
def create_token_command(email, name, partner):
    """Create an API token; the token is printed alone on the last line."""
    from marketplace.accounts.services import create_token, find_user
    from marketplace.partners import registry

    user = find_user(email)
    if user is None:
        raise click.ClickException(f"no user with e-mail {email}")
    if partner is not None:
        known = registry.get(partner)
        if known is None or known.kind != "portal":
            names = ", ".join(p.name for p in registry.partners() if p.kind == "portal") or "none"
            raise click.ClickException(
                f"no portal partner named {partner!r} in the partner file "
                f"(portal partners: {names})"
            )
    with unit_of_work():
        try:
            token, secret = create_token(user, name, partner)
        except InvalidInput as exc:
            _fail(exc)
    click.echo(f"token {token.prefix}… for {user.email} (shown once):")
    click.echo(secret)


@demo_cli.command("load")
@click.option("--force", is_flag=True, help="Load even when the database already has offers.")
@click.option(
    "--if-enabled", is_flag=True, help="Do nothing when TRADEWIND_DEMO=0 (for `make run`)."
)
@click.option(
    "--variant",
    type=click.Choice(["default", "partner"]),
    default="default",
    show_default=True,
    help="Which set: the main one, or the demo partner portal's smaller one.",
)
@click.option(
    "--offers",
    type=click.IntRange(min=0, max=2_000_000),
    default=0,
    help="Also add this many generated offers across the demo's exporters (e.g. 100000).",
)
def demo_load_command(force, if_enabled, variant, offers):
    """Load the deterministic demo data set (companies, members, offers)."""
    from flask import current_app

    from marketplace.demo.loader import database_is_empty, load_demo

    if if_enabled and not current_app.config["DEMO"]:
        click.echo("TRADEWIND_DEMO=0: demo data not loaded")
        return
    if not force and not database_is_empty():
        click.echo("the database already holds data; nothing loaded (use --force to add anyway)")
        return
    from marketplace.demo.bulk import add_to_demo
    from marketplace.indicators.rollup import rollup

    with unit_of_work():
        summary = load_demo(variant)
    if offers:
        with unit_of_work():
            summary += f"; {add_to_demo(offers)} generated offers"
    with unit_of_work():
        rollup(full=True)  # so the indicators show the demo history at once
    from marketplace.demo.loader import propose_demo_matches
    from marketplace.search.indexing import rebuild

    with unit_of_work():
        rebuild(current_app.config["SEARCH_INDEX_DIR"])  # suggestions are found through it
    with unit_of_work():
        summary += f"; {propose_demo_matches()} match suggestions"
    click.echo(summary)


@offers_cli.command("expire")
def expire_command():
    """Mark offers past their validity date as expired."""
    from marketplace.offers.services import expire_due_offers

    with unit_of_work():
        count = expire_due_offers()
    click.echo(f"{count} offer(s) expired")


@search_cli.command("rebuild")
def search_rebuild_command():
    """Rebuild the search index from the database."""
    from flask import current_app

    from marketplace.search.indexing import document_count, rebuild

    with unit_of_work(), click.progressbar(length=document_count(), label="indexing") as bar:
        counts = rebuild(current_app.config["SEARCH_INDEX_DIR"], progress=bar.update)
    click.echo(f"indexed {counts['offers']} offers and {counts['companies']} companies")


@search_cli.command("check")
@click.option("--repair/--no-repair", default=True, help="Queue every difference for re-indexing.")
def search_check_command(repair):
    """Report (and by default repair) drift between the database and the index."""
    from flask import current_app

    from marketplace.search.indexing import check

    with unit_of_work():
        drift = check(current_app.config["SEARCH_INDEX_DIR"], repair=repair)
    for name in drift.missing:
        click.echo(
            f"{name}: {len(drift.missing[name])} missing, {len(drift.extra[name])} extra, "
            f"{len(drift.stale[name])} stale"
        )
    if drift.clean:
        click.echo("index and database agree")
    elif repair:
        click.echo("differences logged; every node applies them within a second")
    else:
        raise SystemExit(1)


@click.command("worker")
def worker_command():
    """Run the background worker alone (deployments with separate web and worker processes).

    It follows the change log into its own node's index too (alerts search it).
    """
    from flask import current_app

    from marketplace.worker import Node

    def stop_on_term(signum, frame):
        raise KeyboardInterrupt  # SIGTERM (systemd, kill) stops as cleanly as Ctrl+C

    signal.signal(signal.SIGTERM, stop_on_term)
    click.echo("worker running; Ctrl+C to stop")
    worker = Node(current_app._get_current_object(), worker=True)
    try:
        worker.run_forever()
    except KeyboardInterrupt:
        worker.stop()


def register_commands(app: Flask) -> None:
    """Attach every command group to the app."""
    for group in (users_cli, tokens_cli, demo_cli, offers_cli, search_cli, indicators_cli):
        app.cli.add_command(group)
    app.cli.add_command(worker_command)
