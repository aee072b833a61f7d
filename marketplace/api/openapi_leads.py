"""The OpenAPI description of leads: inquiries, threads, replies and partner relays."""

from __future__ import annotations

_TEXT = {"type": ["string", "null"]}

ORIGIN = {
    "type": "object",
    "required": ["portal", "offer_id", "url", "company"],
    "description": "Only on copies posted by a partner portal: where the original is, and who "
    "posted it. Only a partner token (`tokens create EMAIL --partner NAME`) may "
    "send it, naming its own portal; anyone else's is refused with 422.",
    "properties": {
        "portal": {
            "type": "object",
            "required": ["name", "url"],
            "properties": {
                "name": {"type": "string"},
                "title": {"type": "string"},
                "url": {"type": "string", "format": "uri"},
            },
        },
        "offer_id": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "company": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "country": _TEXT,
                "verified": {"type": "boolean", "description": "as the origin portal asserts"},
            },
        },
    },
}

_RELAY_IN = {
    "type": "object",
    "description": "Partner portals only: a message written on their site. On a new inquiry "
    "`thread_id` (the thread's id there) and `buyer`; on a reply `author`.",
    "properties": {
        "thread_id": {"type": "string"},
        "author": {"type": "string"},
        "buyer": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "company": {"type": "string"},
                "country": _TEXT,
            },
        },
    },
}

MESSAGE_IN = {
    "type": "object",
    "required": ["message"],
    "additionalProperties": False,
    "properties": {
        "message": {"type": "string", "minLength": 10, "maxLength": 5000},
        "quantity": {"type": "string", "maxLength": 60},
        "target_price": {"type": "string", "maxLength": 60},
        "terms": {"type": "string", "maxLength": 200},
        "relay": _RELAY_IN,
    },
}

THREAD = {
    "type": "object",
    "required": ["id", "offer", "with", "messages"],
    "properties": {
        "id": {"type": "integer"},
        "offer": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "url": {"type": "string"},
            },
        },
        "with": {"type": "object", "properties": {"name": {"type": "string"}, "country": _TEXT}},
        "via": {
            "type": ["object", "null"],
            "description": "the partner site at the thread's other end, if any",
        },
        "url": {"type": "string"},
        "created_at": {"type": "string"},
        "last_message_at": {"type": "string"},
        "messages": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "author": {"type": "string"},
                    "mine": {"type": "boolean"},
                    "message": {"type": "string"},
                    "quantity": _TEXT,
                    "target_price": _TEXT,
                    "terms": _TEXT,
                    "delivery": {
                        "enum": ["queued", "sent", "failed", None],
                        "description": "for messages carried to a partner site",
                    },
                    "created_at": {"type": "string"},
                },
            },
        },
    },
}


def paths(responses, param, offer_id: dict) -> dict:
    """The lead paths, using the main document's helpers for responses and parameters."""
    thread = {"$ref": "#/components/schemas/Thread"}
    key = param(
        "Idempotency-Key",
        {"type": "string", "maxLength": 200},
        "Retry-safe key: same key and body, same answer",
        "header",
    )
    inquiry_id = param(
        "inquiry_id", {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}, "Inquiry id", "path"
    )
    body = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MessageIn"}}},
    }
    return {
        "/offers/{offer_id}/inquiries": {
            "post": {
                "summary": "Send an inquiry about an offer (on a copy, it reaches the exporter "
                "on the origin portal)",
                "security": [{"bearer": []}],
                "parameters": [offer_id, key],
                "requestBody": body,
                "responses": responses(
                    400, 401, 403, 404, 405, 409, 413, 422, ok=thread, ok_code="201"
                ),
            }
        },
        "/inquiries": {
            "get": {
                "summary": "The member's threads, newest first, with messages",
                "security": [{"bearer": []}],
                "responses": responses(401, ok={"type": "array", "items": thread}),
            }
        },
        "/inquiries/{inquiry_id}": {
            "get": {
                "summary": "One thread",
                "security": [{"bearer": []}],
                "parameters": [inquiry_id],
                "responses": responses(401, 404, 405, ok=thread),
            }
        },
        "/inquiries/{inquiry_id}/messages": {
            "post": {
                "summary": "Reply in a thread",
                "security": [{"bearer": []}],
                "parameters": [inquiry_id, key],
                "requestBody": body,
                "responses": responses(400, 401, 404, 405, 409, 413, 422, ok=thread, ok_code="201"),
            }
        },
        "/partners/{partner}/offers/{offer_id}/leads": {
            "post": {
                "summary": "A webhook partner's buyer writes about an offer (its reply_url)",
                "description": "Signed like our deliveries: `X-Tradewind-Signature: "
                't=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the partner\'s '
                "secret, at most five minutes old. Body: `lead_id`, `message`, "
                "`buyer {company, country, email}`, optional `quantity`, "
                "`target_price`, `terms`.",
                "parameters": [
                    param("partner", {"type": "string"}, "Partner name", "path"),
                    offer_id,
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
                "responses": responses(
                    401, 404, 405, 413, 422, ok={"type": "object"}, ok_code="201"
                ),
            }
        },
    }
