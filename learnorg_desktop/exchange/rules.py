"""The merge rules for one record, as a pure function of the two versions (see docs/exchange.md).

A version is its content hash, the hashes it descends from (`known`), its sticky flags
(deleted, and later anonymised) and its last-modified time. The rules, in order:

1. nothing here yet: create it;
2. same content: unchanged;
3. sticky flags differ: the version with more flags wins (a deletion is never undone); when each
   has a flag the other lacks, the newer one wins and takes the other's flags too;
4. one version descends from the other: keep the descendant;
5. each has seen the other (both resolved the same conflict, differently): the newer wins quietly;
6. otherwise both changed since they last met: a conflict. A version edited here and not yet
   settled is kept (the user decides later); between two versions from elsewhere the newer wins,
   so that packages from several offices give the same result in any order. Either way the other
   version is listed in the conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    """What an import did (or would do) to one record."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DELETED = "deleted"
    CONFLICT = "conflicts"


@dataclass(frozen=True)
class Side:
    """One version of a record, as far as the rules care."""

    content_hash: str
    known: frozenset[str]
    flags: tuple[bool, ...]  # sticky flags, "deleted" first
    updated_at: str  # ISO UTC, so strings compare in time order

    def newer_than(self, other: Side) -> bool:
        return (self.updated_at, self.content_hash) > (other.updated_at, other.content_hash)


@dataclass(frozen=True)
class Decision:
    """Which content the record ends with, how to count it, and whether a conflict is listed."""

    outcome: Outcome
    take_remote: bool  # the record ends with the remote content (plus raised flags)
    raise_flags: tuple[int, ...] = ()  # indexes of sticky flags to set on top of the chosen content
    conflict: bool = False
    remember_remote: bool = True  # the remote version counts as seen from now on


def _count(take_remote: bool, local: Side, remote: Side, raised: tuple[int, ...] = ()) -> Outcome:
    if not take_remote and not raised:
        return Outcome.UNCHANGED
    ends_deleted = remote.flags[0] if take_remote else local.flags[0]
    if 0 in raised:
        ends_deleted = True
    return Outcome.DELETED if ends_deleted and not local.flags[0] else Outcome.UPDATED


def decide(local: Side | None, remote: Side, *, local_is_own: bool) -> Decision:
    """Apply the rules above; `local_is_own`: the local version was made here and not settled since."""
    if local is None:
        return Decision(Outcome.DELETED if remote.flags[0] else Outcome.CREATED, take_remote=True)
    if local.content_hash == remote.content_hash:
        return Decision(Outcome.UNCHANGED, take_remote=False)
    if local.flags != remote.flags:
        return _sticky(local, remote)
    local_seen = local.content_hash in remote.known
    remote_seen = remote.content_hash in local.known
    if local_seen != remote_seen:
        return Decision(_count(local_seen, local, remote), take_remote=local_seen)
    if local_seen:  # both saw each other: settle without bothering anyone
        take = remote.newer_than(local)
        return Decision(_count(take, local, remote), take_remote=take)
    if local_is_own and not local.flags[0]:
        return Decision(Outcome.CONFLICT, take_remote=False, conflict=True, remember_remote=False)
    return Decision(Outcome.CONFLICT, take_remote=remote.newer_than(local), conflict=True)


def _sticky(local: Side, remote: Side) -> Decision:
    local_more = all(lf or not rf for lf, rf in zip(local.flags, remote.flags, strict=True))
    remote_more = all(rf or not lf for lf, rf in zip(local.flags, remote.flags, strict=True))
    if remote_more:
        return Decision(_count(True, local, remote), take_remote=True)
    if local_more:
        return Decision(Outcome.UNCHANGED, take_remote=False)
    take = remote.newer_than(local)
    winner, loser = (remote, local) if take else (local, remote)
    raised = tuple(i for i, (w, lo) in enumerate(zip(winner.flags, loser.flags, strict=True)) if lo and not w)
    return Decision(_count(take, local, remote, raised), take_remote=take, raise_flags=raised)
