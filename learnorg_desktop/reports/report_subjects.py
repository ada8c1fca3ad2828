"""The report's subject sheets: people, skills matrix, needs, onboarding, sessions, attendance, feedback, diagnosis.

Each reads through the services (or report_queries for the big streams) and writes one table.
Columns marked `personal` (contact details, free comments, the role) are left out of an anonymised
report, and people appear there under a stable pseudonym instead of their name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from learnorg_desktop.reports import report_queries
from learnorg_desktop.reports.report_labels import Labels
from learnorg_desktop.reports.report_queries import Scope
from learnorg_desktop.reports.report_sheets import Column, TableSheet
from learnorg_desktop.services import diagnostic, diagnostic_scores, needs, onboarding_followup, people
from learnorg_desktop.services.diagnostic_questionnaire import load_questionnaire
from learnorg_desktop.services.onboarding_followup import OpenFilter
from learnorg_desktop.services.session_calendar import SessionQuery, list_sessions
from learnorg_desktop.services.skill_matrix import MatrixQuery, skill_matrix

TICK = 1_000  # rows between two progress reports (each also checks for Cancel: about a second at worst)
PEOPLE_PAGE = 2_000


@dataclass
class Context:
    """What every sheet needs: the open session, texts, scope, the day of the report and its mode."""

    session: Session
    labels: Labels
    scope: Scope
    today: date
    anonymised: bool
    tick: Callable[[int, int], None]  # (rows written, rows expected) within the current sheet

    def who(self, person_id: int | None, name: str | None) -> str | None:
        if person_id is None:
            return None
        return self.labels.pseudonym(person_id) if self.anonymised else name


@dataclass(frozen=True)
class Field:
    column: Column
    personal: bool = False


def _write(book: Any, ctx: Context, key: str, table: str, fields: Sequence[Field], rows: Iterable[Sequence[Any]],
           total: int, *, freeze_col: int = 1) -> TableSheet:
    keep = [i for i, f in enumerate(fields) if not (ctx.anonymised and f.personal)]
    sheet = TableSheet(book, ctx.labels.sheets[key], table, [fields[i].column for i in keep], ctx.labels,
                       freeze_col=freeze_col)
    everything = len(keep) == len(fields)
    for n, row in enumerate(rows, start=1):
        sheet.append(row if everything else [row[i] for i in keep])
        if n % TICK == 0:
            ctx.tick(n, total)
    sheet.close()
    return sheet


def _f(key: str, kind: str = "text", width: float = 14, *, personal: bool = False) -> Field:
    return Field(Column(key, kind, width), personal)


PEOPLE = (_f("person", width=28), _f("kind", "label"), _f("office", width=10), _f("role", width=24, personal=True),
          _f("status", "label", 11), _f("arrival", "date", 12), _f("departure", "date", 12),
          _f("email", width=30, personal=True), _f("phone", width=16, personal=True),
          _f("languages", width=14, personal=True))


def write_people(book: Any, ctx: Context) -> TableSheet:
    """Everyone present at some point of the period; the status is the one on its last day."""
    ids = people.list_ids(ctx.session, people.PersonQuery(office_id=ctx.scope.office_id), ctx.today)
    start, end, lab = ctx.scope.start, ctx.scope.end, ctx.labels

    def rows() -> Iterator[Sequence[Any]]:
        for first in range(0, len(ids), PEOPLE_PAGE):
            page = ids[first:first + PEOPLE_PAGE]
            found = people.fetch_rows(ctx.session, page, end)
            for pid in page:
                r = found[pid]
                if (r.arrival_date or start) > end or (r.departure_date or end) < start:
                    continue
                yield (ctx.who(r.id, f"{r.first_name} {r.last_name}".strip()), lab.enum(r.kind), r.office_code,
                       r.role, lab.enum(r.status), r.arrival_date, r.departure_date, r.email, r.phone, r.languages)

    return _write(book, ctx, "people", "People", PEOPLE, rows(), len(ids))


def write_skills(book: Any, ctx: Context) -> TableSheet:
    """Current levels (0–4) of the people active on the report's day, one column per skill, coloured by level."""
    from openpyxl.formatting.rule import ColorScaleRule

    matrix = skill_matrix(ctx.session, MatrixQuery(office_id=ctx.scope.office_id), ctx.today)
    fields = [_f("person", width=28)] + [Field(Column("skill", "int", 6, header=name)) for name in matrix.skill_names]
    rows = ([ctx.who(pid, name), *matrix.row(i)]
            for i, (pid, name) in enumerate(zip(matrix.person_ids, matrix.person_names, strict=True)))
    sheet = _write(book, ctx, "skills", "Skills", fields, rows, len(matrix.person_ids))
    if matrix.skill_ids and sheet.rows:
        ref = f"B2:{sheet.data_ref.split(':')[1]}"
        sheet.sheet.conditional_formatting.add(ref, ColorScaleRule(
            start_type="num", start_value=0, start_color="F8696B", mid_type="num", mid_value=2,
            mid_color="FFEB84", end_type="num", end_value=4, end_color="63BE7B"))
    return sheet


