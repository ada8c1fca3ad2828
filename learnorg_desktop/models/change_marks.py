"""The change mark: one counter row that every write transaction bumps (see storage/change_marks.py)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base


class ChangeMark(Base):
    """A single row (id 1): other windows on the same database poll `counter` to learn that data changed."""

    __tablename__ = "change_marks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    counter: Mapped[int] = mapped_column(BigInteger, default=0)
