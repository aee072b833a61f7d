"""Companies: supplier and buyer profiles, the public directory."""
