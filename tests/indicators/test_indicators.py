"""Scripted activity with known numbers, read back from the dashboard, the CSV and the JSON."""

import csv
import io
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from marketplace.accounts.services import create_token
from marketplace.activity.models import Event
from marketplace.core.db import db, unit_of_work
from marketplace.indicators.rollup import prune, rollup
from marketplace.offers.services import create_offer, withdraw_offer
from tests.conftest import PASSWORD


@pytest.fixture
def activity(app, client, member_factory, operator):
    """2 Korean SME exporters (one posts 3 sell offers, one posts nothing), a large Chinese
    exporter with 1 offer, a German buyer who searches 3 times (one finds nothing) and views
    2 offers."""
    kr = member_factory("exporter", country="KR", size_class="sme")
    member_factory("exporter", country="KR", size_class="sme")  # never active
    cn = member_factory("exporter", country="CN", size_class="large")
    buyer = member_factory("buyer", country="DE", business_type="buyer")
    offers = [
        create_offer(
            kr, {"type": "sell", "title": f"Stainless steel pipes {n}", "hs_code": "730640"}
        )
        for n in range(3)
    ]
    create_offer(cn, {"type": "sell", "title": "Green tea leaves", "hs_code": "090210"})
    db.session.commit()
    withdraw_offer(offers[2], kr)
    db.session.commit()
    buyer_client = app.test_client()
    buyer_client.post("/login", data={"email": buyer.email, "password": PASSWORD})
    buyer_client.get("/search?q=steel+pipes")
    buyer_client.get("/search?q=steel+pipes")
    buyer_client.get("/search?q=titanium+bolts")  # nothing matches
    buyer_client.get(f"/offers/{offers[0].id}")
    buyer_client.get(f"/offers/{offers[1].id}")
    with unit_of_work():
        rollup()
    client.post("/login", data={"email": operator.email, "password": PASSWORD})
    return {"kr": kr, "cn": cn, "buyer": buyer}


