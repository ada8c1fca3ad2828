"""Onboarding: template versions, free-text responsibles, and indexes on the checklist children.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_templates") as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("checklist_template_items") as batch_op:
        batch_op.add_column(sa.Column("responsible_text", sa.String(length=200), nullable=False, server_default=""))
    with op.batch_alter_table("checklists") as batch_op:
        batch_op.add_column(sa.Column("template_name", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("template_version", sa.Integer(), nullable=True))
    with op.batch_alter_table("checklist_items") as batch_op:
        batch_op.add_column(sa.Column("responsible_text", sa.String(length=200), nullable=False, server_default=""))
    # Checklists assigned before this revision show their template's current name.
    op.execute(
        "UPDATE checklists SET template_name = COALESCE((SELECT name FROM checklist_templates t "
        "WHERE t.id = checklists.template_id), ''), template_version = CASE WHEN template_id IS NULL "
        "THEN NULL ELSE 1 END"
    )
    op.create_index("ix_checklist_template_items_template", "checklist_template_items", ["template_id"])
    op.create_index("ix_checklists_person", "checklists", ["person_id"])
    op.create_index("ix_checklist_items_checklist", "checklist_items", ["checklist_id", "position"])
    op.create_index("ix_checklist_checkins_checklist", "checklist_checkins", ["checklist_id"])


def downgrade() -> None:
    op.drop_index("ix_checklist_checkins_checklist", table_name="checklist_checkins")
    op.drop_index("ix_checklist_items_checklist", table_name="checklist_items")
    op.drop_index("ix_checklists_person", table_name="checklists")
    op.drop_index("ix_checklist_template_items_template", table_name="checklist_template_items")
    with op.batch_alter_table("checklist_items") as batch_op:
        batch_op.drop_column("responsible_text")
    with op.batch_alter_table("checklists") as batch_op:
        batch_op.drop_column("template_version")
        batch_op.drop_column("template_name")
    with op.batch_alter_table("checklist_template_items") as batch_op:
        batch_op.drop_column("responsible_text")
    with op.batch_alter_table("checklist_templates") as batch_op:
        batch_op.drop_column("version")
