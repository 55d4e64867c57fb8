"""SQLite storage: models, opening (with migrations) and the queries the UI calls."""
