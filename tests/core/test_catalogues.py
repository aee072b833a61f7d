"""Every language's catalogue is complete: no message a page can show stays in English.

``pybabel compile --statistics`` reports 100% of what the catalogue holds; these tests
also catch a message marked in the code but never extracted (so never translated), a
fuzzy or empty translation, and a translation that drops or renames a placeholder.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "translations"
LANGUAGES = sorted(p.name for p in TRANSLATIONS.iterdir() if (p / "LC_MESSAGES").is_dir())
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _catalogue(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def _ids(catalogue) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}


def test_the_template_holds_every_message_the_code_marks(tmp_path):
    fresh = tmp_path / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    done = subprocess.run(
        [
            str(pybabel),
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "-k",
            "lazy_ngettext:1,2",
            "-o",
            str(fresh),
            ".",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    missing = _ids(_catalogue(fresh)) - _ids(_catalogue(TRANSLATIONS / "messages.pot"))
    assert not missing, f"run `make messages` and translate: {sorted(missing)[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language):
    template = _ids(_catalogue(TRANSLATIONS / "messages.pot"))
    catalogue = _catalogue(TRANSLATIONS / language / "LC_MESSAGES" / "messages.po")
    problems = []
    for message in catalogue:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        texts = [message.string] if isinstance(message.string, str) else list(message.string)
        if message.fuzzy or not all(texts):
            problems.append(f"untranslated: {ids[0]!r}")
            continue
        wanted = set(PLACEHOLDER.findall(" ".join(ids)))
        for text in texts:
            if set(PLACEHOLDER.findall(text)) - wanted or (
                wanted - set(PLACEHOLDER.findall(text)) - {"num"}  # a plural may drop the number
            ):
                problems.append(f"placeholders differ: {ids[0]!r} -> {text!r}")
    absent = template - _ids(catalogue)
    problems += [f"not in the catalogue: {i!r}" for i in sorted(absent)]
    assert not problems, "\n".join(problems[:20])
