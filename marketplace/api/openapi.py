"""The OpenAPI 3.1 document describing /api/v1, served at /api/v1/openapi.json."""

from __future__ import annotations

from flask import jsonify

from marketplace.api import bp
from marketplace.api import openapi_leads as leads
from marketplace.api import openapi_quotations as quotes
from marketplace.catalog import categories, terms
from marketplace.core.urls import public_base
from search_index.contract import SORTS

_NULLABLE_STRING = {"type": ["string", "null"]}
_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
_VALIDATION = {
    "type": "object",
    "required": ["error", "fields"],
    "properties": {
        "error": {"const": "validation"},
        "fields": {"type": "object", "additionalProperties": {"type": "string"}},
    },
}


def _offer_schema() -> dict:
    return {
        "type": "object",
        "required": [
            "id",
            "type",
            "title",
            "description",
            "category",
            "hs_code",
            "quantity",
            "unit",
            "price",
            "incoterm",
            "port",
            "origin_country",
            "company",
            "status",
            "url",
            "created_at",
            "updated_at",
            "valid_until",
        ],
        "properties": {
            "id": {"type": "integer"},
            "type": {"enum": ["buy", "sell"]},
            "title": {"type": "string"},
            "description": {"type": "string"},
            "category": {
                "type": "object",
                "required": ["slug", "name"],
                "properties": {"slug": {"type": "string"}, "name": {"type": ["string", "null"]}},
            },
            "hs_code": _NULLABLE_STRING,
            "quantity": {"type": ["string", "null"], "description": "decimal string"},
            "unit": _NULLABLE_STRING,
            "min_order": {"type": ["string", "null"]},
            "price": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Price"}]},
            "incoterm": _NULLABLE_STRING,
            "port": _NULLABLE_STRING,
            "origin_country": _NULLABLE_STRING,
            "target_countries": {"type": "array", "items": {"type": "string"}},
            "payment_terms": {"type": "array", "items": {"type": "string"}},
            "company": {
                "type": "object",
                "required": ["id", "name", "country", "verified"],
                "description": "for a copy: the company that posted the original",
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "country": _NULLABLE_STRING,
                    "verified": {"type": "boolean"},
                },
            },
            "status": {"enum": ["active", "expired", "withdrawn", "hidden"]},
            "url": {"type": "string", "format": "uri"},
            "photos": {"type": "array", "items": {"type": "string", "format": "uri"}},
            "created_at": {"type": "string", "format": "date-time"},
            "updated_at": {"type": "string", "format": "date-time"},
            "valid_until": {"type": "string", "format": "date"},
            "snippet": {"type": "string", "maxLength": 300, "description": "plain text"},
            "origin": leads.ORIGIN,
        },
    }


def _offer_input(required: list[str]) -> dict:
    return {
        "type": "object",
        "required": required,
        "additionalProperties": False,
        "properties": {
            "type": {"enum": ["buy", "sell"]},
            "title": {"type": "string", "minLength": 5, "maxLength": 200},
            "description": {"type": "string", "maxLength": 5000},
            "category": {
                "enum": [c.slug for c in categories.CATEGORIES],
                "description": "May be left out when hs_code is given.",
            },
            "hs_code": {"type": ["string", "null"], "pattern": "^[0-9]{6}$"},
            "quantity": {"type": ["string", "null"], "description": "positive decimal string"},
            "unit": {"type": ["string", "null"], "enum": [*terms.UNITS, None]},
            "min_order": {"type": ["string", "null"]},
            "price": {
                "oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Price"}],
                "description": "null means negotiable",
            },
            "incoterm": {"type": ["string", "null"], "enum": [*terms.INCOTERMS, None]},
            "port": {"type": ["string", "null"], "description": "UN/LOCODE, e.g. KRPUS"},
            "origin_country": {"type": ["string", "null"], "description": "ISO 3166-1 alpha-2"},
            "target_countries": {"type": "array", "items": {"type": "string"}},
            "payment_terms": {"type": "array", "items": {"enum": list(terms.PAYMENT_TERMS)}},
            "valid_until": {"type": "string", "format": "date"},
            "origin": {"type": "object", "description": leads.ORIGIN["description"]},
        },
    }


