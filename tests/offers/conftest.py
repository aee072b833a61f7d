"""Fixtures of the offer tests."""

import pytest


@pytest.fixture
def exporter(client, auth, member_factory):
    """An exporter, logged in on ``client``."""
    user = member_factory("exporter")
    auth.login(user.email)
    return user