NEEDS = (_f("person", width=28), _f("office", width=10), _f("team", width=20), _f("subject", width=34),
         _f("origin", "label", 13), _f("priority", "int", 9), _f("status", "label", 12),
         _f("target_level", "int", 11), _f("target_date", "date", 12), _f("opened_on", "date", 12),
         _f("closed_on", "date", 12), _f("notes", width=40, personal=True))


def write_needs(book: Any, ctx: Context) -> TableSheet:
    """Needs open at some point of the period (opened by its end, not closed before its start)."""
    rows_in = [n for n in needs.list_needs(ctx.session, needs.NeedFilter(office_id=ctx.scope.office_id))
               if n.opened_on <= ctx.scope.end and (n.closed_on is None or n.closed_on >= ctx.scope.start)]
    lab = ctx.labels
    rows = ((ctx.who(n.person_id, n.person), n.office_code, n.team, n.subject, lab.enum(n.origin), n.priority,
             lab.enum(n.status), n.target_level, n.target_date, n.opened_on, n.closed_on, n.notes) for n in rows_in)
    return _write(book, ctx, "needs", "Needs", NEEDS, rows, len(rows_in))


ONBOARDING = (_f("person", width=28), _f("office", width=10), _f("checklist_kind", "label", 12),
              _f("template", width=28), _f("version", "int", 9), _f("started_on", "date", 12),
              _f("done", "int", 10), _f("total", "int", 8), _f("progress", "percent", 11), _f("overdue", "int", 10),
              _f("next_due", "date", 14), _f("days_overdue", "int", 10))


def write_onboarding(book: Any, ctx: Context) -> TableSheet:
    """Checklists still open on the report's day, most urgent first (as the onboarding tab lists them)."""
    filt = OpenFilter(office_id=ctx.scope.office_id, kind=None)
    open_rows = onboarding_followup.open_checklists(ctx.session, ctx.today, filt)
    rows = ((ctx.who(r.person_id, r.person), r.office_code, ctx.labels.enum(r.kind), r.template_name,
             r.template_version, r.started_on, r.done, r.total, r.done / r.total if r.total else None, r.overdue,
             r.next_due, r.days_overdue(ctx.today)) for r in open_rows)
    return _write(book, ctx, "onboarding", "Onboarding", ONBOARDING, rows, len(open_rows))


SESSIONS = (_f("starts_at", "datetime", 17), _f("title", width=40), _f("format", "label", 16),
            _f("session_status", "label", 10), _f("office", width=10), _f("community", width=20),
            _f("hours", "dec1", 10), _f("online_hours", "dec1", 11), _f("hosts", width=28),
            _f("external_host", width=20, personal=True), _f("place", width=24), _f("capacity", "int", 8),
            _f("invited", "int", 8), _f("attended", "int", 9), _f("participants", "int", 11),
            _f("skills", width=30))


def write_sessions(book: Any, ctx: Context) -> TableSheet:
    """Sessions starting in the period, with hosts, skills and attendance counts."""
    scope, lab = ctx.scope, ctx.labels
    found = list_sessions(ctx.session, SessionQuery(start=scope.start, end=scope.end, office_id=scope.office_id))

    def hosts(ids: tuple[int, ...], names: tuple[str, ...]) -> str:
        return "; ".join(str(ctx.who(i, n)) for i, n in zip(ids, names, strict=True))

    rows = ((s.starts_at, s.title, lab.enum(s.format), lab.enum(s.status), s.office_code, s.community,
             s.duration_minutes / 60, s.online_minutes / 60, hosts(s.host_ids, s.hosts), s.external_host, s.place,
             s.capacity, s.invited, s.attended, s.participants, "; ".join(s.skills)) for s in found)
    return _write(book, ctx, "sessions", "Sessions", SESSIONS, rows, len(found), freeze_col=2)


