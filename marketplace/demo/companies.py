"""Invented companies of the demo data set, with the ports and names that go with them.

Every name, address and web site here is made up; web sites and e-mail addresses use
the reserved ``.example`` top-level domain so that nothing points at a real business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DemoCompany:
    """One invented company and the contact person who is its member."""

    key: str  # slug: the web site host and e-mail domain
    name: str
    country: str
    city: str
    business_type: str  # manufacturer | trading | buyer
    size_class: str
    year: int
    verified: bool
    contact: str
    main_products: str
    scope: str  # suppliers: HS prefixes they sell; buyers: category slugs they import
    blurb: str

    @property
    def is_buyer(self) -> bool:
        return self.business_type == "buyer"

    @property
    def scope_items(self) -> list[str]:
        return self.scope.split()

    @property
    def short_name(self) -> str:
        """The English trading name without its legal form ("Hanbit Steel")."""
        inner = re.search(r"\(([^()]+)\)\s*$", self.name)
        name = inner.group(1) if inner else self.name
        return _LEGAL_FORM.sub("", name).strip(" ,")

    @property
    def local_name(self) -> str:
        """The name in the company's own script ("한빛스틸"), or the short name."""
        return self.name.split(" (")[0] if " (" in self.name else self.short_name


_LEGAL_FORM = re.compile(
    r",?\s+(Co\., Ltd\.|Corp\.|Corporation|Inc\.|Ltd\.|LLC|GmbH|mbH|K\.K\.|JSC|Pvt\. Ltd\.|"
    r"A\.Ş\.|Ltd\. Şti\.|Ltda\.|S\.A\. de C\.V\.|SARL|SAS|S\.r\.l\.|S\.p\.A\.|Pty Ltd|"
    r"FZE|B\.V\.|Pte\. Ltd\.|SA)$"
)

C = DemoCompany

# The first company is the demo exporter's, the German buyer below is the demo buyer's.
HANBIT = "hanbit-steel"
NORDHAFEN = "nordhafen-handel"

