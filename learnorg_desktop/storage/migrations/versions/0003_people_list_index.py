"""People sort name and a covering index: the list sorts by name as French readers expect, without a sort step.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 17:45:00
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

people = sa.table(
    "people",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("sort_name", sa.String),
)


def _fold(text: str) -> str:
    # Frozen copy of the rule at this revision: a migration must not change when app code does.
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded.replace("œ", "oe").replace("æ", "ae")


def upgrade() -> None:
    with op.batch_alter_table("people") as batch_op:
        batch_op.add_column(sa.Column("sort_name", sa.String(length=250), nullable=False, server_default=""))
    connection = op.get_bind()
    rows = connection.execute(sa.select(people.c.id, people.c.first_name, people.c.last_name))
    updates = [
        {"pid": pid, "key": f"{_fold(last.strip())} {_fold(first.strip())}".strip()} for pid, first, last in rows
    ]
    if updates:
        connection.execute(
            people.update().where(people.c.id == sa.bindparam("pid")).values(sort_name=sa.bindparam("key")),
            updates,
        )
    op.create_index(
        "ix_people_list",
        "people",
        ["sort_name", "id", "deleted", "arrival_date", "departure_date", "kind", "office_id", "search_key"],
    )


def downgrade() -> None:
    op.drop_index("ix_people_list", table_name="people")
    with op.batch_alter_table("people") as batch_op:
        batch_op.drop_column("sort_name")
