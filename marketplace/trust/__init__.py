"""Trust a buyer can check: verification with evidence, reports with outcomes, the payee lock."""