ATTENDANCE = (_f("session_date", "datetime", 17), _f("session", width=40), _f("office", width=10),
              _f("person", width=28), _f("person_office", width=12), _f("was_invited", "label", 10),
              _f("was_present", "label", 10))


def write_attendance(book: Any, ctx: Context) -> TableSheet:
    """Everyone on the list of a session of the period: invited or walk-in, present or not (streamed)."""
    total = report_queries.count_attendance(ctx.session, ctx.scope)
    flag, who = ctx.labels.flag, ctx.who
    rows = ((a.starts_at, a.title, a.session_office, who(a.person_id, a.person), a.person_office, flag(a.invited),
             flag(a.attended)) for a in report_queries.attendance(ctx.session, ctx.scope))
    return _write(book, ctx, "attendance", "Attendance", ATTENDANCE, rows, total, freeze_col=2)


FEEDBACK = (_f("session_date", "datetime", 17), _f("session", width=40), _f("office", width=10),
            _f("person", width=28), _f("usefulness", "int", 12), _f("quality", "int", 12),
            _f("given_on", "date", 12), _f("applied", "label", 12), _f("applied_on", "date", 12),
            _f("comment", width=40, personal=True), _f("applied_comment", width=40, personal=True))


def write_feedback(book: Any, ctx: Context) -> TableSheet:
    """Feedback on the sessions of the period; comments are left out of an anonymised report."""
    total = report_queries.count_feedback(ctx.session, ctx.scope)
    flag, who = ctx.labels.flag, ctx.who
    rows = ((f.starts_at, f.title, f.session_office, who(f.person_id, f.person), f.usefulness, f.quality,
             f.given_on, flag(f.applied), f.applied_on, f.comment, f.applied_comment)
            for f in report_queries.feedback(ctx.session, ctx.scope))
    return _write(book, ctx, "feedback", "Feedback", FEEDBACK, rows, total, freeze_col=2)


DIAGNOSTIC = (_f("campaign", width=30), _f("campaign_opened", "date", 12), _f("office", width=16),
              _f("responses", "int", 10), _f("dimension", width=40), _f("score", "dec1", 12),
              _f("answers", "int", 12), _f("suppressed", "label", 12))


def write_diagnostic(book: Any, ctx: Context) -> TableSheet:
    """Scores of every campaign opened by the period's end, overall and by office, groups under 5 hidden."""
    rows = list(_diagnostic_rows(ctx))
    return _write(book, ctx, "diagnostic", "Diagnosis", DIAGNOSTIC, rows, len(rows))


def _diagnostic_rows(ctx: Context) -> Iterator[Sequence[Any]]:
    titles = {d.code: d.title[ctx.labels.lang] for d in load_questionnaire().dimensions}
    office_code = _office_code(ctx)
    texts = ctx.labels.texts
    for campaign in reversed(diagnostic.list_campaigns(ctx.session)):  # oldest first
        if campaign.opened_on > ctx.scope.end:
            continue
        cells = list(diagnostic_scores.campaign_scores(ctx.session, campaign.id, "office").cells)
        if office_code is None:
            cells = [*diagnostic_scores.campaign_scores(ctx.session, campaign.id).cells, *cells]
        for cell in cells:
            if office_code is not None and cell.office != office_code:
                continue
            office = texts["all"] if cell.office is None else (cell.office or texts["no_office"])
            for score in cell.dimensions:
                yield (campaign.name, campaign.opened_on, office, cell.responses, titles.get(score.dimension),
                       score.score, score.answers, ctx.labels.flag(score.suppressed))


def _office_code(ctx: Context) -> str | None:
    if ctx.scope.office_id is None:
        return None
    from learnorg_desktop.models import Office

    office = ctx.session.get(Office, ctx.scope.office_id)
    return office.code if office else None


SUBJECTS: tuple[tuple[str, Callable[[Any, Context], TableSheet]], ...] = (
    ("people", write_people), ("skills", write_skills), ("needs", write_needs), ("onboarding", write_onboarding),
    ("sessions", write_sessions), ("attendance", write_attendance), ("feedback", write_feedback),
    ("diagnostic", write_diagnostic),
)
