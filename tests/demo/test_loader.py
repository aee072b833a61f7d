"""`flask demo load`: the demo set, and a larger one with generated offers on top."""

from sqlalchemy import func, select

from marketplace.accounts.models import User
from marketplace.core.db import db
from marketplace.offers.models import Offer


def _offer_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Offer))


def test_demo_load_with_generated_offers_spreads_them_over_demo_exporters(runner, client, sync):
    result = runner.invoke(args=["demo", "load", "--offers", "40"])
    assert result.exit_code == 0, result.output
    assert "40 generated offers" in result.output
    generated = db.session.scalars(select(Offer).order_by(Offer.id.desc()).limit(40)).all()
    authors = {db.session.get(User, o.author_id) for o in generated}
    assert all(a.role == "exporter" and a.company_id for a in authors)
    assert all(o.company_id == db.session.get(User, o.author_id).company_id for o in generated)
    assert len({o.company_id for o in generated}) > 5  # spread, not one company
    assert all(o.is_live() for o in generated)
    word = generated[0].title.split()[0]
    sync()
    answer = client.get("/api/v1/offers", query_string={"q": word}).get_json()
    assert answer["total"] >= 1  # indexed like any offer


def test_the_same_seed_generates_the_same_offers(app, runner):
    runner.invoke(args=["demo", "load", "--offers", "15"])
    first = [o.title for o in db.session.scalars(select(Offer).order_by(Offer.id.desc()).limit(15))]
    from marketplace.demo.bulk import add_to_demo

    add_to_demo(15)
    db.session.commit()
    again = [o.title for o in db.session.scalars(select(Offer).order_by(Offer.id.desc()).limit(15))]
    assert again == first


def test_a_negative_offer_count_is_refused_plainly(runner):
    result = runner.invoke(args=["demo", "load", "--offers", "-5"])
    assert result.exit_code != 0
    assert "--offers" in result.output and _offer_count() == 0


def test_the_demo_history_gives_my_page_and_the_dashboard_something_true_to_show(app, runner):
    from datetime import timedelta

    from marketplace.activity.models import Event
    from marketplace.conversations.models import Inquiry
    from marketplace.indicators.member import performance
    from marketplace.offers.services import today

    assert runner.invoke(args=["demo", "load"]).exit_code == 0
    exporter = db.session.scalar(select(User).where(User.email == "exporter@tradewind.demo"))
    figures = performance(exporter.company_id, 30)
    assert figures.totals["views"] > 0 and figures.totals["inquiries"] > 0
    answered = db.session.scalar(
        select(func.count()).where(Inquiry.kind == "inquiry", Inquiry.first_answer_at.is_not(None))
    )
    assert answered > 0
    month = today() - timedelta(days=30)
    joined = db.session.scalars(
        select(Event.day).where(Event.kind == "member_registered", Event.day >= month)
    ).all()
    assert len(set(joined)) > 3  # members join over the month, not all on the day of loading
    expired = db.session.scalar(select(func.count()).where(Event.kind == "offer_expired"))
    assert expired == db.session.scalar(
        select(func.count()).select_from(Offer).where(Offer.status == "expired")
    )
    # Views only of offers that existed that day.
    viewed = db.session.execute(
        select(Event.day, Offer.created_at)
        .join(Offer, Offer.id == Event.offer_id)
        .where(Event.kind == "offer_viewed")
    ).all()
    assert viewed and all(created.date() <= day for day, created in viewed)
    # The operators' dashboard counts the same inquiries and answers as My page.
    from marketplace.indicators import figures
    from marketplace.indicators.rollup import rollup

    rollup()
    sent = db.session.scalar(select(func.count()).where(Event.kind == "inquiry_sent"))
    assert sent == db.session.scalar(select(func.count()).where(Inquiry.kind == "inquiry"))
    assert answered == db.session.scalar(
        select(func.count()).where(Event.kind == "inquiry_answered")
    )
    conversion = figures.conversion(figures.Filters(start=month, end=today()))
    steps = {name: count for name, count, _share in conversion.rows}
    assert steps["inquiries"] > 0 and steps["answered inquiries"] > 0, steps


def test_demo_offers_read_like_trade_and_most_show_a_picture(app, runner, client):
    from marketplace.demo.loader import FAMILIES
    from marketplace.offers.models import OfferPhoto

    assert runner.invoke(args=["demo", "load"]).exit_code == 0
    offers = db.session.scalars(select(Offer)).all()
    sells = [o for o in offers if o.type == "sell"]
    pictured = [o for o in sells if o.photos]
    assert len(pictured) > 0.85 * len(sells)
    # One drawing per product family and look, shared: far fewer files than offers.
    files = db.session.scalar(select(func.count(func.distinct(OfferPhoto.filename))))
    assert files < len(pictured) / 5
    response = client.get(f"/photos/{pictured[0].photos[0].thumb_filename}")
    assert response.status_code == 200 and response.mimetype == "image/jpeg"
    # English titles come from the hand-written families, never from HS wording.
    family_titles = {t.lower() for f in FAMILIES for t in f.titles}
    english = [o for o in offers if o.title.isascii()]
    assert all(any(t in o.title.lower() for t in family_titles) for o in english)
    assert not any("HS code" in o.title or "n.e.c." in o.description for o in offers)
