"""Storage: typed SQLAlchemy models, engine set-up and Alembic migrations. No Qt, no DOCX."""
