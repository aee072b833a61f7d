"""Affiliated trading sites: the partner registry shared by meta-search and multi-posting."""
