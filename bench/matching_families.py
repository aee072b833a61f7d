"""Product families of the harder matchmaking set, written the way each side writes them.

Suppliers and buyers name the same product in other words ("welded stainless pipe" /
"SS tubing for food lines"), and several families share an HS heading or even a
subheading while no trader would take one for the other (ball and gate valves are both
8481.80; galvanised and stainless welded pipe both head 7306). ``hs`` is the true code,
given to suppliers' offers and to only some of the requests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    key: str
    hs: str
    unit: str  # UN/ECE Rec. 20
    seller: tuple[str, ...]  # offer titles as exporters write them
    buyer: tuple[str, ...]  # request titles as buyers write them
    moq: tuple[int, int]  # suppliers' minimum orders, low to high
    wanted: tuple[int, int]  # buyers' quantities, low to high


FAMILIES = (
    Family(
        "ss-welded-pipe",
        "730640",
        "TNE",
        (
            "Stainless steel welded pipes ASTM A312 TP304/316L",
            "Welded stainless steel pipe 1/2 to 8 inch, pickled",
            "SS welded tube ASTM A269 316L, bright annealed",
            "Stainless steel ERW pipes for food and dairy",
        ),
        (
            "316L welded stainless pipe, 2 inch",
            "Stainless welded tubing for food processing lines",
            "SS pipe, welded, sch 10, grade 304",
            "Austenitic stainless pipes, longitudinally welded",
        ),
        (2, 30),
        (5, 60),
    ),
    Family(
        "galvanised-pipe",
        "730630",
        "TNE",
        (
            "Hot-dip galvanized welded steel pipe BS 1387",
            "Galvanised ERW steel pipe for water supply",
            "GI pipe, welded, Q235, threaded ends",
        ),
        (
            "Galvanised water pipe 1 inch",
            "GI pipes for scaffolding and plumbing",
            "Zinc coated welded steel tube",
        ),
        (10, 80),
        (20, 200),
    ),
    Family(
        "ss-seamless-tube",
        "730441",
        "TNE",
        (
            "Seamless stainless steel tube, cold drawn, TP316L",
            "Cold-drawn seamless stainless tubes EN 10216-5",
            "Precision seamless stainless tubing, cold rolled",
        ),
        (
            "Seamless SS tubes for heat exchangers",
            "Cold drawn stainless seamless tubing 19 mm OD",
            "Instrumentation tubing, seamless 316",
        ),
        (1, 10),
        (2, 20),
    ),
    Family(
        "ball-valve",
        "848180",
        "C62",
        (
            "Brass ball valve, full bore, DN15 to DN50",
            "Stainless steel ball valves, 3-piece, 1000 WOG",
            "Floating ball valve, flanged, carbon steel body",
        ),
        (
            "Ball valves DN50 PN16",
            "Quarter-turn ball valves for water lines",
            "3-piece SS ball valve, threaded",
        ),
        (200, 3000),
        (500, 10000),
    ),
    Family(
        "gate-valve",
        "848180",
        "C62",
        (
            "Cast iron gate valve, resilient seated, DN100",
            "Forged steel gate valves API 602",
            "Wedge gate valve, flanged, ductile iron",
        ),
        (
            "Gate valves for waterworks DN150",
            "Rising stem gate valve, flanged",
            "Sluice valves for water mains",
        ),
        (50, 800),
        (100, 2000),
    ),
    Family(
        "check-valve",
        "848130",
        "C62",
        (
            "Swing check valve, ductile iron, PN16",
            "Dual plate check valve, wafer type",
            "Spring-loaded lift check valves",
        ),
        (
            "Non-return valves DN80",
            "Check valves for pump discharge lines",
            "Wafer non-return valve PN16",
        ),
        (100, 1500),
        (200, 5000),
    ),
    Family(
        "frozen-squid",
        "030743",
        "TNE",
        (
            "Frozen squid tubes, IQF, Illex argentinus",
            "Whole round frozen squid, Loligo, block frozen",
            "Frozen squid rings, skin-on",
        ),
        (
            "IQF squid tubes U/10",
            "Frozen calamari for restaurant chains",
            "Sea-frozen squid, whole, 200-300 g",
        ),
        (5, 25),
        (10, 50),
    ),
    Family(
        "frozen-octopus",
        "030752",
        "TNE",
        ("Frozen octopus, whole cleaned, block frozen", "Boiled octopus, IQF, flower shape"),
        (
            "Frozen octopus 1-2 kg per piece",
            "Cooked octopus legs, frozen",
            "Whole raw octopus, frozen at sea",
        ),
        (3, 20),
        (5, 40),
    ),
    Family(
        "frozen-shrimp",
        "030617",
        "TNE",
        (
            "Frozen vannamei shrimp, HLSO, 21/25",
            "Black tiger shrimp, raw, peeled and deveined, IQF",
            "Frozen whiteleg shrimp, head-on",
        ),
        (
            "Frozen prawns PD 26/30",
            "Whiteleg shrimp, headless shell-on, frozen",
            "IQF prawns for retail packs",
        ),
        (5, 30),
        (10, 80),
    ),
    Family(
        "sheet-mask",
        "330499",
        "C62",
        (
            "Hydrating sheet mask with hyaluronic acid",
            "Korean facial sheet masks, OEM and ODM",
            "Brightening cotton sheet mask, 25 ml essence",
        ),
        (
            "Facial masks, sheet type, for pharmacies",
            "K-beauty face masks, private label",
            "Moisturising face sheet masks",
        ),
        (5000, 50000),
        (10000, 200000),
    ),
    Family(
        "lipstick",
        "330410",
        "C62",
        (
            "Matte lipstick, long-lasting, OEM",
            "Liquid lipstick, vegan formula, 24 shades",
            "Moisturising lipstick bullet",
        ),
        (
            "Lip colour sticks, private label",
            "Lipsticks for a drugstore chain",
            "Long-wear matte lip colour",
        ),
        (3000, 30000),
        (5000, 100000),
    ),
    Family(
        "led-bulb",
        "853952",
        "C62",
        (
            "LED bulb A60, 9 W, E27, 806 lm",
            "LED filament lamps, E14 candle, dimmable",
            "LED tube T8, 18 W, 1200 mm",
        ),
        (
            "LED light bulbs E27, warm white",
            "Energy-saving LED lamps for retail",
            "Replacement LED tubes for offices",
        ),
        (2000, 20000),
        (5000, 100000),
    ),
    Family(
        "led-luminaire",
        "940542",
        "C62",
        (
            "LED panel light 600x600, 40 W",
            "LED high-bay luminaire, 150 W, IP65",
            "LED street light, 100 W",
        ),
        (
            "Ceiling panel lights for offices",
            "Warehouse high bay lighting fixtures",
            "Street lighting fixtures, LED",
        ),
        (100, 2000),
        (200, 5000),
    ),
    Family(
        "green-tea",
        "090210",
        "KGM",
        (
            "Organic green tea from Jeju, first flush",
            "Sencha green tea leaves, steamed",
            "Gunpowder green tea 3505",
        ),
        (
            "Organic green tea in bulk",
            "Loose leaf green tea for blending",
            "Unfermented tea leaves, organic",
        ),
        (100, 2000),
        (200, 5000),
    ),
    Family(
        "black-tea",
        "090240",
        "KGM",
        (
            "Black tea CTC BP1, Assam",
            "Ceylon black tea OP, orthodox",
            "Fermented black tea, broken leaf",
        ),
        (
            "CTC black tea for tea bags",
            "Orthodox black tea in bulk",
            "Breakfast blend black tea leaves",
        ),
        (500, 5000),
        (1000, 20000),
    ),
    Family(
        "ginseng",
        "121120",
        "KGM",
        (
            "Korean red ginseng roots, 6 years",
            "Dried white ginseng roots, Geumsan",
            "Panax ginseng, whole dried roots",
        ),
        (
            "Panax ginseng roots, dried",
            "Red ginseng roots for health food",
            "Six-year Korean ginseng, whole root",
        ),
        (10, 200),
        (20, 500),
    ),
    Family(
        "car-tyre",
        "401110",
        "C62",
        (
            "Passenger car radial tyres 205/55R16",
            "PCR tyres, all-season, 14 to 18 inch",
            "UHP car tyres 225/45R17",
        ),
        (
            "Car tires 16 inch for wholesale",
            "Radial tyres for passenger cars",
            "Summer tyres for sedans and SUVs",
        ),
        (400, 4000),
        (1000, 10000),
    ),
    Family(
        "truck-tyre",
        "401120",
        "C62",
        (
            "TBR tyres 315/80R22.5",
            "Truck and bus radial tyres, all-steel",
            "Drive axle tyres 295/80R22.5",
        ),
        (
            "Heavy truck tires 22.5 inch",
            "Bus tyres, radial, tubeless",
            "Tyres for lorries and trailers",
        ),
        (100, 1000),
        (200, 3000),
    ),
    Family(
        "solar-module",
        "854143",
        "C62",
        (
            "Monocrystalline solar panels 550 W",
            "PV modules, half-cell, 410 W",
            "Bifacial solar module 580 W, N-type",
        ),
        (
            "Solar modules for rooftop installers",
            "Photovoltaic panels of 500 W and more",
            "PV panels for a solar farm",
        ),
        (100, 2000),
        (300, 10000),
    ),
    Family(
        "cotton-tshirt",
        "610910",
        "C62",
        (
            "Cotton T-shirts, 180 gsm, blank",
            "Men's crew-neck tees, 100% cotton",
            "Organic cotton T-shirts, unisex",
        ),
        (
            "Plain cotton tees for printing",
            "Blank T-shirts, combed cotton",
            "Crew neck tee shirts, cotton jersey",
        ),
        (500, 5000),
        (1000, 20000),
    ),
    Family(
        "copper-rod",
        "740811",
        "TNE",
        (
            "Copper wire rod 8 mm, ETP",
            "Refined copper wire, 8 mm, bright",
            "Oxygen-free copper rod 8 mm",
        ),
        (
            "Copper rod 8 mm for cable makers",
            "ETP copper wire rod in coils",
            "Bright copper wire for drawing",
        ),
        (20, 100),
        (25, 300),
    ),
    Family(
        "office-chair",
        "940171",
        "C62",
        (
            "Ergonomic mesh office chair with lumbar support",
            "Upholstered executive chair, chrome base",
            "Task chair, swivel, padded seat",
        ),
        (
            "Desk chairs for offices",
            "Ergonomic seating for a call centre",
            "Padded swivel chairs for staff",
        ),
        (50, 1000),
        (100, 3000),
    ),
    Family(
        "laptop",
        "847130",
        "C62",
        (
            "Laptop computers 15.6 inch, Core i5",
            "Rugged notebook PCs, 14 inch",
            "Thin and light laptops, 13 inch",
        ),
        (
            "Notebook PCs for schools",
            "Portable computers for field staff",
            "Student laptops, 14 inch screen",
        ),
        (50, 500),
        (100, 2000),
    ),
    Family(
        "kimchi",
        "200599",
        "KGM",
        (
            "Napa cabbage kimchi, 10 kg pails",
            "Vegan kimchi, radish and cabbage",
            "Sliced kimchi in retail pouches",
        ),
        (
            "Fermented cabbage (kimchi) for supermarkets",
            "Korean pickled cabbage, spicy",
            "Kimchi for restaurant kitchens",
        ),
        (500, 5000),
        (1000, 20000),
    ),
)
