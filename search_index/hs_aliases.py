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

# Korean and Chinese product words for the same assistant: a Korean exporter
# types 강관 or 인삼, not customs English. Matched by CJK bigrams.
CJK_ALIASES: dict[str, str] = {
    "730640": "스테인리스강관 스테인리스 강관 용접관 不锈钢管 焊接管 钢管",
    "730411": "스테인리스 이음매없는 강관 无缝钢管",
    "721913": "스테인리스 코일 강판 不锈钢卷",
    "851713": "휴대폰 스마트폰 핸드폰 手机 智能手机",
    "847130": "노트북 랩톱 컴퓨터 笔记本电脑",
    "8528": "텔레비전 모니터 电视 显示器",
    "8542": "반도체 집적회로 芯片 半导体 集成电路",
    "853952": "엘이디 조명 램프 전구 灯泡 照明",
    "940542": "엘이디 조명 등기구 LED灯 灯具",
    "854143": "태양광 패널 모듈 太阳能电池板",
    "190230": "라면 즉석면 국수 方便面 面条",
    "200599": "김치 泡菜",
    "121120": "인삼 수삼 人参",
    "210690": "홍삼 인삼추출물 건강기능식품 红参",
    "090210": "녹차 绿茶",
    "330499": "화장품 스킨케어 크림 마스크팩 化妆品 护肤品",
    "330510": "샴푸 洗发水",
    "4011": "타이어 轮胎",
    "6109": "티셔츠 T恤",
    "8703": "자동차 승용차 汽车",
    "870899": "자동차부품 汽车配件",
    "841810": "냉장고 冰箱",
    "841510": "에어컨 空调",
    "845011": "세탁기 洗衣机",
    "030617": "새우 冷冻虾 虾",
    "940330": "사무용가구 책상 办公家具",
    "940161": "소파 의자 沙发",
    "950300": "완구 장난감 玩具",
    "630790": "마스크 口罩",
    "392321": "비닐봉투 포장봉투 塑料袋",
}

# Stainless steel in these languages (used by several pipe subheadings below).
_STAINLESS = (
    "inoxidable inoxidables inox inoxydable inoxydables inoxidável inoxidáveis inoxidavel "
    "inoxidaveis edelstahl edelstahlrohr edelstahlrohre nirosta"
)

# Seamless steel tubes and pipes in these languages (heading 7304).
_SEAMLESS = (
    "tubo tubos tubería tuberías tuberia tuberias acero carbono sin costura "
    "tuyau tuyaux tube tubes acier carbone sans soudure "
    "tubulação tubulacao aço aco sem "
    "rohr rohre stahlrohr stahlrohre nahtlos nahtlose nahtloses nahtlosrohr nahtlosrohre"
)

