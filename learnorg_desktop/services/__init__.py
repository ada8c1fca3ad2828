"""Use cases per area: they take a SQLAlchemy session and return plain data, never widgets."""