COMPANIES: tuple[DemoCompany, ...] = (
    # --- Korea: a large share, as on the portals Tradewind follows ---
    C(
        HANBIT,
        "한빛스틸 (Hanbit Steel Co., Ltd.)",
        "KR",
        "Busan",
        "manufacturer",
        "sme",
        1998,
        True,
        "Park Ji-hoon",
        "Stainless steel welded pipes, seamless tubes, pipe fittings, flanges",
        "7304 7306 7307 7219 7220 7222",
        "Hanbit Steel makes welded and seamless stainless steel pipes in grades 304, 316L and duplex "
        "at its plant in the Noksan industrial complex near Busan port. Its pipes go into "
        "shipbuilding, food processing and chemical plants in more than 30 countries.",
    ),
    C(
        "daehan-precision",
        "대한정밀 (Daehan Precision Co., Ltd.)",
        "KR",
        "Changwon",
        "manufacturer",
        "sme",
        2004,
        False,
        "Jung Hyun-woo",
        "Industrial valves, ball bearings, gear reducers, hydraulic pumps, auto parts",
        "8481 8482 8483 8413 8412 8466 8708",
        "Daehan Precision machines valves, bearings and power-transmission parts for machinery and "
        "car makers. Its Changwon plant runs 40 CNC centres and an in-house test laboratory.",
    ),
    C(
        "seoul-cosmetic",
        "서울코스메틱 (Seoul Cosmetic Lab Inc.)",
        "KR",
        "Seoul",
        "manufacturer",
        "sme",
        2011,
        True,
        "Choi Yu-na",
        "Skin care creams, sheet masks, sunscreen, lip tints, shampoo",
        "3303 3304 3305 3307 3401",
        "Seoul Cosmetic Lab develops K-beauty skin care, sheet masks and colour cosmetics for its "
        "own brands and as an OEM/ODM partner. Its CGMP-certified plant fills over two million "
        "units a month.",
    ),
    C(
        "nokwon-foods",
        "녹원식품 (Nokwon Foods Co., Ltd.)",
        "KR",
        "Gwangju",
        "manufacturer",
        "sme",
        1995,
        False,
        "Lim Ha-eun",
        "Kimchi, instant noodles, gochujang, seasoned laver, sauces",
        "1902 1904 1905 2005 2103 2104 2106 1212",
        "Nokwon Foods produces traditional kimchi, instant noodles and fermented sauces from "
        "Jeolla province ingredients. Its HACCP-certified kitchens ship chilled and ambient products "
        "to Asian grocers worldwide.",
    ),
    C(
        "goryeo-ginseng",
        "고려인삼 (Goryeo Ginseng Corp.)",
        "KR",
        "Geumsan",
        "manufacturer",
        "sme",
        1988,
        True,
        "Kang Soo-jin",
        "Korean ginseng roots, red ginseng extract, ginseng tea, tonics",
        "1211 1302 2106 2202 0902",
        "Goryeo Ginseng grows and processes six-year-old Korean ginseng in Geumsan, the country's "
        "ginseng capital. It sells fresh and dried roots, red ginseng concentrate and "
        "ready-to-drink tonics.",
    ),
    C(
        "mirae-electronics",
        "미래전자 (Mirae Electronics Co., Ltd.)",
        "KR",
        "Suwon",
        "manufacturer",
        "large",
        1992,
        True,
        "Yoon Dong-hyun",
        "LED lamps, LED panels, solar PV modules, power converters, integrated circuits",
        "8539 8541 8542 8504 8534 8536 9405",
        "Mirae Electronics designs LED lighting, solar modules and power electronics in Suwon, with "
        "assembly lines in Korea and Vietnam. It supplies lighting brands and EPC contractors in "
        "Europe, the Middle East and North America.",
    ),
    C(
        "haneul-mobile",
        "하늘모바일 (Haneul Mobile Co., Ltd.)",
        "KR",
        "Seongnam",
        "manufacturer",
        "sme",
        2009,
        False,
        "Han Jae-won",
        "Smartphones, Wi-Fi routers, tablets, laptops, accessories",
        "8517 8471 8473 8523 8528 8518",
        "Haneul Mobile builds rugged smartphones, Wi-Fi 6 routers and tablets for operators and "
        "private-label brands. Its R&D centre in Pangyo handles hardware design, firmware and "
        "carrier certification.",
    ),
    C(
        "dongbang-tire",
        "동방타이어 (Dongbang Tire & Rubber Co., Ltd.)",
        "KR",
        "Daejeon",
        "manufacturer",
        "large",
        1979,
        True,
        "Oh Eun-ji",
        "Passenger car tyres, truck and bus tyres, inner tubes, brake pads, auto parts",
        "4011 4012 4013 4016 8708 8714 8512",
        "Dongbang Tire & Rubber produces radial tyres for passenger cars, SUVs, trucks and buses, "
        "plus rubber and brake parts. It exports to more than 70 countries through distributors "
        "and OE contracts.",
    ),
    C(
        "gaon-textile",
        "가온텍스타일 (Gaon Textile Co., Ltd.)",
        "KR",
        "Daegu",
        "manufacturer",
        "sme",
        1986,
        False,
        "Seo Ji-woo",
        "Polyester fabrics, knitted fabrics, cotton T-shirts, functional sportswear",
        "5208 5407 5512 5513 5515 6006 6109 6110 6112 6204",
        "Gaon Textile weaves and knits polyester and cotton fabrics in Daegu and makes functional "
        "sportswear and T-shirts for brands. Its dye house is bluesign and OEKO-TEX certified.",
    ),
    C(
        "woorim-chemical",
        "우림화학 (Woorim Chemical Co., Ltd.)",
        "KR",
        "Yeosu",
        "manufacturer",
        "large",
        1990,
        False,
        "Shin Tae-yang",
        "Polyethylene, polypropylene, PVC compounds, synthetic rubber, paints",
        "2901 2902 2905 2917 3901 3902 3903 3904 3907 3208 3209 4002",
        "Woorim Chemical runs a petrochemical complex in Yeosu making polyolefins, PVC compounds and "
        "synthetic rubber. It sells to converters in Asia, Europe and South America under long-term "
        "contracts.",
    ),
    C(
        "namu-living",
        "나무리빙 (Namu Living Co., Ltd.)",
        "KR",
        "Paju",
        "manufacturer",
        "sme",
        2003,
        False,
        "Lee Seo-yeon",
        "Solid wood furniture, office chairs, mattresses, plywood, MDF",
        "9401 9403 9404 4411 4412 4418 4421",
        "Namu Living makes solid-wood dining sets, office seating and mattresses in Paju for Korean "
        "and overseas retailers. Designs are developed in-house and produced to order.",
    ),
    C(
        "biohealth-korea",
        "바이오헬스코리아 (Biohealth Korea Co., Ltd.)",
        "KR",
        "Wonju",
        "manufacturer",
        "sme",
        2008,
        True,
        "Kim Min-jun",
        "Ultrasound scanners, disposable syringes, massage devices, vitamins",
        "3004 3005 3006 9018 9019 9021 9402",
        "Biohealth Korea is a medical device maker in the Wonju medical industry cluster. It "
        "produces diagnostic ultrasound, disposables and home-care devices under ISO 13485.",
    ),
    C(
        "moa-stationery",
        "모아문구 (Moa Stationery Co., Ltd.)",
        "KR",
        "Seoul",
        "manufacturer",
        "sme",
        1993,
        False,
        "Yoon Seo-hyun",
        "Ball-point pens, notebooks, diaries, gift sets, accessories",
        "4817 4820 4821 4911 7117 9608 9609 9610",
        "Moa Stationery designs character stationery, pens and planners sold in Korean stores and "
        "abroad. It offers custom printing and gift-set packaging for promotional orders.",
    ),
    C(
        "green-recycle",
        "그린리사이클 (Green Recycle Korea Co., Ltd.)",
        "KR",
        "Incheon",
        "trading",
        "sme",
        2006,
        False,
        "Hwang In-ho",
        "Metal scrap, plastic scrap, waste paper, water filtration systems",
        "3915 4004 4707 6309 7204 7404 7503 7602 8421 8549",
        "Green Recycle Korea collects, sorts and exports metal, plastic and paper scrap from its "
        "yards in Incheon and Siheung. It also distributes water and air filtration systems for "
        "industrial sites.",
    ),
    C(
        "daon-sports",
        "다온스포츠 (Daon Sports Co., Ltd.)",
        "KR",
        "Busan",
        "manufacturer",
        "sme",
        2001,
        False,
        "Jang Woo-jin",
        "Golf clubs, badminton rackets, fitness equipment, toys",
        "9503 9504 9506 9507 9207",
        "Daon Sports manufactures golf clubs, rackets and home fitness equipment for Korean and "
        "overseas brands. It runs its own carbon-fibre shaft line in Busan.",
    ),
    C(
        "saebit-optics",
        "새빛광학 (Saebit Optics Co., Ltd.)",
        "KR",
        "Daegu",
        "manufacturer",
        "sme",
        1999,
        False,
        "Kwon Na-rae",
        "Spectacle lenses, sunglasses, optical frames, glass panels",
        "7005 7007 7013 7019 9001 9002 9003 9004 9013",
        "Saebit Optics grinds and coats plastic and glass lenses and assembles sunglasses and frames "
        "in Daegu's optical cluster. It serves optical chains and eyewear brands in 40 countries.",
    ),
    C(
        "samjin-machinery",
        "삼진기계 (Samjin Machinery Co., Ltd.)",
        "KR",
        "Changwon",
        "manufacturer",
        "large",
        1975,
        True,
        "Song Kyung-ho",
        "Injection moulding machines, air compressors, pumps, CNC lathes, refrigeration units",
        "8413 8414 8415 8418 8450 8458 8459 8477 8479 8421",
        "Samjin Machinery builds injection moulding machines, screw compressors and CNC lathes for "
        "plastics and metalworking plants. It has service partners in 25 countries.",
    ),
    C(
        "ktrade-global",
        "케이트레이드글로벌 (K-Trade Global Co., Ltd.)",
        "KR",
        "Seoul",
        "trading",
        "sme",
        2014,
        False,
        "Baek So-yeon",
        "Korean food, green tea, kitchenware, household goods",
        "0902 1902 1905 2106 2202 3401 3924 7323 7615 9603",
        "K-Trade Global is an export trading house that consolidates Korean food, kitchenware and "
        "household goods from small producers into mixed containers. It handles export documents, "
        "labelling and certification for first-time importers.",
    ),
    C(
        "haedong-fisheries",
        "해동수산 (Haedong Fisheries Co., Ltd.)",
        "KR",
        "Busan",
        "manufacturer",
        "sme",
        1984,
        False,
        "Cho Sung-min",
        "Frozen fish, frozen shrimp, dried laver, fish fillets",
        "0302 0303 0304 0306 0307 1212 1604 1605",
        "Haedong Fisheries processes frozen fish, shellfish and dried laver at its EU-approved plant "
        "near Busan's fish market. Its own vessels supply mackerel and squid in season.",
    ),
    C(
        "hanmaeum-trading",
        "한마음무역 (Hanmaeum Trading Co., Ltd.)",
        "KR",
        "Seoul",
        "buyer",
        "sme",
        2010,
        False,
        "Moon Ji-ah",
        "Imports of green coffee, nuts, wine, grains and food ingredients",
        "agricultural-food beauty-household",
        "Hanmaeum Trading imports food ingredients and beverages for Korean food manufacturers, "
        "cafés and retailers. It buys green coffee, nuts, grains and wine on regular contracts.",
    ),
    C(
        "ilsung-industrial",
        "일성산업 (Ilsung Industrial Co., Ltd.)",
        "KR",
        "Incheon",
        "buyer",
        "large",
        1978,
        False,
        "Nam Gi-seok",
        "Imports of copper, pulp, cotton, coal and other industrial raw materials",
        "minerals chemical-plastics textiles-leather environment",
        "Ilsung Industrial sources raw materials for Korean manufacturers, from copper cathode and "
        "pulp to cotton and coal. It buys spot and term cargoes and runs bonded warehouses in "
        "Incheon.",
    ),
    # --- China ---
    C(
        "yongsheng-hardware",
        "宁波永盛五金有限公司 (Ningbo Yongsheng Hardware Co., Ltd.)",
        "CN",
        "Ningbo",
        "manufacturer",
        "sme",
        2002,
        False,
        "Wang Lei",
        "Hand tools, fasteners, locks, steel pipes, ceramic tiles and sanitary ware",
        "7306 7318 7324 8201 8203 8204 8205 8211 8215 8301 8302 6907 6910",
        "Yongsheng Hardware makes hand tools, fasteners and door hardware in Ningbo and trades steel "
        "pipe and ceramics from partner plants. It packs for DIY chains with barcodes and retail "
        "cards.",
    ),
    C(
        "brightstar-electronics",
        "深圳明星电子有限公司 (Shenzhen Brightstar Electronics Co., Ltd.)",
        "CN",
        "Shenzhen",
        "manufacturer",
        "sme",
        2008,
        True,
        "Chen Jing",
        "Power banks, LED lamps, Bluetooth earphones, chargers, smart watches",
        "8504 8507 8517 8518 8539 8544 9102 9105 9405 8471",
        "Brightstar Electronics produces power banks, chargers, Bluetooth audio and LED products for "
        "e-commerce sellers and brands. Its Shenzhen factory has SMT lines and a CE/FCC "
        "pre-compliance lab.",
    ),
    C(
        "huamei-textile",
        "上海华美纺织进出口有限公司 (Shanghai Huamei Textile Co., Ltd.)",
        "CN",
        "Shanghai",
        "trading",
        "large",
        1996,
        False,
        "Li Na",
        "Cotton T-shirts, down jackets, bed linen, cotton yarn, handbags, footwear",
        "5205 5208 6104 6109 6110 6201 6202 6204 6302 4202 6402 6403 6404",
        "Huamei Textile places garment, home textile and bag orders with 60 audited partner "
        "factories around Shanghai. It handles QC inspections, compliance audits and shipping.",
    ),
    C(
        "qingdao-ocean-foods",
        "青岛海洋食品有限公司 (Qingdao Ocean Foods Co., Ltd.)",
        "CN",
        "Qingdao",
        "manufacturer",
        "sme",
        1999,
        False,
        "Zhang Wei",
        "Frozen shrimp, fish fillets, fresh garlic, peanuts, canned vegetables",
        "0303 0304 0306 0703 0710 0712 1202 2005 2008",
        "Qingdao Ocean Foods processes seafood and Shandong vegetables, including garlic and "
        "peanuts. Its plants are BRC and HACCP certified and registered for EU and US export.",
    ),
    C(
        "zhongda-chemical",
        "江苏中达化工有限公司 (Jiangsu Zhongda Chemical Co., Ltd.)",
        "CN",
        "Nanjing",
        "manufacturer",
        "large",
        1993,
        True,
        "Liu Yang",
        "Titanium dioxide, PVC resin, citric acid, fertilizers, pigments",
        "2815 2823 2836 2918 3102 3105 3206 3904",
        "Zhongda Chemical produces titanium dioxide, PVC resin and organic acids in a chemical park "
        "on the Yangtze. It ships bulk and bagged product to 50 countries.",
    ),
    # --- Japan ---
    C(
        "kansai-precision",
        "Kansai Precision Instruments K.K.",
        "JP",
        "Osaka",
        "manufacturer",
        "sme",
        1968,
        False,
        "Sato Hiroshi",
        "Measuring instruments, microscopes, optical lenses, gauges",
        "9002 9011 9013 9015 9025 9026 9027 9030 9031",
        "Kansai Precision Instruments makes measuring and inspection instruments for factories and "
        "laboratories. Its microscopes and gauges are known for long service life and calibration "
        "support.",
    ),
    C(
        "shizuoka-chaen",
        "Shizuoka Chaen Co., Ltd.",
        "JP",
        "Shizuoka",
        "manufacturer",
        "sme",
        1951,
        False,
        "Suzuki Yuki",
        "Green tea, matcha, soy sauce, rice crackers",
        "0902 2101 2103 1905 1904",
        "Shizuoka Chaen is a family tea house blending sencha, gyokuro and matcha from Shizuoka "
        "farms. It also packs soy sauce and rice crackers for export gift sets.",
    ),
    C(
        "tokai-trading",
        "Tokai Trading Corporation",
        "JP",
        "Nagoya",
        "buyer",
        "large",
        1960,
        True,
        "Tanaka Kenji",
        "Imports of steel products, auto parts, chemicals and machinery",
        "minerals automotive-vehicles chemical-plastics machinery-equipment",
        "Tokai Trading is a Nagoya trading house supplying imported steel, components and chemicals "
        "to the Chubu manufacturing region. It works with suppliers across Korea, China and "
        "Southeast Asia.",
    ),
    # --- Americas ---
    C(
        "cascade-timber",
        "Cascade Timber Products LLC",
        "US",
        "Portland",
        "manufacturer",
        "sme",
        1985,
        False,
        "Jennifer Walsh",
        "Softwood lumber, plywood, wood pellets, logs",
        "4401 4403 4407 4409 4412 4418",
        "Cascade Timber Products mills Douglas fir and hem-fir lumber in Oregon from certified "
        "forests. It ships kiln-dried lumber, plywood and pellets by container to Asia.",
    ),
    C(
        "pacific-rim-sourcing",
        "Pacific Rim Sourcing Inc.",
        "US",
        "Los Angeles",
        "buyer",
        "sme",
        2003,
        True,
        "David Morgan",
        "Imports of consumer electronics, furniture, household goods and toys",
        "computers-telecom electrical-electronics wood-furniture beauty-household sports-leisure",
        "Pacific Rim Sourcing imports consumer products for US retailers and online marketplaces. It "
        "looks for factories able to meet UL, FCC and CPSIA requirements.",
    ),
    C(
        "gulf-coast-industrial",
        "Gulf Coast Industrial Supply LLC",
        "US",
        "Houston",
        "buyer",
        "sme",
        1997,
        False,
        "Sarah Mitchell",
        "Imports of pipes, valves, pumps, steel plates and scrap",
        "minerals machinery-equipment environment",
        "Gulf Coast Industrial Supply distributes pipe, valves and pumps to refineries and "
        "petrochemical plants along the Gulf coast. It imports to API and ASTM specifications.",
    ),
    C(
        "cerrado-agro",
        "Agropecuária Cerrado Ltda.",
        "BR",
        "Goiânia",
        "trading",
        "large",
        1990,
        True,
        "João Silva",
        "Soybeans, corn, raw sugar, beef, chicken cuts",
        "0201 0202 0207 1005 1201 1701 2304",
        "Agropecuária Cerrado originates soybeans, corn and sugar from farms in Goiás and Mato "
        "Grosso and exports frozen beef and chicken. It ships in bulk and reefer containers from "
        "Santos and Paranaguá.",
    ),
    C(
        "importadora-paulista",
        "Importadora Paulista Ltda.",
        "BR",
        "São Paulo",
        "buyer",
        "sme",
        2008,
        False,
        "Mariana Costa",
        "Imports of machinery parts, electronics, chemicals and fertilizers",
        "machinery-equipment electrical-electronics chemical-plastics computers-telecom",
        "Importadora Paulista imports industrial parts, electronics and chemicals for Brazilian "
        "manufacturers. It handles import licensing and customs clearance in Santos.",
    ),
    C(
        "aguacates-pacifico",
        "Aguacates del Pacífico S.A. de C.V.",
        "MX",
        "Uruapan",
        "manufacturer",
        "sme",
        2004,
        False,
        "Carlos Hernández",
        "Hass avocados, limes, berries, tequila",
        "0709 0804 0805 0810 2005 2208",
        "Aguacates del Pacífico packs Hass avocados and limes from Michoacán orchards. Its "
        "packhouse is GlobalG.A.P. certified and ships all year round.",
    ),
    C(
        "grupo-norte",
        "Grupo Comercial del Norte S.A. de C.V.",
        "MX",
        "Monterrey",
        "buyer",
        "large",
        1982,
        True,
        "Lucía Ramírez",
        "Imports of steel, auto parts, plastic resins and tyres",
        "minerals automotive-vehicles chemical-plastics",
        "Grupo Comercial del Norte supplies imported steel, resins and auto parts to manufacturers "
        "in northern Mexico. It buys under IMMEX and USMCA rules.",
    ),
    C(
        "great-lakes-equipment",
        "Great Lakes Equipment Inc.",
        "CA",
        "Toronto",
        "buyer",
        "sme",
        1995,
        False,
        "Emily Tremblay",
        "Imports of industrial machinery, tools, instruments and parts",
        "machinery-equipment glass-optical automotive-vehicles others",
        "Great Lakes Equipment distributes imported machinery, tools and measuring instruments to "
        "Ontario manufacturers. It requires CSA or UL certification for electrical items.",
    ),
    # --- Europe ---
    C(
        NORDHAFEN,
        "Nordhafen Handelsgesellschaft mbH",
        "DE",
        "Hamburg",
        "buyer",
        "sme",
        1991,
        True,
        "Thomas Becker",
        "Imports of stainless steel pipes, fittings, valves and LED lighting",
        "minerals machinery-equipment electrical-electronics wood-furniture",
        "Nordhafen Handelsgesellschaft imports stainless steel pipe, fittings and industrial "
        "components for German and Scandinavian distributors. It keeps stock in its Hamburg "
        "warehouse and buys from Asian mills on annual contracts.",
    ),
    C(
        "schwarzwald-maschinenbau",
        "Schwarzwald Maschinenbau GmbH",
        "DE",
        "Freiburg",
        "manufacturer",
        "sme",
        1972,
        True,
        "Markus Weber",
        "CNC machining centres, gear pumps, industrial valves, filtration units",
        "8413 8421 8457 8459 8460 8466 8481 8483",
        "Schwarzwald Maschinenbau builds CNC machining centres, gear pumps and filtration units in "
        "the Black Forest. Its machines are CE marked and come with service contracts across "
        "Europe.",
    ),
    C(
        "rhein-main-import",
        "Rhein-Main Import GmbH",
        "DE",
        "Frankfurt am Main",
        "buyer",
        "sme",
        2006,
        False,
        "Anna Schulz",
        "Imports of textiles, footwear, home textiles, toys and gifts",
        "textiles-leather sports-leisure stationery-gifts beauty-household others",
        "Rhein-Main Import buys apparel, footwear and gift items for German department stores and "
        "online shops. Suppliers must meet REACH and EN 71 requirements.",
    ),
    C(
        "thames-valley",
        "Thames Valley Distribution Ltd.",
        "GB",
        "Reading",
        "buyer",
        "sme",
        1999,
        False,
        "James Thornton",
        "Imports of Asian food, cosmetics, homeware and gifts",
        "agricultural-food beauty-household stationery-gifts wood-furniture",
        "Thames Valley Distribution imports Asian groceries, cosmetics and homeware for UK "
        "supermarkets and independent shops. It handles UKCA labelling and food registration for "
        "its suppliers.",
    ),
    C(
        "maison-lavande",
        "Maison Lavande SARL",
        "FR",
        "Grasse",
        "manufacturer",
        "sme",
        1978,
        False,
        "Claire Dubois",
        "Perfumes, essential oils, soaps, skin care",
        "3301 3302 3303 3304 3307 3401",
        "Maison Lavande distils lavender and rose essential oils and blends perfumes in Grasse. It "
        "produces soaps and skin care for boutiques and private labels.",
    ),
    C(
        "lyon-import",
        "Lyon Import Services SAS",
        "FR",
        "Lyon",
        "buyer",
        "sme",
        2011,
        False,
        "Julien Moreau",
        "Imports of electrical goods, lighting, solar equipment and medical supplies",
        "electrical-electronics glass-optical medical-health environment",
        "Lyon Import Services sources electrical equipment, lighting and solar components for French "
        "installers and wholesalers. Every product must carry CE marking.",
    ),
    C(
        "veneto-arredamenti",
        "Veneto Arredamenti S.r.l.",
        "IT",
        "Treviso",
        "manufacturer",
        "sme",
        1970,
        False,
        "Marco Rossi",
        "Wooden furniture, kitchens, upholstered sofas, lamps",
        "4421 9401 9403 9404 9405",
        "Veneto Arredamenti crafts solid-wood tables, kitchens and upholstered sofas in the Treviso "
        "furniture district. It exports to designers and retailers in 30 countries.",
    ),
    C(
        "tessitura-biellese",
        "Tessitura Biellese S.p.A.",
        "IT",
        "Biella",
        "manufacturer",
        "large",
        1925,
        False,
        "Giulia Bianchi",
        "Wool fabrics, cashmere yarn, knitwear, scarves",
        "5105 5107 5108 5109 5111 5112 6110 6117 6214",
        "Tessitura Biellese spins and weaves fine wool and cashmere in Biella for tailoring houses. "
        "Its mills are certified to ISO 14001.",
    ),
    C(
        "anatolia-tekstil",
        "Anatolia Tekstil A.Ş.",
        "TR",
        "Bursa",
        "manufacturer",
        "sme",
        1989,
        False,
        "Mehmet Yılmaz",
        "Towels, bathrobes, bed linen, denim fabric, carpets",
        "5209 5211 5702 5703 6301 6302",
        "Anatolia Tekstil weaves Turkish cotton towels, bathrobes and bed linen in Bursa. It also "
        "produces denim fabric for garment makers.",
    ),
    C(
        "ege-kuru-meyve",
        "Ege Kuru Meyve Ltd. Şti.",
        "TR",
        "Izmir",
        "trading",
        "sme",
        2003,
        False,
        "Ayşe Demir",
        "Dried apricots, figs, hazelnuts, raisins, olive oil",
        "0802 0804 0806 0813 1509 2008",
        "Ege Kuru Meyve packs Aegean dried figs, sultanas, apricots and hazelnuts for importers and "
        "food manufacturers. Its Izmir plant is BRC and organic certified.",
    ),
    C(
        "rotterdam-fresh",
        "Rotterdam Fresh Import B.V.",
        "NL",
        "Rotterdam",
        "buyer",
        "sme",
        2000,
        True,
        "Pieter de Vries",
        "Imports of fruit, vegetables, seafood and food ingredients",
        "agricultural-food",
        "Rotterdam Fresh Import brings fruit, vegetables and seafood into Europe through the port of "
        "Rotterdam. It supplies wholesalers and processors in the Benelux and Germany.",
    ),
    C(
        "jura-horlogerie",
        "Jura Horlogerie SA",
        "CH",
        "La Chaux-de-Fonds",
        "manufacturer",
        "sme",
        1946,
        True,
        "Laurent Favre",
        "Wrist-watches, clocks, watch movements, watch straps",
        "9101 9102 9103 9105 9108 9111 9113 9114",
        "Jura Horlogerie assembles mechanical and quartz watches and wall clocks in La "
        "Chaux-de-Fonds. It supplies private-label collections and movements to watch brands.",
    ),
    # --- South and Southeast Asia ---
    C(
        "saigon-coffee",
        "Saigon Coffee & Cashew JSC",
        "VN",
        "Ho Chi Minh City",
        "manufacturer",
        "sme",
        2005,
        False,
        "Nguyen Van An",
        "Robusta coffee beans, cashew nuts, black pepper, rice",
        "0801 0901 0904 1006 2101",
        "Saigon Coffee & Cashew processes Robusta coffee from the Central Highlands and cashew nuts "
        "from Binh Phuoc. It exports green and roasted coffee, cashew kernels and pepper.",
    ),
    C(
        "haiphong-garment",
        "Hai Phong Garment Co., Ltd.",
        "VN",
        "Haiphong",
        "manufacturer",
        "sme",
        2000,
        False,
        "Tran Thi Mai",
        "Jackets, trousers, shirts, sportswear, sports shoes",
        "6109 6110 6112 6201 6203 6204 6205 6211 6402 6404",
        "Hai Phong Garment sews jackets, trousers and sportswear for European and Japanese brands on "
        "24 production lines. It is BSCI audited and works on CMT or FOB terms.",
    ),
    C(
        "gujarat-spice",
        "Gujarat Spice & Agro Exports Pvt. Ltd.",
        "IN",
        "Ahmedabad",
        "trading",
        "sme",
        2001,
        False,
        "Rajesh Patel",
        "Cumin, turmeric, sesame seeds, basmati rice, raw cotton",
        "0904 0909 0910 1006 1207 1302 5201 5205",
        "Gujarat Spice & Agro Exports cleans, sorts and packs spices and oilseeds from Gujarat and "
        "Rajasthan. It also trades basmati rice and raw cotton.",
    ),
    C(
        "mumbai-pharma",
        "Mumbai Pharma Generics Ltd.",
        "IN",
        "Mumbai",
        "manufacturer",
        "large",
        1987,
        True,
        "Priya Sharma",
        "Generic tablets, antibiotics, vitamins, APIs, wound dressings",
        "2936 2941 3003 3004 3005 3006",
        "Mumbai Pharma Generics manufactures generic tablets, capsules and injectables in WHO-GMP "
        "plants. It holds dossiers for over 300 products in regulated and emerging markets.",
    ),
    C(
        "nusantara-palm",
        "PT Nusantara Palm Lestari",
        "ID",
        "Medan",
        "manufacturer",
        "large",
        1996,
        False,
        "Budi Santoso",
        "Crude palm oil, palm kernel oil, natural rubber, cocoa beans",
        "0801 1511 1513 1801 4001",
        "Nusantara Palm Lestari runs RSPO-certified plantations and mills in North Sumatra. It "
        "exports crude and refined palm oil, natural rubber and cocoa.",
    ),
    C(
        "siam-rice",
        "Siam Rice & Foods Co., Ltd.",
        "TH",
        "Bangkok",
        "trading",
        "sme",
        1992,
        False,
        "Somchai Wongsakul",
        "Jasmine rice, canned tuna, dried fruit, tapioca starch, juices",
        "0714 0813 1006 1108 1604 1903 2009",
        "Siam Rice & Foods exports Thai Hom Mali rice, canned tuna and tapioca products from partner "
        "mills and canneries. It offers private-label packing in 1 kg to 50 kg bags.",
    ),
    C(
        "lion-city-sourcing",
        "Lion City Sourcing Pte. Ltd.",
        "SG",
        "Singapore",
        "buyer",
        "sme",
        2013,
        False,
        "Tan Wei Ming",
        "Imports of electronic components, chemicals, medical supplies and food",
        "electrical-electronics computers-telecom chemical-plastics medical-health environment",
        "Lion City Sourcing is a procurement agent buying components, chemicals and medical "
        "supplies for clients across Southeast Asia. It consolidates shipments in Singapore.",
    ),
    # --- Middle East and Oceania ---
    C(
        "al-noor-trading",
        "Al Noor General Trading LLC",
        "AE",
        "Dubai",
        "buyer",
        "sme",
        2004,
        True,
        "Ahmed Al Mansoori",
        "Imports of foodstuffs, tyres, building materials and electronics",
        "agricultural-food automotive-vehicles minerals computers-telecom",
        "Al Noor General Trading re-exports food, tyres and building materials from Jebel Ali to the "
        "Gulf and East Africa. It buys full containers on L/C or T/T terms.",
    ),
    C(
        "gulf-petrochem",
        "Gulf Petrochem Trading FZE",
        "AE",
        "Sharjah",
        "trading",
        "sme",
        2010,
        False,
        "Omar Haddad",
        "Base oil, bitumen, polymers, urea, sulphur",
        "2503 2710 2713 2715 3102 3901 3902",
        "Gulf Petrochem Trading supplies base oil, bitumen, polymers and fertilizers from Gulf "
        "refineries to buyers in Africa and South Asia. It ships in bulk, drums and flexitanks.",
    ),
    C(
        "southern-cross-minerals",
        "Southern Cross Minerals Pty Ltd",
        "AU",
        "Perth",
        "trading",
        "large",
        1988,
        True,
        "Liam O'Connor",
        "Iron ore, lithium concentrate, coal, zircon, mineral sands",
        "2504 2508 2530 2601 2603 2606 2614 2615 2701",
        "Southern Cross Minerals markets iron ore, lithium concentrate and mineral sands from "
        "Western Australian mines. It sells on CFR terms to mills in Asia.",
    ),
    C(
        "harbour-city-imports",
        "Harbour City Imports Pty Ltd",
        "AU",
        "Sydney",
        "buyer",
        "sme",
        2007,
        False,
        "Olivia Brennan",
        "Imports of furniture, homewares, sporting goods and toys",
        "wood-furniture beauty-household sports-leisure others",
        "Harbour City Imports sources furniture, homewares and sporting goods for Australian "
        "retailers. Products must comply with Australian safety standards.",
    ),
)

BY_KEY: dict[str, DemoCompany] = {c.key: c for c in COMPANIES}
