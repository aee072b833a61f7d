"""Tradewind configuration: defaults, then ``TRADEWIND_*`` environment variables."""
