"""A bad partner file is refused at start-up with a message naming partner and field."""

import pytest

from marketplace.partners.config import PartnerConfigError, parse_partners
from tests.conftest import make_app

GOOD = """
[[partners]]
name = "busan-trade"
title = "Busan Trade Portal"
kind = "portal"
url = "http://127.0.0.1:5001"
search = true
post = true
timeout = 2.0
token_env = "BUSAN_TOKEN"
"""


def test_good_file_parses():
    (partner,) = parse_partners(GOOD)
    assert partner.name == "busan-trade" and partner.kind == "portal" and partner.timeout == 2.0


@pytest.mark.parametrize(
    "change, message",
    [
        (('kind = "portal"', 'kind = "ftp"'), "'busan-trade'): field 'kind'"),
        (('url = "http://127.0.0.1:5001"', 'url = "javascript:alert(1)"'), "field 'url'"),
        (("timeout = 2.0", 'timeout = "soon"'), "field 'timeout'"),
        (("timeout = 2.0", "timeout = -1"), "field 'timeout'"),
        (('name = "busan-trade"', 'name = "Busan Trade!"'), "field 'name'"),
        (("search = true", "search = 1"), "field 'search'"),
        (("post = true", "post = true\ncolour = 3"), "unknown field 'colour'"),
    ],
)
def test_bad_fields_are_named(change, message):
    with pytest.raises(PartnerConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_partners(GOOD.replace(*change))


def test_duplicate_names_and_invalid_toml():
    with pytest.raises(PartnerConfigError, match="used by another partner"):
        parse_partners(GOOD + GOOD)
    with pytest.raises(PartnerConfigError, match="not valid TOML"):
        parse_partners("[[partners]\nname=")


def test_json_partner_needs_a_mapping():
    text = GOOD.replace('kind = "portal"', 'kind = "json"').replace("post = true", "post = false")
    with pytest.raises(PartnerConfigError, match="mapping"):
        parse_partners(text)


def test_app_refuses_to_start_with_a_bad_file(tmp_path):
    bad = tmp_path / "partners.toml"
    bad.write_text(GOOD.replace('kind = "portal"', 'kind = "carrier-pigeon"'))
    with pytest.raises(PartnerConfigError, match="busan-trade"):
        make_app(tmp_path / "data", PARTNERS_FILE=str(bad))
