"""Reference data: the portal's categories, the HS nomenclature, and trade terms."""
