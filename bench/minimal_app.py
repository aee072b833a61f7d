"""The throughput ceiling for bench/web_bench.py: Flask + sqlite3 + a small template.

One page: the 20 latest offer titles (by primary key) of the same demo database, read with the stdlib
sqlite3 module and rendered by Jinja. No ORM, no sessions, no extensions: what any
Flask page costs at least under the same gunicorn settings.

    MINIMAL_DB=path/to/tradewind.db gunicorn bench.minimal_app:app
"""

from __future__ import annotations

import os
import sqlite3

from flask import Flask

app = Flask(__name__)

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Offers</title></head>
<body><h1>Newest offers</h1><ul>{% for id, title, country in rows %}
<li><a href="/offers/{{ id }}">{{ title }}</a> ({{ country }})</li>{% endfor %}</ul></body></html>"""


# Compiled once, as Flask's template loader caches a file template.
TEMPLATE = app.jinja_env.from_string(PAGE)


@app.get("/")
def newest():
    """The 20 newest offers as a small HTML list."""
    connection = sqlite3.connect(f"file:{os.environ['MINIMAL_DB']}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT id, title, origin_country FROM offer ORDER BY id DESC LIMIT 20"
        ).fetchall()
    finally:
        connection.close()
    return TEMPLATE.render(rows=rows)
