"""Alembic environment: runs on the engine handed over by the application, never on a URL in a file."""

from __future__ import annotations

from alembic import context

from learnorg_desktop.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only reached by a bare `alembic` command
    raise RuntimeError("run migrations through learnorg_desktop.storage.migrate")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
