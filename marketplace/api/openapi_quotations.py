"""The quotation part of the API document (see ``openapi.py``)."""

from __future__ import annotations

_DECIMAL = {"type": "string", "description": 'a decimal number written as text, e.g. "12.5"'}
_CODE = {"type": "string"}

QUOTATION_IN = {
    "type": "object",
    "required": [
        "unit_price",
        "currency",
        "quantity",
        "incoterm",
        "place",
        "lead_time_days",
        "payment_terms",
        "valid_until",
    ],
    "additionalProperties": False,
    "properties": {
        "unit_price": {**_DECIMAL, "description": "price per unit, more than zero"},
        "currency": {**_CODE, "description": "ISO 4217, e.g. USD"},
        "quantity": {**_DECIMAL, "description": "quantity offered"},
        "unit": {
            **_CODE,
            "description": "UN/ECE Rec. 20 code; only when the request names no unit (its "
            "unit is used otherwise)",
        },
        "min_order": {**_DECIMAL, "description": "at most the quantity offered"},
        "incoterm": {**_CODE, "description": "Incoterms 2020 rule, e.g. FOB"},
        "place": {"type": "string", "maxLength": 100, "description": "the rule's named place"},
        "lead_time_days": {"type": "integer", "minimum": 1, "maximum": 730},
        "payment_terms": {"type": "array", "items": {"enum": ["TT", "LC", "DP", "DA", "OA"]}},
        "valid_until": {
            "type": "string",
            "format": "date",
            "description": "today or later, at most a year ahead",
        },
        "message": {"type": "string", "maxLength": 5000},
    },
}

QUOTATION = {
    "type": "object",
    "required": ["id", "offer_id", "supplier", "unit_price", "status", "thread_url"],
    "properties": {
        "id": {"type": "integer"},
        "offer_id": {"type": "integer"},
        "supplier": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "country": {"type": ["string", "null"]},
                "verified": {"type": "boolean"},
            },
        },
        "unit_price": {
            "type": "object",
            "properties": {"amount": _DECIMAL, "currency": _CODE},
        },
        "quantity": _DECIMAL,
        "unit": _CODE,
        "min_order": {"type": ["string", "null"]},
        "incoterm": _CODE,
        "place": {"type": "string"},
        "lead_time_days": {"type": "integer"},
        "payment_terms": {"type": "array", "items": _CODE},
        "valid_until": {"type": "string", "format": "date"},
        "message": {"type": "string"},
        "status": {"enum": ["open", "accepted", "declined", "closed"]},
        "shortlisted": {"type": "boolean"},
        "decline_reason": {"type": ["string", "null"]},
        "decision_note": {"type": ["string", "null"]},
        "decided_at": {"type": ["string", "null"]},
        "created_at": {"type": "string"},
        "thread_url": {"type": "string", "description": "the conversation it opened"},
        "attachments": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "filename": {"type": "string"},
                    "content_type": {"type": "string"},
                    "size": {"type": "integer"},
                    "url": {"type": "string"},
                },
            },
        },
    },
}


def paths(responses, param, offer_id: dict) -> dict:
    """The quotation paths, using the main document's helpers."""
    quotation = {"$ref": "#/components/schemas/Quotation"}
    key = param(
        "Idempotency-Key",
        {"type": "string", "maxLength": 200},
        "Retry-safe key: same key and body, same answer",
        "header",
    )
    return {
        "/offers/{offer_id}/quotations": {
            "post": {
                "summary": "Quote on a buying request (once per supplier company); opens a "
                "thread with the buyer",
                "security": [{"bearer": []}],
                "parameters": [offer_id, key],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/QuotationIn"}}
                    },
                },
                "responses": responses(
                    400, 401, 403, 404, 405, 409, 422, ok=quotation, ok_code="201"
                ),
            },
            "get": {
                "summary": "The quotations on a request: all of them for its buyer, its own "
                "for a supplier",
                "security": [{"bearer": []}],
                "parameters": [offer_id],
                "responses": responses(
                    401, 403, 404, 405, ok={"type": "array", "items": quotation}
                ),
            },
        },
    }
