"""Need matching shares each subject's peers instead of rebuilding them per need: same answers, Cancel honoured."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from learnorg_desktop.demo import generate
from learnorg_desktop.enums import NeedOrigin, NeedStatus
from learnorg_desktop.services import needs, talent
from learnorg_desktop.services.needs import NeedInput
from learnorg_desktop.services.progress import Cancelled, Progress
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 2, 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database.open(tmp_path_factory.mktemp("matching") / "demo.sqlite3")
    generate(database, people=150, seed=5, today=TODAY)
    with database.transaction() as session:  # one person with two needs on one subject: not their own peer
        first = next(n for n in needs.list_needs(session, needs.NeedFilter(statuses=frozenset({NeedStatus.OPEN})))
                     if n.person_id is not None and n.skill_id is not None)
        needs.create_need(session, NeedInput(origin=NeedOrigin.CAREER, person_id=first.person_id,
                                             skill_id=first.skill_id, topic=first.topic), TODAY)
    yield database
    database.close()


def reference(session, today: date) -> list[tuple[int, list[int], list[int]]]:
    """The definition, need by need: every teacher but the person, every other need of the subject but theirs."""
    pending = needs.list_needs(session, needs.NeedFilter(statuses=frozenset({NeedStatus.OPEN})))
    teachers = {e.skill_id: e.teachers for e in talent.talent_map(session, today)}
    rows = []
    for need in pending:
        hosts = [t.person_id for t in teachers.get(need.skill_id or -1, ()) if t.person_id != need.person_id]
        peers = [n.id for n in pending if talent._subject_key(n) == talent._subject_key(need) and n.id != need.id
                 and (n.person_id is None or n.person_id != need.person_id)]
        rows.append((need.id, hosts, peers))
    return rows


def shape(matches: list[talent.NeedMatch]) -> list[tuple[int, list[int], list[int]]]:
    return [(m.need.id, [h.person_id for h in m.hosts], [p.need_id for p in m.peers]) for m in matches]


def test_matching_gives_what_the_definition_gives(demo: Database) -> None:
    with demo.read() as session:
        expected = reference(session, TODAY)
        found = shape(talent.match_needs(session, TODAY))
    assert found == expected
    with demo.read() as session:  # the case is not trivial: groups, and a person needing what they could teach
        matches = talent.match_needs(session, TODAY)
        teachers = {e.skill_id: {t.person_id for t in e.teachers} for e in talent.talent_map(session, TODAY)}
    assert any(len(m.peers) > 1 for m in matches)
    assert any(m.need.person_id in teachers.get(m.need.skill_id or -1, ()) for m in matches)


def test_one_need_is_matched_alone_as_among_all(demo: Database) -> None:
    with demo.read() as session:
        everything = shape(talent.match_needs(session, TODAY))
        need_id = everything[len(everything) // 2][0]
        alone = shape(talent.match_needs(session, TODAY, need_id=need_id))
    assert alone == [row for row in everything if row[0] == need_id]


def test_matching_reports_progress_and_stops_on_cancel(demo: Database) -> None:
    reports: list[int] = []
    progress = Progress(lambda done, _total, _text: reports.append(done))
    with demo.read() as session:
        talent.match_needs(session, TODAY, progress=progress)
        assert reports and reports[0] == 0
        progress.cancel()
        with pytest.raises(Cancelled):
            talent.match_needs(session, TODAY, progress=progress)