def table(client, table_id, **params):
    response = client.get(
        f"/api/v1/indicators/{table_id}", query_string=params, headers=client.operator_headers
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


@pytest.fixture
def api(client, operator):
    _, secret = create_token(operator)
    db.session.commit()
    client.operator_headers = {"Authorization": f"Bearer {secret}"}
    return client


def row(data, first):
    return next(r for r in data["rows"] if r[0] == first)


def test_offers_by_category_and_country(activity, api):
    data = table(api, "offers-by-category")
    minerals = row(data, "Minerals & Metals")
    assert minerals[1:4] == [3, 0, 3]  # sell, buy, posted
    assert minerals[4] == 2  # active now (one withdrawn)
    assert row(data, "Agricultural & Food")[3] == 1
    assert table(api, "offers-by-country")["rows"] == [["KR", 3], ["CN", 1]]
    chinese = table(api, "offers-by-category", country="CN")
    assert row(chinese, "Minerals & Metals")[3] == 0 and row(chinese, "Agricultural & Food")[3] == 1


def test_utilisation_counts_active_companies_by_size(activity, api):
    rows = table(api, "utilisation")["rows"]
    sme = row({"rows": rows}, "SME")
    large = row({"rows": rows}, "large")
    # 3 SME companies (two Korean exporters and the German buyer), one of them active
    assert sme[1:] == [3, 1, 33.3]
    assert large[1:] == [1, 1, 100.0]


def test_buyer_activity_unmet_demand_and_conversion(activity, api):
    assert row(table(api, "buyer-activity"), "DE")[1:] == [3, 2, 0]
    assert row(table(api, "top-searches"), "steel pipes")[1] == 2
    assert table(api, "unmet-demand")["rows"] == [["titanium bolts", 1]]
    conversion = table(api, "conversion")["rows"]
    assert conversion[0][:2] == ["searches", 3] and conversion[1][:2] == ["offer views", 2]


def test_members_and_activity_series(activity, api):
    members = table(api, "members")["rows"]
    assert ["KR", "exporter", 2, 0] in members and ["DE", "buyer", 1, 1] in members
    series = table(api, "activity")["rows"]
    assert sum(r[1] for r in series) == 4 and sum(r[2] for r in series) == 3
    weekly = table(api, "activity", granularity="month")["rows"]
    assert sum(r[1] for r in weekly) == 4
    # Registrations over time, on their own scale: exporters and buyers apart.
    registered = table(api, "registrations")["rows"]
    exporters = sum(r[2] for r in members if r[1] == "exporter")
    buyers = sum(r[2] for r in members if r[1] == "buyer")
    assert (sum(r[1] for r in registered), sum(r[2] for r in registered)) == (exporters, buyers)
    assert exporters and buyers


def test_dashboard_and_csv_show_the_same_figures(activity, client):
    html = client.get("/operator/indicators").get_data(as_text=True)
    assert "<svg" in html and "titanium bolts" in html
    response = client.get("/operator/indicators/offers-by-country.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows == [["country", "offers posted"], ["KR", "3"], ["CN", "1"]]


def test_bad_range_is_refused_by_the_api(activity, api):
    response = api.get("/api/v1/indicators/activity?from=2026-13-01", headers=api.operator_headers)
    assert response.status_code == 422 and "from" in response.get_json()["fields"]


def test_pruned_events_leave_past_figures_unchanged(activity, api):
    before = table(api, "offers-by-country")["rows"]
    for event in db.session.scalars(select(Event)):  # as if it all happened 500 days ago
        event.day = event.day - timedelta(days=500)
    db.session.commit()
    with unit_of_work():
        rollup(full=True)
    with unit_of_work():
        assert prune(keep_days=400) > 0
    assert db.session.scalar(select(func.count()).select_from(Event)) == 0
    with unit_of_work():
        rollup()
    moved = table(
        api,
        "offers-by-country",
        **{
            "from": (date.today() - timedelta(days=600)).isoformat(),
            "to": (date.today() - timedelta(days=400)).isoformat(),
        },
    )["rows"]
    assert moved == before


@pytest.mark.parametrize("path", ["/operator/indicators", "/operator/indicators/activity.csv"])
def test_members_get_403_on_every_indicator_page(app, member_factory, path):
    member = member_factory()
    client = app.test_client()
    client.post("/login", data={"email": member.email, "password": PASSWORD})
    assert client.get(path).status_code == 403


def test_members_tokens_get_403_on_the_api(client, member_factory):
    member = member_factory()
    _, secret = create_token(member)
    db.session.commit()
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/indicators", headers=headers).status_code == 403
    assert client.get("/api/v1/indicators/activity", headers=headers).status_code == 403
    assert client.get("/api/v1/indicators/activity").status_code == 401


def test_recording_never_breaks_a_request(client, monkeypatch):
    from marketplace.activity import events

    monkeypatch.setattr(events, "Event", None)  # any failure while building the event
    assert client.get("/search?q=steel").status_code == 200


def test_members_see_their_own_figures_per_offer(activity, app):
    kr = activity["kr"]
    client = app.test_client()
    client.post("/login", data={"email": kr.email, "password": PASSWORD})
    html = client.get("/my").get_data(as_text=True)
    assert "How your offers are doing" in html and "Views" in html
    from marketplace.indicators.member import performance

    viewed = db.session.scalars(select(Event.offer_id).where(Event.kind == "offer_viewed")).all()
    figures = performance(kr.company_id).offers
    assert sorted(figures[offer_id].views for offer_id in viewed) == [1, 1]


@pytest.mark.parametrize(
    "search",
    [
        '=HYPERLINK("http://evil.example/x","Click")',
        "+cmd|'/c calc'!A0",
        "@SUM(1+1)",
        "-2+3",
        "\tTAB",
        "\rCR",
    ],
)
def test_visitors_searches_never_become_spreadsheet_formulas(app, client, operator, search):
    app.test_client().get("/search", query_string={"q": search})  # anonymous, finds nothing
    with unit_of_work():
        rollup()
    client.post("/login", data={"email": operator.email, "password": PASSWORD})
    response = client.get("/operator/indicators/unmet-demand.csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    cells = [cell for r in rows[1:] for cell in r]
    assert cells, rows
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells), cells
    if search[0] not in "\t\r":  # (searches are stored trimmed: those come out as plain words)
        assert any(
            cell.startswith("'") and cell[1:4].lower() == search[:3].lower() for cell in cells
        )


@pytest.mark.skipif(
    not __import__("os").environ.get("TRADEWIND_TEST_DATABASE_URL"),
    reason="SQLite has one writer at a time: ids cannot commit out of order there",
)
def test_an_event_whose_transaction_commits_late_is_still_counted(app):
    # Two requests: the first inserts its search event, then the second inserts and
    # commits, a rollup runs, and only then does the first commit. Its event has the
    # lower id, below the rollup's mark; it must still reach the figures.
    from sqlalchemy.orm import Session

    from marketplace.activity.models import Event
    from marketplace.core.db import utcnow
    from marketplace.indicators.models import DailyFigure

    def event(query: str, minutes_ago: int = 0) -> Event:
        when = utcnow() - timedelta(minutes=minutes_ago)
        return Event(kind="search", occurred_at=when, day=when.date(), query=query, count=0)

    slow, quick = Session(db.engine), Session(db.engine)
    slow.add(event("late one", minutes_ago=10))  # a long transaction: no time window saves it
    slow.flush()  # the id is taken now ...
    quick.add(event("quick one"))
    quick.commit()
    with unit_of_work():
        rollup()
    slow.commit()  # ... and committed after the rollup passed it
    slow.close(), quick.close()
    with unit_of_work():
        rollup()
    searches = db.session.scalar(
        select(func.sum(DailyFigure.value)).where(DailyFigure.metric == "searches")
    )
    assert searches == 2


def test_a_full_rollup_after_pruning_waits_for_no_pruned_id(app, offer_factory):
    from marketplace.core.watermark import Watermark
    from marketplace.indicators.models import RollupState

    for n in range(3):
        offer_factory(title=f"Old offer number {n}")
    old = db.session.scalars(select(Event).order_by(Event.id)).all()
    for event in old[:-1]:  # all but the newest pruned, as `indicators prune` would
        db.session.delete(event)
    db.session.commit()
    with unit_of_work():
        rollup(full=True)
    mark = Watermark.from_json(db.session.get(RollupState, 1).gaps)
    assert mark.gaps == {} and mark.high == old[-1].id
