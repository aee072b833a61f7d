"""Offer wording for the demo data set: readable titles from HS text, and descriptions.

HS descriptions read like "Steel, stainless; tubes, pipes and hollow profiles, welded, ...".
:func:`hs_title` turns that into "Stainless steel – tubes, pipes and hollow profiles, welded"
so that titles look like what traders write while search still indexes the real HS words.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

from marketplace.catalog import hs
from marketplace.demo.phrases import CERTS, DEFAULT_PACKING, PACKING, SPECS, phrase_kind

UNIT_NAMES = {  # singular, plural
    "C62": ("piece", "pieces"),
    "KGM": ("kg", "kg"),
    "TNE": ("tonne", "tonnes"),
    "GRM": ("gram", "grams"),
    "LTR": ("litre", "litres"),
    "MTQ": ("m³", "m³"),
    "MTR": ("metre", "metres"),
    "MTK": ("m²", "m²"),
    "SET": ("set", "sets"),
    "PR": ("pair", "pairs"),
    "DZN": ("dozen", "dozen"),
    "BX": ("box", "boxes"),
    "CT": ("carton", "cartons"),
    "BG": ("bag", "bags"),
    "BLL": ("barrel", "barrels"),
    "CNT": ("container", "containers"),
    "KWH": ("kWh", "kWh"),
}
UNIT_NAMES_KO = {
    "C62": "개",
    "KGM": "kg",
    "TNE": "톤",
    "LTR": "리터",
    "MTR": "미터",
    "MTK": "㎡",
    "SET": "세트",
    "PR": "켤레",
    "DZN": "다스",
    "BX": "박스",
    "CT": "카톤",
}
UNIT_NAMES_ZH = {"C62": "件", "KGM": "公斤", "TNE": "吨", "MTK": "平方米", "SET": "套", "MTR": "米"}

# A parenthesis after a space; "Poly(vinyl alcohol)" keeps its own.
_PARENS = re.compile(r"\s*(?<!\w)\([^()]*\)")
# Clauses that qualify rather than name a product; a title stops where one begins.
_QUALIFIER = re.compile(
    r",?\s*(?:\bn\.e\.c\.?|\b(?:not elsewhere|whether or not|other than|excluding|including|"
    r"but not|of a kind|not (?:containing|exceeding|more|less|put up|mounted|carded|roasted|"
    r"fermented)|as specified|specified in|in headings?|in items?|in subheadings?|in chapter|"
    r"of headings?|of subheadings?|thereof|as determined|in ways|of a content|"
    r"for (?:use with )?the (?:machines|machinery|vehicles|apparatus|articles|goods))\b).*",
    re.IGNORECASE,
)
_NEC_REF = re.compile(r",?\s*n\.e\.c\. in (?:heading|item|subheading|chapter)[^,;]*", re.IGNORECASE)
# Words a cut phrase must not end with ("... in primary forms or", "... weighing").
_DANGLING = re.compile(
    r"[\s,]+(?:for use|and|or|of|the|a|an|with|for|in|to|by|from|weighing|"
    r"measuring|having|consisting|containing)?$"
)
_PREPOSITIONS = ("for ", "of ", "with ", "in ", "from ", "containing ", "used ")
_ADJECTIVE_END = ("ed", "en", "ic", "al", "ous", "ive", "able", "ible", "ar", "ful", "ant", "ent")
_NOUNS = {"table", "cable", "vegetable", "animal", "metal", "mineral"}
_ADJECTIVES = {
    "fresh",
    "raw",
    "new",
    "used",
    "crude",
    "live",
    "dry",
    "black",
    "green",
    "white",
    "red",
    "portable",
    "plastic",
    "wooden",
    "edible",
    "frozen",
}


def _without_parentheses(text: str) -> str:
    previous = None
    while previous != text:  # nested parentheses need several passes
        previous, text = text, _PARENS.sub("", text)
    return " ".join(text.split())


def _is_adjective(word: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOUNS
        and (word in _ADJECTIVES or word.endswith(_ADJECTIVE_END))
    )


def _shorten(text: str, limit: int) -> str:
    """Cut a comma-separated phrase at a comma so that it fits in ``limit`` characters."""
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    out = ""
    for piece in pieces:
        candidate = f"{out}, {piece}" if out else piece
        if len(candidate) > limit:
            break
        out = candidate
    if not out:  # one long piece: cut before a preposition or at least at a word
        cut = text[:limit].rsplit(" ", 1)[0]
        at = max(cut.rfind(f" {w} ") for w in ("for", "of", "with", "in", "from"))
        out = cut[:at] if at > limit // 2 else cut
    while True:
        trimmed = _DANGLING.sub("", " " + out).strip()
        if trimmed == out:
            return out
        out = trimmed


def _title_from(description: str, limit: int) -> str:
    text = _without_parentheses(description)
    text = re.sub(r"\bparts thereof\b", "parts", text)  # "Cycles; parts thereof, ..." keeps "parts"
    head, _, rest = text.partition(";")
    head = _QUALIFIER.sub("", head).strip(" ,")
    rest = _QUALIFIER.sub("", rest.replace(";", ",")).strip(" ,")
    parts = head.split(", ")
    if len(parts) == 2 and " " not in parts[1]:  # "Steel, stainless" -> "Stainless steel"
        head = f"{parts[1].capitalize()} {parts[0].lower()}"
    first, _, remainder = rest.partition(", ")
    if _is_adjective(first):  # "Furniture; wooden, ..." -> "Wooden furniture ..."
        head, rest = f"{first.capitalize()} {head[0].lower()}{head[1:]}", remainder
    joiner = " " if rest.startswith(_PREPOSITIONS) else " – "
    rest = _shorten(rest, max(20, limit - len(head) - len(joiner))) if rest else ""
    title = head + joiner + rest if rest else head
    title = _shorten(title, limit + 20) if len(title) > limit + 20 else title
    return title[0].upper() + title[1:]


def hs_title(code: str, limit: int = 90) -> str:
    """A readable product title made from the real text of an HS subheading."""
    title = _title_from(hs.entry(code).description, limit)
    if len(title) < 8:  # "Coal", "Mate": keep the subheading's own words, then its chapter's
        title = hs_sentence(code, 12)
    if len(title) < 5:  # still shorter than an offer title may be
        chapter = _title_from(hs.entry(code[:2]).description, 50)
        title = f"{title} – {lower_first(chapter)}"
    return title


def hs_sentence(code: str, max_words: int = 28) -> str:
    """The subheading's own description as one clause, for offer descriptions."""
    text = _NEC_REF.sub("", _without_parentheses(hs.entry(code).description))
    text = re.sub(r"\s*[;,](?:\s*[;,])*\s*", ", ", text).strip(" ,")
    words = text.split()
    if len(words) > max_words:
        text = _shorten(text, len(" ".join(words[:max_words])))
    return text


