"""Load the deterministic demo data set: companies, their members and about 2,000 offers.

Everything comes from one seeded random generator, so two loads on the same day give the
same rows with the same ids; only the dates move, relative to today's UTC date. Objects
are only added and flushed: the caller (``flask demo load``, ``make run``) commits.
"""
from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from marketplace.accounts.models import User
from marketplace.catalog import categories, hs
from marketplace.companies.models import Company
from marketplace.core.db import db, utcnow
from marketplace.core.passwords import hash_password
from marketplace.demo import wording
from marketplace.demo.companies import COMPANIES, HANBIT, NORDHAFEN, DemoCompany
from marketplace.demo.local_offers import CHINESE, KOREAN, Local
from marketplace.demo.places import COUNTRY_NAMES, PORT_NAMES_KO, PORT_NAMES_ZH, PORTS
from marketplace.demo.products import BLOCKED_PREFIXES, POPULAR, Popular, profile_for
from marketplace.demo.trade import HISTORY_DAYS, trade_terms
from marketplace.offers.models import Offer

SEED = 20261127
DEMO_PASSWORD = "tradewind-demo"
DEMO_ACCOUNTS: list[tuple[str, str, str]] = [
    ("exporter@tradewind.demo", "exporter", DEMO_PASSWORD),
    ("buyer@tradewind.demo", "buyer", DEMO_PASSWORD),
    ("operator@tradewind.demo", "operator", DEMO_PASSWORD),
]
# Not an argon2 hash, so verify_password() always fails: generated members cannot log in.
UNUSABLE_PASSWORD_HASH = "!"

TOTAL_OFFERS = 2000
BUY_OFFERS = 600
HANBIT_SELL_OFFERS = 30
KOREAN_OFFERS = 80
CHINESE_OFFERS = 20
POPULAR_SHARE = 0.35        # English offers drawn from the hand-written everyday products
SUPPLIER_BUY_SHARE = 0.09   # buy offers posted by suppliers (for their raw materials)
NO_HS_SHARE = 0.04          # offers posted with a category but no HS code
MIN_PER_CATEGORY = 40
EXPIRED_SHARE, WITHDRAWN_SHARE = 0.03, 0.01

# The demo buyer's own requests, matching what the demo exporter sells.
NORDHAFEN_BUYS = ("730640", "730441", "730723", "848180", "940542")

# Generated subheadings of a category are picked with these weights once every
# category has MIN_PER_CATEGORY offers, so the mix looks like real trade lead sites.
CATEGORY_WEIGHTS = {
    "agricultural-food": 14, "minerals": 10, "machinery-equipment": 10,
    "electrical-electronics": 9, "chemical-plastics": 9, "textiles-leather": 9,
    "automotive-vehicles": 6, "computers-telecom": 5, "beauty-household": 5, "wood-furniture": 5,
    "medical-health": 4, "glass-optical": 3, "sports-leisure": 3, "stationery-gifts": 3,
    "environment": 3, "others": 2,
}
PORT_NAMES = {code: name for ports in PORTS.values() for code, name in ports}


def database_is_empty() -> bool:
    """True when the database holds neither offers nor companies."""
    return (db.session.scalar(select(Offer.id).limit(1)) is None
            and db.session.scalar(select(Company.id).limit(1)) is None)


def load_demo() -> str:
    """Add the demo data set to ``db.session`` and flush it; return a one-line summary.

    Needs an app context (the demo passwords are hashed with the app's settings).
    """
    from marketplace.demo.activity import load_activity

    today = utcnow().date()
    builder = _Builder(random.Random(SEED), today)
    builder.add_companies()
    builder.plan_offers()
    offers = builder.add_offers()
    events = load_activity(offers, list(builder.users.values()), SEED, today)
    return (f"loaded {len(builder.companies)} companies, {len(builder.users)} members, "
            f"{len(offers)} offers, {events} activity events")


