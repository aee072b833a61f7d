"""Everyday product words in Spanish, French, Portuguese, German and Japanese name their
HS heading, as English, Korean and Chinese words do (search_index/hs_aliases.py)."""

import pytest

from marketplace.catalog import hs
from search_index import hs_aliases, hs_assistant

SPANISH = [
    ("tubo de acero", "7306"),
    ("tubería de acero inoxidable soldada", "7306"),
    ("tubo sin costura", "7304"),
    ("bobina de acero inoxidable", "7219"),
    ("válvula", "8481"),
    ("bomba sumergible", "8413"),
    ("calamar congelado", "0307"),
    ("lápiz labial", "3304"),
    ("neumáticos", "4011"),
    ("fideos instantáneos", "1902"),
    ("teléfono móvil", "8517"),
    ("ordenador portátil", "8471"),
    ("paneles solares", "8541"),
    ("baterías de litio", "8507"),
    ("aire acondicionado", "8415"),
    ("muebles de oficina", "9403"),
    ("aceite de oliva", "1509"),
    ("vino tinto", "2204"),
    ("camarón congelado", "0306"),
    ("bolsas de plástico", "3923"),
]
FRENCH = [
    ("tuyau acier", "7306"),
    ("tube en acier inoxydable", "7306"),
    ("tube sans soudure", "7304"),
    ("tôle inox", "7219"),
    ("vanne", "8481"),
    ("pompe", "8413"),
    ("calmar surgelé", "0307"),
    ("rouge à lèvres", "3304"),
    ("pneus", "4011"),
    ("nouilles instantanées", "1902"),
    ("téléphone portable", "8517"),
    ("téléviseur", "8528"),
    ("ampoule led", "8539"),
    ("dalle led", "9405"),
    ("réfrigérateur", "8418"),
    ("lave-linge", "8450"),
    ("thé vert", "0902"),
    ("huile d'olive", "1509"),
    ("vin rouge", "2204"),
    ("jouets", "9503"),
]
PORTUGUESE = [
    ("tubo de aço", "7306"),
    ("tubo de aço sem costura", "7304"),
    ("chapa de aço inoxidável", "7219"),
    ("lula congelada", "0307"),
    ("batom", "3304"),
    ("macarrão instantâneo", "1902"),
    ("celular", "8517"),
    ("painel solar", "8541"),
    ("geladeira", "8418"),
    ("ar condicionado", "8415"),
    ("autopeças", "8708"),
    ("chá verde", "0902"),
    ("azeite de oliva", "1509"),
    ("vinho", "2204"),
    ("arroz", "1006"),
    ("brinquedos", "9503"),
]
GERMAN = [
    ("Stahlrohr", "7306"),
    ("Edelstahlrohre", "7306"),
    ("nahtlose Stahlrohre", "7304"),
    ("Edelstahlblech", "7219"),
    ("Ventil", "8481"),
    ("Pumpe", "8413"),
    ("Tintenfisch", "0307"),
    ("Lippenstift", "3304"),
    ("Reifen", "4011"),
    ("Instantnudeln", "1902"),
    ("Handy", "8517"),
    ("Halbleiter", "8542"),
    ("Solarmodul", "8541"),
    ("Kühlschrank", "8418"),
    ("Waschmaschine", "8450"),
    ("grüner Tee", "0902"),
    ("Kaffee", "0901"),
    ("Olivenöl", "1509"),
    ("Büromöbel", "9403"),
    ("Plastiktüten", "3923"),
]
JAPANESE = [
    ("鋼管", "7306"),
    ("ステンレス鋼管", "7306"),
    ("継目無鋼管", "7304"),
    ("ステンレスコイル", "7219"),
    ("バルブ", "8481"),
    ("ポンプ", "8413"),
    ("冷凍イカ", "0307"),
    ("口紅", "3304"),
    ("シートマスク", "3304"),
    ("タイヤ", "4011"),
    ("インスタントラーメン", "1902"),
    ("スマートフォン", "8517"),
    ("ノートパソコン", "8471"),
    ("テレビ", "8528"),
    ("LED電球", "8539"),
    ("ソーラーパネル", "8541"),
    ("冷蔵庫", "8418"),
    ("エアコン", "8415"),
    ("洗濯機", "8450"),
    ("冷凍エビ", "0306"),
    ("緑茶", "0902"),
    ("コーヒー", "0901"),
    ("ワイン", "2204"),
]


@pytest.mark.parametrize("query, heading", SPANISH + FRENCH + PORTUGUESE + GERMAN + JAPANESE)
def test_everyday_words_in_other_languages_name_their_heading(query, heading):
    assert heading in hs_assistant.related_headings(query)


@pytest.mark.parametrize("table", [hs_aliases.OTHER_LANGUAGE_ALIASES, hs_aliases.JAPANESE_ALIASES])
def test_every_key_is_in_the_nomenclature(table):
    assert [key for key in table if hs.lookup(key) is None] == []