# Spanish, French, Portuguese (Brazil) and German product words, as a trader in
# that language types them: singular and plural, with and without accents. The
# English stemming analyzer reads them too, so German compounds are listed whole
# ("stahlrohr", not "stahl" + "rohr"). No generic words ("máquina", "producto"):
# a search names a heading only when every one of its words is listed here.
OTHER_LANGUAGE_ALIASES: dict[str, str] = {
    # Steel tubes and pipes (any steel); stainless welded below, seamless in 7304.
    "7306": (
        "tubo tubos tubería tuberías tuberia tuberias caño caños cano canos acero carbono "
        "tuyau tuyaux tube tubes acier carbone "
        "tubulação tubulações tubulacao tubulacoes aço aco "
        "rohr rohre stahlrohr stahlrohre stahlröhre stahlröhren stahlroehre stahlroehren "
        "stahl kohlenstoffstahl"
    ),
    "730640": (
        _STAINLESS + " soldado soldados soldada soldadas costura soudé soudés soude soudes "
        "soudure geschweißt geschweisst geschweißte geschweisste"
    ),
    # Seamless: on its four everyday subheadings rather than the whole heading, whose
    # twenty short entries would crowd 7306 out of a search for "tubo de acero".
    "730431": _SEAMLESS,
    "730439": _SEAMLESS,
    "730441": _SEAMLESS + " " + _STAINLESS,
    "730449": _SEAMLESS + " " + _STAINLESS,
    "7219": (
        "acero inoxidable inoxidables inox bobina bobinas chapa chapas lámina láminas lamina "
        "laminas acier inoxydable bobine bobines tôle tôles tole toles "
        "aço aco inoxidável inoxidavel "
        "edelstahl edelstahlblech edelstahlbleche blech bleche coil coils edelstahlcoil"
    ),
    "8481": (
        "válvula válvulas valvula valvulas grifo grifos "
        "vanne vannes valve valves robinet robinets clapet clapets "
        "torneira torneiras "
        "ventil ventile armatur armaturen kugelhahn kugelhähne absperrventil absperrventile"
    ),
    "8413": (
        "bomba bombas sumergible sumergibles centrífuga centrifuga centrífugas centrifugas "
        "pompe pompes immergée immergee "
        "submersível submersivel centrífuga "
        "pumpe pumpen kreiselpumpe kreiselpumpen tauchpumpe tauchpumpen wasserpumpe wasserpumpen"
    ),
    # Electronics.
    "851713": (
        "celular celulares móvil móviles movil moviles teléfono teléfonos telefono telefonos "
        "smartphone smartphones téléphone téléphones portable portables mobile mobiles "
        "telefone telefones "
        "handy handys mobiltelefon mobiltelefone telefon"
    ),
    "851762": "enrutador enrutadores routeur routeurs roteador roteadores",
    "847130": (
        "portátil portátiles portatil portatiles laptop laptops computadora computadoras "
        "ordenador ordenadores notebook notebooks tableta tabletas "
        "ordinateur ordinateurs portable portables tablette tablettes "
        "computador computadores tablet tablets "
        "computer rechner"
    ),
    "8528": (
        "televisor televisores televisión television pantalla pantallas "
        "téléviseur téléviseurs televiseur televiseurs télévision écran écrans ecran ecrans "
        "televisão televisao "
        "fernseher fernsehgerät fernsehgeräte fernsehgerat bildschirm bildschirme monitor"
    ),
    "8542": (
        "chip chips microchip microchips semiconductor semiconductores circuito circuitos "
        "integrado integrados procesador procesadores "
        "puce puces semiconducteur semiconducteurs circuit circuits intégré intégrés integre "
        "integres processeur processeurs "
        "semicondutor semicondutores processador processadores "
        "halbleiter mikrochip mikrochips prozessor prozessoren speicherchip speicherchips"
    ),
    "853952": (
        "led bombilla bombillas foco focos lámpara lámparas lampara lamparas "
        "ampoule ampoules lampe lampes "
        "lâmpada lâmpadas lampada lampadas "
        "glühbirne glühbirnen gluehbirne gluehbirnen lampen leuchtmittel"
    ),
    "940542": (
        "led panel paneles luminaria luminarias panneau panneaux dalle dalles luminaire "
        "luminaires painel painéis paineis luminária luminárias "
        "leuchte leuchten panels deckenleuchte deckenleuchten"
    ),
    "854143": (
        "panel paneles solar solares módulo módulos modulo modulos fotovoltaico fotovoltaicos "
        "panneau panneaux solaire solaires photovoltaïque photovoltaïques photovoltaique "
        "painel painéis paineis "
        "solarmodul solarmodule solarpanel solarpanels photovoltaikmodul photovoltaikmodule"
    ),
    "854142": (
        "celda celdas célula células celula celulas solar solares fotovoltaica fotovoltaicas "
        "cellule cellules solaire solaires solarzelle solarzellen"
    ),
    "850440": (
        "inversor inversores cargador cargadores onduleur onduleurs chargeur chargeurs "
        "carregador carregadores wechselrichter ladegerät ladegeräte ladegerat netzteil netzteile"
    ),
    "850760": (
        "batería baterías bateria baterias litio "
        "batterie batteries lithium accumulateur accumulateurs "
        "lítio "
        "batterien akku akkus lithiumbatterie lithiumbatterien ionen"
    ),
    # Food.
    "190230": (
        "fideos fideo instantáneos instantáneo instantaneos instantaneo ramen "
        "nouilles nouille instantanées instantanée instantanees instantanee "
        "macarrão macarrao instantâneo instantâneos miojo lámen lamen "
        "instantnudeln nudeln"
    ),
    "200599": "kimchi kimchis",
    "121120": "ginseng raíz raiz raíces raices racine racines ginsengwurzel ginsengwurzeln",
    "210690": (
        "ginseng rojo extracto extractos rouge extrait extraits vermelho extrato extratos "
        "roter ginsengextrakt"
    ),
    "090210": "té te verde thé vert grüner gruener gruner grüntee gruentee tee chá cha",
    "0901": (
        "café cafe cafés cafes tostado verde arábica arabica robusta "
        "torréfié torrefie vert "
        "torrado "
        "kaffee kaffeebohnen rohkaffee röstkaffee roestkaffee"
    ),
    "1006": "arroz riz reis basmati",
    "1509": (
        "aceite aceites oliva virgen huile huiles olive vierge azeite azeites virgem "
        "olivenöl olivenoel olivenol"
    ),
    "2204": "vino vinos tinto tintos vin vins rouge vinho vinhos wein weine rotwein weißwein weisswein",
    "030617": (
        "camarón camarones camaron gamba gambas langostino langostinos congelado congelados "
        "crevette crevettes surgelé surgelés surgelée surgelées surgele surgeles congelé congelés "
        "camarão camarões camarao camaroes "
        "garnele garnelen tiefgekühlt tiefgekuehlt tiefgefroren"
    ),
    "030743": (
        "calamar calamares pota potas congelado congelados congelada congeladas "
        "calmar calmars encornet encornets surgelé surgelés surgele surgeles congelé congelés "
        "lula lulas "
        "tintenfisch tintenfische kalmar kalmare tiefgekühlt tiefgekuehlt tiefgefroren"
    ),
    # Cosmetics.
    "330499": (
        "cosmético cosméticos cosmetico cosmeticos crema cremas sérum serum loción lociones "
        "mascarilla mascarillas facial faciales "
        "cosmétique cosmétiques cosmetique cosmetiques crème crèmes creme cremes masque masques "
        "visage "
        "cosméticos hidratante hidratantes "
        "kosmetik gesichtscreme tuchmaske tuchmasken gesichtsmaske gesichtsmasken"
    ),
    "330410": (
        "lápiz labial lapiz labiales pintalabios labios rouge lèvres levres "
        "batom batons lippenstift lippenstifte"
    ),
    "330510": (
        "champú champu champús champus shampooing shampooings shampoing shampoings "
        "xampu xampus shampoo shampoos haarshampoo"
    ),
    # Tyres, clothing, footwear.
    "4011": (
        "neumático neumáticos neumatico neumaticos llanta llantas "
        "pneu pneus pneumatique pneumatiques "
        "reifen autoreifen"
    ),
    "401110": "auto autos coche coches carro carros voiture voitures pkw",
    "6109": (
        "camiseta camisetas playera playeras remera remeras tee shirt shirts t-shirt t-shirts"
    ),
    "640411": (
        "zapatilla zapatillas tenis deportiva deportivas zapatos deportivos "
        "baskets chaussures sport "
        "tênis sapatênis sapatenis "
        "sneaker sneakers turnschuh turnschuhe sportschuh sportschuhe laufschuh laufschuhe"
    ),
    # Vehicles.
    "8703": (
        "coche coches auto autos automóvil automóviles automovil automoviles carro carros "
        "vehículo vehículos vehiculo vehiculos "
        "voiture voitures automobile automobiles véhicule véhicules vehicule vehicules "
        "automóvel automóveis automovel automoveis veículo veículos veiculo veiculos "
        "pkw personenkraftwagen fahrzeug fahrzeuge"
    ),
    "870380": "elektroauto elektroautos elektrofahrzeug elektrofahrzeuge",
    "870899": (
        "autopartes autoparte repuesto repuestos refacciones auto autos coche coches carro "
        "carros automotriz "
        "pièce pièces détachées détachée detachees auto automobile voiture voitures "
        "autopeças autopecas peça peças peca pecas automotiva automotivas automotivo "
        "autoteile autoersatzteile ersatzteile kfz teile"
    ),
    # Home appliances.
    "841810": (
        "refrigerador refrigeradores refrigeradora refrigeradoras nevera neveras frigorífico "
        "frigoríficos frigorifico frigorificos heladera heladeras "
        "réfrigérateur réfrigérateurs refrigerateur refrigerateurs frigo frigos congélateur "
        "congélateurs congelateur congelateurs "
        "geladeira geladeiras freezer freezers "
        "kühlschrank kühlschränke kuehlschrank kuehlschraenke kuhlschrank gefrierschrank "
        "gefrierschränke"
    ),
    "841510": (
        "aire aires acondicionado acondicionados climatizador climatizadores "
        "climatiseur climatiseurs climatisation clim "
        "ar condicionado condicionados "
        "klimaanlage klimaanlagen klimagerät klimageräte klimagerat klimageraet"
    ),
    "845011": ("lavadora lavadoras lavarropas lave linge lave-linge waschmaschine waschmaschinen"),
    # Furniture, toys, textiles, plastics.
    "940330": (
        "muebles mueble mobiliario oficina oficinas escritorio escritorios "
        "mobilier meubles meuble bureau bureaux "
        "móveis moveis móvel escritório escritorio mesa mesas "
        "büromöbel bueromoebel buromobel schreibtisch schreibtische"
    ),
    "940161": (
        "sofá sofás sofa sofas silla sillas sillón sillones sillon sillones "
        "canapé canapés canape canapes chaise chaises fauteuil fauteuils "
        "cadeira cadeiras poltrona poltronas "
        "couch couches stuhl stühle stuehle sessel"
    ),
    "950300": (
        "juguete juguetes jouet jouets brinquedo brinquedos spielzeug spielzeuge spielwaren"
    ),
    "630790": (
        "mascarilla mascarillas cubrebocas tapabocas barbijo barbijos "
        "masque masques máscara máscaras "
        "maske masken mundschutz atemschutzmaske atemschutzmasken schutzmaske schutzmasken "
        "ffp2 ffp3 kn95"
    ),
    "392321": (
        "bolsa bolsas plástico plástica plásticas plasticas plastico "
        "sac sacs plastique plastiques "
        "sacola sacolas saco sacos sacolinha sacolinhas "
        "plastiktüte plastiktüten plastiktuete plastiktueten plastikbeutel kunststoffbeutel "
        "tüte tüten beutel"
    ),
    # Medical.
    "901831": "jeringa jeringas jeringuilla jeringuillas seringue seringues seringa seringas spritze spritzen",
    "300490": (
        "medicamento medicamentos médicament médicaments medicament medicaments remédio "
        "remédios remedio remedios arzneimittel medikament medikamente"
    ),
}

