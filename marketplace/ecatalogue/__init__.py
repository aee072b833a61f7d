"""E-catalogues: a company's booth (its offers grouped by category) and the PDF made of it."""
