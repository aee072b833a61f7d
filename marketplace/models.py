"""Imports every model so that SQLAlchemy and Alembic see the whole schema."""

from marketplace.accounts.models import ApiToken, LoginFailure, LoginSession, PasswordReset, User
from marketplace.activity.models import Event
from marketplace.api.models import IdempotencyRecord
from marketplace.catalog.exchange_rates import ExchangeRate
from marketplace.companies.models import Company
from marketplace.consultations.models import (
    ChatLine,
    Consultation,
    ConsultationSlot,
    Participant,
    RoomPeer,
    RoomSignal,
)
from marketplace.conversations.models import (
    Inquiry,
    InquiryMessage,
    Match,
    Notification,
    SavedSearch,
)
from marketplace.core.jobs import PeriodicJob
from marketplace.core.kept_forms import KeptForm
from marketplace.core.mail import LoggedMail
from marketplace.core.processes import RunningProcess
from marketplace.core.storage import StoredFile
from marketplace.deals.models import Quotation, QuotationAttachment
from marketplace.ecatalogue.models import CatalogueFile
from marketplace.indicators.models import DailyFigure, RollupState
from marketplace.offers.models import Offer, OfferPhoto, PendingPhoto
from marketplace.partners.models import PartnerCall, PartnerState
from marketplace.posting.models import Posting, PostingPreference
from marketplace.trust.models import Evidence, PayeeAccount, PayeeWarning, Report, Verification
from search_index.models import ChangeLogEntry, ChangeLogState, IndexNode

__all__ = [
    "ApiToken",
    "CatalogueFile",
    "ChangeLogEntry",
    "ChangeLogState",
    "ChatLine",
    "Company",
    "Consultation",
    "ConsultationSlot",
    "DailyFigure",
    "Event",
    "Evidence",
    "ExchangeRate",
    "IdempotencyRecord",
    "IndexNode",
    "Inquiry",
    "InquiryMessage",
    "KeptForm",
    "LoggedMail",
    "LoginFailure",
    "LoginSession",
    "Match",
    "Notification",
    "Offer",
    "OfferPhoto",
    "Participant",
    "PartnerCall",
    "PartnerState",
    "PasswordReset",
    "PayeeAccount",
    "PayeeWarning",
    "PendingPhoto",
    "PeriodicJob",
    "Posting",
    "PostingPreference",
    "Quotation",
    "QuotationAttachment",
    "Report",
    "RollupState",
    "RoomPeer",
    "RoomSignal",
    "RunningProcess",
    "SavedSearch",
    "StoredFile",
    "User",
    "Verification",
]