class _Builder:
    """Holds the generator, the companies and the planned offers while the set is built."""

    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today
        self.midnight = datetime.combine(today, time.min, tzinfo=UTC)
        self.companies: dict[str, Company] = {}
        self.users: dict[str, User] = {}
        self.authors: dict[str, User] = {}   # who posts each company's offers
        self.plans: list[dict] = []
        self.titles: set[tuple[str, str]] = set()  # membership only, never iterated
        self.suppliers = [c for c in COMPANIES if not c.is_buyer]
        self.buyers = [c for c in COMPANIES if c.is_buyer and c.key != NORDHAFEN]
        usable = [s.code for s in hs.subheadings() if not s.code.startswith(BLOCKED_PREFIXES)]
        self.codes_by_category: dict[str, list[str]] = {c.slug: [] for c in categories.CATEGORIES}
        for code in usable:
            self.codes_by_category[categories.category_for_hs(code).slug].append(code)
        # For each supplier, the subheadings it sells, by category.
        self.supplier_codes: dict[str, dict[str, list[str]]] = {}
        for company in self.suppliers:
            prefixes = tuple(company.scope_items)
            by_category: dict[str, list[str]] = {}
            for code in usable:
                if code.startswith(prefixes):
                    by_category.setdefault(categories.category_for_hs(code).slug, []).append(code)
            self.supplier_codes[company.key] = by_category
        # Which suppliers (other than the demo exporter's company) sell each popular product.
        self.popular_sellers = {p: [c for c in self.suppliers if c.key != HANBIT
                                    and p.hs_code.startswith(tuple(c.scope_items))]
                                for p in POPULAR}

    # --- companies and members -------------------------------------------------------

    def _past(self, low_days: int, high_days: int) -> datetime:
        return self.midnight - timedelta(days=self.rng.randint(low_days, high_days),
                                         seconds=self.rng.randint(1, 86399))

    def add_companies(self) -> None:
        """Create every company with one member, then the three demo accounts."""
        for spec in COMPANIES:
            joined = self._past(HISTORY_DAYS + 30, 900)
            company = Company(
                name=spec.name, country=spec.country, city=spec.city,
                business_type=spec.business_type, size_class=spec.size_class,
                year_established=spec.year, website=f"https://{spec.key}.example",
                main_products=spec.main_products, description=self._profile_text(spec),
                verified=spec.verified, created_at=joined, updated_at=joined)
            user = User(email=f"{'purchasing' if spec.is_buyer else 'sales'}@{spec.key}.example",
                        password_hash=UNUSABLE_PASSWORD_HASH,
                        role="buyer" if spec.is_buyer else "exporter", name=spec.contact,
                        locale="ko" if spec.country == "KR" else None, company=company,
                        created_at=joined + timedelta(minutes=3))
            self.companies[spec.key] = company
            self.users[user.email] = self.authors[spec.key] = user
        demo_companies = {"exporter": HANBIT, "buyer": NORDHAFEN, "operator": None}
        for email, role, password in DEMO_ACCOUNTS:
            key = demo_companies[role]
            company = self.companies[key] if key else None
            joined = (company.created_at + timedelta(hours=1) if company
                      else self._past(HISTORY_DAYS + 30, 900))
            user = User(email=email, password_hash=hash_password(password), role=role,
                        name=f"Demo {role.capitalize()}", locale=None, company=company,
                        created_at=joined)
            self.users[email] = user
            if key:  # the demo accounts own their companies' offers, so they see them as theirs
                self.authors[key] = user
        db.session.add_all(self.companies.values())
        db.session.add_all(self.users.values())
        db.session.flush()

    @staticmethod
    def _profile_text(spec: DemoCompany) -> str:
        if spec.is_buyer:
            closing = "It welcomes offers from reliable manufacturers and exporters."
        else:
            closing = "Inquiries from importers, distributors and OEM partners are welcome."
        return f"{spec.blurb} {closing}"

    # --- offer plans -------------------------------------------------------------------

    def plan_offers(self) -> None:
        """Decide every offer: local-language ones, the demo companies', then the rest."""
        rng = self.rng
        self._plan_local(KOREAN, KOREAN_OFFERS, "ko")
        self._plan_local(CHINESE, CHINESE_OFFERS, "zh")
        hanbit = next(c for c in COMPANIES if c.key == HANBIT)
        steel = [p for p in POPULAR if p.hs_code.startswith(tuple(hanbit.scope_items))]
        while sum(p["company_key"] == HANBIT for p in self.plans) < HANBIT_SELL_OFFERS:
            if rng.random() < 0.4:
                self._plan_popular(hanbit, "sell", rng.choice(steel))
            else:
                category = rng.choice(list(self.supplier_codes[HANBIT]))
                code = rng.choice(self.supplier_codes[HANBIT][category])
                self._plan_generated(hanbit, "sell", code, category)
        nordhafen = next(c for c in COMPANIES if c.key == NORDHAFEN)
        for code in NORDHAFEN_BUYS:
            self._plan_popular(nordhafen, "buy", next(p for p in POPULAR if p.hs_code == code))

        buys = sum(p["type"] == "buy" for p in self.plans)
        slots = (["sell"] * (TOTAL_OFFERS - BUY_OFFERS - (len(self.plans) - buys))
                 + ["buy"] * (BUY_OFFERS - buys))
        generated: list[str] = []
        for offer_type in slots:
            if rng.random() < POPULAR_SHARE:
                self._plan_popular_anywhere(offer_type)
            else:
                generated.append(offer_type)
        for offer_type, category in zip(generated, self._category_schedule(len(generated))):
            if offer_type == "sell":
                company = rng.choice([c for c in self.suppliers if c.key != HANBIT
                                      and category in self.supplier_codes[c.key]])
                code = rng.choice(self.supplier_codes[company.key][category])
            else:
                if rng.random() < SUPPLIER_BUY_SHARE:
                    company = rng.choice([c for c in self.suppliers if c.key != HANBIT])
                else:
                    company = self._buyer_for(category)
                code = rng.choice(self.codes_by_category[category])
            self._plan_generated(company, offer_type, code, category)

    def _category_schedule(self, count: int) -> list[str]:
        """Categories for the generated offers: top every category up to the minimum first."""
        have = {slug: 0 for slug in CATEGORY_WEIGHTS}
        for plan in self.plans:
            have[plan["category"]] += 1
        schedule = [slug for slug in CATEGORY_WEIGHTS
                    for _ in range(max(0, MIN_PER_CATEGORY - have[slug]))]
        schedule += self.rng.choices(list(CATEGORY_WEIGHTS),
                                     weights=list(CATEGORY_WEIGHTS.values()),
                                     k=count - len(schedule))
        self.rng.shuffle(schedule)
        return schedule

    def _buyer_for(self, category: str) -> DemoCompany:
        interested = [c for c in self.buyers if category in c.scope_items]
        return self.rng.choice(interested or self.buyers)

    def _plan_popular_anywhere(self, offer_type: str) -> None:
        rng = self.rng
        if offer_type == "sell":
            options = {p: cs for p, cs in self.popular_sellers.items() if cs}
            item = rng.choices(list(options), weights=[p.weight for p in options])[0]
            company = rng.choice(options[item])
        else:
            item = rng.choices(POPULAR, weights=[p.weight for p in POPULAR])[0]
            company = self._buyer_for(categories.category_for_hs(item.hs_code).slug)
        self._plan_popular(company, offer_type, item)

    def _plan_popular(self, company: DemoCompany, offer_type: str, item: Popular) -> None:
        category = categories.category_for_hs(item.hs_code).slug
        values = trade_terms(self.rng, company, offer_type, item.unit, item.price,
                             item.quantity, self.midnight)
        values["hs_code"] = None if self.rng.random() < NO_HS_SHARE else item.hs_code
        self._add_english(company, offer_type, category, values, self.rng.choice(item.titles),
                          item.spec, item.hs_code)

    def _plan_generated(self, company: DemoCompany, offer_type: str, code: str,
                        category: str) -> None:
        profile = self.rng.choice(profile_for(code))
        values = trade_terms(self.rng, company, offer_type, profile.unit, profile.price,
                             profile.quantity, self.midnight)
        values["hs_code"] = None if self.rng.random() < NO_HS_SHARE else code
        self._add_english(company, offer_type, category, values, wording.hs_title(code), None,
                          code)

    def _add_english(self, company: DemoCompany, offer_type: str, category: str, values: dict,
                     product: str, spec: str | None, code: str) -> None:
        for _ in range(4):  # vary the wording rather than repeat a title within a company
            title = wording.offer_title(self.rng, product, offer_type, company.country,
                                        COUNTRY_NAMES[company.country],
                                        company.business_type == "manufacturer")
            if (company.key, title) not in self.titles:
                break
        values.update(type=offer_type, title=title, category=category)
        values["description"] = wording.english_description(
            self.rng, values, company=company, product=product, spec=spec, product_code=code,
            category=category, port_name=PORT_NAMES.get(values["port"]),
            country_names=COUNTRY_NAMES)
        self._keep(company, values)

    def _plan_local(self, items: tuple[Local, ...], total: int, language: str) -> None:
        """Spread ``total`` offers over the hand-written Korean or Chinese items."""
        rng = self.rng
        counts = [1] * len(items)
        for _ in range(total - len(items)):
            counts[rng.randrange(len(items))] += 1
        companies = {c.key: c for c in COMPANIES}
        for item, count in zip(items, counts):
            company = companies[item.company]
            for _ in range(count):
                values = trade_terms(rng, company, item.type, item.unit, item.price,
                                     item.quantity, self.midnight)
                values.update(type=item.type, hs_code=item.hs_code,
                              category=categories.category_for_hs(item.hs_code).slug)
                if language == "ko":
                    variants = ([item.title, item.title, f"{item.title} - OEM/ODM 가능",
                                 f"[한국산] {item.title}", f"{item.title} 대량 공급"]
                                if item.type == "sell" else [item.title, f"[구매] {item.title}"])
                    if item.type == "sell" and "수출" not in item.title:
                        variants.append(f"{item.title} 수출")
                    port_name = PORT_NAMES_KO.get(values["port"], PORT_NAMES.get(values["port"]))
                    describe = wording.korean_description
                else:
                    variants = ([item.title, f"{item.title} 厂家直销", f"{item.title} 出口"]
                                if item.type == "sell" else [item.title])
                    port_name = PORT_NAMES_ZH.get(values["port"], PORT_NAMES.get(values["port"]))
                    describe = wording.chinese_description
                values["title"] = rng.choice(variants)
                values["description"] = describe(rng, values, company=company, item=item,
                                                 port_name=port_name)
                self._keep(company, values)

    def _keep(self, company: DemoCompany, values: dict) -> None:
        self.titles.add((company.key, values["title"]))
        values["company_key"] = company.key
        self.plans.append(values)

    # --- statuses, dates and rows ------------------------------------------------------------

    def _set_statuses(self) -> None:
        """Expire about 3% (only offers old enough) and withdraw about 1%; date every change."""
        rng = self.rng
        old = [i for i, p in enumerate(self.plans)
               if p["created_at"] <= self.midnight - timedelta(days=20)]
        expired = set(rng.sample(old, round(EXPIRED_SHARE * len(self.plans))))
        rest = [i for i in range(len(self.plans)) if i not in expired]
        withdrawn = set(rng.sample(rest, round(WITHDRAWN_SHARE * len(self.plans))))
        for i, plan in enumerate(self.plans):
            created = plan["created_at"]
            if i in expired:
                # Valid until the day before yesterday at the latest, so that the expiry
                # (00:05 the next day) lies in the past whatever the time of loading.
                age = (self.today - created.date()).days
                plan["valid_until"] = created.date() + timedelta(days=rng.randint(7, age - 3))
                changed = datetime.combine(plan["valid_until"] + timedelta(days=1), time(0, 5),
                                           tzinfo=UTC)
                plan.update(status="expired", status_changed_at=changed, updated_at=changed)
            elif i in withdrawn:
                changed = created + (self.midnight - created) * rng.uniform(0.2, 0.9)
                plan.update(status="withdrawn", status_changed_at=changed, updated_at=changed)
            else:
                edited = created if rng.random() < 0.65 else (
                    created + (self.midnight - created) * rng.uniform(0.05, 0.6))
                plan.update(status="active", status_changed_at=created, updated_at=edited)

    def add_offers(self) -> list[Offer]:
        """Turn the plans into Offer rows, oldest first so that ids grow with time."""
        self._set_statuses()
        offers = []
        for plan in sorted(self.plans, key=lambda p: p["created_at"]):
            key = plan.pop("company_key")
            offers.append(Offer(**plan, company=self.companies[key], author=self.authors[key]))
        db.session.add_all(offers)
        db.session.flush()
        return offers
