"""The demo company's previous meeting (2026 Q3): the scores the demo meeting follows up
and the OKRs it reviews, so continuity shows in the app from the start."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.store.carry_over import carry_over
from facilitator.store.database import Database
from facilitator.store.models import (
    ActionItem,
    Department,
    DimensionNote,
    KeyResult,
    Meeting,
    Objective,
    Participant,
    SelfEvaluation,
)

# The plan of both demo meetings (the earlier quarter's and the demo's own).
PLANNED_MINUTES = {
    BlockKind.GOOD_NEWS: 15,
    BlockKind.OKR_REPORTING: 75,
    BlockKind.SUCCESSES_LEARNINGS: 25,
    BlockKind.CLOSING_QUARTER: 25,
    BlockKind.NEW_OKRS: 75,
    BlockKind.SUMMARY: 10,
}

SCORES = {  # department (None: the company) -> score, reporter, what could be better
    None: (6, "Ingrid Solheim", "Vi fulgte ikke opp OKR-ene hver uke."),
    "Salg og marked": (7, "Åse Ødegård", "For lang tid fra tilbud til signatur."),
    "Produkt og utvikling": (5, "Sølvi Aaberg", "Appen ble forsinket av integrasjonene."),
    "Kundeservice": (7, "Tove Ålvik", "Svartiden på telefon var for lang."),
}
# Objectives set in Q3 for Q4: department, statement, owner, status at review, key results
# (statement, start, target, achieved, unit).
OBJECTIVES: list[tuple[str | None, str, str, str, list[tuple[str, float, float, float, str]]]] = [
    (
        None,
        "Montere flere anlegg enn noen gang",
        "Ingrid Solheim",
        "achieved",
        [("Anlegg montert", 0, 200, 212, "anlegg")],
    ),
    (
        None,
        "Lansere appen «Min strøm»",
        "Bjørn Kråkenes",
        "achieved",
        [
            ("Appen i App Store og Google Play", 0, 2, 2, "butikker"),
            ("Vurdering i App Store", 0, 4.5, 4.6, "stjerner"),
        ],
    ),
    (
        "Produkt og utvikling",
        "Stabil integrasjon mot nettselskapene",
        "Sølvi Aaberg",
        "continued",
        [("Nettselskaper integrert", 0, 3, 2, "selskaper")],
    ),
    (
        "Kundeservice",
        "Kortere svartid",
        "Tove Ålvik",
        "achieved",
        [("Svartid telefon", 6, 3, 2, "min")],
    ),
    (
        "Salg og marked",
        "Flere borettslag",
        "Åse Ødegård",
        "dropped",
        [("Signerte borettslag", 0, 5, 1, "avtaler")],
    ),
]


# The Q3 meeting's action items, as the demo meeting followed them up.
ACTIONS = [
    ("Ringe tilbake alle kunder som ventet under stormen", "Tove Ålvik", 10, "done"),
    ("Avklare ny batterileverandør", "Bjørn Kråkenes", 30, "moved"),
    ("Ny prisliste på nettsiden", "Åse Ødegård", 21, "not_done"),
]


def add_previous_quarter(db: Database, demo_meeting_id: int) -> int:
    """Create the 2026 Q3 meeting before the demo meeting; returns its id."""
    previous = carry_over(
        db,
        demo_meeting_id,
        MeetingDetails.from_input(
            "Nordlys Energi AS",
            "2026 Q3",
            date(2026, 9, 17),
            time(9, 0),
            "Bryggen konferansesenter, Bergen",
            "Ingrid Solheim",
        ),
    )
    with db.session() as session:
        meeting = session.get_one(Meeting, previous)
        people = {
            p.name: p
            for p in session.scalars(select(Participant).where(Participant.meeting_id == previous))
        }
        departments = {
            d.name: d
            for d in session.scalars(select(Department).where(Department.meeting_id == previous))
        }
        _held(meeting)
        for position, (department, (score, reporter, better)) in enumerate(SCORES.items()):
            evaluation = SelfEvaluation(
                meeting_id=previous,
                department=departments.get(department) if department else None,
                reporter=people[reporter],
                score=score,
                position=position,
            )
            evaluation.notes = [DimensionNote(dimension="execution", good="", better=better)]
            session.add(evaluation)
        session.add_all(_objectives(previous, people, departments))
        for position, (what, owner, days, follow_up) in enumerate(ACTIONS, 1):
            session.add(
                ActionItem(
                    meeting_id=previous,
                    what=what,
                    owner=people[owner],
                    due_date=meeting.meeting_date + timedelta(days=days),
                    position=position,
                    follow_up=follow_up,
                )
            )
        session.flush()
        _link_continued(session, previous, demo_meeting_id)
    return previous


def _link_continued(session: Session, previous: int, demo_meeting_id: int) -> None:
    """The objective Q3 continued is the predecessor of the demo's carried one."""
    continued = session.scalar(
        select(Objective).where(
            Objective.meeting_id == previous, Objective.review_status == "continued"
        )
    )
    carried = session.scalar(
        select(Objective).where(
            Objective.meeting_id == demo_meeting_id,
            Objective.statement == "Gjøre hvert anlegg smartere",
        )
    )
    if continued is not None and carried is not None:
        carried.predecessor_id = continued.id  # the integration work went on in Q4


def _held(meeting: Meeting) -> None:
    """The Q3 meeting's blocks as they were held, and the quarter closed in block 4."""
    moment = _start(meeting)
    for block, minutes in zip(meeting.agenda, (13, 82, 24, 25, 79, 9), strict=True):
        block.planned_minutes = PLANNED_MINUTES[BlockKind(block.kind)]
        block.minutes_edited = True
        block.actual_start, block.actual_end = moment, moment + timedelta(minutes=minutes)
        block.timer_state = "done"
        moment = block.actual_end + timedelta(minutes=10)
    closed_block_end = meeting.agenda[3].actual_end
    assert closed_block_end is not None  # set just above
    meeting.quarter_closed_at = closed_block_end - timedelta(minutes=1)


def _objectives(
    meeting_id: int, people: dict[str, Participant], departments: dict[str, Department]
) -> list[Objective]:
    """Q3's OKRs with what was achieved, each marked as the review left it."""
    objectives = []
    for position, (department, statement, owner, status, krs) in enumerate(OBJECTIVES, 1):
        objective = Objective(
            meeting_id=meeting_id,
            statement=statement,
            owner=people[owner],
            department=departments.get(department) if department else None,
            position=position,
            review_status=status,
        )
        objective.key_results = [
            KeyResult(
                statement=s, start_value=a, target_value=b, achieved_value=c, unit=u, position=i
            )
            for i, (s, a, b, c, u) in enumerate(krs, start=1)
        ]
        objectives.append(objective)
    return objectives


def _start(meeting: Meeting) -> datetime:
    from datetime import UTC, datetime

    return datetime.combine(meeting.meeting_date, meeting.start_time).astimezone().astimezone(UTC)
