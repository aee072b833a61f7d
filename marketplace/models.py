"""Imports every model so that SQLAlchemy and Alembic see the whole schema."""

from marketplace.accounts.models import ApiToken, LoginFailure, User
from marketplace.activity.models import Event
from marketplace.api.models import IdempotencyRecord
from marketplace.companies.models import Company
from marketplace.conversations.models import (
    Inquiry,
    InquiryMessage,
    Match,
    Notification,
    SavedSearch,
)
from marketplace.indicators.models import DailyFigure, RollupState
from marketplace.offers.models import Offer, OfferPhoto
from marketplace.partners.models import PartnerCall, PartnerState
from marketplace.posting.models import Posting, PostingPreference
from search_index.models import IndexQueueEntry

__all__ = [
    "ApiToken",
    "Company",
    "DailyFigure",
    "Event",
    "IdempotencyRecord",
    "IndexQueueEntry",
    "Inquiry",
    "InquiryMessage",
    "LoginFailure",
    "Match",
    "Notification",
    "Offer",
    "OfferPhoto",
    "PartnerCall",
    "PartnerState",
    "Posting",
    "PostingPreference",
    "RollupState",
    "SavedSearch",
    "User",
]
