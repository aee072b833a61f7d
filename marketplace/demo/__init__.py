"""The deterministic demo data set: invented companies, members and trade offers."""
