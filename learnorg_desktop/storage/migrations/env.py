"""Alembic environment: runs on the engine handed over by the application, never on a URL in a file."""

from __future__ import annotations

from alembic import context

from learnorg_desktop.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only reached by a bare `alembic` command
    raise RuntimeError("run migrations through learnorg_desktop.storage.migrate")

with engine.connect() as connection:
    if connection.dialect.name == "postgresql":
        # Several coordinators log in with their own names; whoever's window upgrades the schema, the tables
        # must belong to the database's owner (a role they all are members of), or the others lose access.
        owner = connection.exec_driver_sql(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database() "
            "AND pg_has_role(current_user, datdba, 'MEMBER') AND pg_get_userbyid(datdba) <> current_user").scalar()
        if owner:
            connection.exec_driver_sql(f'SET LOCAL ROLE "{owner}"')  # until the commit below
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
