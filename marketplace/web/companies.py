"""The company directory, company pages and profile editing."""

from __future__ import annotations

import math

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts import profiles
from marketplace.catalog import categories, terms
from marketplace.companies.models import BUSINESS_TYPES, SIZE_CLASSES
from marketplace.companies.validation import COMPANY_FIELDS
from marketplace.core.db import utcnow
from marketplace.ecatalogue import pdf
from marketplace.ecatalogue.booth import booth
from marketplace.search import directory as company_directory
from marketplace.web.handling import (
    domain_errors_as_http,
    form_values,
    page_arg,
    role_required,
    submit,
)

bp = Blueprint("companies", __name__)
PER_PAGE = 30


@bp.get("/companies")
def directory():
    """Public directory, filterable by country, business type and category."""
    country = request.args.get("country", "").upper() or None
    business_type = request.args.get("business_type") or None
    category = request.args.get("category") or None
    if country and country not in terms.countries():
        country = None
    if business_type not in BUSINESS_TYPES:
        business_type = None
    if category and categories.get(category) is None:
        category = None
    page = page_arg()
    rows, total = company_directory.companies(
        country=country,
        business_type=business_type,
        category=category,
        page=page,
        per_page=PER_PAGE,
    )
    return render_template(
        "companies/directory.html",
        rows=rows,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / PER_PAGE)),
        country=country,
        business_type=business_type,
        category=category,
        countries=company_directory.countries(),
        business_types=BUSINESS_TYPES,
        categories=categories.CATEGORIES,
    )


@bp.get("/companies/<int:company_id>")
def show(company_id: int):
    """A company's booth: profile, verification, its live offers by category, contact."""
    with domain_errors_as_http():
        company = profiles.get_company(company_id)
    return render_template("companies/show.html", company=company, booth=booth(company))


@bp.get("/companies/<int:company_id>/catalogue.pdf")
def catalogue_pdf(company_id: int):
    """The company's e-catalogue as a PDF, in the reader's language (printed when it changed)."""
    with domain_errors_as_http():
        company = profiles.get_company(company_id)
    if company.blocked_at:
        abort(404)
    language = str(get_locale())
    booth_url = url_for("companies.show", company_id=company.id, _external=True)

    def make_html(shown) -> str:
        return render_template(
            "ecatalogue/catalogue.html",
            booth=shown,
            booth_url=booth_url,
            generated=utcnow(),
            current_language=language,
            qr_code=pdf.qr_code,
            photo_uri=pdf.photo_uri,
        )

    data, digest = pdf.catalogue(company, language, make_html)
    response = Response(data, mimetype=pdf.CONTENT_TYPE)
    response.set_etag(digest)
    response.headers["Content-Disposition"] = (
        f'inline; filename="catalogue-{company.id}-{language}.pdf"'
    )
    response.cache_control.max_age = 0
    response.cache_control.public = True
    return response.make_conditional(request)


@bp.route("/my/company", methods=["GET", "POST"])
@role_required("exporter", "buyer")
def edit_profile():
    """Edit the member's company profile."""
    company = current_user.company
    context = {
        "countries": terms.countries(),
        "business_types": BUSINESS_TYPES,
        "size_classes": SIZE_CLASSES,
    }
    if request.method == "GET":
        values = {
            f: ("" if getattr(company, f) is None else getattr(company, f)) for f in COMPANY_FIELDS
        }
        return render_template("companies/edit.html", values=values, errors={}, **context)
    raw = form_values(COMPANY_FIELDS)
    _result, errors = submit(profiles.update_profile, company, current_user, raw)
    if errors:
        return render_template("companies/edit.html", values=raw, errors=errors, **context), 422
    flash(_("Your company profile is saved."), "success")
    return redirect(url_for("companies.show", company_id=company.id))
