"""Everyday trade words that the HS nomenclature does not use.

Customs text says "telephones for cellular networks" where a trader types
"mobile phone"; these words are added to the matching subheadings in the HS
assistant's index. Keys are HS headings or subheadings (a heading covers all of
its subheadings).
"""

ALIASES: dict[str, str] = {
    "851713": "smartphone smartphones mobile phone phones cell cellphone handset",
    "851762": "router routers modem switch network equipment wifi",
    "847130": "laptop laptops notebook computer tablet portable pc",
    "847141": "desktop computer pc",
    "8528": "tv television monitor display screen",
    "8542": "semiconductor chip chips microchip integrated circuit ic processor memory",
    "853952": "led lamp lamps bulb bulbs lighting light",
    "940542": "led panel light lighting luminaire fixture",
    "940541": "led lighting luminaire",
    "854143": "solar panel panels module modules photovoltaic pv",
    "854142": "solar cell cells photovoltaic pv",
    "850440": "inverter charger power supply adapter",
    "850760": "lithium battery batteries li-ion",
    "190230": "instant noodles ramen ramyeon noodle",
    "200599": "kimchi pickled vegetables",
    "121120": "ginseng root roots",
    "210690": "ginseng extract red ginseng health supplement supplements",
    "090210": "green tea",
    "330499": "cosmetics cosmetic skin care skincare cream lotion serum mask",
    "330410": "lipstick lip makeup",
    "330510": "shampoo hair care",
    "4011": "tire tires tyre tyres",
    "401110": "car cars passenger",
    "6109": "t-shirt t-shirts tshirt tee tees men women unisex",
    "640411": "sneakers trainers sports shoes running shoes",
    "870380": "electric vehicle ev car cars",
    "8703": "car cars automobile automobiles passenger vehicle",
    "870899": "auto parts car parts spare parts",
    "841810": "refrigerator refrigerators fridge freezer",
    "841510": "air conditioner air conditioners aircon",
    "845011": "washing machine washer laundry",
    "851660": "rice cooker cooker oven",
    "392310": "plastic box boxes container containers packaging",
    "392321": "plastic bag bags polyethylene pe",
    "730640": "stainless steel pipe pipes tube tubes welded",
    "730411": "stainless steel seamless pipe pipes line pipe",
    "721913": "stainless steel coil coils sheet",
    "940330": "office desk desks cabinet office furniture",
    "940161": "sofa sofas chair armchair upholstered",
    "030617": "shrimp shrimps prawn prawns frozen",
    "950300": "toy toys kids children",
    "901831": "syringe syringes injection",
    "630790": "face mask masks",
    "300490": "medicine medicines drug drugs pharmaceutical",
}
