"""Reading one meeting, whole, into the plain values the minutes are made from.

Plain SQL (`plain_reading`), no ORM: `facilitator export` reads a meeting file through
`sqlite3` without importing SQLAlchemy, and the app runs the same SQL on its own
connection (`load_minutes`). About twenty statements, one per kind of thing, whatever the
size of the meeting; each person is named by a join, never looked up one at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from facilitator.domain import minutes as m
from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind, PlannedBreak
from facilitator.domain.evaluation import report_poll
from facilitator.domain.schedule import PlannedBlock, in_order
from facilitator.domain.timer import BlockTimer, TimerState
from facilitator.store.earlier_meetings import earlier_meetings, next_meeting_date
from facilitator.store.minutes_room import consent_minutes, room_minutes
from facilitator.store.plain_reading import Rows, clock, day, flag, instant, optional_day

if TYPE_CHECKING:  # importing the store's Database would import SQLAlchemy
    from facilitator.store.database import Database


class NoSuchMeetingError(LookupError):
    """The meeting asked for is not in the database."""


def load_minutes(db: Database, meeting_id: int) -> m.MinutesData:
    """The minutes of a meeting in an open database (the app's, or a shared one)."""
    with db.plain_rows() as rows:
        return read_minutes(rows, meeting_id)


def read_minutes(rows: Rows, meeting_id: int) -> m.MinutesData:
    meeting = rows.first(
        "SELECT c.name, m.quarter, m.meeting_date, m.start_time, m.place, m.leader_name,"
        " m.language, m.vision, m.mission, m.purpose, m.quarter_closed_at, m.summary,"
        " m.most_value, m.do_differently, m.strategic_priorities"
        " FROM meeting m JOIN company c ON c.id = m.company_id WHERE m.id = ?",
        meeting_id,
    )
    if meeting is None:
        raise NoSuchMeetingError(meeting_id)
    data = m.MinutesData(
        company=meeting[0],
        quarter=meeting[1],
        meeting_date=day(meeting[2]),
        start_time=clock(meeting[3]),
        place=meeting[4],
        leader=meeting[5],
        language=meeting[6],
        vision=meeting[7],
        mission=meeting[8],
        purpose=meeting[9],
        quarter_closed_at=instant(meeting[10]),
        summary=meeting[11],
        most_value=meeting[12],
        do_differently=meeting[13],
        strategic_priorities=meeting[14],
    )
    data.participants = [
        m.Person(name, email, department, flag(present))
        for name, email, department, present in rows.all(
            "SELECT p.name, p.email, d.name, p.present FROM participant p"
            " LEFT JOIN department d ON d.id = p.department_id"
            " WHERE p.meeting_id = ? ORDER BY p.position, p.id",
            meeting_id,
        )
    ]
    data.managers = dict(
        rows.all(
            "SELECT d.name, p.name FROM department d"
            " LEFT JOIN participant p ON p.id = d.manager_id"
            " WHERE d.meeting_id = ? ORDER BY d.name",
            meeting_id,
        )
    )
    _conversation(rows, meeting_id, data)
    data.evaluations = _evaluations(rows, meeting_id)
    data.groups = _groups(rows, meeting_id)
    room_minutes(rows, meeting_id, data)
    data.objectives = _objectives(rows, meeting_id)
    data.actions = _actions(rows, meeting_id)
    reviewed = earlier_meetings(rows, meeting_id, records=True)
    if reviewed:
        reviewed_id, data.review_quarter = reviewed[0]
        data.review = _objectives(rows, reviewed_id)
    earlier = earlier_meetings(rows, meeting_id)
    if earlier:
        data.earlier_actions = _actions(rows, earlier[0][0])
    data.next_meeting = next_meeting_date(rows, meeting_id)
    data.agenda = _agenda(rows, meeting_id)
    return data


_TIMER = (
    "planned_minutes, timer_state, actual_start, paused_at, actual_end,"
    " paused_seconds, adjust_seconds"
)


def _timer(columns: Sequence[Any]) -> BlockTimer:
    minutes, state, started, paused, ended, paused_seconds, adjust_seconds = columns
    return BlockTimer(
        planned_seconds=minutes * 60,
        state=TimerState(state),
        started_at=instant(started),
        paused_at=instant(paused),
        ended_at=instant(ended),
        paused_seconds=paused_seconds,
        adjust_seconds=adjust_seconds,
    )


def _agenda(rows: Rows, meeting_id: int) -> list[m.AgendaRow]:
    blocks = [
        PlannedBlock(BlockKind(kind), _timer(timer))
        for kind, *timer in rows.all(
            f"SELECT kind, {_TIMER} FROM agenda_block WHERE meeting_id = ? ORDER BY position",
            meeting_id,
        )
    ]
    order = list(BlockKind)
    breaks = sorted(
        (
            PlannedBreak(BlockKind(after), BreakKind(kind), _timer(timer))
            for after, kind, *timer in rows.all(
                f"SELECT after_kind, kind, {_TIMER} FROM agenda_break WHERE meeting_id = ?",
                meeting_id,
            )
        ),
        key=lambda b: order.index(b.after),
    )
    agenda = []
    for block in in_order(blocks, breaks):
        timer = block.timer
        after = block.after if isinstance(block, PlannedBreak) else block.kind
        done = timer.state is TimerState.DONE and timer.ended_at is not None
        agenda.append(
            m.AgendaRow(
                after,
                timer.planned_seconds // 60,
                timer.started_at,
                timer.ended_at if done else None,
                round(timer.elapsed(timer.ended_at) / 60) if done and timer.ended_at else None,
                block.kind if isinstance(block, PlannedBreak) else None,
            )
        )
    return agenda


def _conversation(rows: Rows, meeting_id: int, data: m.MinutesData) -> None:
    data.good_news = [
        m.GoodNews(speaker or "", news, challenges, flag(skipped))
        for speaker, news, challenges, skipped in rows.all(
            "SELECT p.name, g.good_news, g.challenges, g.skipped FROM good_news_item g"
            " LEFT JOIN participant p ON p.id = g.participant_id"
            " WHERE g.meeting_id = ? ORDER BY g.position, g.id",
            meeting_id,
        )
    ]
    data.shout_outs = [
        m.ShoutOut(praised, praised_by, reason, flag(passed_on))
        for praised, praised_by, reason, passed_on in rows.all(
            "SELECT s.praised, p.name, s.reason, s.passed_on FROM shout_out s"
            " LEFT JOIN participant p ON p.id = s.praised_by_id"
            " WHERE s.meeting_id = ? ORDER BY s.id",
            meeting_id,
        )
    ]
    examples: defaultdict[int, list[tuple[str, str | None]]] = defaultdict(list)
    for value_id, example, given_by in rows.all(
        "SELECT e.value_id, e.example, p.name FROM value_example e"
        " LEFT JOIN participant p ON p.id = e.given_by_id"
        " WHERE e.meeting_id = ? ORDER BY e.id",
        meeting_id,
    ):
        examples[value_id].append((example, given_by))
    data.values = [
        m.ValueWithExamples(text, tuple(examples[value_id]))
        for value_id, text in rows.all(
            "SELECT id, text FROM company_value WHERE meeting_id = ? ORDER BY position, id",
            meeting_id,
        )
    ]
    data.feedback = [
        m.Feedback(giver, receiver, text)
        for giver, receiver, text in rows.all(
            "SELECT g.name, r.name, f.text FROM feedback f"
            " LEFT JOIN participant g ON g.id = f.from_id"
            " LEFT JOIN participant r ON r.id = f.to_id"
            " WHERE f.meeting_id = ? ORDER BY f.id",
            meeting_id,
        )
    ]
    data.reflections = [
        text
        for (text,) in rows.all(
            "SELECT text FROM reflection WHERE meeting_id = ? ORDER BY position, id", meeting_id
        )
    ]


def _evaluations(rows: Rows, meeting_id: int) -> list[m.Evaluation]:
    notes: defaultdict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for evaluation_id, dimension, good, better in rows.all(
        "SELECT n.evaluation_id, n.dimension, n.good, n.better FROM dimension_note n"
        " JOIN self_evaluation e ON e.id = n.evaluation_id"
        " WHERE e.meeting_id = ? ORDER BY n.dimension, n.id",
        meeting_id,
    ):
        notes[evaluation_id][dimension] = (good, better)
    room: defaultdict[str, dict[int, int]] = defaultdict(dict)
    for poll, score, count in rows.all(
        "SELECT poll, score, COUNT(*) FROM room_score WHERE meeting_id = ? GROUP BY poll, score",
        meeting_id,
    ):
        room[poll][score] = count
    result = [
        m.Evaluation(
            department,
            reporter,
            score,
            notes[evaluation_id],
            room.get(report_poll(evaluation_id), {}),  # the room link's scoring of this report
            bool(after_reveal),
        )
        for evaluation_id, department, reporter, score, after_reveal in rows.all(
            "SELECT e.id, d.name, p.name, e.score, e.score_after_reveal FROM self_evaluation e"
            " LEFT JOIN department d ON d.id = e.department_id"
            " LEFT JOIN participant p ON p.id = e.reporter_id"
            " WHERE e.meeting_id = ? ORDER BY e.position, e.id",
            meeting_id,
        )
    ]
    # The company first, then the departments in their reporting order.
    return sorted(result, key=lambda e: e.entity is not None)


def _groups(rows: Rows, meeting_id: int) -> list[m.Group]:
    members: defaultdict[int, list[str]] = defaultdict(list)
    for group_id, name in rows.all(
        "SELECT gm.group_id, p.name FROM group_member gm"
        " JOIN participant p ON p.id = gm.participant_id"
        " JOIN breakout_group g ON g.id = gm.group_id WHERE g.meeting_id = ?",
        meeting_id,
    ):
        members[group_id].append(name)
    notes: defaultdict[tuple[int, str], list[str]] = defaultdict(list)
    for group_id, kind, text in rows.all(
        "SELECT n.group_id, n.kind, n.text FROM group_note n"
        " JOIN breakout_group g ON g.id = n.group_id"
        " WHERE g.meeting_id = ? ORDER BY n.position, n.id",
        meeting_id,
    ):
        notes[group_id, kind].append(text)
    photos: defaultdict[int, list[m.FlipChartPhoto]] = defaultdict(list)
    for group_id, jpeg, width, height, source in rows.all(
        "SELECT p.group_id, p.jpeg, p.width, p.height, p.source FROM group_photo p"
        " JOIN breakout_group g ON g.id = p.group_id WHERE g.meeting_id = ? ORDER BY p.id",
        meeting_id,
    ):
        photos[group_id].append(m.FlipChartPhoto(bytes(jpeg), width, height, source == "phone"))
    return [
        m.Group(
            name,
            BlockKind(block),
            tuple(sorted(members[group_id], key=str.casefold)),
            scribe,
            presenter,
            tuple(notes[group_id, "success"]),
            tuple(notes[group_id, "learning"]),
            tuple(photos[group_id]),
        )
        for group_id, name, block, scribe, presenter in rows.all(
            "SELECT g.id, g.name, g.block_kind, s.name, r.name FROM breakout_group g"
            " LEFT JOIN participant s ON s.id = g.scribe_id"
            " LEFT JOIN participant r ON r.id = g.presenter_id"
            " WHERE g.meeting_id = ? ORDER BY g.block_kind, g.position, g.id",
            meeting_id,
        )
    ]


def _actions(rows: Rows, meeting_id: int) -> list[m.ActionItem]:
    return [
        m.ActionItem(what, owner, optional_day(due), follow_up)
        for what, owner, due, follow_up in rows.all(
            "SELECT a.what, p.name, a.due_date, a.follow_up FROM action_item a"
            " LEFT JOIN participant p ON p.id = a.owner_id"
            " WHERE a.meeting_id = ? ORDER BY a.position, a.id",
            meeting_id,
        )
    ]


def _objectives(rows: Rows, meeting_id: int) -> list[m.ObjectiveRow]:
    objectives = rows.all(
        "SELECT o.id, d.name, o.statement, w.name, k.statement, o.review_status, a.name,"
        " o.approved_at, o.predecessor_id FROM objective o"
        " LEFT JOIN department d ON d.id = o.department_id"
        " LEFT JOIN participant w ON w.id = o.owner_id"
        " LEFT JOIN key_result k ON k.id = o.aligned_key_result_id"
        " LEFT JOIN participant a ON a.id = o.approved_by_id"
        " WHERE o.meeting_id = ? ORDER BY o.position, o.id",
        meeting_id,
    )
    statements = {row[0]: row[2] for row in objectives}
    key_results: defaultdict[int, list[m.KeyResultRow]] = defaultdict(list)
    for objective_id, statement, start, target, achieved, unit, serves, owner in rows.all(
        "SELECT k.objective_id, k.statement, k.start_value, k.target_value,"
        " k.achieved_value, k.unit, k.aligned_objective_id, p.name FROM key_result k"
        " JOIN objective o ON o.id = k.objective_id"
        " LEFT JOIN participant p ON p.id = k.owner_id"
        " WHERE o.meeting_id = ? ORDER BY k.position, k.id",
        meeting_id,
    ):
        key_results[objective_id].append(
            m.KeyResultRow(
                statement,
                start,
                target,
                achieved,
                unit,
                statements.get(serves) if serves else None,
                owner,
            )
        )
    consent = consent_minutes(rows, meeting_id)
    result = [
        m.ObjectiveRow(
            department,
            statement,
            owner,
            tuple(key_results[objective_id]),
            serves,
            status,
            approved_by,
            instant(approved_at),
            predecessor is not None,
            consent.get(objective_id),
        )
        for (
            objective_id,
            department,
            statement,
            owner,
            serves,
            status,
            approved_by,
            approved_at,
            predecessor,
        ) in objectives
    ]
    # Company objectives first, then departments by name, each in their own order.
    return sorted(result, key=lambda o: (o.department is not None, (o.department or "").casefold()))