def lower_first(title: str) -> str:
    """Lower-case the first letter for use inside a sentence, but keep acronyms (LED, ERW)."""
    first_word = title.split(" ", 1)[0]
    if any(ch.isupper() or ch.isdigit() for ch in first_word[1:]):  # LED, LiFePO4, 5G
        return title
    return title[0].lower() + title[1:]


SELL_TITLES = (
    "{t}",
    "{t}",
    "{t}",
    "{t} – export quality",
    "{t} from {country}",
    "{t} (OEM/ODM available)",
    "High-quality {tl}",
    "{t} – factory direct",
)
BUY_TITLES = (
    "{t}",
    "Looking for {tl}",
    "Wanted: {tl}",
    "RFQ: {tl}",
    "Buying {tl} – regular orders",
    "Sourcing {tl} for the {country_adj} market",
    "{t} needed",
)
COUNTRY_ADJECTIVES = {
    "KR": "Korean",
    "JP": "Japanese",
    "US": "US",
    "DE": "German",
    "GB": "UK",
    "FR": "French",
    "BR": "Brazilian",
    "MX": "Mexican",
    "CA": "Canadian",
    "NL": "Dutch",
    "SG": "Singapore",
    "AE": "Gulf",
    "AU": "Australian",
}


def offer_title(
    rng: random.Random, base: str, offer_type: str, country: str, country_name: str, factory: bool
) -> str:
    """Vary a product title the way members phrase their offers."""
    templates = SELL_TITLES if offer_type == "sell" else BUY_TITLES
    template = rng.choice(templates[:-1] if offer_type == "sell" and not factory else templates)
    return template.format(
        t=base,
        tl=lower_first(base),
        country=country_name,
        country_adj=COUNTRY_ADJECTIVES.get(country, "local"),
    )


PAYMENT_TEXT = {"TT": "T/T", "LC": "L/C at sight", "DP": "D/P", "DA": "D/A", "OA": "open account"}


def quantity_text(amount: Decimal, unit: str) -> str:
    """ "1,200 tonnes", "1 piece"."""
    singular, plural = UNIT_NAMES[unit]
    return f"{amount:,.0f} {singular if amount == 1 else plural}"


def price_text(amount: Decimal, currency: str, unit: str) -> str:
    """ "USD 12.50 per kg"."""
    shown = f"{amount:,.0f}" if amount == amount.to_integral() else f"{amount:,.2f}"
    return f"{currency} {shown} per {UNIT_NAMES[unit][0]}"


