"""Members, operators, log-in and API tokens."""
