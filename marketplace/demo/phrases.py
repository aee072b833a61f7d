"""Phrase banks for demo offer descriptions: quality claims, certifications and packing.

Banks follow the portal's categories, refined where a category mixes unlike goods
(Environment holds both scrap and water purifiers) so that a purifier is not "baled".
"""

from __future__ import annotations

SPECS: dict[str, tuple[str, ...]] = {
    "agricultural-food": (
        "New crop, cleaned, sorted and graded",
        "Shelf life 12-24 months",
        "Non-GMO, pesticide residues within EU limits",
        "Private label and retail packs available",
    ),
    "automotive-vehicles": (
        "OE-equivalent quality",
        "Fits major Korean, Japanese and European models",
        "Every part traceable by batch number",
        "12-month warranty",
    ),
    "beauty-household": (
        "Dermatologically tested",
        "Free from parabens and mineral oil",
        "Custom formulas and packaging (OEM/ODM)",
        "Shelf life 30 months",
    ),
    "household": (
        "Durable, easy-to-clean materials",
        "Custom colours and private label",
        "Retail-ready packaging with barcodes",
        "Tested to EU and US safety rules",
    ),
    "chemical-plastics": (
        "Purity 99% min",
        "COA and MSDS with every lot",
        "Consistent quality from lot to lot",
        "Stable supply under annual contracts",
    ),
    "computers-telecom": (
        "Genuine components with full factory warranty",
        "Multi-language firmware",
        "Custom branding available",
        "Every unit tested before shipment",
    ),
    "electrical-electronics": (
        "Rated 100-240 V AC, 50/60 Hz",
        "Over-current and short-circuit protection",
        "100% burn-in tested",
        "OEM/ODM welcome",
    ),
    "environment": (
        "Sorted and graded at our own yard",
        "Pre-shipment inspection by SGS",
        "Free from radiation and hazardous material",
        "Regular monthly supply",
    ),
    "glass-optical": (
        "Tight tolerances, inspected piece by piece",
        "Anti-reflective and hard coatings",
        "Custom sizes cut to order",
        "Calibration certificate included",
    ),
    "machinery-equipment": (
        "Installation and training by our engineers",
        "Spare parts available for ten years",
        "Made to drawing or standard range",
        "Factory acceptance test before shipment",
    ),
    "medical-health": (
        "Manufactured under ISO 13485 and GMP",
        "Clinical and test data available",
        "Registration documents for importing countries",
        "Distributor training and after-sales support",
    ),
    "minerals": (
        "Mill test certificate to EN 10204 3.1",
        "Third-party inspection welcome (SGS, BV)",
        "Chemical composition certified for every lot",
        "Cut to length on request",
    ),
    "bulk-minerals": (
        "Typical analysis provided for every cargo",
        "Inspection by SGS at the loading port",
        "Sized and screened",
        "Stable supply under term contracts",
    ),
    "sports-leisure": (
        "Custom logo and colours",
        "Tested for durability",
        "Samples within 7 days",
        "Low MOQ for new designs",
    ),
    "stationery-gifts": (
        "Custom printing and logos",
        "FSC-certified paper",
        "Gift-box packing",
        "Non-toxic inks",
    ),
    "textiles-leather": (
        "Colour fastness grade 4 or better",
        "Shrinkage 3% max",
        "Custom labels and hangtags",
        "Lab dips within 5 days",
    ),
    "wood-furniture": (
        "Kiln-dried wood, moisture 8-12%",
        "Knock-down design to save freight",
        "Custom sizes and finishes",
        "Assembly instructions in five languages",
    ),
    "others": (
        "Swiss or Japanese movements",
        "Custom dials and logos",
        "Two-year warranty",
        "Water resistance tested",
    ),
}

CERTS: dict[str, tuple[str, ...]] = {
    "agricultural-food": (
        "HACCP",
        "ISO 22000",
        "FSSC 22000",
        "HALAL",
        "BRC",
        "FDA registration",
        "EU organic",
        "Kosher",
    ),
    "automotive-vehicles": ("IATF 16949", "ISO 9001", "E-mark", "DOT", "ECE R90"),
    "beauty-household": (
        "ISO 22716",
        "CPNP notification",
        "FDA registration",
        "HALAL",
        "Vegan Society",
    ),
    "household": ("LFGB", "FDA food contact", "BSCI", "ISO 9001"),
    "chemical-plastics": ("ISO 9001", "ISO 14001", "REACH registration", "FDA food contact"),
    "computers-telecom": ("CE", "FCC", "RoHS", "KC", "Wi-Fi Alliance"),
    "electrical-electronics": ("CE", "RoHS", "UL", "KC", "CB", "TÜV"),
    "environment": ("ISO 14001", "Basel Convention documents", "SGS inspection", "ISO 9001"),
    "glass-optical": ("ISO 9001", "CE", "FDA", "ISO 13485"),
    "machinery-equipment": ("CE", "ISO 9001", "UL", "API 6D", "PED"),
    "medical-health": ("ISO 13485", "CE", "FDA 510(k)", "WHO-GMP", "KGMP"),
    "minerals": ("ISO 9001", "PED 2014/68/EU", "AD 2000-W0", "NORSOK", "ISO 14001"),
    "bulk-minerals": ("SGS inspection", "ISO 9001", "ISO 14001"),
    "sports-leisure": ("EN 71", "ASTM F963", "CE", "BSCI"),
    "stationery-gifts": ("FSC", "EN 71-3", "ASTM D-4236", "BSCI"),
    "textiles-leather": ("OEKO-TEX Standard 100", "GOTS", "BSCI", "WRAP", "bluesign"),
    "wood-furniture": ("FSC", "PEFC", "CARB P2", "BIFMA"),
    "others": ("ISO 9001", "CE", "RoHS"),
}

PACKING: dict[str, tuple[str, ...]] = {
    "agricultural-food": (
        "25 kg PP bags",
        "10 kg cartons on pallets",
        "retail packs in master cartons",
        "reefer containers at -18 °C",
    ),
    "chemical-plastics": ("25 kg bags on pallets", "1,000 kg jumbo bags", "200 l drums"),
    "environment": ("loose or baled in 40ft containers", "jumbo bags"),
    "machinery-equipment": ("seaworthy wooden cases", "fumigated pallets"),
    "minerals": ("bundles with steel strips and end caps", "wooden cases", "steel pallets"),
    "bulk-minerals": ("bulk vessel", "1-tonne jumbo bags", "bulk in 20ft containers"),
    "textiles-leather": ("polybags in export cartons", "rolls on paper tubes"),
    "wood-furniture": ("5-ply cartons with foam corners", "flat-pack on pallets"),
}
DEFAULT_PACKING = (
    "colour boxes in export cartons",
    "export cartons on pallets",
    "standard export packing",
)


def phrase_kind(code: str, category: str) -> str:
    """Which phrase bank fits a product: its category, refined where a category is mixed."""
    if category == "environment" and code[:2] in ("84", "85") and code[:4] != "8549":
        return "machinery-equipment"  # filters and purifiers are machines, not scrap
    if code[:2] in ("25", "26", "27"):
        return "bulk-minerals"
    if code[:4] in ("9608", "9609", "9610", "9611", "9612"):
        return "stationery-gifts"  # pens and pencils sit in chapter 96 with brooms and combs
    if category == "beauty-household" and code[:2] in ("73", "76", "96"):
        return "household"
    if code[:4] == "9405":
        return "electrical-electronics"
    return category