def _responses(*codes: int, ok: dict | None = None, ok_code: str = "200") -> dict:
    described = {
        "400": (
            (
                "The request could not be read: a body that is not JSON, or a NUL character "
                "in a value."
            ),
            _ERROR,
        ),
        "401": ("No valid API token.", _ERROR),
        "403": ("Not the offer's owner.", _ERROR),
        "404": ("No such offer.", _ERROR),
        "405": ("No such offer (an id beyond the possible range).", _ERROR),
        "409": ("Idempotency-Key reused with a different body.", _ERROR),
        "413": ("Body larger than 1 MB.", _ERROR),
        "422": ("Validation failed.", _VALIDATION),
    }
    out = {}
    codes = tuple(dict.fromkeys((400, *codes)))  # a NUL anywhere in a request is a plain 400
    if ok is not None:
        out[ok_code] = {"description": "OK", "content": {"application/json": {"schema": ok}}}
    for code in codes:
        text, schema = described[str(code)]
        out[str(code)] = {"description": text, "content": {"application/json": {"schema": schema}}}
    return out


AMOUNT = {"type": "number", "minimum": 0, "maximum": 10**12}


def _param(name: str, schema: dict, description: str, where: str = "query") -> dict:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "schema": schema,
        "description": description,
    }


def _many(name: str, item: dict, description: str) -> dict:
    """A facet filter: repeated (``country=KR&country=CN``) or comma-separated; any matches."""
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": {"type": "array", "items": item},
        "style": "form",
        "explode": True,
        "description": f"{description}: any of them matches (repeat the parameter, or separate with commas)",
    }


def _optional(parameter: dict) -> dict:
    """A search filter that may also be sent empty, meaning "not given" (as forms send it)."""
    return {
        **parameter,
        "schema": {"anyOf": [parameter["schema"], {"const": ""}]},
        "description": parameter["description"] + " (empty: not given)",
    }


