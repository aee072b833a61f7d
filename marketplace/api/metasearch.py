"""``/api/v1/metasearch``: one search across this portal and every affiliated site."""

from flask import g, jsonify, request

from marketplace.api import bp
from marketplace.partners.service import meta_query, metasearch


@bp.get("/metasearch")
def api_metasearch():
    """Merged results with the status of every site asked."""
    answer = metasearch(meta_query(request.args), g.api_user)
    return jsonify(
        results=[
            {
                "title": r.title,
                "url": r.url,
                "snippet": r.snippet,
                "type": r.type,
                "category": r.category,
                "country": r.country,
                "company": r.company,
                "posted": r.posted.isoformat() if r.posted else None,
                "source": r.source,
                "also_on": r.also_on,
            }
            for r in answer.results
        ],
        sources=[
            {
                "name": s.name,
                "status": s.status,
                "count": s.count,
                "elapsed_ms": s.elapsed_ms,
                "message": s.message,
            }
            for s in answer.sources
        ],
        cached=answer.cached,
    )
