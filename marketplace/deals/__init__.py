"""Deals: quotations suppliers send on buying requests, and the exchange rates that compare them."""
