"""People search key: accent-insensitive search on name and e-mail.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:20:00
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

people = sa.table(
    "people",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("email", sa.String),
    sa.column("search_key", sa.Text),
)


def search_key(*parts: str) -> str:
    # Frozen copy of the rule at this revision: a migration must not change when app code does.
    text = " ".join(p.strip() for p in parts if p)
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded.replace("œ", "oe").replace("æ", "ae")


def upgrade() -> None:
    with op.batch_alter_table("people") as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.select(people.c.id, people.c.first_name, people.c.last_name, people.c.email))
    updates = [
        {"pid": pid, "key": search_key(first, last, email or "")} for pid, first, last, email in rows
    ]
    if updates:
        connection.execute(
            people.update().where(people.c.id == sa.bindparam("pid")).values(search_key=sa.bindparam("key")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("people") as batch_op:
        batch_op.drop_column("search_key")
