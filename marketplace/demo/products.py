"""Products of the demo data set: popular everyday items and trade profiles by HS prefix.

Hand-written items make sure everyday searches ("stainless steel pipes", "LED lamps",
"kimchi") find something; the rest of the demo offers come from real HS subheadings
with the units and price ranges of :data:`PROFILES`.
"""

from __future__ import annotations

from typing import NamedTuple

Range = tuple[float, float]


class Popular(NamedTuple):
    """An everyday product: HS code, weight among popular picks, unit, USD price and quantity."""

    hs_code: str
    weight: int
    unit: str
    price: Range  # USD per unit
    quantity: Range  # units per offer
    titles: tuple[str, ...]
    spec: str


P = Popular
POPULAR: tuple[Popular, ...] = (
    P(
        "730640",
        6,
        "TNE",
        (2200, 4200),
        (20, 600),
        (
            "Stainless steel welded pipes",
            "Welded stainless steel pipes – circular cross-section",
            "Stainless steel welded tubes and pipes (304/316L)",
        ),
        "Grades 304/304L, 316/316L and 321, OD 12.7-610 mm, wall 0.8-12 mm, ASTM A312, A554 and "
        "EN 10217-7, pickled, annealed or mirror polished",
    ),
    P(
        "730441",
        3,
        "TNE",
        (3500, 6800),
        (10, 300),
        (
            "Cold-drawn seamless stainless steel tubes",
            "Seamless stainless steel tubes – cold drawn, precision sizes",
        ),
        "ASTM A213/A269 and EN 10216-5, OD 6-114 mm, bright annealed, eddy-current and "
        "hydrostatic tested",
    ),
    P(
        "730630",
        2,
        "TNE",
        (600, 1050),
        (100, 3000),
        ("ERW carbon steel pipes", "Welded black and galvanized steel pipes"),
        "API 5L / ASTM A53 Grade B, OD 21.3-219 mm, plain, bevelled or threaded ends, hot-dip "
        "galvanized on request",
    ),
    P(
        "730723",
        1,
        "C62",
        (1.5, 40),
        (1000, 50000),
        ("Stainless steel butt-weld pipe fittings (elbows, tees, reducers)",),
        'ASME B16.9, 304L/316L, sizes 1/2" to 24", schedules 10S to 80S',
    ),
    P(
        "853952",
        5,
        "C62",
        (0.5, 4),
        (10000, 500000),
        (
            "LED lamps – A60 bulbs, E27/B22",
            "Energy-saving LED light bulbs",
            "LED lamps and filament bulbs",
        ),
        "5-15 W, 2700-6500 K, CRI above 80, 25,000 h lifetime, two-year warranty",
    ),
    P(
        "940542",
        3,
        "C62",
        (6, 70),
        (1000, 50000),
        ("LED panel lights for offices", "LED luminaires – high bay and panel lights"),
        "600x600 mm and 1200x300 mm panels, 36-48 W, 100-130 lm/W, flicker-free drivers",
    ),
    P(
        "610910",
        5,
        "C62",
        (1.6, 6.5),
        (5000, 200000),
        ("Cotton T-shirts", "100% cotton T-shirts – crew neck, OEM", "Organic cotton T-shirts"),
        "160-220 gsm combed cotton single jersey, sizes XS-3XL, screen printing and embroidery",
    ),
    P(
        "851713",
        4,
        "C62",
        (85, 650),
        (500, 50000),
        ("Smartphones – 5G, 128/256 GB", "Android smartphones", "Mobile phones for export"),
        '6.5" AMOLED, octa-core, 5,000 mAh battery, dual SIM, unlocked, CE/FCC certified',
    ),
    P(
        "847130",
        4,
        "C62",
        (240, 1300),
        (200, 20000),
        (
            'Laptops – 14" and 15.6" notebook computers',
            "Notebook computers for education and business",
        ),
        "Intel Core i5/i7 or AMD Ryzen, 8-32 GB RAM, 256 GB-1 TB SSD, multi-language keyboards",
    ),
    P(
        "090210",
        3,
        "KGM",
        (9, 70),
        (500, 20000),
        ("Green tea", "Organic green tea – loose leaf and tea bags", "Sencha green tea"),
        "First-flush leaves, EU/JAS organic on request, 2 g tea bags or loose leaf in 100 g "
        "pouches",
    ),
    P(
        "190230",
        4,
        "CT",
        (9, 22),
        (500, 20000),
        ("Instant noodles", "Korean-style instant ramen noodles", "Instant cup noodles"),
        "Spicy, seafood and vegetable flavours, 120 g packs, 40 packs per carton, halal versions "
        "available",
    ),
    P(
        "330499",
        5,
        "C62",
        (1.8, 24),
        (5000, 300000),
        (
            "Skin care cream – moisturising and whitening",
            "K-beauty skin care and sheet masks",
            "Cosmetics – facial cream and serum (OEM/ODM)",
        ),
        "Hyaluronic acid, niacinamide and centella formulas, dermatologically tested, CPNP "
        "notified for the EU",
    ),
    P(
        "330410",
        1,
        "C62",
        (1.2, 8),
        (5000, 200000),
        ("Lipstick and lip tint",),
        "Long-lasting matte and glossy finishes, 20 shades, vegan formula, custom packaging",
    ),
    P(
        "401110",
        4,
        "C62",
        (28, 130),
        (1000, 40000),
        ("Passenger car tyres", "Radial tyres for passenger cars and SUVs", 'PCR tyres 13"-20"'),
        "Sizes 155/70R13 to 275/40R20, EU label B/B/70 dB, DOT, ECE R30 and GCC approved",
    ),
    P(
        "401120",
        2,
        "C62",
        (95, 320),
        (200, 10000),
        ("Truck and bus radial tyres (TBR)",),
        "Sizes 11R22.5, 12R22.5, 295/80R22.5 and 315/80R22.5, steer, drive and trailer patterns",
    ),
    P(
        "940360",
        3,
        "C62",
        (45, 650),
        (100, 5000),
        ("Solid wood furniture – dining tables and cabinets", "Wooden furniture for living rooms"),
        "Oak, walnut and rubberwood, lacquer or oil finish, knock-down packing to save freight",
    ),
    P(
        "940139",
        2,
        "C62",
        (35, 220),
        (200, 10000),
        ("Office chairs – ergonomic swivel chairs",),
        "Mesh back, adjustable lumbar support and armrests, class 4 gas lift, BIFMA tested",
    ),
    P(
        "854143",
        4,
        "C62",
        (55, 180),
        (1000, 50000),
        ("Solar panels – monocrystalline PV modules", "Solar PV modules 400-550 W"),
        "Mono PERC and TOPCon cells, 21-22.5% efficiency, IEC 61215/61730, 25-year power warranty",
    ),
    P(
        "121120",
        2,
        "KGM",
        (45, 260),
        (100, 5000),
        ("Korean ginseng roots – 6-year-old", "Dried Korean ginseng"),
        "Fresh, dried white and red ginseng roots graded by root size, from GAP-certified farms",
    ),
    P(
        "130219",
        1,
        "KGM",
        (60, 300),
        (100, 3000),
        ("Red ginseng extract",),
        "Korean red ginseng concentrate, ginsenosides Rg1+Rb1+Rg3 of 7 mg/g or more, 240 g jars "
        "or sticks",
    ),
    P(
        "200599",
        2,
        "KGM",
        (2.2, 7),
        (1000, 50000),
        ("Kimchi – traditional Korean cabbage kimchi", "Kimchi in pouches and jars"),
        "Napa cabbage kimchi with Korean red pepper, 500 g to 10 kg packs, chilled or pasteurised",
    ),
    P(
        "030617",
        3,
        "KGM",
        (5.5, 13),
        (5000, 100000),
        ("Frozen shrimp – vannamei, peeled and deveined", "Frozen black tiger and vannamei shrimp"),
        "HOSO, HLSO, PD and PDTO, sizes 16/20 to 91/120, IQF or block frozen, glazing 10-20%",
    ),
    P(
        "090111",
        2,
        "TNE",
        (2400, 5600),
        (20, 1000),
        ("Green coffee beans – Robusta and Arabica",),
        "Robusta grade 1 screen 16/18 and washed Arabica, moisture 12.5% max, 60 kg jute bags",
    ),
    P(
        "100630",
        2,
        "TNE",
        (420, 1100),
        (100, 10000),
        ("Jasmine rice and long-grain white rice", "Basmati rice"),
        "Broken 5% max, new crop, 5-50 kg bags, private label available",
    ),
    P(
        "151110",
        1,
        "TNE",
        (700, 1150),
        (500, 20000),
        ("Crude palm oil (CPO)",),
        "FFA 5% max, M&I 0.5% max, DOBI 2.3 min, RSPO segregated or mass balance",
    ),
    P(
        "870380",
        1,
        "C62",
        (16000, 52000),
        (10, 2000),
        ("Electric cars – new, left-hand drive", "Battery electric vehicles (EV)"),
        "Range 400-550 km WLTP, CCS2 fast charging, export specification for EU and GCC markets",
    ),
    P(
        "870830",
        2,
        "SET",
        (6, 60),
        (1000, 50000),
        ("Brake pads and brake discs", "Ceramic brake pads for passenger cars"),
        "Low-dust ceramic and semi-metallic formulas, ECE R90 approved, OE-equivalent quality",
    ),
    P(
        "850760",
        2,
        "C62",
        (3, 900),
        (1000, 50000),
        ("Lithium-ion batteries and battery packs", "LiFePO4 battery packs for energy storage"),
        "18650/21700 cells and LiFePO4 packs of 12-51.2 V, UN38.3 and IEC 62619 tested",
    ),
    P(
        "841810",
        1,
        "C62",
        (180, 900),
        (100, 5000),
        ("Refrigerators – double-door, frost-free",),
        "250-600 litres, inverter compressor, energy class A++, R600a refrigerant",
    ),
    P(
        "845011",
        1,
        "C62",
        (150, 600),
        (100, 5000),
        ("Washing machines – front-load, fully automatic",),
        "7-10 kg capacity, inverter motor, 1,400 rpm, energy class A",
    ),
    P(
        "841510",
        1,
        "C62",
        (160, 700),
        (100, 5000),
        ("Split air conditioners – inverter type",),
        "9,000-24,000 BTU, R32 refrigerant, Wi-Fi control, SEER 6.1 or better",
    ),
    P(
        "300490",
        2,
        "BX",
        (0.8, 25),
        (10000, 500000),
        ("Generic medicines – tablets and capsules",),
        "Paracetamol, ibuprofen, metformin and amoxicillin, WHO-GMP plant, CTD dossiers available",
    ),
    P(
        "901831",
        2,
        "C62",
        (0.03, 0.2),
        (100000, 5000000),
        ("Disposable syringes with needles", "Sterile single-use syringes 1-20 ml"),
        "Luer lock and luer slip, EO sterilised, CE 0123 and ISO 13485",
    ),
    P(
        "630790",
        1,
        "C62",
        (0.02, 0.6),
        (100000, 5000000),
        ("Face masks – 3-ply and KF94",),
        "Melt-blown filter, BFE 95% or more, individually packed, EN 14683 type IIR",
    ),
    P(
        "390110",
        2,
        "TNE",
        (950, 1600),
        (20, 3000),
        ("LDPE resin – film grade", "Polyethylene (LDPE) granules"),
        "MFI 2 g/10 min, density 0.922, for blown film and lamination, 25 kg bags",
    ),
    P(
        "720421",
        2,
        "TNE",
        (900, 1600),
        (50, 3000),
        ("Stainless steel scrap 304/316",),
        "Solids and turnings, Ni 8% min for 304, free of radiation, oil and moisture",
    ),
    P(
        "760200",
        1,
        "TNE",
        (1200, 2100),
        (20, 2000),
        ("Aluminium scrap – UBC and extrusion 6063",),
        "ISRI Taldack, Tense and Tread, baled, free from iron and plastics",
    ),
    P(
        "391510",
        1,
        "TNE",
        (150, 700),
        (20, 2000),
        ("Plastic scrap – LDPE film and HDPE regrind",),
        "Post-industrial, clean, baled or regrind, 95% purity or better",
    ),
    P(
        "842121",
        2,
        "C62",
        (60, 4500),
        (50, 5000),
        ("Water purifiers and RO filtration systems", "Reverse osmosis water treatment plants"),
        "Household RO units and 1-50 m3/h industrial systems with NSF-certified membranes",
    ),
    P(
        "950631",
        2,
        "SET",
        (90, 900),
        (100, 5000),
        ("Golf club sets", "Golf clubs – drivers, irons and putters"),
        "Forged and cast heads, graphite and steel shafts, men's and ladies' sets, custom logo",
    ),
    P(
        "950300",
        2,
        "C62",
        (0.8, 45),
        (1000, 100000),
        ("Toys – plush, building blocks and educational toys",),
        "EN 71 and ASTM F963 tested, CE marked, age 3+ labelling, colour boxes",
    ),
    P(
        "960810",
        1,
        "DZN",
        (0.8, 9),
        (1000, 100000),
        ("Ball-point pens – promotional and office",),
        "0.5/0.7 mm tips, low-viscosity ink, custom logo printing",
    ),
    P(
        "482010",
        2,
        "C62",
        (0.4, 9),
        (2000, 200000),
        ("Notebooks and diaries", "Planners, notebooks and stationery sets"),
        "A5/B5, 80-200 pages, 80 gsm paper, hard or soft cover, FSC paper available",
    ),
    P(
        "900410",
        1,
        "C62",
        (2, 35),
        (1000, 50000),
        ("Sunglasses – polarised, UV400",),
        "TAC polarised and nylon lenses, acetate and metal frames, CE category 3",
    ),
    P(
        "900150",
        1,
        "C62",
        (0.8, 12),
        (5000, 500000),
        ("Spectacle lenses – blue-cut, 1.56 to 1.74",),
        "Single vision and progressive, HMC and blue-cut coatings, finished and semi-finished",
    ),
    P(
        "700529",
        1,
        "MTK",
        (3, 14),
        (10000, 500000),
        ("Float glass – clear, 3-19 mm",),
        "Jumbo and DLF sizes, EN 572, packed in wooden crates",
    ),
    P(
        "910211",
        1,
        "C62",
        (6, 90),
        (500, 20000),
        ("Quartz wrist-watches",),
        "Japanese quartz movements, stainless steel cases, 5-10 ATM water resistance, OEM logos",
    ),
    P(
        "910221",
        1,
        "C62",
        (60, 900),
        (100, 3000),
        ("Automatic mechanical wrist-watches",),
        "Swiss and Japanese automatic movements, sapphire crystal, 316L case, 10 ATM",
    ),
    P(
        "640411",
        2,
        "PR",
        (6, 28),
        (1000, 50000),
        ("Sports shoes – running and training",),
        "Mesh uppers, EVA and rubber soles, sizes EU 36-46, OEM brands welcome",
    ),
    P(
        "420221",
        1,
        "C62",
        (12, 180),
        (200, 10000),
        ("Leather handbags",),
        "Genuine cowhide and lambskin, lined, metal hardware, custom colours",
    ),
    P(
        "440711",
        1,
        "MTQ",
        (220, 520),
        (100, 5000),
        ("Kiln-dried pine lumber",),
        "KD 12-18%, planed or rough sawn, grades A-C, lengths 2.4-6 m",
    ),
    P(
        "260111",
        1,
        "TNE",
        (85, 130),
        (50000, 200000),
        ("Iron ore fines – Fe 62%",),
        "Fe 62% basis, SiO2 4.5% max, Al2O3 2.5% max, Capesize shipments",
    ),
    P(
        "310210",
        1,
        "TNE",
        (280, 480),
        (1000, 50000),
        ("Urea 46% granular",),
        "N 46% min, biuret 1% max, moisture 0.5% max, bulk or 50 kg bags",
    ),
    P(
        "080132",
        1,
        "TNE",
        (5500, 8500),
        (15, 500),
        ("Cashew nuts – W240 and W320 kernels",),
        "Vacuum-packed in 10 kg tins or bags, new crop, AFI specifications",
    ),
    P(
        "080440",
        1,
        "KGM",
        (1.8, 4.5),
        (10000, 200000),
        ("Fresh Hass avocados",),
        "Sizes 32-70, dry matter 23% min, 4 kg and 10 kg cartons, GlobalG.A.P.",
    ),
    P(
        "851830",
        2,
        "C62",
        (3, 80),
        (1000, 100000),
        ("Wireless earbuds and Bluetooth headphones",),
        "Bluetooth 5.3, active noise cancelling, 30 h battery with case, CE/FCC/RoHS",
    ),
    P(
        "852872",
        1,
        "C62",
        (110, 900),
        (100, 10000),
        ('LED TVs – 32" to 75" smart TVs',),
        "4K UHD, Android TV, DVB-T2/S2 tuners, wall-mount kit included",
    ),
    P(
        "852351",
        1,
        "C62",
        (14, 180),
        (1000, 50000),
        ("SSD drives – 256 GB to 2 TB",),
        'NVMe M.2 and 2.5" SATA, 3D NAND, three- to five-year warranty',
    ),
    P(
        "854232",
        1,
        "C62",
        (2, 60),
        (10000, 1000000),
        ("Memory chips – DRAM and NAND flash",),
        "DDR4/DDR5 and LPDDR components, original factory packing, full traceability",
    ),
    P(
        "940421",
        1,
        "C62",
        (60, 400),
        (100, 5000),
        ("Mattresses – memory foam and pocket spring",),
        "Roll-packed, CertiPUR foam, sizes single to king, custom covers",
    ),
    P(
        "690721",
        1,
        "MTK",
        (4, 18),
        (5000, 200000),
        ("Ceramic floor and wall tiles",),
        "Porcelain 600x600 and 600x1200 mm, water absorption 0.5% max, glazed or polished",
    ),
    P(
        "732393",
        1,
        "SET",
        (8, 90),
        (500, 20000),
        ("Stainless steel cookware sets",),
        "18/10 stainless, tri-ply base, induction ready, 5-12 piece sets in gift boxes",
    ),
    P(
        "220421",
        1,
        "LTR",
        (2, 15),
        (5000, 200000),
        ("Bottled wine – red and white",),
        "Cabernet Sauvignon, Merlot and Chardonnay, 750 ml bottles, 12 per case",
    ),
    P(
        "848180",
        1,
        "C62",
        (8, 2500),
        (100, 20000),
        ("Industrial ball valves and gate valves",),
        "Stainless and carbon steel, DN15-DN600, PN16-PN100 and ASME class 150-600, API 6D",
    ),
)


