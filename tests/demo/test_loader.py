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
