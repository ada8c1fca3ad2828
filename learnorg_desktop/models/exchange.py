"""Bookkeeping of exchange packages: local to this database, never exchanged themselves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base
from learnorg_desktop.storage.types import UTCDateTime, utcnow


class ExchangeVersion(Base):
    """What this database knows of one exchanged record's history.

    `content_hash` is the record's content as last stamped (exported or merged): a record whose
    current content differs was edited here since. `known` lists (space-separated) every version
    hash this database has seen for the record, so a version that descends from another is taken
    without a conflict. `source_office` is the peer the current version came from (None: made here).
    """

    __tablename__ = "exchange_versions"

    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(32))
    known: Mapped[str] = mapped_column(Text, default="")
    source_office: Mapped[str | None] = mapped_column(String(32), default=None)


class ExchangePeerRecord(Base):
    """The content hash of a record as last sent to a peer office: the next export skips it if unchanged."""

    __tablename__ = "exchange_peer_records"

    peer_office: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(32))


class ExchangeAlias(Base):
    """Another office's UUID for a record that exists here under `local_uuid` (same office code, role name…)."""

    __tablename__ = "exchange_aliases"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_uuid: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_exchange_aliases_local_uuid", "local_uuid"),)


class ExchangePackage(Base):
    """One package sent or received: who, which export id, its hash and what it did."""

    __tablename__ = "exchange_packages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(8))  # "sent" or "received"
    export_id: Mapped[str] = mapped_column(String(36))
    package_hash: Mapped[str] = mapped_column(String(64))
    peer_office: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    # JSON {"entity": {"created": n, ...}} for received packages, {"entity": records} for sent ones.
    counts: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_exchange_packages_export_id", "export_id"),)


class ExchangeConflict(Base):
    """A record changed on both sides: the kept and the other version, until someone picks."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36))
    peer_office: Mapped[str] = mapped_column(String(32))
    export_id: Mapped[str] = mapped_column(String(36))
    kept_hash: Mapped[str] = mapped_column(String(32))
    other_hash: Mapped[str] = mapped_column(String(32))
    # JSON of both versions as exchanged (references as UUIDs); `kept_local` says which one stayed.
    kept_json: Mapped[str] = mapped_column(Text)
    other_json: Mapped[str] = mapped_column(Text)
    kept_local: Mapped[bool] = mapped_column(Boolean)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolution: Mapped[str | None] = mapped_column(String(16), default=None)

    __table_args__ = (
        Index("ix_exchange_conflicts_record", "record_uuid"),
        Index("ix_exchange_conflicts_open", "resolved_at"),
    )