def document(server_url: str) -> dict:
    """Build the document; ``server_url`` is this instance's ``/api/v1`` base."""
    offer_ref = {"$ref": "#/components/schemas/Offer"}
    offer_id = _param(
        "offer_id", {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}, "Offer id", "path"
    )
    facet = {"type": "object", "additionalProperties": {"type": "integer"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Tradewind API",
            "version": "1.0.0",
            "description": "Search, post and manage buy and sell offers.",
        },
        "servers": [{"url": server_url}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Offer": _offer_schema(),
                "OfferCreate": _offer_input(["type", "title"]),
                "OfferPatch": _offer_input([]),
                "Thread": leads.THREAD,
                "MessageIn": leads.MESSAGE_IN,
                "Quotation": quotes.QUOTATION,
                "QuotationIn": quotes.QUOTATION_IN,
                "Price": {
                    "type": "object",
                    "required": ["amount", "currency"],
                    "properties": {"amount": {"type": "string"}, "currency": {"type": "string"}},
                },
            },
        },
        "paths": {
            "/offers": {
                "get": {
                    "summary": "Search live offers",
                    "parameters": [
                        _optional(p)
                        for p in [
                            _param("q", {"type": "string"}, "Words to search for"),
                            _many("type", {"enum": ["buy", "sell"]}, "Offer types"),
                            _many("category", {"type": "string"}, "Category slugs"),
                            _many("country", {"type": "string"}, "Origin countries (ISO alpha-2)"),
                            _param(
                                "hs",
                                {
                                    "type": "string",
                                    "pattern": "^([0-9]{2,6}|[0-9]{4}\\.[0-9]{2})?$",
                                },
                                "HS code prefix",
                            ),
                            _many(
                                "incoterm",
                                {"enum": [*terms.INCOTERMS, *(t.lower() for t in terms.INCOTERMS)]},
                                "Incoterms 2020 rules",
                            ),
                            _param(
                                "posted",
                                {"enum": [0, 1, 7, 30]},
                                "Posted within this many days (0: any time)",
                            ),
                            _param(
                                "verified",
                                {"enum": [0, 1, "true", "false"]},
                                "1: only offers of suppliers Tradewind verified",
                            ),
                            _param(
                                "price_min",
                                AMOUNT,
                                "Lowest unit price in US dollars (prices in other currencies "
                                "are converted at the operators' reference rates; offers "
                                "without a price are left out)",
                            ),
                            _param("price_max", AMOUNT, "Highest unit price in US dollars"),
                            _param(
                                "min_order_max",
                                AMOUNT,
                                "Only offers whose minimum order is at most this many of "
                                "their units (offers stating none are included)",
                            ),
                            _param(
                                "related",
                                {"enum": [0, 1, "true", "false"]},
                                "0: only offers with the words; by default offers of the "
                                "HS headings the words name in everyday terms (강관, 钢管: "
                                "7306) are found too, in any language, ranked after them",
                            ),
                            _param(
                                "sort",
                                {"enum": list(SORTS)},
                                "Order of results (price_low and price_high put offers "
                                "without a price last)",
                            ),
                            _param(
                                "page", {"type": "integer", "minimum": 1, "maximum": 10000}, "Page"
                            ),
                            _param(
                                "per_page",
                                {"type": "integer", "minimum": 1, "maximum": 100},
                                "Results per page",
                            ),
                        ]
                    ],
                    "responses": _responses(
                        422,
                        ok={
                            "type": "object",
                            "required": ["total", "page", "per_page", "results", "facets"],
                            "properties": {
                                "total": {"type": "integer"},
                                "page": {"type": "integer"},
                                "per_page": {"type": "integer"},
                                "results": {"type": "array", "items": offer_ref},
                                "facets": {
                                    "type": "object",
                                    "properties": {
                                        "type": facet,
                                        "category": facet,
                                        "country": facet,
                                    },
                                },
                            },
                        },
                    ),
                },
                "post": {
                    "summary": "Post an offer",
                    "security": [{"bearer": []}],
                    "parameters": [
                        _param(
                            "Idempotency-Key",
                            {"type": "string", "maxLength": 200},
                            "Retry-safe key: same key and body, same answer",
                            "header",
                        )
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/OfferCreate"}
                            }
                        },
                    },
                    "responses": _responses(
                        400, 401, 403, 409, 413, 422, ok=offer_ref, ok_code="201"
                    ),
                },
            },
            "/offers/{offer_id}": {
                "get": {
                    "summary": "One offer",
                    "parameters": [offer_id],
                    "responses": _responses(404, 405, ok=offer_ref),
                },
                "patch": {
                    "summary": "Change an offer",
                    "security": [{"bearer": []}],
                    "parameters": [offer_id],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/OfferPatch"}
                            }
                        },
                    },
                    "responses": _responses(400, 401, 403, 404, 405, 413, 422, ok=offer_ref),
                },
                "delete": {
                    "summary": "Withdraw an offer",
                    "security": [{"bearer": []}],
                    "parameters": [offer_id],
                    "responses": _responses(401, 403, 404, 405, 422, ok=offer_ref),
                },
            },
            "/offers/{offer_id}/matches": {
                "get": {
                    "summary": "The offer's matches, best first (its owner only)",
                    "security": [{"bearer": []}],
                    "parameters": [offer_id],
                    "responses": _responses(
                        401,
                        403,
                        404,
                        405,
                        ok={
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["offer", "score", "reasons"],
                                "properties": {
                                    "offer": offer_ref,
                                    "score": {"type": "number", "minimum": 0, "maximum": 100},
                                    "reasons": {"type": "array", "items": {"type": "string"}},
                                },
                            },
                        },
                    ),
                },
            },
            "/offers/{offer_id}/renew": {
                "post": {
                    "summary": "Renew an expired or withdrawn offer",
                    "security": [{"bearer": []}],
                    "parameters": [offer_id],
                    "responses": _responses(401, 403, 404, 405, 422, ok=offer_ref),
                },
            },
            "/metasearch": {
                "get": {
                    "summary": "Search this portal and every affiliated site at once",
                    "parameters": [
                        _param("q", {"type": "string"}, "Words to search for"),
                        _param("type", {"type": "string"}, "buy or sell (others ignored)"),
                        _param("category", {"type": "string"}, "Category slug"),
                    ],
                    "responses": _responses(
                        ok={
                            "type": "object",
                            "required": ["results", "sources"],
                            "properties": {
                                "results": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["title", "url", "source"],
                                        "properties": {
                                            "title": {"type": "string"},
                                            "url": {"type": "string"},
                                            "snippet": {"type": "string"},
                                            "type": {"type": ["string", "null"]},
                                            "category": {"type": ["string", "null"]},
                                            "country": {"type": ["string", "null"]},
                                            "company": {"type": ["string", "null"]},
                                            "posted": {"type": ["string", "null"]},
                                            "source": {"type": "string"},
                                            "also_on": {
                                                "type": "array",
                                                "items": {"type": "string"},
                                            },
                                        },
                                    },
                                },
                                "sources": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["name", "status", "count", "elapsed_ms"],
                                        "properties": {
                                            "name": {"type": "string"},
                                            "status": {
                                                "enum": [
                                                    "ok",
                                                    "partial",
                                                    "timeout",
                                                    "error",
                                                    "suspended",
                                                ]
                                            },
                                            "count": {"type": "integer"},
                                            "elapsed_ms": {"type": "integer"},
                                            "message": {"type": "string"},
                                        },
                                    },
                                },
                                "cached": {"type": "boolean"},
                            },
                        }
                    ),
                },
            },
            **leads.paths(_responses, _param, offer_id),
            **quotes.paths(_responses, _param, offer_id),
            "/health": {
                "get": {
                    "summary": "The cluster's health (operators): nodes with their index "
                    "position and lag, processes with their last heartbeat, periodic jobs, "
                    "queue depths",
                    "security": [{"bearer": []}],
                    "responses": _responses(
                        401,
                        403,
                        ok={
                            "type": "object",
                            "required": ["log_position", "nodes", "processes", "jobs", "queues"],
                            "properties": {
                                "log_position": {"type": "integer"},
                                "pruned_through": {"type": "integer"},
                                "nodes": {"type": "array", "items": {"type": "object"}},
                                "processes": {"type": "array", "items": {"type": "object"}},
                                "jobs": {"type": "array", "items": {"type": "object"}},
                                "queues": {
                                    "type": "object",
                                    "additionalProperties": {"type": "integer"},
                                },
                            },
                        },
                    ),
                },
            },
            "/indicators": {
                "get": {
                    "summary": "Indicator ids (operators)",
                    "security": [{"bearer": []}],
                    "responses": _responses(
                        401, 403, ok={"type": "array", "items": {"type": "string"}}
                    ),
                },
            },
            "/indicators/{table_id}": {
                "get": {
                    "summary": "One indicator's figures (operators)",
                    "security": [{"bearer": []}],
                    "parameters": [
                        _param("table_id", {"type": "string"}, "Indicator id", "path"),
                        _param("from", {"type": "string", "format": "date"}, "First day"),
                        _param("to", {"type": "string", "format": "date"}, "Last day"),
                        _param("granularity", {"enum": ["day", "week", "month"]}, "Buckets"),
                        _param("category", {"type": "string"}, "Category slug"),
                        _param("country", {"type": "string"}, "ISO country code"),
                        _param("member_type", {"enum": ["exporter", "buyer"]}, "Member type"),
                    ],
                    "responses": _responses(
                        401,
                        403,
                        404,
                        422,
                        ok={
                            "type": "object",
                            "required": ["id", "title", "from", "to", "columns", "rows"],
                            "properties": {
                                "id": {"type": "string"},
                                "title": {"type": "string"},
                                "from": {"type": "string"},
                                "to": {"type": "string"},
                                "granularity": {"type": "string"},
                                "columns": {"type": "array", "items": {"type": "string"}},
                                "rows": {"type": "array", "items": {"type": "array"}},
                            },
                        },
                    ),
                },
            },
            "/categories": {
                "get": {
                    "summary": "Categories with HS chapters and live offer counts",
                    "responses": _responses(
                        ok={
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["slug", "name", "hs_chapters", "offer_count"],
                                "properties": {
                                    "slug": {"type": "string"},
                                    "name": {"type": "string"},
                                    "hs_chapters": {"type": "array", "items": {"type": "string"}},
                                    "offer_count": {"type": "integer"},
                                },
                            },
                        }
                    ),
                },
            },
        },
    }


@bp.get("/openapi.json")
def openapi_document():
    """The OpenAPI document for this instance."""
    return jsonify(document(public_base() + "/api/v1"))