def _words(sentences: list[str]) -> int:
    return sum(len(s.split()) for s in sentences)


def _fit(required: list[str], optional: list[str], low: int = 40, high: int = 120) -> str:
    """Join ``required`` and as many ``optional`` sentences as keep the text within bounds."""
    out = list(required)
    for sentence in optional:
        if _words(out) >= low and _words(out) + len(sentence.split()) > high:
            continue
        out.append(sentence)
    return " ".join(out)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _delivery(o: dict, port_name: str | None) -> str:
    return " ".join(x for x in (o["incoterm"], port_name) if x)


def english_description(
    rng: random.Random,
    o: dict,
    *,
    company,
    product: str,
    spec: str | None,
    product_code: str,
    category: str,
    port_name: str | None,
    country_names: dict,
) -> str:
    """A 40-120 word English description built from the offer's own values and HS text."""
    kind = phrase_kind(product_code, category)
    p = lower_first(product)
    country = country_names.get(company.country, company.country)
    code = o["hs_code"]
    # Exporters quote the code, not the nomenclature's wording (the index adds that itself).
    hs_line = f"HS code {code[:4]}.{code[4:]}." if code else ""
    spec_line = f"Specification: {spec or rng.choice(SPECS[kind])}."
    delivery = _delivery(o, port_name)
    pay = _join([PAYMENT_TEXT[t] for t in o["payment_terms"]]) if o["payment_terms"] else ""
    certs = rng.sample(CERTS[kind], k=min(2, len(CERTS[kind])))
    if o["type"] == "sell":
        trade = "manufacturer" if company.business_type == "manufacturer" else "trading company"
        openers = [
            f"{company.short_name} offers {p} for export.",
            f"{company.short_name}, a {trade} in {company.city}, {country}, supplies {p}.",
            f"{company.short_name} supplies {p} to importers and distributors worldwide.",
        ]
        if company.business_type == "manufacturer":
            openers.append(f"Direct from our factory in {company.city}, {country}: {p}.")
        required = [rng.choice(openers), spec_line, hs_line]
        optional = [
            f"Supply capacity: {quantity_text(o['quantity'], o['unit'])} per month."
            if o["quantity"]
            else "",
            f"MOQ: {quantity_text(o['min_order'], o['unit'])}."
            if o["min_order"]
            else "MOQ: one 20ft container or mixed loads on request.",
            (
                f"Price: {price_text(o['price_amount'], o['price_currency'], o['unit'])}"
                f"{' ' + delivery if delivery else ''}."
                if o["price_amount"] is not None and o["unit"]
                else "Price negotiable, depending on quantity and specification."
            ),
            f"Packing: {rng.choice(PACKING.get(kind, DEFAULT_PACKING))}.",
            (
                f"Lead time: {(lead := rng.choice((7, 10, 15, 20, 25, 30, 45)))}-{lead + 15} days "
                "after deposit."
            ),
            f"Certifications: {_join(certs)}.",
            f"Payment: {pay}." if pay else "",
            f"Quality: {rng.choice([x for x in SPECS[kind] if x not in spec_line])}.",
            rng.choice(
                (
                    "Samples available on request.",
                    "OEM and ODM orders welcome.",
                    "Contact us for a quotation and our latest catalogue.",
                    "Third-party inspection welcome before shipment.",
                )
            ),
            f"Our range also includes: {company.main_products}.",
        ]
    else:
        openers = [
            f"We are looking for {p}.",
            f"Buyer in {country} seeks {p}.",
            (
                f"{company.short_name} ({company.city}, {country}) is sourcing {p} for its "
                "customers."
            ),
            f"We want to buy {p} on a regular basis.",
        ]
        period = rng.choice(("month", "quarter", "shipment", "year"))
        required = [
            rng.choice(openers),
            spec_line,
            hs_line,
            f"Required quantity: {quantity_text(o['quantity'], o['unit'])} per {period}."
            if o["quantity"]
            else "Quantity: a trial order first, then regular orders.",
        ]
        targets = [country_names.get(c, c) for c in o["target_countries"]]
        optional = [
            (
                f"Target price: {price_text(o['price_amount'], o['price_currency'], o['unit'])}"
                f"{' ' + delivery if delivery else ''}."
                if o["price_amount"] is not None and o["unit"]
                else f"Please quote your best price{' ' + delivery if delivery else ''}."
            ),
            f"Preferred origin: {_join(targets)}." if targets else "",
            f"Suppliers should hold {_join(certs)}.",
            f"Payment: {pay}." if pay else "",
            f"Delivery within {rng.choice((30, 45, 60, 90))} days of order confirmation.",
            "Please send your catalogue, price list and sample availability.",
            rng.choice(
                (
                    "Long-term cooperation possible for reliable suppliers.",
                    "Manufacturers preferred; trading companies welcome with factory details.",
                    "We can visit your factory or arrange third-party inspection.",
                )
            ),
        ]
    optional = [s for s in optional if s]
    rng.shuffle(optional)
    return _fit([s for s in required if s], optional)


