"""Response rate and time: shown from five inquiries on, and a ranking signal."""

from datetime import timedelta

from sqlalchemy import select

from marketplace.conversations import inquiries, responsiveness
from marketplace.conversations.models import Inquiry
from marketplace.core.db import db, utcnow


def _received(owner, offer, buyers, answered: int, hours: float):
    for n, buyer in enumerate(buyers):
        inquiries.send(buyer, offer, {"body": f"Please quote {n + 1} tonnes, CIF Hamburg."})
    db.session.flush()
    for n, inquiry in enumerate(
        db.session.scalars(select(Inquiry).where(Inquiry.offer_id == offer.id))
    ):
        if n < answered:
            inquiry.first_answer_at = inquiry.created_at + timedelta(hours=hours)
    responsiveness.refresh_all()
    db.session.commit()


def test_figures_show_from_five_inquiries(client, member_factory, offer_factory):
    owner = member_factory("exporter", name="Hanbit Steel")
    offer = offer_factory(author=owner, title="Hot-rolled coils")
    buyers = [member_factory("buyer", business_type="buyer") for _ in range(5)]
    _received(owner, offer, buyers[:4], answered=4, hours=3)
    assert "of inquiries" not in client.get(f"/companies/{owner.company_id}").get_data(as_text=True)
    _received(owner, offer, buyers[4:], answered=5, hours=3)
    line = "Answers 100% of inquiries, usually within 3 hours (last 90 days)"
    assert line in client.get(f"/companies/{owner.company_id}").get_data(as_text=True)
    assert line in client.get(f"/offers/{offer.id}").get_data(as_text=True)


def test_old_inquiries_do_not_count(member_factory, offer_factory):
    owner = member_factory("exporter")
    offer = offer_factory(author=owner)
    buyers = [member_factory("buyer", business_type="buyer") for _ in range(5)]
    _received(owner, offer, buyers, answered=0, hours=0)
    for inquiry in db.session.scalars(select(Inquiry)):
        inquiry.created_at = utcnow() - timedelta(days=91)
    responsiveness.refresh_all()
    db.session.refresh(owner.company)
    assert owner.company.inquiries_received == 0 and owner.company.response_rate is None


def test_a_responsive_verified_seller_ranks_first_among_equals(
    client, member_factory, offer_factory, sync
):
    slow = member_factory("exporter", name="Slow Steel")
    quick = member_factory("exporter", name="Quick Steel")
    offer_factory(author=slow, title="Galvanised steel wire", description="Zinc coated.")
    quick_offer = offer_factory(
        author=quick, title="Galvanised steel wire", description="Zinc coated."
    )
    buyers = [member_factory("buyer", business_type="buyer") for _ in range(5)]
    _received(quick, quick_offer, buyers, answered=5, hours=2)
    quick.company.verified = True
    db.session.commit()
    sync()
    page = client.get("/search?q=galvanised+wire").get_data(as_text=True)
    assert page.index("Quick Steel") < page.index("Slow Steel")
