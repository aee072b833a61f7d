"""Places for the demo data set: sea ports, country names, and where trade goes."""
from __future__ import annotations

# Sea ports (UN/LOCODE, name) by country, the usual one first.
PORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "KR": (("KRPUS", "Busan"), ("KRINC", "Incheon"), ("KRUSN", "Ulsan"), ("KRPTK", "Pyeongtaek"),
           ("KRKAN", "Gwangyang")),
    "CN": (("CNSHA", "Shanghai"), ("CNNGB", "Ningbo"), ("CNSZX", "Shenzhen"), ("CNTAO", "Qingdao"),
           ("CNXMN", "Xiamen")),
    "JP": (("JPTYO", "Tokyo"), ("JPYOK", "Yokohama"), ("JPOSA", "Osaka"), ("JPNGO", "Nagoya")),
    "US": (("USLAX", "Los Angeles"), ("USLGB", "Long Beach"), ("USHOU", "Houston"),
           ("USNYC", "New York"), ("USSEA", "Seattle")),
    "BR": (("BRSSZ", "Santos"), ("BRPNG", "Paranaguá")),
    "MX": (("MXZLO", "Manzanillo"), ("MXVER", "Veracruz")),
    "CA": (("CAVAN", "Vancouver"), ("CAMTR", "Montreal")),
    "DE": (("DEHAM", "Hamburg"), ("DEBRV", "Bremerhaven")),
    "GB": (("GBFXT", "Felixstowe"), ("GBSOU", "Southampton"), ("GBLGP", "London Gateway")),
    "FR": (("FRLEH", "Le Havre"), ("FRMRS", "Marseille")),
    "IT": (("ITGOA", "Genoa"), ("ITVCE", "Venice"), ("ITSPE", "La Spezia")),
    "TR": (("TRIZM", "Izmir"), ("TRMER", "Mersin"), ("TRGEM", "Gemlik")),
    "NL": (("NLRTM", "Rotterdam"), ("NLAMS", "Amsterdam")),
    "CH": (("CHBSL", "Basel"),),
    "VN": (("VNSGN", "Ho Chi Minh City"), ("VNHPH", "Haiphong")),
    "IN": (("INNSA", "Nhava Sheva"), ("INMUN", "Mundra"), ("INMAA", "Chennai")),
    "ID": (("IDBLW", "Belawan"), ("IDTPP", "Tanjung Priok")),
    "TH": (("THLCH", "Laem Chabang"), ("THBKK", "Bangkok")),
    "SG": (("SGSIN", "Singapore"),),
    "AE": (("AEJEA", "Jebel Ali"), ("AESHJ", "Sharjah")),
    "AU": (("AUFRE", "Fremantle"), ("AUSYD", "Sydney"), ("AUMEL", "Melbourne")),
}

PORT_NAMES_KO = {"KRPUS": "부산항", "KRINC": "인천항", "KRUSN": "울산항", "KRPTK": "평택항",
                 "KRKAN": "광양항"}
PORT_NAMES_ZH = {"CNSHA": "上海", "CNNGB": "宁波", "CNSZX": "深圳", "CNTAO": "青岛", "CNXMN": "厦门"}

# Short English country names for offer text (pycountry's official names read stiffly).
COUNTRY_NAMES = {
    "KR": "Korea", "CN": "China", "JP": "Japan", "US": "the USA", "BR": "Brazil", "MX": "Mexico",
    "CA": "Canada", "DE": "Germany", "GB": "the UK", "FR": "France", "IT": "Italy",
    "TR": "Türkiye", "NL": "the Netherlands", "CH": "Switzerland", "VN": "Vietnam", "IN": "India",
    "ID": "Indonesia", "TH": "Thailand", "SG": "Singapore", "AE": "the UAE", "AU": "Australia",
    "ES": "Spain", "PL": "Poland", "SA": "Saudi Arabia", "MY": "Malaysia", "PH": "the Philippines",
    "CL": "Chile", "ZA": "South Africa", "EG": "Egypt", "KE": "Kenya", "NG": "Nigeria",
    "SE": "Sweden", "RU": "Russia", "KZ": "Kazakhstan", "BD": "Bangladesh", "PK": "Pakistan",
}

# Where sellers say they ship to, and where buyers say they source from.
MARKETS = ("US", "DE", "JP", "CN", "VN", "IN", "AE", "SA", "GB", "FR", "IT", "ES", "NL", "PL",
           "AU", "CA", "MX", "BR", "CL", "ID", "TH", "MY", "PH", "SG", "TR", "ZA", "EG", "KE",
           "NG", "KZ", "KR", "BD")
SOURCING = ("KR", "CN", "VN", "IN", "TR", "TH", "ID", "JP", "DE", "IT", "US", "BR", "MY", "MX")
