"""My page answers "is this working?": views, inquiries and quotations over 30 or 90 days,
against the period before, per offer, sortable and paged."""

import re
from datetime import timedelta

from sqlalchemy import update

from marketplace.activity.models import Event
from marketplace.core.db import db
from marketplace.indicators.member import performance
from marketplace.offers.services import today
from tests.conftest import PASSWORD


def view(app, offer, times=1):
    """A buyer (not the owner) opens the offer's page."""
    visitor = app.test_client()
    for _ in range(times):
        assert visitor.get(f"/offers/{offer.id}").status_code == 200


def test_views_are_counted_per_day_and_compared_with_the_period_before(
    app, member_factory, offer_factory
):
    exporter = member_factory("exporter")
    pipes = offer_factory(exporter, title="Seamless pipes")
    valves = offer_factory(exporter, title="Ball valves")
    view(app, pipes, 3)
    view(app, valves, 1)
    # Two views 40 days ago: in the 90-day period, and "before" the 30-day one.
    old = db.session.scalars(
        db.select(Event).where(Event.kind == "offer_viewed", Event.offer_id == valves.id)
    ).first()
    db.session.execute(
        update(Event).where(Event.id == old.id).values(day=today() - timedelta(days=40))
    )
    db.session.commit()

    month = performance(exporter.company_id, 30)
    assert (
        month.totals["views"] == 3
        and month.daily["views"][-1] == 3
        and len(month.daily["views"]) == 30
    )
    assert month.before["views"] == 1 and month.change("views") == 200
    assert month.offers[pipes.id].views == 3 and month.offers[valves.id].views == 0
    quarter = performance(exporter.company_id, 90)
    assert quarter.totals["views"] == 4 and len(quarter.daily["views"]) == 90


def test_the_owners_own_visits_do_not_count(app, client, member_factory, offer_factory):
    exporter = member_factory("exporter")
    offer = offer_factory(exporter)
    client.post("/login", data={"email": exporter.email, "password": PASSWORD})
    client.get(f"/offers/{offer.id}")
    assert performance(exporter.company_id).totals["views"] == 0


def test_inquiries_about_an_offer_are_counted(app, member_factory, offer_factory):
    buyer = member_factory("buyer")
    request = offer_factory(buyer, type="buy", title="Wanted: 40 t TP304 pipes")
    supplier = member_factory("exporter")
    client = app.test_client()
    client.post("/login", data={"email": supplier.email, "password": PASSWORD})
    sent = client.post(
        f"/offers/{request.id}/inquiries",
        data={"body": "We can offer TP304 welded pipes, 2 inch, EN 10217-7, from Busan."},
    )
    assert sent.status_code == 302 and "/inbox/" in sent.headers["Location"]
    figures = performance(buyer.company_id)
    assert figures.totals["inquiries"] == 1 and figures.offers[request.id].inquiries == 1


def test_my_page_explains_the_figures_sorts_and_pages(app, client, member_factory, offer_factory):
    exporter = member_factory("exporter")
    offers = [offer_factory(exporter, title=f"Offer number {n:02d}") for n in range(25)]
    view(app, offers[3], 2)
    client.post("/login", data={"email": exporter.email, "password": PASSWORD})
    html = client.get("/my").get_data(as_text=True)
    assert "How your offers are doing" in html and "your own visits do not count" in html
    assert '<svg class="sparkline"' in html
    assert "Page 1 of 2" in html
    by_views = client.get("/my?sort=views").get_data(as_text=True)
    titles = re.findall(r">(Offer number \d\d)</a>", by_views)
    assert titles[0] == "Offer number 03" and len(titles) == 20
    second = client.get("/my?sort=title&page=2").get_data(as_text=True)
    assert re.findall(r">(Offer number \d\d)</a>", second) == [
        f"Offer number {n}" for n in range(20, 25)
    ]
    quarter = client.get("/my?period=90").get_data(as_text=True)
    assert "Figures are for the last 90 days." in quarter
    assert (
        client.get("/my?period=7&sort=nonsense&page=999").status_code == 200
    )  # read as the defaults
