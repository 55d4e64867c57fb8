"""Plain-Python domain logic: no Qt, no SQLAlchemy."""