class Profile(NamedTuple):
    """How an HS prefix is usually traded: a unit, a USD price per unit and a lot size."""

    unit: str
    price: Range
    quantity: Range


def _p(*options: tuple[str, Range, Range]) -> tuple[Profile, ...]:
    return tuple(Profile(*o) for o in options)


# Trade profiles by HS prefix; the longest matching prefix wins (see profile_for).
PROFILES: dict[str, tuple[Profile, ...]] = {
    "": _p(("C62", (1, 200), (500, 50000))),
    **{
        f"{n:02d}": _p(
            ("TNE", (300, 4000), (20, 2000)),
            ("KGM", (0.8, 15), (1000, 50000)),
            ("CT", (12, 80), (200, 5000)),
        )
        for n in range(1, 25)
    },
    "01": _p(("C62", (300, 3000), (10, 500))),
    "03": _p(("KGM", (3, 25), (1000, 40000)), ("TNE", (2000, 15000), (10, 500))),
    "09": _p(("KGM", (2, 40), (500, 20000)), ("TNE", (1500, 8000), (10, 300))),
    "22": _p(("LTR", (0.5, 20), (1000, 100000)), ("CT", (10, 120), (100, 5000))),
    **{f"{n:02d}": _p(("TNE", (30, 900), (1000, 100000))) for n in (25, 26, 27)},
    "2710": _p(("BLL", (50, 120), (10000, 500000)), ("MTQ", (300, 900), (1000, 50000))),
    **{
        f"{n:02d}": _p(("TNE", (300, 5000), (10, 2000)), ("KGM", (1, 60), (500, 50000)))
        for n in (28, 29, 31, 32, 35, 36, 37, 38)
    },
    "30": _p(("BX", (1, 40), (1000, 100000)), ("C62", (0.5, 30), (5000, 500000))),
    **{
        f"{n:02d}": _p(("C62", (0.8, 30), (1000, 200000)), ("CT", (30, 400), (50, 5000)))
        for n in (33, 34)
    },
    **{
        f"{n:02d}": _p(
            ("TNE", (700, 3500), (20, 2000)),
            ("KGM", (0.8, 12), (1000, 100000)),
            ("C62", (0.1, 20), (1000, 500000)),
        )
        for n in (39, 40)
    },
    **{
        f"{n:02d}": _p(("MTK", (5, 60), (500, 50000)), ("C62", (3, 300), (100, 20000)))
        for n in (41, 42, 43)
    },
    "44": _p(("MTQ", (150, 1200), (20, 5000)), ("TNE", (100, 400), (100, 10000))),
    **{
        f"{n:02d}": _p(("C62", (0.5, 40), (500, 50000)), ("KGM", (1, 20), (500, 20000)))
        for n in (45, 46)
    },
    **{
        f"{n:02d}": _p(("TNE", (400, 1500), (20, 3000)), ("C62", (0.2, 8), (1000, 500000)))
        for n in (47, 48)
    },
    "49": _p(("C62", (0.5, 20), (500, 100000))),
    **{
        f"{n:02d}": _p(
            ("KGM", (1.5, 40), (1000, 100000)),
            ("MTR", (0.5, 12), (5000, 500000)),
            ("TNE", (1500, 9000), (10, 500)),
        )
        for n in range(50, 61)
    },
    **{
        f"{n:02d}": _p(("C62", (1.5, 60), (500, 100000)), ("DZN", (15, 400), (100, 10000)))
        for n in (61, 62, 63)
    },
    "64": _p(("PR", (4, 60), (500, 50000))),
    **{f"{n:02d}": _p(("C62", (0.5, 30), (500, 100000))) for n in (65, 66, 67)},
    **{
        f"{n:02d}": _p(
            ("MTK", (2, 80), (1000, 100000)),
            ("TNE", (50, 600), (20, 5000)),
            ("C62", (0.5, 50), (500, 100000)),
        )
        for n in (68, 69, 70)
    },
    "71": _p(("C62", (5, 800), (50, 5000)), ("GRM", (0.5, 70), (100, 100000))),
    **{
        f"{n:02d}": _p(("TNE", (400, 8000), (20, 5000)), ("KGM", (1, 40), (1000, 100000)))
        for n in range(72, 82)
    },
    "73": _p(("TNE", (500, 4000), (20, 2000)), ("C62", (0.1, 200), (1000, 200000))),
    **{
        f"{n:02d}": _p(("C62", (0.5, 80), (500, 100000)), ("SET", (5, 200), (100, 20000)))
        for n in (82, 83)
    },
    "84": _p(("C62", (50, 60000), (1, 500)), ("SET", (200, 150000), (1, 100))),
    "85": _p(("C62", (0.2, 800), (500, 200000)), ("SET", (20, 5000), (10, 5000))),
    **{f"{n:02d}": _p(("C62", (500, 40000), (1, 500))) for n in (86, 87, 88)},
    "8708": _p(("C62", (1, 300), (500, 100000)), ("SET", (5, 500), (100, 20000))),
    "8714": _p(("C62", (1, 120), (500, 100000)), ("SET", (5, 200), (100, 20000))),
    "89": _p(("C62", (200000, 20000000), (1, 5))),
    "90": _p(("C62", (1, 20000), (10, 20000)), ("SET", (50, 50000), (1, 1000))),
    "91": _p(("C62", (3, 500), (100, 20000))),
    "92": _p(("C62", (20, 3000), (10, 2000))),
    "94": _p(("C62", (10, 800), (50, 10000)), ("SET", (50, 2000), (20, 5000))),
    "95": _p(("C62", (0.5, 300), (500, 100000)), ("SET", (5, 500), (100, 20000))),
    "96": _p(("C62", (0.05, 20), (1000, 1000000)), ("DZN", (1, 60), (500, 100000))),
    "97": _p(("C62", (100, 20000), (1, 50))),
    # Waste and scrap (the Environment category) trades by the tonne.
    **{
        h: _p(("TNE", (50, 3000), (20, 5000)))
        for h in ("3825", "3915", "4004", "4707", "6309", "7204", "7404", "7503", "7602", "8549")
    },
}

# Subheadings the demo never offers: weapons, narcotics, radioactive and clinical
# material, human products, currency, and the catch-all 9999.
BLOCKED_PREFIXES = (
    "93",
    "36",
    "2612",
    "2844",
    "2845",
    "121130",
    "121140",
    "130211",
    "2939",
    "3001",
    "3002",
    "0501",
    "0511",
    "2716",
    "4907",
    "7118",
    "8401",
    "8710",
    "890610",
    "382530",
    "99",
)


def profile_for(code: str) -> tuple[Profile, ...]:
    """The trade profiles of an HS code: the entry of its longest listed prefix."""
    for length in (6, 4, 2, 0):
        if code[:length] in PROFILES:
            return PROFILES[code[:length]]
    raise AssertionError("the empty prefix is always listed")
