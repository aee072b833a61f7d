"""The company directory, company pages, profile editing and verification."""

from marketplace.core.db import db


def test_directory_filters(client, member_factory, offer_factory):
    kr = member_factory("exporter", name="Hanbit Steel", country="KR")
    member_factory("buyer", name="Berlin Imports", country="DE", business_type="buyer")
    offer_factory(kr)
    html = client.get("/companies").get_data(as_text=True)
    assert "Hanbit Steel" in html and "Berlin Imports" in html
    by_country = client.get("/companies?country=DE").get_data(as_text=True)
    assert "Berlin Imports" in by_country and "Hanbit Steel" not in by_country
    by_type = client.get("/companies?business_type=manufacturer").get_data(as_text=True)
    assert "Hanbit Steel" in by_type and "Berlin Imports" not in by_type
    by_category = client.get("/companies?category=minerals").get_data(as_text=True)
    assert "Hanbit Steel" in by_category and "Berlin Imports" not in by_category
    # nonsense filters are ignored rather than failing
    assert client.get("/companies?country=%3Cx%3E&business_type=zzz&page=-3").status_code == 200


def test_company_page_lists_active_offers(client, member_factory, offer_factory):
    member = member_factory("exporter", name="Hanbit Steel")
    offer_factory(member, title="Seamless boiler tubes")
    html = client.get(f"/companies/{member.company_id}").get_data(as_text=True)
    assert "Hanbit Steel" in html and "Seamless boiler tubes" in html


def test_edit_profile_and_bad_input(client, auth, member_factory):
    member = member_factory("exporter")
    auth.login(member.email)
    bad = client.post(
        "/my/company",
        data={"name": "", "country": "KR", "business_type": "manufacturer", "website": "not a url"},
    )
    assert bad.status_code == 422
    html = bad.get_data(as_text=True)
    assert "This field is required" in html and "web address" in html
    good = client.post(
        "/my/company",
        data={
            "name": "Hanbit Steel Co.",
            "country": "KR",
            "business_type": "trading",
            "city": "Ulsan",
        },
    )
    assert good.status_code == 302
    db.session.refresh(member.company)
    assert member.company.name == "Hanbit Steel Co." and member.company.city == "Ulsan"


def test_malformed_website_is_explained(client, auth, member_factory):
    member = member_factory("exporter")
    auth.login(member.email)
    response = client.post(
        "/my/company",
        data={
            "name": "Hanbit",
            "country": "KR",
            "business_type": "manufacturer",
            "website": "http://[oops",
        },
    )
    assert response.status_code == 422 and "web address" in response.get_data(as_text=True)
