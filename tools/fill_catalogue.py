"""Fill a language's missing translations from a JSON file of {English: translation}.

    .venv/bin/python -m tools.fill_catalogue ko /tmp/ko.json

A plural entry takes a list (one form per plural of the language). Entries already
translated are left alone; a translation whose %(placeholders)s differ from the
English is refused, so a typo can never break a page at render time. Prints what
is still missing afterwards.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%%")
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def placeholders(text: str) -> list[str]:
    """The named placeholders (and literal %%) of a message, sorted."""
    return sorted(PLACEHOLDER.findall(text))


def fill(language: str, entries: dict[str, str | list[str]]) -> list[str]:
    """Write the given translations into the language's .po file; return what is still missing."""
    path = TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    missing = []
    for message in catalogue:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        done = all(message.string) if isinstance(message.string, tuple) else bool(message.string)
        if done:
            continue
        given = entries.get(key)
        if given is None:
            missing.append(key)
            continue
        forms = [given] if isinstance(given, str) else list(given)
        expected = placeholders(message.id[-1] if isinstance(message.id, tuple) else key)
        for form in forms:
            if placeholders(form) != expected and not (
                isinstance(message.id, tuple) and placeholders(form) == placeholders(key)
            ):
                raise SystemExit(f"placeholders differ for {key!r}: {form!r}")
        if isinstance(message.id, tuple):
            count = catalogue.num_plurals
            message.string = tuple((forms * count)[:count])
        else:
            message.string = forms[0]
    with path.open("wb") as handle:
        write_po(handle, catalogue)
    return missing


def main(argv: list[str] | None = None) -> int:
    """Command line: ``fill_catalogue LANGUAGE FILE.json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("entries", type=Path)
    args = parser.parse_args(argv)
    missing = fill(args.language, json.loads(args.entries.read_text(encoding="utf-8")))
    for key in missing:
        print(f"missing: {key!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
