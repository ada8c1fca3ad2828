"""Covering index for the people list (sort by name, filter by status and text) without a sort step.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 17:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_people_list",
        "people",
        [
            sa.text("lower(last_name)"), sa.text("lower(first_name)"), "id", "deleted", "arrival_date",
            "departure_date", "kind", "office_id", "search_key",
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_people_list", table_name="people")
