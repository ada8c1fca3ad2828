"""The packages this database sent and received, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.models import ExchangePackage


@dataclass(frozen=True)
class PackageRecord:
    """One line of the exchange history; `counts` per entity (outcomes for received, records for sent)."""

    id: int
    direction: str
    export_id: str
    package_hash: str
    peer_office: str | None
    created_at: datetime
    recorded_at: datetime
    full: bool
    encrypted: bool
    record_count: int
    counts: dict[str, object]


def list_history(session: Session, *, peer_office: str | None = None) -> list[PackageRecord]:
    query = select(ExchangePackage).order_by(ExchangePackage.recorded_at.desc(), ExchangePackage.id.desc())
    if peer_office:
        query = query.where(ExchangePackage.peer_office == peer_office.strip().upper())
    return [PackageRecord(p.id, p.direction, p.export_id, p.package_hash, p.peer_office, p.created_at,
                          p.recorded_at, p.full, p.encrypted, p.record_count, json.loads(p.counts))
            for p in session.scalars(query)]