def korean_description(rng: random.Random, o: dict, *, company, item, port_name: str | None) -> str:
    """A Korean description for one of the hand-written Korean items."""
    unit = UNIT_NAMES_KO.get(o["unit"], o["unit"])
    delivery = _delivery(o, port_name)
    pay = ", ".join(PAYMENT_TEXT[t] for t in o["payment_terms"])
    name = company.local_name
    lines: list[str]
    if o["type"] == "sell":
        verb = (
            "직접 생산하여 수출합니다"
            if company.business_type == "manufacturer"
            else "해외 바이어께 공급합니다"
        )
        lines = [
            f"{name}에서 {item.noun} 제품을 {verb}.",
            f"사양: {item.spec}.",
            f"HS 코드: {o['hs_code']}.",
        ]
        if o["quantity"]:
            lines.append(f"월 공급 능력: {o['quantity']:,.0f}{unit}.")
        if o["min_order"]:
            lines.append(f"최소 주문량: {o['min_order']:,.0f}{unit}.")
        if o["price_amount"] is not None:
            lines.append(
                f"가격: {o['price_currency']} {o['price_amount']:,}/{unit}"
                f"{' (' + delivery + ')' if delivery else ''}."
            )
        else:
            lines.append("가격: 수량과 사양에 따라 협의 가능합니다.")
        lines += [
            f"포장: {rng.choice(('수출용 표준 포장 (카톤·팔레트)', '팔레트 적재 후 랩핑', '바이어 요청에 따른 맞춤 포장'))}.",
            f"납기: 주문 확인 후 {rng.choice((2, 3, 4, 6))}주 이내.",
            f"결제 조건: {pay}." if pay else "",
            rng.choice(
                (
                    "ISO 9001 인증 공장에서 생산합니다.",
                    "해외 수출 경험이 풍부합니다.",
                    "OEM/ODM 주문 가능합니다.",
                )
            ),
            "샘플 제공 가능하며 문의를 환영합니다.",
        ]
    else:
        lines = [
            f"{name}에서 {item.noun} 구매를 희망합니다.",
            f"요구 사양: {item.spec}.",
            f"HS 코드: {o['hs_code']}.",
        ]
        if o["quantity"]:
            lines.append(f"필요 수량: {o['quantity']:,.0f}{unit} (정기 구매).")
        if o["price_amount"] is not None:
            lines.append(f"희망 가격: {o['price_currency']} {o['price_amount']:,}/{unit}.")
        else:
            lines.append("최적 가격으로 견적 부탁드립니다.")
        lines += [
            f"인도 조건: {delivery}." if delivery else "",
            f"결제 조건: {pay}." if pay else "",
            "관심 있는 공급업체는 카탈로그와 견적서를 보내 주시기 바랍니다.",
        ]
    return " ".join(line for line in lines if line)


def chinese_description(
    rng: random.Random, o: dict, *, company, item, port_name: str | None
) -> str:
    """A Chinese description for one of the hand-written Chinese items."""
    unit = UNIT_NAMES_ZH.get(o["unit"], o["unit"])
    delivery = _delivery(o, port_name)
    pay = "、".join(PAYMENT_TEXT[t] for t in o["payment_terms"])
    name = company.local_name
    if o["type"] == "sell":
        lines = [
            f"{name}长期供应{item.noun}。",
            f"规格：{item.spec}。",
            f"HS编码：{o['hs_code']}。",
        ]
        if o["min_order"]:
            lines.append(f"最小起订量：{o['min_order']:,.0f}{unit}。")
        lines.append(
            f"价格：{o['price_currency']} {o['price_amount']:,}/{unit}"
            f"{'（' + delivery + '）' if delivery else ''}。"
            if o["price_amount"] is not None
            else "价格：根据数量面议。"
        )
        lines += [
            "包装：出口标准包装。",
            f"交货期：收到订金后{rng.choice((15, 20, 30))}天内发货。",
            f"付款方式：{pay}。" if pay else "",
            "支持OEM定制，欢迎询价。",
        ]
    else:
        lines = [f"{name}求购{item.noun}。", f"要求：{item.spec}。", f"HS编码：{o['hs_code']}。"]
        if o["quantity"]:
            lines.append(f"采购数量：{o['quantity']:,.0f}{unit}。")
        lines += [f"交货条件：{delivery}。" if delivery else "", "请供应商提供报价和样品。"]
    return "".join(line for line in lines if line)
