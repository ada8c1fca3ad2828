"""Exchange packages: record versions, per-peer state, UUID aliases, package history and conflicts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_versions",
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("known", sa.Text(), nullable=False),
        sa.Column("source_office", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("record_uuid", name=op.f("pk_exchange_versions")),
    )
    op.create_table(
        "exchange_peer_records",
        sa.Column("peer_office", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("peer_office", "record_uuid", name=op.f("pk_exchange_peer_records")),
    )
    op.create_table(
        "exchange_aliases",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("local_uuid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_exchange_aliases")),
    )
    op.create_index("ix_exchange_aliases_local_uuid", "exchange_aliases", ["local_uuid"])
    op.create_table(
        "exchange_packages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("package_hash", sa.String(length=64), nullable=False),
        sa.Column("peer_office", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_packages")),
    )
    op.create_index("ix_exchange_packages_export_id", "exchange_packages", ["export_id"])
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("peer_office", sa.String(length=32), nullable=False),
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("kept_hash", sa.String(length=32), nullable=False),
        sa.Column("other_hash", sa.String(length=32), nullable=False),
        sa.Column("kept_json", sa.Text(), nullable=False),
        sa.Column("other_json", sa.Text(), nullable=False),
        sa.Column("kept_local", sa.Boolean(), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    op.create_index("ix_exchange_conflicts_record", "exchange_conflicts", ["record_uuid"])
    op.create_index("ix_exchange_conflicts_open", "exchange_conflicts", ["resolved_at"])


def downgrade() -> None:
    op.drop_index("ix_exchange_conflicts_open", table_name="exchange_conflicts")
    op.drop_index("ix_exchange_conflicts_record", table_name="exchange_conflicts")
    op.drop_table("exchange_conflicts")
    op.drop_index("ix_exchange_packages_export_id", table_name="exchange_packages")
    op.drop_table("exchange_packages")
    op.drop_index("ix_exchange_aliases_local_uuid", table_name="exchange_aliases")
    op.drop_table("exchange_aliases")
    op.drop_table("exchange_peer_records")
    op.drop_table("exchange_versions")