# Japanese product words (kanji and katakana), matched by CJK bigrams like
# CJK_ALIASES. No bare 人参 (carrot in Japanese) or 車 (any vehicle).
JAPANESE_ALIASES: dict[str, str] = {
    # Pipes on subheadings, not headings, and as long on 730411 as on 730640: the
    # cjk field's length weighs in the ranking, and "钢管" must still suggest 730640.
    "730640": "ステンレス鋼管 溶接鋼管 パイプ",
    "730411": "継目無鋼管 シームレス鋼管 ステンレス鋼管 ラインパイプ",
    "730431": "継目無鋼管 シームレス鋼管 シームレスパイプ",
    "730439": "継目無鋼管 シームレス鋼管 シームレスパイプ",
    "730441": "継目無鋼管 シームレス鋼管 シームレスパイプ ステンレス鋼管",
    "730449": "継目無鋼管 シームレス鋼管 シームレスパイプ ステンレス鋼管",
    "7219": "ステンレス鋼板 ステンレス板 ステンレスコイル ステンレス",
    "8481": "バルブ ボールバルブ ゲートバルブ 弁 蛇口",
    "8413": "ポンプ 水中ポンプ 渦巻ポンプ",
    "851713": "スマートフォン スマホ 携帯電話 携帯",
    "847130": "ノートパソコン パソコン ノートPC タブレット",
    "8528": "テレビ 液晶テレビ モニター ディスプレイ",
    "8542": "半導体 集積回路 ICチップ チップ",
    "853952": "LED電球 電球 照明 ランプ",
    "940542": "LEDパネル パネルライト 照明器具",
    "854143": "太陽光パネル ソーラーパネル 太陽電池モジュール 太陽電池パネル",
    "854142": "太陽電池セル",
    "850760": "リチウムイオン電池 リチウム電池 バッテリー 蓄電池",
    "190230": "インスタントラーメン 即席麺 カップラーメン カップ麺 袋麺 ラーメン",
    "200599": "キムチ",
    "121120": "高麗人参 朝鮮人参",
    "210690": "紅参 高麗人参エキス 健康食品",
    "090210": "緑茶 煎茶 抹茶",
    "0901": "コーヒー 珈琲 コーヒー豆",
    "1006": "米 お米 コメ 精米 玄米",
    "1509": "オリーブオイル オリーブ油",
    "2204": "ワイン 赤ワイン 白ワイン 葡萄酒 ぶどう酒",
    "030617": "エビ えび 海老 冷凍エビ 冷凍えび",
    "030743": "イカ いか 冷凍イカ 冷凍いか",
    "330499": "化粧品 コスメ スキンケア 化粧水 美容液 シートマスク フェイスパック",
    "330410": "口紅 リップスティック",
    "330510": "シャンプー",
    "4011": "タイヤ",
    "6109": "Tシャツ ティーシャツ",
    "640411": "スニーカー 運動靴 スポーツシューズ",
    "8703": "自動車 乗用車",
    "870380": "電気自動車",
    "870899": "自動車部品 カーパーツ",
    "841810": "冷蔵庫 冷凍庫",
    "841510": "エアコン",
    "845011": "洗濯機",
    "940330": "オフィス家具 事務机 オフィスデスク",
    "940161": "ソファ ソファー 椅子",
    "950300": "おもちゃ オモチャ 玩具",
    "630790": "マスク 不織布マスク",
    "392321": "ビニール袋 ポリ袋 レジ袋",
    "901831": "注射器",
    "300490": "医薬品",
}

# Function words a query in these languages carries ("tubo de acero", "Rohre für
# Wasser", "ステンレスの鋼管") that the assistant leaves out before asking whether every
# word is an everyday product word. Only words that never name a product.
QUERY_FILLER_WORDS: tuple[str, ...] = (
    # English
    "of",
    "for",
    "with",
    # Spanish
    "de",
    "del",
    "el",
    "la",
    "los",
    "las",
    "para",
    "con",
    "en",
    # French
    "du",
    "des",
    "le",
    "les",
    "pour",
    "avec",
    "et",
    # Portuguese
    "da",
    "do",
    "das",
    "dos",
    "com",
    "em",
    # German
    "für",
    "fuer",
    "aus",
    "mit",
    "von",
    "der",
    "und",
    # Japanese
    "の",
)
