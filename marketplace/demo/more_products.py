"""More hand-written product families for the demo data set, beyond :data:`POPULAR`.

:data:`MORE_POPULAR` lists everyday export goods the way exporters title them on B2B
portals (product name with grade, material and size), each under a real HS 2022
subheading that a demo supplier trades, with a plausible FOB unit price in US dollars,
a lot size per offer and a one-line specification.  The families spread over all
sixteen categories and lean on those :data:`POPULAR` covers thinly (stationery,
medical, chemicals, sports, watches and clocks, glass and optics).  The codes do not
repeat those of :data:`POPULAR`.
"""

from __future__ import annotations

from marketplace.demo.products import Popular

P = Popular
MORE_POPULAR: tuple[Popular, ...] = (
    # --- Agricultural & Food ---
    P(
        "030743",
        2,
        "KGM",
        (2.2, 4.5),
        (5000, 100000),
        (
            "Frozen Illex squid, whole round, 200-300 g",
            "Frozen squid tubes and rings, IQF",
            "Frozen Todarodes squid, block frozen, 10 kg cartons",
        ),
        "Illex and Todarodes species, sizes 100-200 to 500-800 g, block or IQF, glazing under "
        "10%, 10 kg master cartons, HACCP and BRC plants",
    ),
    P(
        "030462",
        1,
        "KGM",
        (1.8, 3.4),
        (10000, 200000),
        (
            "Frozen pangasius fillets, well-trimmed, 120-170 g",
            "Pangasius fillets IQF, white meat, untreated",
        ),
        "Sizes 120-170, 170-220 and 220 g up, white or light-pink meat, 0-20% glazing, "
        "1 kg retail bags or 5 kg bulk, ASC and BAP certified farms",
    ),
    P(
        "160414",
        1,
        "CT",
        (28, 55),
        (1000, 20000),
        (
            "Canned tuna chunks in sunflower oil, 185 g",
            "Canned skipjack tuna, solid and flakes in brine",
        ),
        "Skipjack and yellowfin, 48 x 185 g easy-open cans per carton, net/drained 185/130 g, "
        "shelf life 4 years, halal, MSC on request",
    ),
    P(
        "150920",
        1,
        "LTR",
        (5.5, 11),
        (5000, 100000),
        (
            "Extra virgin olive oil, acidity below 0.8%",
            "Extra virgin olive oil in 500 ml and 1 L glass bottles",
            "Cold-pressed extra virgin olive oil, bulk in flexitanks",
        ),
        "Free acidity 0.2-0.8%, peroxide below 20 meq O2/kg, IOC and EU 2022/2104 compliant, "
        "glass, PET or tin, or bulk flexitank, organic on request",
    ),
    P(
        "090411",
        1,
        "TNE",
        (5200, 8200),
        (10, 200),
        (
            "Black pepper 500 g/l and 550 g/l, FAQ",
            "Whole black pepper, machine-cleaned, ASTA grade",
        ),
        "Density 500-580 g/l, moisture below 12.5%, admixture under 1%, steam sterilised on "
        "request, 25/50 kg PP bags, 20' FCL holds 14-18 t",
    ),
    P(
        "170199",
        2,
        "TNE",
        (440, 620),
        (500, 12500),
        (
            "Refined white cane sugar ICUMSA 45",
            "White refined sugar ICUMSA 45 and 100, 50 kg bags",
        ),
        "ICUMSA 45 RBU max, polarisation 99.8% min, moisture 0.04% max, 50 kg PP bags with "
        "liner or 1 MT jumbo bags, SGS inspection at loading",
    ),
    P(
        "120190",
        1,
        "TNE",
        (400, 680),
        (100, 5000),
        (
            "Non-GMO yellow soybeans, food grade",
            "Yellow soybeans for crushing, protein 36% min",
        ),
        "Protein 34-38%, oil 18-20%, moisture 13% max, foreign matter 1% max, bulk vessel or "
        "25/50 kg bags, IP non-GMO certificate for food grade",
    ),
    P(
        "080212",
        1,
        "KGM",
        (5.5, 9.5),
        (1000, 20000),
        (
            "Shelled almonds, Nonpareil 23/25 and 27/30",
            "Blanched almond kernels, whole, sliced and diced",
        ),
        "Nonpareil, Carmel and Independence varieties, Supreme and Extra No. 1 grades, "
        "moisture below 6%, 22.68 kg cartons, pasteurised",
    ),
    P(
        "210310",
        1,
        "LTR",
        (0.9, 3.5),
        (5000, 100000),
        (
            "Naturally brewed soy sauce, light and dark",
            "Soy sauce in 500 ml PET bottles and 18 L pails",
        ),
        "Fermented 6 months from soybeans and wheat, amino nitrogen 0.8-1.2 g/100 ml, "
        "gluten-free and low-sodium versions, halal and kosher, shelf life 24 months",
    ),
    P(
        "100590",
        1,
        "TNE",
        (195, 290),
        (1000, 50000),
        (
            "Yellow corn for animal feed, grade 2",
            "Non-GMO yellow maize, feed and food grade",
        ),
        "Moisture 14.5% max, broken kernels 3% max, aflatoxin below 20 ppb, bulk vessels or "
        "containers, phytosanitary and origin certificates",
    ),
    # --- Minerals & Metals ---
    P(
        "721913",
        2,
        "TNE",
        (1800, 2600),
        (20, 500),
        (
            "Hot-rolled stainless steel coil No.1, 304/316L",
            "Hot-rolled stainless steel coil, 3-4.75 mm, pickled",
        ),
        "Grades 304, 304L, 316L and 321, width 1000-2000 mm, No.1 finish (annealed and "
        "pickled), ASTM A240 and EN 10088-2, mill test certificate",
    ),
    P(
        "721933",
        2,
        "TNE",
        (1900, 2900),
        (20, 500),
        (
            "Cold-rolled stainless steel sheet 304 2B, 1.0-3.0 mm",
            "Stainless steel sheets 2B, BA and No.4 brushed",
            "Cold-rolled 316L stainless steel plates and sheets",
        ),
        "ASTM A240, grades 304/304L/316L/321, 1219 x 2438 and 1500 x 3000 mm, 2B, BA, No.4 or "
        "HL finish, PVC film, wooden pallets",
    ),
    P(
        "722220",
        1,
        "TNE",
        (2300, 4200),
        (5, 200),
        (
            "Stainless steel bright round bars 304/316, h9",
            "Cold-drawn stainless steel bars, round and hexagonal",
        ),
        "ASTM A276/A484 and EN 10088-3, diameter 3-100 mm, tolerance h9/h11, peeled, ground or "
        "polished, lengths 3-6 m",
    ),
    P(
        "730439",
        1,
        "TNE",
        (750, 1350),
        (25, 1000),
        (
            "Seamless carbon steel pipes ASTM A106 Grade B",
            "Hot-rolled seamless steel pipes, SCH40 and SCH80",
        ),
        "ASTM A106/A53 Gr. B and API 5L PSL1, OD 21.3-508 mm, SCH10 to XXS, bevelled ends, "
        "black varnish or 3PE coating, EN 10204 3.1",
    ),
    P(
        "730429",
        1,
        "TNE",
        (900, 1700),
        (50, 2000),
        (
            "API 5CT casing and tubing, J55, N80, L80, P110",
            "OCTG seamless casing pipes with BTC and LTC threads",
        ),
        'API 5CT PSL1/PSL2, casing 4 1/2" to 20", tubing 2 3/8" to 4 1/2", R2/R3 lengths, '
        "STC, LTC, BTC or EUE connections, third-party inspection",
    ),
    P(
        "730791",
        1,
        "TNE",
        (1300, 2600),
        (5, 200),
        (
            "Carbon steel flanges ASME B16.5, weld neck and slip-on",
            "Forged A105 flanges, blind, socket weld and threaded",
        ),
        'ASME B16.5 and EN 1092-1, ASTM A105 and A350 LF2, 1/2" to 24", class 150 to 2500, '
        "RF or RTJ faces, anti-rust oil",
    ),
    P(
        "731815",
        1,
        "TNE",
        (1000, 2400),
        (5, 200),
        (
            "Hex bolts DIN 933 grade 8.8, zinc plated",
            "High-tensile hex head bolts and studs, 8.8 and 10.9",
        ),
        "DIN 931/933 and ISO 4014/4017, M6-M36, grades 4.8, 8.8 and 10.9, zinc, HDG or black "
        "oxide, 25 kg cartons on pallets",
    ),
    P(
        "691010",
        1,
        "C62",
        (28, 130),
        (200, 5000),
        (
            "One-piece ceramic toilets, dual flush, soft-close seat",
            "Two-piece close-coupled ceramic toilets, siphonic",
        ),
        "Vitreous china, S-trap 250/300 mm or P-trap, 3/6 l dual flush, CE, CUPC and WaterSense "
        "versions, five-layer export cartons",
    ),
    P(
        "270112",
        1,
        "TNE",
        (70, 135),
        (10000, 75000),
        (
            "Steam coal NAR 5500-6000 kcal/kg",
            "Thermal coal for power plants, GAR 4200-6300",
        ),
        "Total moisture 12-35%, ash 8-15%, sulphur below 1%, size 0-50 mm, Supramax or Panamax "
        "shipments, SGS or Intertek at loading port",
    ),
    P(
        "830110",
        1,
        "C62",
        (1, 9),
        (2000, 100000),
        (
            "Brass padlocks with hardened steel shackle, 20-60 mm",
            "Laminated steel padlocks and combination padlocks",
        ),
        "Solid brass or laminated steel bodies, 20-75 mm, keyed alike or master-keyed, pin "
        "tumbler or disc cylinders, blister or box packing",
    ),
    # --- Machinery & Equipment ---
    P(
        "847710",
        1,
        "SET",
        (18000, 160000),
        (1, 10),
        (
            "Plastic injection moulding machines, 80-1200 t",
            "Servo-motor injection moulding machines, energy-saving",
        ),
        "Clamping force 80-1200 t, shot weight 100 g-10 kg, servo hydraulic or all-electric, "
        "Euromap interfaces, CE, installation and training",
    ),
    P(
        "845811",
        1,
        "SET",
        (15000, 90000),
        (1, 10),
        (
            "CNC lathes with slant bed, Fanuc or Siemens control",
            "Flat-bed CNC turning lathes, swing 360-800 mm",
        ),
        "Swing 360-800 mm, turning length 500-3000 mm, 8-12 station turret or gang tools, "
        "spindle bore 52-105 mm, CE and ISO 9001",
    ),
    P(
        "845710",
        1,
        "SET",
        (25000, 120000),
        (1, 8),
        (
            "Vertical machining centres, 3-axis and 4-axis",
            "CNC vertical machining centre VMC 850 and VMC 1160",
        ),
        "Travels 800-1600 mm X, BT40/BT50 spindles 8,000-12,000 rpm, 24-tool ATC, linear or box "
        "guideways, Fanuc, Siemens or Mitsubishi controls",
    ),
    P(
        "848210",
        2,
        "C62",
        (0.3, 3),
        (10000, 500000),
        (
            "Deep groove ball bearings 6200 and 6300 series",
            "Sealed ball bearings 2RS and ZZ, chrome steel",
        ),
        "GCr15/SAE 52100 chrome steel, bore 10-60 mm, P0/P6/P5 precision, C3 clearance, "
        "2RS or ZZ seals, single box or tube packing",
    ),
    P(
        "841370",
        1,
        "C62",
        (250, 2200),
        (10, 500),
        (
            "End-suction centrifugal water pumps, cast iron",
            "Multistage stainless steel centrifugal pumps",
        ),
        "Flow 5-200 m3/h, head 10-150 m, ISO 2858 and EN 733, cast iron or SS304/316 wetted "
        "parts, IE2/IE3 motors, mechanical seals",
    ),
    P(
        "841480",
        1,
        "SET",
        (2500, 25000),
        (1, 50),
        (
            "Rotary screw air compressors, 7.5-250 kW",
            "Permanent magnet VSD screw compressors, 8-13 bar",
        ),
        "Free air delivery 1-40 m3/min at 7-13 bar, belt or direct drive, fixed speed or "
        "variable speed drive, with dryer and tank on request, CE",
    ),
    P(
        "841451",
        1,
        "C62",
        (9, 30),
        (1000, 20000),
        (
            '16" stand fans with remote control, 3-speed',
            "Electric pedestal, table and wall fans",
        ),
        '12"-18" blades, 40-65 W copper motors, oscillation and timer, remote on request, '
        "CE, CB and SASO, 220-240 V 50 Hz",
    ),
    P(
        "820420",
        1,
        "SET",
        (6, 60),
        (500, 20000),
        (
            '1/4" and 1/2" drive socket wrench sets, Cr-V',
            "Socket sets with ratchet handle, 40-216 pieces",
        ),
        "Chrome vanadium steel, metric and SAE sockets, 72-tooth ratchets, satin or mirror "
        "finish, blow-moulded or aluminium cases, DIN 3124",
    ),
    P(
        "841830",
        1,
        "C62",
        (120, 420),
        (50, 2000),
        (
            "Chest freezers 100-700 L, single and double door",
            "Commercial chest freezers with glass lids",
        ),
        "100-700 L, -18 to -25 C, R600a refrigerant, convertible freezer/chiller, lock and "
        "castors, CB, CE and SASO, 40HQ fits 60-180 units",
    ),
    P(
        "841221",
        1,
        "C62",
        (120, 1500),
        (10, 500),
        (
            "Hydraulic cylinders for tipping trucks and excavators",
            "Double-acting welded hydraulic cylinders, 40-200 mm bore",
        ),
        "Bore 40-200 mm, stroke up to 3 m, working pressure 16-35 MPa, chrome-plated rods, "
        "tie-rod, welded or telescopic designs, custom drawings",
    ),
    # --- Electrical & Electronics ---
    P(
        "850421",
        1,
        "C62",
        (3500, 14000),
        (1, 50),
        (
            "Oil-immersed distribution transformers, 100-630 kVA",
            "Three-phase distribution transformers 11 kV and 33 kV",
        ),
        "IEC 60076, 11/0.4 kV or 33/0.4 kV, ONAN cooling, copper or aluminium windings, "
        "off-load tap changer, hermetically sealed or conservator tank",
    ),
    P(
        "850440",
        2,
        "C62",
        (280, 1800),
        (50, 2000),
        (
            "Hybrid solar inverters 3-12 kW, MPPT",
            "Off-grid pure sine wave inverters with charger",
            "Three-phase on-grid solar inverters, 10-50 kW",
        ),
        "Single or three phase, dual MPPT, efficiency up to 98%, Wi-Fi monitoring, works with "
        "lithium and lead-acid batteries, IEC 62109 and CE",
    ),
    P(
        "850710",
        1,
        "C62",
        (30, 110),
        (500, 10000),
        (
            "12 V car batteries, maintenance-free, 45-100 Ah",
            "Lead-acid starter batteries for cars and trucks",
        ),
        "DIN, JIS and BCI sizes, 45-200 Ah, CCA 330-1000 A, calcium-calcium plates, dry charged "
        "or wet, 12-18 months warranty",
    ),
    P(
        "850720",
        1,
        "C62",
        (55, 260),
        (200, 10000),
        (
            "VRLA AGM batteries 12 V 65-200 Ah for UPS and solar",
            "Deep-cycle gel batteries 12 V, 100-250 Ah",
        ),
        "Sealed valve-regulated AGM or gel, design life 10-12 years float, IEC 61427 and "
        "IEC 60896, UL recognised, ABS cases",
    ),
    P(
        "853620",
        1,
        "C62",
        (0.9, 6),
        (10000, 500000),
        (
            "Miniature circuit breakers 1P-4P, 6 kA, C curve",
            "MCB and RCBO breakers for DIN rail, 1-63 A",
        ),
        "IEC 60898-1 and IEC 61009, 1-63 A, B/C/D curves, 4.5-10 kA breaking capacity, 35 mm "
        "DIN rail, CE and CB certified",
    ),
    P(
        "853669",
        1,
        "C62",
        (0.4, 4),
        (10000, 300000),
        (
            "Wall sockets and switches, 13 A and Schuko",
            "Universal power sockets with USB ports",
        ),
        "BS 1363, Schuko, NEMA and universal types, PC fire-retardant plates, 10-16 A "
        "250 V, USB-A/C charging versions, CE and SASO",
    ),
    P(
        "854449",
        2,
        "MTR",
        (0.15, 0.9),
        (10000, 500000),
        (
            "PVC insulated copper building wire, 1.5-6 mm2",
            "H07V-U and THHN copper wires for house wiring",
        ),
        "Class 1/2 copper conductor, PVC 70 C insulation, 450/750 V, IEC 60227 and UL 83, "
        "100 m coils in shrink film, colours to order",
    ),
    P(
        "854411",
        1,
        "KGM",
        (11, 14.5),
        (1000, 50000),
        (
            "Enamelled copper winding wire, class 155-220",
            "Polyesterimide enamelled copper wire for motors",
        ),
        "Diameter 0.1-4.0 mm, grade 1 or 2 insulation, thermal class 155, 180, 200 or 220, "
        "IEC 60317, on PT-4 to PT-60 spools",
    ),
    P(
        "853400",
        1,
        "MTK",
        (40, 280),
        (50, 5000),
        (
            "Multilayer PCB, FR-4, 4-12 layers, ENIG",
            "Double-sided printed circuit boards, HASL lead-free",
        ),
        "FR-4 Tg 135-170, 1-12 layers, 1-3 oz copper, min trace 3 mil, HASL, ENIG or OSP, "
        "IPC-A-600 class 2, UL 94V-0, e-tested",
    ),
    P(
        "851220",
        1,
        "PR",
        (6, 45),
        (500, 20000),
        (
            "LED headlight bulbs H4, H7, H11, 6000 K",
            "Canbus LED headlight conversion kits, 9005 and 9006",
        ),
        "12/24 V, 30-70 W per pair, 6000-12000 lm, CSP or COB chips, fan or fanless cooling, "
        "E-mark and DOT versions, IP67",
    ),
    # --- Textiles & Leather ---
    P(
        "520523",
        1,
        "KGM",
        (2.7, 4.2),
        (5000, 100000),
        (
            "Combed cotton yarn Ne 30/1 for knitting",
            "100% cotton compact combed yarn, Ne 26-30",
        ),
        "Ring-spun or compact, CSP above 2600, waxed for knitting, OEKO-TEX Standard 100, "
        "paper cones 1.67-1.89 kg, 20' FCL about 18 t",
    ),
    P(
        "520942",
        1,
        "MTR",
        (2.2, 5.5),
        (5000, 100000),
        (
            "Cotton denim fabric 10-14 oz, indigo",
            "Rigid and stretch denim fabric, 3/1 twill",
        ),
        "8-14.5 oz/yd2, width 58-60 in, 100% cotton or cotton/elastane, indigo, black or "
        "sulphur dyes, shrinkage under 3%, rolls of 80-120 m",
    ),
    P(
        "540752",
        1,
        "MTR",
        (0.35, 1.5),
        (10000, 300000),
        (
            "Polyester pongee fabric 190T-300T, dyed",
            "Polyester taffeta lining fabric, PU or PA coated",
        ),
        "100% polyester textured filament, 55-120 g/m2, width 150 cm, PU, PA or silver "
        "coating, water-repellent finish, rolls of 100 m",
    ),
    P(
        "611020",
        1,
        "C62",
        (5, 14),
        (1000, 50000),
        (
            "Cotton fleece hoodies, pullover and zip, OEM",
            "Heavyweight cotton hoodies 320-400 gsm",
        ),
        "80/20 or 100% cotton brushed fleece, 280-400 gsm, sizes XS-3XL, screen print, "
        "embroidery or puff print, custom labels, BSCI factories",
    ),
    P(
        "620342",
        1,
        "C62",
        (5, 16),
        (1000, 50000),
        (
            "Men's denim jeans, slim and regular fit",
            "Men's cotton chino trousers, stretch twill",
        ),
        "10-13 oz denim or 98/2 cotton/elastane twill, waist 28-42, stone wash, enzyme wash or "
        "rinse, YKK zips, OEM labels and hangtags",
    ),
    P(
        "620520",
        1,
        "C62",
        (4.5, 14),
        (1000, 50000),
        (
            "Men's cotton shirts, long sleeve, Oxford and poplin",
            "Men's formal shirts, 100% cotton, easy-care",
        ),
        "100% cotton Oxford, poplin or twill, 40s-80s yarns, regular and slim fit, sizes "
        "S-3XL or 38-46, folded in polybags, 40-60 per carton",
    ),
    P(
        "630260",
        1,
        "KGM",
        (4.5, 9),
        (2000, 50000),
        (
            "Cotton terry bath towels, 400-600 gsm",
            "Hotel towels, 100% cotton, white dobby border",
        ),
        "100% ring-spun or combed cotton, 400-700 gsm, face, hand and bath sizes, dobby or "
        "jacquard borders, OEKO-TEX, logo embroidery",
    ),
    P(
        "640399",
        1,
        "PR",
        (12, 45),
        (500, 10000),
        (
            "Men's leather dress shoes, Oxford and Derby",
            "Genuine leather casual shoes and loafers",
        ),
        "Full-grain cow leather uppers, leather or TPR soles, Goodyear welted or cemented, "
        "sizes EU 38-46, boxed pairs, 12-24 pairs per carton",
    ),
    P(
        "420212",
        1,
        "SET",
        (35, 110),
        (200, 5000),
        (
            "ABS and PC hard-shell trolley suitcases, 20-28 inch",
            "Luggage sets of 3, spinner wheels, TSA lock",
        ),
        '3-piece sets 20/24/28", ABS, PC or ABS+PC shells, 360-degree spinner wheels, '
        "aluminium trolley, TSA locks, nested packing",
    ),
    P(
        "570331",
        1,
        "MTK",
        (2.5, 9),
        (1000, 50000),
        (
            "Artificial grass turf for landscaping, 20-40 mm",
            "Synthetic grass for football pitches, 40-60 mm pile",
        ),
        "PE/PP monofilament, pile 20-60 mm, Dtex 8800-13000, stitch rate 16-20/10 cm, latex or "
        "PU backing, rolls 2 or 4 m x 25 m, UV resistant",
    ),
    # --- Chemical & Plastics ---
    P(
        "390210",
        2,
        "TNE",
        (850, 1150),
        (25, 1000),
        (
            "Polypropylene homopolymer, raffia grade, MFI 3",
            "PP homopolymer granules for injection moulding",
        ),
        "Virgin PP homopolymer, MFI 2-35 g/10 min, raffia, fibre, film and injection grades, "
        "25 kg valve bags, 24.75 t per 40' container",
    ),
    P(
        "390120",
        1,
        "TNE",
        (900, 1250),
        (25, 1000),
        (
            "HDPE resin for blow moulding and film",
            "High-density polyethylene granules, pipe grade PE100",
        ),
        "Density 0.941-0.965 g/cm3, blow moulding, film, injection and PE100 pipe grades, "
        "25 kg bags, COA and MSDS with each lot",
    ),
    P(
        "390410",
        1,
        "TNE",
        (600, 850),
        (25, 1000),
        (
            "PVC resin SG-5, K value 66-68",
            "Suspension PVC resin for pipes and profiles",
        ),
        "S-PVC SG-3, SG-5 and SG-8, K value 57-73, volatile matter 0.4% max, bulk density "
        "0.45-0.58 g/ml, 25 kg bags or 1 t jumbo bags",
    ),
    P(
        "390761",
        1,
        "TNE",
        (760, 1000),
        (25, 1000),
        (
            "PET resin bottle grade, IV 0.80",
            "PET chips for water bottles and CSD, IV 0.76-0.84",
        ),
        "Intrinsic viscosity 0.76-0.87 dl/g, acetaldehyde below 1 ppm, water, CSD and oil "
        "bottle grades, FDA and EU 10/2011, 1,100 kg jumbo bags",
    ),
    P(
        "320611",
        1,
        "TNE",
        (2000, 3200),
        (5, 200),
        (
            "Titanium dioxide rutile, chloride and sulphate process",
            "TiO2 rutile pigment for paints and plastics, 93%",
        ),
        "TiO2 above 93%, rutile content above 98%, alumina/zirconia treated, oil absorption "
        "under 20 g/100 g, 25 kg bags, 20 t per 20' container",
    ),
    P(
        "281511",
        1,
        "TNE",
        (380, 560),
        (25, 2000),
        (
            "Caustic soda flakes 99%, industrial grade",
            "Sodium hydroxide pearls and flakes, 98-99%",
        ),
        "NaOH 98.5-99% min, Na2CO3 below 0.5%, NaCl below 0.03%, Fe2O3 below 0.005%, 25 kg "
        "PP bags with PE liner, 27 t per 20' container",
    ),
    P(
        "310530",
        1,
        "TNE",
        (620, 850),
        (500, 25000),
        (
            "DAP fertilizer 18-46-0, granular",
            "Diammonium phosphate 18-46-0, brown and yellow",
        ),
        "N 18% min, P2O5 46% min, moisture 2% max, granules 2-4 mm 90% min, 50 kg bags or "
        "bulk, SGS inspection, for bulk vessel or containers",
    ),
    P(
        "400122",
        1,
        "TNE",
        (1600, 2150),
        (20, 1000),
        (
            "Natural rubber TSR 20 and SVR 10",
            "Technically specified natural rubber, SIR 20",
        ),
        "Dirt 0.16% max, ash 1.0% max, volatile matter 0.8% max, PRI 40 min, 33.33 kg bales "
        "in shrink-wrapped pallets of 1.26 t",
    ),
    P(
        "293627",
        1,
        "KGM",
        (3.5, 6.5),
        (1000, 50000),
        (
            "Vitamin C ascorbic acid powder, BP/USP",
            "L-ascorbic acid, food grade, 40-80 mesh",
        ),
        "Assay 99.0-100.5%, BP, USP, EP and FCC grades, fine powder or granular, 25 kg "
        "cartons with double PE liners, shelf life 36 months",
    ),
    P(
        "320910",
        1,
        "LTR",
        (1.2, 4.5),
        (5000, 100000),
        (
            "Water-based acrylic interior wall paint, matt",
            "Exterior acrylic emulsion paint, weather-resistant",
        ),
        "Pure acrylic or styrene-acrylic emulsion, low VOC, washable, coverage 10-12 m2/l, "
        "5, 18 and 20 l pails, tinting bases for colour systems",
    ),
    # --- Beauty & Household ---
    P(
        "330510",
        1,
        "C62",
        (0.9, 5),
        (5000, 200000),
        (
            "Shampoo and conditioner, 400-750 ml, OEM",
            "Anti-dandruff and keratin shampoo, private label",
        ),
        "Sulfate-free and classic formulas, argan, keratin or herbal, 200-1000 ml PET or HDPE "
        "bottles, GMP and ISO 22716, halal on request",
    ),
    P(
        "330300",
        1,
        "C62",
        (2.5, 18),
        (1000, 50000),
        (
            "Eau de parfum 50-100 ml, OEM fragrances",
            "Perfume for men and women, EDP and EDT",
        ),
        "15-20% oil concentration, IFRA-compliant fragrance oils, custom glass bottles and caps, "
        "boxed with cellophane, MSDS and CPNP notification",
    ),
    P(
        "330420",
        1,
        "C62",
        (0.8, 4),
        (5000, 100000),
        (
            "Waterproof mascara and eyeliner, private label",
            "Eyeshadow palettes, 9-18 colours, OEM",
        ),
        "Volumising and lengthening mascara, liquid and gel liners, cruelty-free and vegan "
        "formulas, ISO 22716, EU CPNP and FDA registered",
    ),
    P(
        "340111",
        1,
        "C62",
        (0.15, 0.6),
        (50000, 1000000),
        (
            "Toilet soap bars 75-150 g, private label",
            "Beauty soap and antibacterial bath soap",
        ),
        "TFM 62-78%, palm or vegetable base, white or coloured, flow-wrapped or carton boxed, "
        "72-144 bars per carton, halal, shelf life 3 years",
    ),
    P(
        "340130",
        1,
        "C62",
        (0.7, 3.5),
        (5000, 200000),
        (
            "Liquid hand wash 250-500 ml with pump",
            "Body wash and shower gel, OEM formulas",
        ),
        "pH 5.5-7, antibacterial, moisturising and foaming versions, 250-1000 ml pump bottles "
        "or 5 l refills, dermatologically tested, ISO 22716",
    ),
    P(
        "960321",
        1,
        "C62",
        (0.1, 0.45),
        (50000, 1000000),
        (
            "Manual toothbrushes, soft bristles, adult and kids",
            "Bamboo toothbrushes with charcoal bristles",
        ),
        "PP, TPR or bamboo handles, DuPont Tynex or PBT bristles, soft/medium, blister, card "
        "or kraft box packing, FDA and BPA-free",
    ),
    P(
        "330749",
        1,
        "C62",
        (1.5, 6),
        (2000, 50000),
        (
            "Reed diffusers with rattan sticks, 100-200 ml",
            "Home fragrance room sprays and reed diffuser sets",
        ),
        "Alcohol-free or DPG base, 5-10% fragrance oil, glass bottles with fibre or rattan "
        "reeds, gift boxes, IFRA certified, MSDS",
    ),
    P(
        "732391",
        1,
        "C62",
        (4, 16),
        (1000, 20000),
        (
            "Pre-seasoned cast iron skillets, 16-30 cm",
            "Cast iron grill pans and Dutch ovens",
        ),
        "Grey cast iron, vegetable-oil pre-seasoned, 16-30 cm skillets and 2-7 l Dutch ovens, "
        "induction-ready, LFGB and FDA, colour boxes",
    ),
    P(
        "761510",
        1,
        "SET",
        (12, 60),
        (500, 10000),
        (
            "Non-stick aluminium cookware sets, 5-12 pieces",
            "Forged aluminium pots and frying pans, granite coating",
        ),
        "Pressed or die-cast aluminium, PFOA-free granite or ceramic coating, induction bases, "
        "glass lids, LFGB and FDA, colour gift boxes",
    ),
    P(
        "960820",
        1,
        "DZN",
        (0.9, 3.6),
        (1000, 50000),
        (
            "Permanent markers and whiteboard markers, bullet tip",
            "Highlighter pens, chisel tip, fluorescent colours",
        ),
        "Alcohol-based permanent and low-odour dry-erase inks, bullet or chisel tips 1-5 mm, "
        "EN 71 and ASTM D-4236, blister, box or display packs",
    ),
    # --- Stationery & Gifts ---
    P(
        "482020",
        1,
        "C62",
        (0.1, 0.6),
        (20000, 500000),
        (
            "School exercise books, A5 and A4, ruled",
            "Composition books and spiral exercise notebooks",
        ),
        "48-200 pages, 55-80 gsm woodfree paper, single ruled, squared or plain, glossy or "
        "kraft covers, stapled, sewn or wire-o bound, FSC paper",
    ),
    P(
        "481710",
        1,
        "BX",
        (3, 15),
        (1000, 50000),
        (
            "Kraft and white envelopes DL, C4, C5, boxes of 500",
            "Self-seal window envelopes for mailing",
        ),
        "80-120 gsm white woodfree or brown kraft, DL, C4, C5 and C6, gummed, peel-and-seal or "
        "self-seal, with or without window, 250-500 per box",
    ),
    P(
        "482030",
        1,
        "C62",
        (0.4, 1.8),
        (5000, 100000),
        (
            "Lever arch files and ring binders, A4",
            "PP and paperboard document folders, A4 and FC",
        ),
        "A4 and foolscap, 2-4 rings or lever arch, 25-75 mm spines, PP or paper-covered "
        "board, clear pockets on request, 10-50 per carton",
    ),
    P(
        "491110",
        1,
        "C62",
        (0.2, 1.8),
        (2000, 100000),
        (
            "Catalogue and brochure printing, offset, saddle-stitched",
            "Product catalogues, perfect bound, 4-colour printing",
        ),
        "A4 or A5, 8-200 pages, 105-250 gsm art paper, CMYK plus Pantone, gloss or matt "
        "lamination, saddle-stitched or perfect bound, FSC paper",
    ),
    P(
        "711719",
        1,
        "C62",
        (0.5, 6),
        (2000, 100000),
        (
            "Gold-plated brass fashion earrings and necklaces",
            "Stainless steel fashion jewellery, 18K PVD plated",
        ),
        "Brass, alloy or 316L stainless steel, 14-18K gold or rhodium plating, nickel- and "
        "lead-free, REACH compliant, OPP bags or gift cards",
    ),
    P(
        "711790",
        1,
        "C62",
        (0.3, 3),
        (2000, 100000),
        (
            "Glass bead and crystal bracelets, elastic",
            "Resin and acrylic statement jewellery",
        ),
        "Glass, crystal, resin, acrylic or shell beads on elastic cord or alloy findings, "
        "custom colours and charms, individual OPP bags",
    ),
    P(
        "482050",
        1,
        "C62",
        (1.5, 8),
        (1000, 30000),
        (
            "Photo albums, self-adhesive and slip-in, 100-500 photos",
            "Linen and leatherette wedding photo albums",
        ),
        "Slip-in 4x6/5x7 pockets or self-adhesive pages, linen, PU or kraft covers, acid-free "
        "paper, boxed, custom logo printing",
    ),
    # --- Medical & Health ---
    P(
        "901839",
        1,
        "C62",
        (0.05, 0.2),
        (50000, 1000000),
        (
            "IV cannulas 14G-26G with injection port",
            "Safety IV catheters, pen type, FEP",
        ),
        "FEP or PUR catheters, colour-coded 14G-26G, with or without wings and port, EO "
        "sterile, CE and ISO 13485, 50 per box",
    ),
    P(
        "300650",
        1,
        "C62",
        (2, 18),
        (1000, 50000),
        (
            "First aid kits for home, car and workplace",
            "First aid boxes to DIN 13164 and BS 8599",
        ),
        "Nylon bag or ABS box, 50-300 items including bandages, plasters, gauze, scissors and "
        "gloves, DIN 13157/13164, BS 8599-1, custom logo",
    ),
    P(
        "901819",
        1,
        "C62",
        (300, 3500),
        (10, 500),
        (
            "Multi-parameter patient monitors, 12-15 inch",
            "Bedside patient monitors ECG, SpO2, NIBP",
        ),
        "ECG, SpO2, NIBP, respiration and temperature, optional EtCO2 and IBP, 12-15 inch "
        "touch screen, battery backup, CE and ISO 13485",
    ),
    P(
        "901812",
        1,
        "C62",
        (3500, 30000),
        (1, 50),
        (
            "Portable colour Doppler ultrasound scanners",
            "Trolley ultrasound systems with 3 probe ports",
        ),
        "B/M/colour/PW Doppler modes, convex, linear and cardiac probes, 15-21 inch monitor, "
        "DICOM, CE and ISO 13485",
    ),
    P(
        "940290",
        1,
        "C62",
        (300, 2200),
        (10, 500),
        (
            "Electric hospital beds, 3-function and 5-function",
            "Manual ICU hospital beds with ABS side rails",
        ),
        "Steel frame with ABS head and foot boards, 2-5 functions, central-locking castors, "
        "IV pole and mattress, IEC 60601-2-52, CE",
    ),
    P(
        "901920",
        1,
        "C62",
        (200, 900),
        (10, 1000),
        (
            "Oxygen concentrators 5 L and 10 L",
            "Home oxygen concentrators with nebuliser, 93%",
        ),
        "Flow 1-10 L/min, purity 93 +/- 3%, noise below 45 dB, SpO2 alarm, nebuliser "
        "function, CE and ISO 13485, 220 V or 110 V",
    ),
    P(
        "300510",
        1,
        "BX",
        (0.35, 1.4),
        (5000, 200000),
        (
            "Adhesive wound plasters, assorted sizes, 100 per box",
            "Waterproof PE and fabric adhesive bandages",
        ),
        "PE, PVC or fabric backing, non-stick absorbent pad, hypoallergenic adhesive, EO or "
        "gamma sterile, CE and ISO 13485",
    ),
    # --- Sports & Leisure ---
    P(
        "950662",
        1,
        "C62",
        (2, 12),
        (1000, 50000),
        (
            "Machine-stitched PU footballs, size 5",
            "Rubber and PU basketballs and volleyballs",
        ),
        "PU, PVC or TPU cover, butyl bladder, sizes 3-5, hand- or machine-stitched or "
        "thermo-bonded, custom printing, deflated in cartons",
    ),
    P(
        "950691",
        1,
        "KGM",
        (1.1, 2.4),
        (2000, 50000),
        (
            "Rubber hex dumbbells 2.5-50 kg",
            "Cast iron weight plates and kettlebells",
        ),
        "Cast iron heads with rubber or PU coating, chrome handles, 1-50 kg, kettlebells "
        "4-48 kg, Olympic plates 50 mm bore, priced per kg",
    ),
    P(
        "950640",
        1,
        "C62",
        (110, 420),
        (20, 1000),
        (
            "Foldable indoor table tennis tables, 25 mm top",
            "Outdoor table tennis tables, weatherproof SMC top",
        ),
        "ITTF size 2740 x 1525 x 760 mm, 16-25 mm MDF or SMC/aluminium composite tops, "
        "roll-away fold-up frames, net set included, EN 14468-1",
    ),
    P(
        "950710",
        1,
        "C62",
        (3, 40),
        (500, 20000),
        (
            "Carbon fibre spinning rods, 1.8-3.0 m",
            "Telescopic fishing rods and surf casting rods",
        ),
        "24-40T carbon or fibreglass blanks, 1-4 sections, Fuji-type guides, EVA or cork "
        "handles, lure weight 3-150 g, cloth bags and tubes",
    ),
    P(
        "950730",
        1,
        "C62",
        (3, 35),
        (500, 20000),
        (
            "Spinning reels 1000-6000, metal spool",
            "Baitcasting and trolling fishing reels",
        ),
        "Aluminium or graphite body, 5-13 ball bearings, gear ratio 5.2:1 to 7.1:1, "
        "max drag 5-15 kg, spare spool, colour boxes",
    ),
    P(
        "920710",
        1,
        "C62",
        (220, 900),
        (20, 1000),
        (
            "Digital pianos, 88 weighted hammer-action keys",
            "Digital stage pianos and console pianos with stand",
        ),
        "88 graded hammer-action keys, 128-256 polyphony, Bluetooth MIDI "
        "and USB, speakers 2 x 20 W, stand and pedals",
    ),
    P(
        "950629",
        1,
        "C62",
        (60, 250),
        (50, 5000),
        (
            "Inflatable stand-up paddle boards (SUP), 10-12 ft",
            "iSUP paddle board kits with pump and paddle",
        ),
        'Drop-stitch PVC, 10\'-12\'6" x 30-34" x 6", max load 120-150 kg, kit with paddle, '
        "pump, leash and backpack, custom graphics",
    ),
    # --- Others (watches and clocks) ---
    P(
        "910521",
        1,
        "C62",
        (1.8, 9),
        (1000, 30000),
        (
            "Quartz wall clocks, silent sweep, 25-40 cm",
            "Decorative wall clocks, metal and wooden frames",
        ),
        "Silent sweep quartz movements, plastic, metal or MDF cases, glass lens, 25-60 cm, AA "
        "battery, custom dials and logos, colour boxes",
    ),
    P(
        "910511",
        1,
        "C62",
        (1.2, 6),
        (2000, 50000),
        (
            "Digital LED alarm clocks with snooze",
            "Kids alarm clocks and sunrise wake-up lights",
        ),
        "LED or LCD display, snooze and dimmer, USB or battery powered, temperature and date "
        "display, wireless charging versions, CE and RoHS",
    ),
    P(
        "911320",
        1,
        "C62",
        (0.8, 6),
        (2000, 100000),
        (
            "Stainless steel watch bands, 18-24 mm",
            "Mesh and link metal watch straps for smartwatches",
        ),
        "316L stainless steel, Milanese mesh or solid links, brushed, polished or IP plated, "
        "quick-release pins, butterfly or fold-over clasps",
    ),
    P(
        "911390",
        1,
        "C62",
        (0.3, 4),
        (5000, 200000),
        (
            "Silicone and leather watch straps, 16-24 mm",
            "Replacement watch bands for smartwatches",
        ),
        "Liquid silicone, FKM rubber, genuine leather or nylon, widths 16-24 mm and smartwatch "
        "fittings, quick-release spring bars, OPP bags",
    ),
    P(
        "910811",
        1,
        "C62",
        (0.8, 6),
        (5000, 200000),
        (
            "Quartz watch movements, 3-hand and chronograph",
            "Quartz movements for wrist-watches, date and day-date",
        ),
        "3-hand, date and chronograph calibres, 3 jewels or jewel-less, SR626SW batteries "
        "fitted, accuracy +/-20 s/month, 1-year warranty",
    ),
    P(
        "910212",
        1,
        "C62",
        (2, 12),
        (1000, 50000),
        (
            "Digital sports watches, LED backlight, 50 m WR",
            "Kids digital wrist watches, silicone strap",
        ),
        "LCD display with backlight, alarm, stopwatch and dual time, 30-50 m water resistant, "
        "ABS or alloy case, PU or silicone strap, gift boxes",
    ),
    # --- Glass & Optical ---
    P(
        "700719",
        1,
        "MTK",
        (8, 30),
        (500, 20000),
        (
            "Tempered safety glass 4-19 mm, clear and ultra-clear",
            "Toughened glass for shower doors and railings",
        ),
        "Clear, ultra-clear or tinted float, 4-19 mm, edges polished, holes and notches, "
        "EN 12150, ANSI Z97.1 and AS/NZS 2208, heat soak on request",
    ),
    P(
        "701337",
        1,
        "C62",
        (0.18, 1.2),
        (10000, 300000),
        (
            "Glass tumblers and drinking glasses, 200-400 ml",
            "Machine-pressed whisky and water glasses",
        ),
        "Soda-lime glass, 200-450 ml, machine-blown or pressed, dishwasher safe, "
        "decal or frosted decoration, 6 or 12 per colour box",
    ),
    P(
        "701966",
        1,
        "MTK",
        (0.15, 0.45),
        (10000, 500000),
        (
            "Alkali-resistant fibreglass mesh, 145-160 g/m2",
            "Fibreglass mesh for EIFS and wall plastering, 5x5 mm",
        ),
        "C-glass or E-glass, 45-300 g/m2, mesh 4x4 to 10x10 mm, alkali-resistant coating, "
        "rolls 1 m x 50 m, ETAG 004 compliant",
    ),
    P(
        "701912",
        1,
        "TNE",
        (520, 900),
        (20, 500),
        (
            "E-glass single-end roving 2400 and 4800 tex",
            "Fibreglass assembled roving for spray-up and SMC",
        ),
        "E-glass or ECR-glass, 600-9600 tex, silane sizing for UP, VE and epoxy resins, for "
        "pultrusion, filament winding and weaving, 18-22 kg bobbins",
    ),
    P(
        "900311",
        1,
        "C62",
        (1, 8),
        (1000, 50000),
        (
            "TR90 and acetate optical frames",
            "Eyeglass frames for men and women, spring hinges",
        ),
        "TR90, acetate, PC or ultem fronts, metal or plastic temples, spring hinges, sizes "
        "48-56 mm, demo lenses fitted, CE, mixed designs",
    ),
    P(
        "902519",
        1,
        "C62",
        (3, 12),
        (1000, 50000),
        (
            "Infrared forehead thermometers, non-contact",
            "Digital clinical thermometers, rigid and flexible tip",
        ),
        "Infrared 32-42.9 C with +/-0.2 C accuracy or digital probe 32-42.9 C, fever alarm, "
        "memory recall, CE MDR, FDA 510(k) versions",
    ),
    P(
        "903031",
        1,
        "C62",
        (4, 40),
        (500, 20000),
        (
            "Digital multimeters, auto-ranging, CAT III 600 V",
            "True RMS handheld multimeters with NCV",
        ),
        "4,000-20,000 counts, AC/DC volts and amps, resistance, capacitance and frequency, "
        "IEC 61010 CAT III/IV, holster and test leads",
    ),
    P(
        "902620",
        1,
        "C62",
        (3, 28),
        (500, 20000),
        (
            "Stainless steel pressure gauges, 63-150 mm dial",
            "Glycerine-filled pressure gauges, bottom connection",
        ),
        'Dial 40-150 mm, 0-1 to 0-1000 bar, accuracy class 1.0-1.6, 1/4" or 1/2" BSP/NPT, '
        "brass or 316 wetted parts, EN 837-1",
    ),
    # --- Automotive & Vehicles ---
    P(
        "870880",
        1,
        "C62",
        (6, 45),
        (500, 20000),
        (
            "Shock absorbers for passenger cars, gas-filled",
            "Front strut assemblies and rear shock absorbers",
        ),
        "Twin-tube gas or hydraulic, mono-tube sports versions, OE-matched for 2,000+ "
        "car models, 30,000 km warranty, IATF 16949, neutral or OEM boxes",
    ),
    P(
        "401140",
        1,
        "C62",
        (6, 35),
        (500, 20000),
        (
            "Motorcycle tyres, tubeless and tube type",
            "Scooter and motorcycle tyres 10-18 inch",
        ),
        "Sizes 2.75-18 to 140/70-17, nylon bias or radial, tube type or tubeless, DOT, ECE "
        "and ISO, 8-10 ply ratings, road and off-road treads",
    ),
    P(
        "870870",
        1,
        "C62",
        (35, 160),
        (200, 10000),
        (
            "Aluminium alloy wheels 15-20 inch, cast",
            "Flow-formed alloy rims for passenger cars",
        ),
        "A356.2 aluminium, low-pressure cast or flow-formed, 15-22 inch, PCD 4x100 to 6x139.7, "
        "JWL/VIA and TUV, machined face or painted",
    ),
    P(
        "870891",
        1,
        "C62",
        (20, 120),
        (200, 10000),
        (
            "Aluminium car radiators, brazed core",
            "Plastic-aluminium radiators for cars and trucks",
        ),
        "Brazed aluminium cores with PA66 tanks or all-aluminium, 16-48 mm core, OE-matched "
        "fittings, pressure-tested, 1-year warranty",
    ),
    P(
        "871491",
        1,
        "C62",
        (22, 95),
        (100, 5000),
        (
            "Aluminium alloy bicycle frames, 6061, MTB and road",
            "Bicycle frames and suspension forks, 26-29 inch",
        ),
        "6061-T6 or 7005 aluminium, TIG-welded, smooth or double-butted tubes, 26-29 inch "
        "MTB and 700C road, disc mounts, powder-coated, EN ISO 4210",
    ),
    P(
        "401180",
        1,
        "C62",
        (350, 2500),
        (10, 500),
        (
            "OTR tyres for wheel loaders, 17.5-25 to 29.5-25",
            "Bias OTR tyres L3/E3 for mining and construction",
        ),
        "Sizes 14.00-24 to 29.5-25, 16-28 ply, L3, L5, E3 and G2 patterns, tubeless, "
        "DOT and ISO, for loaders, graders and dumpers",
    ),
    # --- Computers & Telecommunications ---
    P(
        "852852",
        1,
        "C62",
        (55, 350),
        (200, 10000),
        (
            'Computer monitors 22"-32", IPS, 75-165 Hz',
            "Curved gaming monitors, 144-240 Hz, QHD",
        ),
        "IPS or VA panels, FHD to 4K, 1-5 ms, HDMI, DP and USB-C, VESA mount, FreeSync, "
        "CE, FCC and RoHS, 3-year warranty",
    ),
    P(
        "847160",
        1,
        "SET",
        (3, 20),
        (1000, 50000),
        (
            "Wireless keyboard and mouse combos, 2.4 GHz",
            "Wired USB keyboard and mouse sets for offices",
        ),
        "2.4 GHz or Bluetooth, full-size or compact layouts, multi-language keycaps, "
        "1,000-1,600 DPI optical mouse, CE, FCC, retail boxes",
    ),
    P(
        "851762",
        1,
        "C62",
        (15, 120),
        (500, 50000),
        (
            "Wi-Fi 6 routers, dual band AX1800-AX3000",
            "4G/5G CPE routers with SIM slot",
        ),
        "802.11ax dual band, 4 gigabit ports, mesh support, 4G LTE Cat.4 to 5G NR SA/NSA "
        "versions, OpenWrt on request, CE and FCC",
    ),
    P(
        "847150",
        1,
        "C62",
        (1800, 9000),
        (5, 200),
        (
            "Rack servers 1U and 2U, dual Xeon",
            "2U dual-socket servers for data centres",
        ),
        "1-2 Intel Xeon Scalable or AMD EPYC CPUs, 64-1024 GB DDR5, 4-24 hot-swap bays, "
        "redundant PSUs, IPMI, 3-year warranty",
    ),
    P(
        "852352",
        1,
        "C62",
        (0.08, 0.8),
        (10000, 1000000),
        (
            "Contactless RFID smart cards, MIFARE and NTAG",
            "Printed PVC smart cards for access and transport",
        ),
        "ISO 14443A/B and ISO 15693 chips (MIFARE Classic, DESFire, NTAG 213/215), CR80 PVC or "
        "PET, CMYK print, numbering and encoding",
    ),
    P(
        "852862",
        1,
        "C62",
        (45, 350),
        (200, 10000),
        (
            "LCD projectors 1080p for home theatre",
            "Portable smart projectors with Wi-Fi and Android",
        ),
        "Native 1080p or 720p, 200-1000 ANSI lumens, keystone correction, HDMI/USB, Android "
        "TV and Wi-Fi on smart models, CE and FCC",
    ),
    # --- Environment ---
    P(
        "470710",
        1,
        "TNE",
        (120, 220),
        (100, 5000),
        (
            "OCC waste paper 95/5, baled",
            "Old corrugated containers, double-sorted OCC",
        ),
        "OCC 11, 95/5 or double sorted, prohibitives below 1%, moisture below 10%, baled, "
        "21-25 t per 40HQ, pre-shipment inspection",
    ),
    P(
        "740400",
        1,
        "TNE",
        (9000, 12500),
        (20, 500),
        (
            "Copper wire scrap, millberry 99.9%",
            "Bare bright copper scrap and birch/cliff",
        ),
        "Millberry (Cu 99.9%), birch/cliff (Cu 96%+) and berry/candy grades, ISRI "
        "specifications, priced against LME, bales or jumbo bags",
    ),
    P(
        "720449",
        1,
        "TNE",
        (300, 430),
        (500, 30000),
        (
            "HMS 1 and 2 steel scrap, 80:20",
            "Heavy melting steel scrap and shredded scrap",
        ),
        "HMS 1&2 80:20, shredded 211 and bonus, ISRI 200-211, free of radiation and "
        "hazardous materials, bulk vessel or containers",
    ),
    P(
        "400400",
        1,
        "TNE",
        (120, 350),
        (20, 1000),
        (
            "Rubber crumb from scrap tyres, 1-4 mm",
            "Ground tyre rubber powder, 30-80 mesh",
        ),
        "Granules 1-6 mm or powder 30-80 mesh, steel and fibre free, for sports surfaces, "
        "tiles and reclaim, 25 kg bags or 1 t jumbo bags",
    ),
    P(
        "630900",
        1,
        "KGM",
        (0.3, 1.2),
        (10000, 100000),
        (
            "Used clothing bales, sorted grade A",
            "Second-hand clothes and shoes, summer and winter mix",
        ),
        "Sorted by type and season, grade A/B/cream, 45-100 kg pressed bales, fumigated, "
        "sorting lists on request, 40HQ about 28 t",
    ),
    P(
        "391590",
        1,
        "TNE",
        (450, 800),
        (20, 1000),
        (
            "Washed clear PET bottle flakes, hot washed",
            "Recycled PET flakes for fibre and strapping",
        ),
        "Clear or blue/green, 10-12 mm, PVC below 50 ppm, glue below 10 ppm, moisture under "
        "1%, hot-washed, 1 t jumbo bags",
    ),
    # --- Wood & Furniture ---
    P(
        "441114",
        1,
        "MTQ",
        (230, 380),
        (100, 3000),
        (
            "MDF boards 12-25 mm, E1 and E0",
            "Melamine-faced MDF panels for furniture",
        ),
        "1220 x 2440 mm, 12-30 mm thick, density 680-750 kg/m3, E0, E1, CARB P2 or EPA TSCA "
        "VI, raw, melamine or veneer faced",
    ),
    P(
        "441233",
        1,
        "MTQ",
        (550, 950),
        (50, 2000),
        (
            "Birch plywood BB/CP and B/BB, 4-30 mm",
            "Film-faced birch plywood for concrete formwork",
        ),
        "Full birch, WBP phenolic glue, 1220 x 2440 or 1525 x 1525 mm, BB/BB to C/C grades, "
        "film faced 120-220 g/m2, EN 636, E1, FSC",
    ),
    P(
        "440131",
        1,
        "TNE",
        (130, 200),
        (500, 20000),
        (
            "Wood pellets ENplus A1, 6 mm",
            "Biomass wood pellets for boilers, 15 kg bags",
        ),
        "Diameter 6 or 8 mm, ash below 0.7%, moisture under 10%, net calorific value above "
        "4.6 kWh/kg, ENplus A1/A2, 15 kg bags or bulk",
    ),
    P(
        "441875",
        1,
        "MTK",
        (18, 45),
        (500, 20000),
        (
            "Engineered oak flooring, 3-ply and multilayer",
            "Multilayer oak wood flooring, brushed and oiled",
        ),
        "Oak wear layer 2-6 mm on birch or eucalyptus ply, 14-20 mm thick, 125-240 mm wide, "
        "ABCD grades, UV oil or lacquer, click or T&G",
    ),
    P(
        "940161",
        1,
        "C62",
        (120, 600),
        (50, 2000),
        (
            "Fabric sofas, 3-seater, solid wood frame",
            "Upholstered sectional sofas and loveseats",
        ),
        "Kiln-dried hardwood or plywood frame, pocket springs and HR foam, linen, velvet or "
        "leatherette, KD or fully assembled, CAL 117",
    ),
    P(
        "940531",
        1,
        "C62",
        (0.8, 8),
        (2000, 100000),
        (
            "LED Christmas string lights, 10-100 m",
            "Fairy lights and LED curtain lights for festivals",
        ),
        "50-1000 LEDs on PVC or copper wire, 8 flash modes, IP44 outdoor, plug-in with "
        "transformer, battery or solar, CE, GS and UL versions",
    ),
)
