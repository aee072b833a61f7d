"""Load the deterministic demo data set: companies, their members and about 2,000 offers.

Everything comes from one seeded random generator, so two loads on the same day give the
same rows with the same ids; only the dates move, relative to today's UTC date. Objects
are only added and flushed: the caller (``flask demo load``, ``make run``) commits.

A second, smaller set (``demo load --variant partner``) fills the demo partner portal
that ``make run`` starts beside the main one: other companies (from Busan and the
south-east of Korea, and their buyers), other offers, its own demo accounts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from marketplace.accounts.models import User
from marketplace.catalog import categories, hs
from marketplace.companies.models import Company
from marketplace.conversations import responsiveness
from marketplace.core.db import db, utcnow
from marketplace.core.passwords import hash_password
from marketplace.demo import wording
from marketplace.demo.companies import COMPANIES, HANBIT, NORDHAFEN, DemoCompany
from marketplace.demo.local_offers import CHINESE, KOREAN, Local
from marketplace.demo.more_products import MORE_POPULAR
from marketplace.demo.places import COUNTRY_NAMES, PORT_NAMES_KO, PORT_NAMES_ZH, PORTS
from marketplace.demo.products import BLOCKED_PREFIXES, POPULAR, Popular, profile_for
from marketplace.demo.trade import HISTORY_DAYS, trade_terms
from marketplace.offers.models import Offer
from marketplace.trust import verification
from marketplace.trust.models import Verification

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
# Hand-written product families (titles, specifications, prices as exporters write them).
# English offers are drawn from them wherever a family of the offer's category has a
# seller; only the rest are made from HS subheadings' wording (a few dozen).
FAMILIES: tuple[Popular, ...] = POPULAR + MORE_POPULAR
EXPORTER_FAMILY_SHARE = 1.0  # the demo exporter's own offers: all from its families
SUPPLIER_BUY_SHARE = 0.09  # buy offers posted by suppliers (for their raw materials)
NO_HS_SHARE = 0.04  # offers posted with a category but no HS code
MIN_PER_CATEGORY = 40
EXPIRED_SHARE, WITHDRAWN_SHARE = 0.03, 0.01

# The demo buyer's own requests, matching what the demo exporter sells.
NORDHAFEN_BUYS = ("730640", "730441", "730723", "848180", "940542")

# Generated subheadings of a category are picked with these weights once every
# category has MIN_PER_CATEGORY offers, so the mix looks like real trade lead sites.
CATEGORY_WEIGHTS = {
    "agricultural-food": 14,
    "minerals": 10,
    "machinery-equipment": 10,
    "electrical-electronics": 9,
    "chemical-plastics": 9,
    "textiles-leather": 9,
    "automotive-vehicles": 6,
    "computers-telecom": 5,
    "beauty-household": 5,
    "wood-furniture": 5,
    "medical-health": 4,
    "glass-optical": 3,
    "sports-leisure": 3,
    "stationery-gifts": 3,
    "environment": 3,
    "others": 2,
}
PORT_NAMES = {code: name for ports in PORTS.values() for code, name in ports}


@dataclass(frozen=True)
class Variant:
    """What one demo data set is made of."""

    seed: int
    companies: tuple[DemoCompany, ...]
    exporter: str  # key of the demo exporter's company
    buyer: str  # key of the demo buyer's company
    accounts: list[tuple[str, str, str]]  # (e-mail, role, password), exporter first
    total_offers: int
    buy_offers: int
    exporter_sell_offers: int
    buyer_requests: tuple[str, ...]  # HS codes of popular products the demo buyer asks for
    korean: tuple[Local, ...]
    korean_offers: int
    chinese: tuple[Local, ...]
    chinese_offers: int
    min_per_category: int
    category_weights: dict[str, int]


DEFAULT = Variant(
    seed=SEED,
    companies=COMPANIES,
    exporter=HANBIT,
    buyer=NORDHAFEN,
    accounts=DEMO_ACCOUNTS,
    total_offers=TOTAL_OFFERS,
    buy_offers=BUY_OFFERS,
    exporter_sell_offers=HANBIT_SELL_OFFERS,
    buyer_requests=NORDHAFEN_BUYS,
    korean=KOREAN,
    korean_offers=KOREAN_OFFERS,
    chinese=CHINESE,
    chinese_offers=CHINESE_OFFERS,
    min_per_category=MIN_PER_CATEGORY,
    category_weights=CATEGORY_WEIGHTS,
)

# --- the demo partner portal's set: a regional portal of Busan and the south-east ---------

C, K = DemoCompany, Local
DONGNAM = "dongnam-marine"
HAKATA = "hakata-boeki"
PARTNER_COMPANIES: tuple[DemoCompany, ...] = (
    C(
        DONGNAM,
        "동남마린 (Dongnam Marine Engineering Co., Ltd.)",
        "KR",
        "Busan",
        "manufacturer",
        "sme",
        2001,
        True,
        "Kim Tae-yang",
        "Marine diesel engine parts, ship valves, deck winches, propellers",
        "8409 8425 8481 8487",
        "Dongnam Marine Engineering makes engine spares, valves and deck machinery for ships "
        "at its workshop in the Noksan industrial complex, and repairs them alongside in Busan "
        "port.",
    ),
    C(
        "yeongdo-steel",
        "영도철강 (Yeongdo Steel Co., Ltd.)",
        "KR",
        "Busan",
        "manufacturer",
        "sme",
        1993,
        True,
        "Lee Seung-min",
        "Carbon steel pipes, hot-rolled plates, galvanised sheets, H-beams, steel structures",
        "7208 7210 7216 7306 7308",
        "Yeongdo Steel cuts, rolls and welds carbon steel for shipyards and builders from its "
        "mill on Yeongdo island, with its own quay for loading.",
    ),
    C(
        "gijang-seafood",
        "기장수산 (Gijang Seafood Co., Ltd.)",
        "KR",
        "Busan",
        "manufacturer",
        "sme",
        2008,
        False,
        "Oh Min-ji",
        "Dried anchovies, laver (gim), frozen fish and shrimp, fish sauce",
        "0303 0304 0305 0306 12122 1604 2103",
        "Gijang Seafood buys from the fishing boats of Gijang harbour and dries, freezes and "
        "packs anchovies, seaweed and fish for export under HACCP.",
    ),
    C(
        "ulsan-petrochem",
        "울산석유화학 (Ulsan Petrochemical Co., Ltd.)",
        "KR",
        "Ulsan",
        "manufacturer",
        "large",
        1987,
        True,
        "Jang Dong-hyun",
        "Polyethylene, polypropylene, polystyrene, synthetic rubber, aromatic solvents",
        "2902 3901 3902 3903 4002",
        "Ulsan Petrochemical runs cracker-fed polymer lines in the Ulsan petrochemical complex "
        "and ships resins in bags and bulk from Ulsan port.",
    ),
    C(
        "changwon-autotech",
        "창원오토텍 (Changwon Autotech Co., Ltd.)",
        "KR",
        "Changwon",
        "manufacturer",
        "sme",
        2006,
        False,
        "Seo Jae-won",
        "Brake parts, suspension parts, gear units, starter motors, automotive lamps",
        "8708 8483 8511 8512",
        "Changwon Autotech supplies car makers and the aftermarket with brake, suspension and "
        "electrical parts machined and assembled in Changwon.",
    ),
    C(
        "gimhae-textile",
        "김해섬유 (Gimhae Textile Co., Ltd.)",
        "KR",
        "Gimhae",
        "manufacturer",
        "sme",
        1999,
        False,
        "Han So-young",
        "Nonwovens, fishing nets, ropes, synthetic filament fabrics",
        "5603 5607 5608 5407",
        "Gimhae Textile weaves and knots nets and ropes for fisheries and aquaculture, and makes "
        "nonwovens for filters and geotextiles.",
    ),
    C(
        "haeundae-beauty",
        "해운대뷰티 (Haeundae Beauty Co., Ltd.)",
        "KR",
        "Busan",
        "manufacturer",
        "sme",
        2015,
        True,
        "Yoon Ha-eun",
        "Marine collagen creams, sheet masks, hair care, soaps",
        "3304 3305 3401",
        "Haeundae Beauty makes skin and hair care with marine ingredients for its own brand and "
        "as an OEM partner, from a CGMP plant in Busan's Centum City.",
    ),
    C(
        "geoje-boatworks",
        "거제보트웍스 (Geoje Boatworks Co., Ltd.)",
        "KR",
        "Geoje",
        "manufacturer",
        "sme",
        2010,
        False,
        "Bae Jin-ho",
        "Aluminium workboats, FRP leisure boats, pontoons, floating docks",
        "8901 8903 8905 8907",
        "Geoje Boatworks builds aluminium and FRP boats and floating structures on the island "
        "that is home to Korea's large shipyards.",
    ),
    C(
        "busan-global-trading",
        "부산글로벌트레이딩 (Busan Global Trading Co., Ltd.)",
        "KR",
        "Busan",
        "trading",
        "sme",
        2012,
        True,
        "Choi Min-seok",
        "Instant noodles, kimchi, kitchenware, cosmetics, small appliances, LED lighting",
        "1902 2005 3304 7323 8516 9405",
        "Busan Global Trading consolidates Korean consumer goods from many makers into mixed "
        "containers for importers and distributors abroad.",
    ),
    C(
        HAKATA,
        "Hakata Boeki K.K.",
        "JP",
        "Fukuoka",
        "buyer",
        "sme",
        1979,
        True,
        "Tanaka Hiroshi",
        "Imports of steel products, machinery parts, seafood and cosmetics",
        "minerals machinery-equipment agricultural-food beauty-household",
        "Hakata Boeki imports Korean goods across the strait for distributors and workshops in "
        "Kyushu, with weekly ferry and feeder shipments from Busan.",
    ),
    C(
        "mekong-marine",
        "Mekong Marine Supply JSC",
        "VN",
        "Ho Chi Minh City",
        "buyer",
        "sme",
        2005,
        False,
        "Nguyen Van Minh",
        "Imports of ship spares, steel and polymers",
        "machinery-equipment minerals chemical-plastics",
        "Mekong Marine Supply supplies shipyards and ship owners in southern Vietnam with "
        "spares, steel and raw materials.",
    ),
    C(
        "puget-seafood",
        "Puget Sound Seafood Importers LLC",
        "US",
        "Seattle",
        "buyer",
        "sme",
        1996,
        True,
        "Emily Carter",
        "Imports of frozen and dried seafood, seaweed and sauces",
        "agricultural-food",
        "Puget Sound Seafood Importers brings Asian seafood to grocers and restaurants on the "
        "US West Coast.",
    ),
    C(
        "mediterranee-marine",
        "Méditerranée Équipements Marins SAS",
        "FR",
        "Marseille",
        "buyer",
        "sme",
        1990,
        False,
        "Julien Moreau",
        "Imports of marine equipment, ropes, boats and car parts",
        "machinery-equipment textiles-leather automotive-vehicles",
        "Méditerranée Équipements Marins equips fishing fleets and marinas along the French "
        "Mediterranean coast.",
    ),
    C(
        "jebel-ali-chandlers",
        "Jebel Ali Ship Chandlers FZE",
        "AE",
        "Dubai",
        "buyer",
        "sme",
        2003,
        False,
        "Omar Haddad",
        "Imports of ship stores, provisions and consumer goods",
        "machinery-equipment agricultural-food beauty-household electrical-electronics",
        "Jebel Ali Ship Chandlers supplies vessels calling at Jebel Ali and re-exports consumer "
        "goods to the Gulf.",
    ),
    C(
        "fremantle-traders",
        "Fremantle Marine Traders Pty Ltd",
        "AU",
        "Fremantle",
        "buyer",
        "sme",
        1985,
        True,
        "Jack Wilson",
        "Imports of marine hardware, boats, steel and homewares",
        "machinery-equipment automotive-vehicles minerals wood-furniture",
        "Fremantle Marine Traders sells marine hardware and workboats to Western Australia's "
        "fishing and offshore fleets.",
    ),
)
PARTNER_KOREAN: tuple[Local, ...] = (
    K(
        DONGNAM,
        "sell",
        "840999",
        "선박용 디젤엔진 부품 (피스톤, 라이너, 밸브)",
        "선박용 디젤엔진 부품",
        "MAN B&W, Wärtsilä, HiMSEN 엔진 호환, 선급 검사 성적서 발행",
        "C62",
        (50, 4000),
        (10, 2000),
    ),
    K(
        DONGNAM,
        "sell",
        "848180",
        "선박용 버터플라이 밸브 및 게이트 밸브",
        "선박용 밸브",
        "JIS F 7000 계열, 청동·주강, 5K~16K",
        "C62",
        (40, 1800),
        (20, 3000),
    ),
    K(
        "yeongdo-steel",
        "sell",
        "730630",
        "배관용 탄소강관 (SPP, 흑관·백관)",
        "배관용 탄소강관",
        "KS D 3507, 외경 21.7~508mm, 나사 가공 및 아연 도금 가능",
        "TNE",
        (650, 1100),
        (50, 2000),
    ),
    K(
        "gijang-seafood",
        "sell",
        "030554",
        "기장 건멸치 (대멸·중멸·세멸)",
        "건멸치",
        "기장 앞바다 어획, 자숙 후 건조, 1.5kg 상자 포장",
        "KGM",
        (8, 35),
        (500, 20000),
    ),
    K(
        "gijang-seafood",
        "sell",
        "121221",
        "기장 돌김 및 조미김",
        "김",
        "기장 청정 해역 양식, 전장김 100매 묶음 또는 조미김 소포장",
        "KGM",
        (15, 60),
        (200, 10000),
    ),
    K(
        "haeundae-beauty",
        "sell",
        "330499",
        "해양 콜라겐 수분 크림",
        "해양 콜라겐 크림",
        "피쉬 콜라겐 5%, 50ml, CPNP 및 FDA 등록 지원",
        "C62",
        (2.5, 15),
        (3000, 100000),
    ),
)
PARTNER = Variant(
    seed=20260515,
    companies=PARTNER_COMPANIES,
    exporter=DONGNAM,
    buyer=HAKATA,
    accounts=[
        ("exporter@busan-trade.demo", "exporter", DEMO_PASSWORD),
        ("buyer@busan-trade.demo", "buyer", DEMO_PASSWORD),
        ("operator@busan-trade.demo", "operator", DEMO_PASSWORD),
    ],
    total_offers=300,
    buy_offers=90,
    exporter_sell_offers=15,
    buyer_requests=("730630", "848180", "030617", "330499"),
    korean=PARTNER_KOREAN,
    korean_offers=14,
    chinese=(),
    chinese_offers=0,
    min_per_category=8,
    # Only categories that a supplier other than the demo exporter's company sells in.
    category_weights={
        "machinery-equipment": 14,
        "minerals": 14,
        "agricultural-food": 12,
        "automotive-vehicles": 10,
        "chemical-plastics": 8,
        "textiles-leather": 6,
        "beauty-household": 6,
        "electrical-electronics": 5,
        "wood-furniture": 3,
    },
)
VARIANTS = {"default": DEFAULT, "partner": PARTNER}


def database_is_empty() -> bool:
    """True when the database holds neither offers nor companies."""
    return (
        db.session.scalar(select(Offer.id).limit(1)) is None
        and db.session.scalar(select(Company.id).limit(1)) is None
    )


def load_demo(variant: str = "default") -> str:
    """Add a demo data set (see :data:`VARIANTS`) to ``db.session`` and flush it; return a
    one-line summary.

    Needs an app context (the demo passwords are hashed with the app's settings).
    """
    from marketplace.demo.activity import load_activity
    from marketplace.demo.deals import load_quotations
    from marketplace.demo.evidence import submit_demo_evidence
    from marketplace.demo.inquiries import load_inquiries
    from marketplace.demo.pictures import add_pictures

    spec = VARIANTS[variant]
    today = utcnow().date()
    builder = _Builder(random.Random(spec.seed), today, spec)
    builder.add_companies()
    builder.plan_offers()
    offers = builder.add_offers()
    pictured = add_pictures(offers, spec.seed)
    events = load_activity(offers, list(builder.users.values()), spec.seed, today)
    quoted = load_quotations(offers, list(builder.users.values()), spec.seed, today)
    asked = load_inquiries(offers, list(builder.users.values()), spec.seed, today)
    waiting = submit_demo_evidence(builder.companies, builder.authors, random.Random(spec.seed))
    responsiveness.refresh_all()  # the answer rates the inquiries above give
    return (
        f"loaded {len(builder.companies)} companies, {len(builder.users)} members, "
        f"{len(offers)} offers ({pictured} with a picture), {asked} inquiries, {quoted} quotations, {events} activity events, "
        f"{waiting} verifications waiting"
    )


class _Builder:
    """Holds the generator, the companies and the planned offers while the set is built."""

    def __init__(self, rng: random.Random, today: date, variant: Variant = DEFAULT):
        self.rng = rng
        self.today = today
        self.variant = variant
        self.midnight = datetime.combine(today, time.min, tzinfo=UTC)
        self.companies: dict[str, Company] = {}
        self.users: dict[str, User] = {}
        self.authors: dict[str, User] = {}  # who posts each company's offers
        self.plans: list[dict] = []
        self.titles: set[tuple[str, str]] = set()  # membership only, never iterated
        self.suppliers = [c for c in variant.companies if not c.is_buyer]
        self.buyers = [c for c in variant.companies if c.is_buyer and c.key != variant.buyer]
        usable = [s.code for s in hs.subheadings() if not s.code.startswith(BLOCKED_PREFIXES)]
        self.codes_by_category: dict[str, list[str]] = {c.slug: [] for c in categories.CATEGORIES}
        for code in usable:
            self.codes_by_category[categories.slug_for_hs(code)].append(code)
        # For each supplier, the subheadings it sells, by category.
        self.supplier_codes: dict[str, dict[str, list[str]]] = {}
        for company in self.suppliers:
            prefixes = tuple(company.scope_items)
            by_category: dict[str, list[str]] = {}
            for code in usable:
                if code.startswith(prefixes):
                    by_category.setdefault(categories.slug_for_hs(code), []).append(code)
            self.supplier_codes[company.key] = by_category
        # Which suppliers (other than the demo exporter's company) sell each popular product.
        self.popular_sellers = {
            p: [
                c
                for c in self.suppliers
                if c.key != variant.exporter and p.hs_code.startswith(tuple(c.scope_items))
            ]
            for p in FAMILIES
        }
        self.families_in: dict[str, list[Popular]] = {}
        for p in FAMILIES:
            self.families_in.setdefault(categories.slug_for_hs(p.hs_code), []).append(p)

    # --- companies and members -------------------------------------------------------

    def _past(self, low_days: int, high_days: int) -> datetime:
        return self.midnight - timedelta(
            days=self.rng.randint(low_days, high_days), seconds=self.rng.randint(1, 86399)
        )

    def add_companies(self) -> None:
        """Create every company with one member, then the three demo accounts."""
        for spec in self.variant.companies:
            joined = self._past(HISTORY_DAYS + 30, 900)
            company = Company(
                name=spec.name,
                country=spec.country,
                city=spec.city,
                business_type=spec.business_type,
                size_class=spec.size_class,
                year_established=spec.year,
                website=f"https://{spec.key}.example",
                main_products=spec.main_products,
                description=self._profile_text(spec),
                verified=spec.verified,
                created_at=joined,
                updated_at=joined,
            )
            user = User(
                email=f"{'purchasing' if spec.is_buyer else 'sales'}@{spec.key}.example",
                password_hash=UNUSABLE_PASSWORD_HASH,
                role="buyer" if spec.is_buyer else "exporter",
                name=spec.contact,
                locale="ko" if spec.country == "KR" else None,
                company=company,
                created_at=joined + timedelta(minutes=3),
                email_confirmed_at=joined + timedelta(minutes=9),
            )
            self.companies[spec.key] = company
            self.users[user.email] = self.authors[spec.key] = user
        demo_companies = {
            "exporter": self.variant.exporter,
            "buyer": self.variant.buyer,
            "operator": None,
        }
        for email, role, password in self.variant.accounts:
            key = demo_companies[role]
            own = self.companies[key] if key else None  # operators have no company
            joined = (
                own.created_at + timedelta(hours=1) if own else self._past(HISTORY_DAYS + 30, 900)
            )
            user = User(
                email=email,
                password_hash=hash_password(password),
                role=role,
                name=f"Demo {role.capitalize()}",
                locale=None,
                company=own,
                created_at=joined,
                email_confirmed_at=joined,
            )
            self.users[email] = user
            if key:  # the demo accounts own their companies' offers, so they see them as theirs
                self.authors[key] = user
        self._add_colleagues()
        db.session.add_all(self.companies.values())
        db.session.add_all(self.users.values())
        db.session.flush()
        self._add_verifications()

    def _add_colleagues(self) -> None:
        """About half the companies took a colleague on board within the last three months,
        so the registrations chart shows members joining over time, not on one day. Drawn
        from a generator of their own, so the rest of the demo data stays as it was."""
        rng = random.Random(11)
        desks = ("export", "trade", "info", "sourcing", "office")
        for spec in self.variant.companies:
            if rng.random() >= 0.5:
                continue
            company = self.companies[spec.key]
            joined = self.midnight - timedelta(
                days=rng.randint(1, HISTORY_DAYS), minutes=rng.randint(0, 900)
            )
            if joined <= company.created_at:
                continue
            email = f"{rng.choice(desks)}@{spec.key}.example"
            if email in self.users:
                continue
            self.users[email] = User(
                email=email,
                password_hash=UNUSABLE_PASSWORD_HASH,
                role="buyer" if spec.is_buyer else "exporter",
                locale="ko" if spec.country == "KR" else None,
                company=company,
                created_at=joined,
                email_confirmed_at=joined + timedelta(minutes=12),
            )

    def _add_verifications(self) -> None:
        """What the demo operator checked of the verified companies: each one's registration,
        and for some suppliers an ISO 9001 certificate. Drawn from a generator of their own,
        so the rest of the demo data stays as it was."""
        operator = next(u for u in self.users.values() if u.role == "operator")
        rng = random.Random(7)
        for spec in self.variant.companies:
            if not spec.verified:
                continue
            company = self.companies[spec.key]
            granted = company.created_at + timedelta(days=rng.randint(3, 60))
            db.session.add(
                Verification(
                    company_id=company.id,
                    scope="registration",
                    granted_by_id=operator.id,
                    granted_at=granted,
                )
            )
            if not spec.is_buyer and rng.random() < 0.4:
                db.session.add(
                    Verification(
                        company_id=company.id,
                        scope="certificate",
                        detail="ISO 9001",
                        granted_by_id=operator.id,
                        granted_at=granted + timedelta(days=rng.randint(1, 20)),
                        valid_until=self.midnight.date() + timedelta(days=rng.randint(120, 900)),
                    )
                )
        db.session.flush()
        for spec in self.variant.companies:
            if spec.verified:
                verification.refresh(self.companies[spec.key])

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
        rng, spec = self.rng, self.variant
        self._plan_local(spec.korean, spec.korean_offers, "ko")
        self._plan_local(spec.chinese, spec.chinese_offers, "zh")
        # The demo exporter's own sell offers: some of its popular products, the rest generated.
        exporter = next(c for c in spec.companies if c.key == spec.exporter)
        popular = [p for p in FAMILIES if p.hs_code.startswith(tuple(exporter.scope_items))]
        while sum(p["company_key"] == exporter.key for p in self.plans) < spec.exporter_sell_offers:
            if popular and rng.random() < EXPORTER_FAMILY_SHARE:
                self._plan_popular(exporter, "sell", rng.choice(popular))
            else:
                category = rng.choice(list(self.supplier_codes[exporter.key]))
                code = rng.choice(self.supplier_codes[exporter.key][category])
                self._plan_generated(exporter, "sell", code, category)
        buyer = next(c for c in spec.companies if c.key == spec.buyer)
        for code in spec.buyer_requests:
            self._plan_popular(buyer, "buy", next(p for p in FAMILIES if p.hs_code == code))

        buys = sum(p["type"] == "buy" for p in self.plans)
        slots = ["sell"] * (spec.total_offers - spec.buy_offers - (len(self.plans) - buys)) + [
            "buy"
        ] * (spec.buy_offers - buys)
        rng.shuffle(slots)
        for offer_type, category in zip(slots, self._category_schedule(len(slots))):
            if self._plan_family(offer_type, category):
                continue
            if offer_type == "sell":
                company = rng.choice(
                    [
                        c
                        for c in self.suppliers
                        if c.key != spec.exporter and category in self.supplier_codes[c.key]
                    ]
                )
                code = rng.choice(self.supplier_codes[company.key][category])
            else:
                if rng.random() < SUPPLIER_BUY_SHARE:
                    company = rng.choice([c for c in self.suppliers if c.key != spec.exporter])
                else:
                    company = self._buyer_for(category)
                code = rng.choice(self.codes_by_category[category])
            self._plan_generated(company, offer_type, code, category)

    def _category_schedule(self, count: int) -> list[str]:
        """Categories for the generated offers: top every category up to the minimum first."""
        weights, minimum = self.variant.category_weights, self.variant.min_per_category
        have = {slug: 0 for slug in weights}
        for plan in self.plans:
            if plan["category"] in have:
                have[plan["category"]] += 1
        schedule = [slug for slug in weights for _ in range(max(0, minimum - have[slug]))]
        schedule += self.rng.choices(
            list(weights), weights=list(weights.values()), k=count - len(schedule)
        )
        self.rng.shuffle(schedule)
        return schedule

    def _buyer_for(self, category: str) -> DemoCompany:
        interested = [c for c in self.buyers if category in c.scope_items]
        return self.rng.choice(interested or self.buyers)

    def _plan_family(self, offer_type: str, category: str) -> bool:
        """Plan an offer of a hand-written family of ``category``; False when none fits
        (no family there, or none that a supplier other than the demo exporter sells)."""
        rng = self.rng
        options = self.families_in.get(category, [])
        if offer_type == "sell":
            options = [p for p in options if self.popular_sellers[p]]
        if not options:
            return False
        item = rng.choices(options, weights=[p.weight for p in options])[0]
        if offer_type == "sell":
            company = rng.choice(self.popular_sellers[item])
        elif rng.random() < SUPPLIER_BUY_SHARE:
            company = rng.choice([c for c in self.suppliers if c.key != self.variant.exporter])
        else:
            company = self._buyer_for(category)
        self._plan_popular(company, offer_type, item)
        return True

    def _plan_popular(self, company: DemoCompany, offer_type: str, item: Popular) -> None:
        category = categories.slug_for_hs(item.hs_code)
        values = trade_terms(
            self.rng, company, offer_type, item.unit, item.price, item.quantity, self.midnight
        )
        values["hs_code"] = None if self.rng.random() < NO_HS_SHARE else item.hs_code
        self._add_english(
            company,
            offer_type,
            category,
            values,
            self.rng.choice(item.titles),
            item.spec,
            item.hs_code,
        )

    def _plan_generated(
        self, company: DemoCompany, offer_type: str, code: str, category: str
    ) -> None:
        profile = self.rng.choice(profile_for(code))
        values = trade_terms(
            self.rng,
            company,
            offer_type,
            profile.unit,
            profile.price,
            profile.quantity,
            self.midnight,
        )
        values["hs_code"] = None if self.rng.random() < NO_HS_SHARE else code
        self._add_english(company, offer_type, category, values, wording.hs_title(code), None, code)

    def _add_english(
        self,
        company: DemoCompany,
        offer_type: str,
        category: str,
        values: dict,
        product: str,
        spec: str | None,
        code: str,
    ) -> None:
        for _ in range(4):  # vary the wording rather than repeat a title within a company
            title = wording.offer_title(
                self.rng,
                product,
                offer_type,
                company.country,
                COUNTRY_NAMES[company.country],
                company.business_type == "manufacturer",
            )
            if (company.key, title) not in self.titles:
                break
        values.update(type=offer_type, title=title, category=category)
        values["description"] = wording.english_description(
            self.rng,
            values,
            company=company,
            product=product,
            spec=spec,
            product_code=code,
            category=category,
            port_name=PORT_NAMES.get(values["port"]),
            country_names=COUNTRY_NAMES,
        )
        self._keep(company, values)

    def _plan_local(self, items: tuple[Local, ...], total: int, language: str) -> None:
        """Spread ``total`` offers over the hand-written Korean or Chinese items."""
        rng = self.rng
        counts = [1] * len(items)
        for _ in range(total - len(items)):
            counts[rng.randrange(len(items))] += 1
        companies = {c.key: c for c in self.variant.companies}
        for item, count in zip(items, counts):
            company = companies[item.company]
            for _ in range(count):
                values = trade_terms(
                    rng, company, item.type, item.unit, item.price, item.quantity, self.midnight
                )
                values.update(
                    type=item.type,
                    hs_code=item.hs_code,
                    category=categories.slug_for_hs(item.hs_code),
                )
                if language == "ko":
                    variants = (
                        [
                            item.title,
                            item.title,
                            f"{item.title} - OEM/ODM 가능",
                            f"[한국산] {item.title}",
                            f"{item.title} 대량 공급",
                        ]
                        if item.type == "sell"
                        else [item.title, f"[구매] {item.title}"]
                    )
                    if item.type == "sell" and "수출" not in item.title:
                        variants.append(f"{item.title} 수출")
                    port_name = PORT_NAMES_KO.get(values["port"], PORT_NAMES.get(values["port"]))
                    describe = wording.korean_description
                else:
                    variants = (
                        [item.title, f"{item.title} 厂家直销", f"{item.title} 出口"]
                        if item.type == "sell"
                        else [item.title]
                    )
                    port_name = PORT_NAMES_ZH.get(values["port"], PORT_NAMES.get(values["port"]))
                    describe = wording.chinese_description
                values["title"] = rng.choice(variants)
                values["description"] = describe(
                    rng, values, company=company, item=item, port_name=port_name
                )
                self._keep(company, values)

    def _keep(self, company: DemoCompany, values: dict) -> None:
        self.titles.add((company.key, values["title"]))
        values["company_key"] = company.key
        self.plans.append(values)

    # --- statuses, dates and rows ------------------------------------------------------------

    def _set_statuses(self) -> None:
        """Expire about 3% (only offers old enough) and withdraw about 1%; date every change."""
        rng = self.rng
        old = [
            i
            for i, p in enumerate(self.plans)
            if p["created_at"] <= self.midnight - timedelta(days=20)
        ]
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
                changed = datetime.combine(
                    plan["valid_until"] + timedelta(days=1), time(0, 5), tzinfo=UTC
                )
                plan.update(status="expired", status_changed_at=changed, updated_at=changed)
            elif i in withdrawn:
                changed = created + (self.midnight - created) * rng.uniform(0.2, 0.9)
                plan.update(status="withdrawn", status_changed_at=changed, updated_at=changed)
            else:
                edited = (
                    created
                    if rng.random() < 0.65
                    else (created + (self.midnight - created) * rng.uniform(0.05, 0.6))
                )
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


DEMO_MATCHED_REQUESTS = 120  # the newest live buying requests given suggestions at load


def propose_demo_matches() -> int:
    """Find suggestions for the newest live buying requests, as posting them would have
    (the loader adds offers without the signals that run matchmaking). Needs the search
    index built. The matches count as already told: loading the demo sends no digests.
    Returns how many matches were proposed."""
    from marketplace.conversations import matching
    from marketplace.conversations.models import Match

    today = utcnow().date()
    live = select(Offer).where(
        Offer.type == "buy", Offer.status == "active", Offer.valid_until >= today
    )
    newest = db.session.scalars(live.order_by(Offer.created_at.desc()).limit(DEMO_MATCHED_REQUESTS))
    demo_buyer = db.session.scalar(select(User).where(User.email == "buyer@tradewind.demo"))
    own: list[Offer] = (
        list(db.session.scalars(live.where(Offer.company_id == demo_buyer.company_id)))
        if demo_buyer is not None
        else []
    )
    requests = {offer.id: offer for offer in [*own, *newest]}.values()
    proposed = sum(matching.refresh(offer) for offer in requests)
    for match in db.session.scalars(select(Match).where(Match.buyer_told_at.is_(None))):
        match.buyer_told_at = match.seller_told_at = match.created_at
    return proposed
