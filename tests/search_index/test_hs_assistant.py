"""The HS assistant suggests the right heading for everyday product titles."""

import pytest

from search_index.hs_assistant import suggest

EVERYDAY = [
    ("Stainless steel welded pipes", "7306"),
    ("LED panel light 600x600", "9405"),
    ("Cotton T-shirts for men", "6109"),
    ("Green tea", "0902"),
    ("Mobile phone", "8517"),
    ("Laptop computer", "8471"),
    ("Instant noodles", "1902"),
    ("Car tyres", "4011"),
    ("Frozen shrimp", "0306"),
    ("Wooden office furniture", "9403"),
    ("Solar panels", "8541"),
    ("Refrigerator", "8418"),
    ("Bicycle", "8712"),
    ("Wine", "2204"),
]


@pytest.mark.parametrize("title, heading", EVERYDAY)
def test_top_suggestion_has_the_right_heading(app, title, heading):
    assert suggest(title)[0].code.startswith(heading)


def test_suggestion_carries_description_and_category(app):
    first = suggest("stainless steel welded pipes")[0]
    assert first.code == "730640" and "stainless" in first.description.lower()
    assert first.category_slug == "minerals"


def test_endpoint_for_the_posting_form(client):
    answer = client.get("/hs/suggest", query_string={"title": "frozen shrimp"}).get_json()
    assert answer[0]["code"].startswith("0306") and answer[0]["category"] == "agricultural-food"
    assert client.get("/hs/suggest", query_string={"title": '"(:'}).get_json() == []
    assert client.get("/hs/suggest").get_json() == []


@pytest.mark.parametrize(
    "title, heading",
    [
        ("스테인리스 강관 용접관", "7306"),
        ("钢管", "7306"),
        ("인삼 추출물", "2106"),
        ("김치", "2005"),
    ],
)
def test_korean_and_chinese_titles(app, title, heading):
    assert suggest(title)[0].code.startswith(heading)


def test_building_the_assistant_keeps_its_scratch_files_to_this_process(tmp_path):
    # Two instances on one machine must not share Whoosh's fixed <tmp>/MAIN.tmp folder.
    import subprocess
    import sys

    env = {**__import__("os").environ, "TMPDIR": str(tmp_path)}
    script = (
        "from search_index import hs_assistant\n"
        "hs_assistant.warm()\n"
        "import os, tempfile; print(sorted(os.listdir(tempfile.gettempdir())))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "MAIN.tmp" not in done.stdout and "tradewind-hs-" in done.stdout
    assert list(tmp_path.iterdir()) == []  # removed when the process ends
