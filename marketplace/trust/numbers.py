"""Registration numbers, IBANs and account numbers: checked with maintained libraries.

Business registration and VAT numbers are checked by python-stdnum, which knows
each country's format and check digits (Korean BRN, Chinese USCC, EU VAT, …); a
country it does not know gets a plain sanity check and is marked "format not
checked". IBANs and BICs are checked by schwifty. ``find_accounts`` reads free
text (a message) for bank account numbers, for the payee lock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException
from stdnum import get_cc_module
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError

from marketplace.core.fields import FieldError

# The company registration number a trader would give first, by country; every
# country python-stdnum knows also accepts its VAT number.
_PREFERRED = {
    "kr": ("brn",),
    "cn": ("uscc",),
    "jp": ("cn",),
    "us": ("ein",),
    "br": ("cnpj",),
    "sg": ("uen",),
    "au": ("abn",),
    "ca": ("bn",),
    "mx": ("rfc",),
    "in": ("gstin",),
    "vn": ("mst",),
    "tw": ("ubn",),
    "ru": ("inn",),
    "es": ("cif",),
}
_FREE_FORM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./-]{3,39}$")


@dataclass(frozen=True)
class CheckedNumber:
    """A registration number as we keep it: formatted, with the scheme that checked it."""

    number: str
    scheme: str  # "" when no library knows the country's format


def _schemes(country: str) -> list[Any]:  # python-stdnum's number modules
    cc = country.lower()
    names = (*_PREFERRED.get(cc, ()), "vat")
    found = [get_cc_module(cc, name) for name in names]
    return [m for m in dict.fromkeys(found) if m is not None]


def _scheme_name(module: Any) -> str:
    # python-stdnum's first docstring line names the number: "BRN (사업자 등록 번호, …)".
    return (module.__doc__ or module.__name__).strip().splitlines()[0].rstrip(".")


def _korean_brn_check_digit(compact: str) -> bool:
    """The National Tax Service's check digit of a 사업자등록번호, which python-stdnum 2.2
    does not test (it checks the length and the office code only): weights 1 3 7 1 3 7 1 3 5
    on the first nine digits, plus the tens of the ninth digit times 5."""
    digits = [int(c) for c in compact]
    total = sum(d * w for d, w in zip(digits, (1, 3, 7, 1, 3, 7, 1, 3, 5), strict=False))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10 == digits[9]


# Checks a scheme's library module leaves out, by module name.
_EXTRA_CHECKS = {"stdnum.kr.brn": _korean_brn_check_digit}


def check_registration(country: str, raw: str) -> CheckedNumber:
    """A company's registration or VAT number, checked against ``country``'s formats.

    An EU VAT number written with its country prefix ("DE 136 695 976") is read as
    such. Raises FieldError with the formats Tradewind checked when none fits.
    """
    value = " ".join(raw.split())
    if not value:
        raise FieldError(_l("Enter the registration number."))
    if len(value) > 40:
        raise FieldError(
            _l("Use at most %(n)d characters (you entered %(got)d).", n=40, got=len(value))
        )
    schemes = _schemes(country)
    if value[:2].isalpha() and eu_vat.is_valid(value):
        return CheckedNumber(eu_vat.compact(value), _scheme_name(eu_vat))
    for module in schemes:
        try:
            compact = module.validate(value)
        except ValidationError:
            continue
        extra = _EXTRA_CHECKS.get(module.__name__)
        if extra is not None and not extra(module.compact(compact)):
            continue
        formatted = module.format(compact) if hasattr(module, "format") else compact
        return CheckedNumber(formatted, _scheme_name(module))
    if schemes:
        raise FieldError(
            _l(
                "This is not a valid number for this country. Tradewind checks: %(schemes)s. "
                "Check for a missing or swapped digit.",
                schemes="; ".join(_scheme_name(m) for m in schemes),
            )
        )
    if not _FREE_FORM.match(value):
        raise FieldError(_l("Use letters, digits, spaces, dots, slashes or dashes (4 to 40)."))
    return CheckedNumber(value, "")


def check_iban(raw: str) -> str:
    """An IBAN in its compact form ("DE89370400440532013000")."""
    try:
        return IBAN(raw).compact
    except SchwiftyException:
        raise FieldError(
            _l(
                "This is not a valid IBAN. Copy it from a bank statement, e.g. DE89 3704 0044 0532 0130 00."
            )
        ) from None


def check_bic(raw: str) -> str:
    """A BIC (SWIFT code) of 8 or 11 characters."""
    try:
        return str(BIC(raw.replace(" ", "")))
    except SchwiftyException:
        raise FieldError(
            _l("This is not a valid SWIFT/BIC code (8 or 11 letters and digits, e.g. DEUTDEFF).")
        ) from None


def check_account_number(raw: str) -> str:
    """A domestic account number: 6 to 34 digits, dashes and spaces allowed between them."""
    compact = re.sub(r"[\s-]", "", raw)
    if not re.fullmatch(r"\d{6,34}", compact):
        raise FieldError(
            _l("Enter the account number: 6 to 34 digits (dashes and spaces are fine).")
        )
    return compact


def format_iban(compact: str) -> str:
    """An IBAN in groups of four, as banks print it."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def mask(compact: str) -> str:
    """An account for others to read: only its last four characters ("•••• 3000")."""
    return f"•••• {compact[-4:]}" if len(compact) > 4 else "••••"


# IBAN-looking runs: two letters, two digits, then 11 to 30 letters or digits in any
# grouping. Each candidate is confirmed by schwifty (country length and check digits).
_IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}\b", re.IGNORECASE)
# A domestic account number is only read where the text says it is one: a keyword
# in one of the portal's languages, then up to 30 characters, then the digits.
_ACCOUNT_WORDS = (
    r"account|acct|a/c|acc\.?\s*no|konto|cuenta|compte|conta|rekening|"
    r"계좌|账户|账号|帳戶|口座|振込先"
)
_ACCOUNT = re.compile(rf"(?:{_ACCOUNT_WORDS})[^\d\n]{{0,30}}(\d[\d -]{{4,40}}\d)", re.IGNORECASE)


def find_accounts(text: str) -> list[str]:
    """Bank account numbers a text names, compact: valid IBANs anywhere, and digit runs
    of 6 to 34 digits that follow a word such as "account" or "계좌"."""
    found: list[str] = []
    for match in _IBAN_LIKE.finditer(text):
        candidate = re.sub(r"[\s-]", "", match.group(0)).upper()
        # The run may have swallowed a following word: try shorter prefixes too.
        for end in range(len(candidate), 14, -1):
            try:
                found.append(IBAN(candidate[:end]).compact)
                break
            except SchwiftyException:
                continue
    for match in _ACCOUNT.finditer(text):
        digits = re.sub(r"[\s-]", "", match.group(1))
        # The digits of an IBAN found above ("account DE44 5001 …") are not a second account.
        if 6 <= len(digits) <= 34 and not any(digits in iban for iban in found):
            found.append(digits)
    return list(dict.fromkeys(found))


def same_account(found: str, verified_compact: str) -> bool:
    """True when a number found in text is the verified account: the same IBAN, or the
    domestic number inside it (an IBAN ends with the account number)."""
    return found == verified_compact or (found.isdigit() and verified_compact.endswith(found))
