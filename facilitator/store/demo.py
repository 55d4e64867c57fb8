"""A realistic, fully filled demo meeting: a Norwegian company of 14 people in 3 departments.

It fills every table of the schema so every part of the app has something to show.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.preparation import Task
from facilitator.store import demo_content as content
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.demo_agenda import LIVE_MINUTES_IN, finished_agenda, live_agenda, local
from facilitator.store.demo_history import add_previous_quarter
from facilitator.store.demo_photos import add_flip_chart_photo
from facilitator.store.demo_room import consent, dot_vote, questions, room_link
from facilitator.store.models import (
    ActionItem,
    BreakoutGroup,
    CompanyValue,
    Department,
    DimensionNote,
    Feedback,
    GoodNewsItem,
    GroupMember,
    GroupNote,
    KeyResult,
    Meeting,
    Objective,
    Participant,
    PreparationCheck,
    Reflection,
    SelfEvaluation,
    ShoutOut,
    ValueExample,
)

COMPANY = "Nordlys Energi AS"

People = dict[str, Participant]
Departments = dict[str, Department]

PEOPLE = [
    # name, e-mail, department
    ("Ingrid Solheim", "ingrid.solheim@nordlys.no", None),
    ("Bjørn Kråkenes", "bjorn.krakenes@nordlys.no", "Produkt og utvikling"),
    ("Åse Ødegård", "ase.odegard@nordlys.no", "Salg og marked"),
    ("Håkon Sæther", "hakon.saether@nordlys.no", "Salg og marked"),
    ("Kjersti Lærum", "kjersti.laerum@nordlys.no", "Salg og marked"),
    ("Ørjan Bø", "orjan.bo@nordlys.no", "Salg og marked"),
    ("Sølvi Aaberg", "solvi.aaberg@nordlys.no", "Produkt og utvikling"),
    ("Per-Øyvind Hæreid", "per-oyvind.haereid@nordlys.no", "Produkt og utvikling"),
    ("Mari Fjære", "mari.fjaere@nordlys.no", "Produkt og utvikling"),
    ("Jørgen Strøm", "jorgen.strom@nordlys.no", "Produkt og utvikling"),
    ("Tove Ålvik", "tove.alvik@nordlys.no", "Kundeservice"),
    ("Eirik Næss", "eirik.naess@nordlys.no", "Kundeservice"),
    ("Line Ødven", None, "Kundeservice"),
    ("Sigrid Brænne", "sigrid.braenne@nordlys.no", "Kundeservice"),
]
ABSENT = {"Ørjan Bø"}
MANAGERS = {
    "Salg og marked": "Åse Ødegård",
    "Produkt og utvikling": "Sølvi Aaberg",
    "Kundeservice": "Tove Ålvik",
}
VALUES = ["Modig", "Åpen", "Til å stole på", "Sammen"]


def create_demo_meeting(
    db: Database, live_now: datetime | None = None, size: int | None = None
) -> int:
    """Create the demo meeting and return its id.

    With `size`, the company has that many people (see store/demo_scale.py).
    With `live_now`, the meeting is held today and is in progress at that instant: the
    first two blocks are done and "Successes and learnings" is running with 4 minutes left.
    """
    if live_now is None:
        day, start = date(2026, 12, 17), time(9, 0)
    else:
        local_start = (live_now - timedelta(minutes=LIVE_MINUTES_IN)).astimezone()
        day, start = local_start.date(), local_start.time().replace(second=0, microsecond=0)
    details = MeetingDetails.from_input(
        company=COMPANY,
        quarter="2026 Q4",
        meeting_date=day,
        start_time=start,
        place="Bryggen konferansesenter, Bergen",
        leader="Ingrid Solheim",
    )
    meeting_id = meetings.create_meeting(db, details)
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        meeting.language = "nb"
        meeting.vision = "Fornybar energi i hvert hjem på Vestlandet innen 2030."
        meeting.mission = (
            "Vi gjør det enkelt og lønnsomt for husholdninger og små bedrifter å produsere, "
            "lagre og dele sin egen solenergi."
        )
        meeting.purpose = "Et kaldt land fortjener varm, ren energi."
        values = [CompanyValue(text=text, position=i) for i, text in enumerate(VALUES, 1)]
        meeting.values = values

        departments, people = _people(session, meeting)

        if live_now is None:
            finished_agenda(meeting)
        else:
            live_agenda(meeting, live_now)
        _conversation(session, meeting, people, values)
        _evaluations(session, meeting, people, departments)
        room_link(session, meeting)
        _groups(session, meeting, people)
        dot_vote(session, meeting, revealed=live_now is None)
        _okrs(session, meeting, people, departments)
        consent(session, meeting, revealed=live_now is None)
        questions(session, meeting, asked=live_now is None)
        _summary(session, meeting, people)
        _preparation(session, meeting, people)
    add_previous_quarter(db, meeting_id)
    if size is not None:
        from facilitator.store.demo_scale import grow_demo

        grow_demo(db, meeting_id, size)
    return meeting_id


def _people(session: Session, meeting: Meeting) -> tuple[Departments, People]:
    departments = {name: Department(meeting=meeting, name=name) for name in dict.fromkeys(MANAGERS)}
    people: dict[str, Participant] = {}
    for position, (name, email, department) in enumerate(PEOPLE, start=1):
        people[name] = Participant(
            meeting=meeting,
            name=name,
            email=email,
            department=departments.get(department) if department else None,
            present=name not in ABSENT,
            position=position,
        )
    session.add_all([*departments.values(), *people.values()])
    session.flush()
    for department, manager in MANAGERS.items():
        departments[department].manager = people[manager]
    return departments, people


def _preparation(session: Session, meeting: Meeting, people: People) -> None:
    """Ticked off before the meeting: the leaders' parts, and most people's good news
    (two had not said they were ready)."""
    ticks = [(Task.COMPANY_RESULTS, "Ingrid Solheim"), (Task.VISION_VALUES, "Ingrid Solheim")]
    ticks += [(Task.STRATEGIC_PRIORITIES, "Ingrid Solheim")]
    for manager in MANAGERS.values():
        ticks += [(Task.DEPARTMENT_RESULTS, manager), (Task.SELF_EVALUATION, manager)]
    ticks += [(Task.GOOD_NEWS, name) for name in list(people)[:-2]]
    session.add_all(
        PreparationCheck(meeting_id=meeting.id, task=task.value, participant_id=people[name].id)
        for task, name in ticks
    )


def _conversation(
    session: Session, meeting: Meeting, people: People, values: list[CompanyValue]
) -> None:
    for position, (name, good, challenge) in enumerate(content.GOOD_NEWS, start=1):
        session.add(
            GoodNewsItem(
                turn_start=(position - 1) * 100.0,
                turn_end=position * 100.0,
                meeting_id=meeting.id,
                participant=people[name],
                position=position,
                good_news=good,
                challenges=challenge,
            )
        )
    session.add(
        GoodNewsItem(
            meeting_id=meeting.id,
            participant=people[content.SKIPPED_SPEAKER],
            position=len(content.GOOD_NEWS) + 1,
            skipped=True,
        )
    )
    for praised, by, reason in content.SHOUT_OUTS:
        session.add(
            ShoutOut(meeting_id=meeting.id, praised=praised, praised_by=people[by], reason=reason)
        )
    for index, name, text in content.VALUE_EXAMPLES:
        session.add(
            ValueExample(
                meeting_id=meeting.id, value=values[index], example=text, given_by=people[name]
            )
        )
    _closing(session, meeting, people)


def _closing(session: Session, meeting: Meeting, people: People) -> None:
    for giver, receiver, text in content.FEEDBACK:
        session.add(
            Feedback(
                meeting_id=meeting.id,
                giver=people[giver],
                receiver=people[receiver] if receiver else None,
                text=text,
            )
        )
    for position, text in enumerate(content.REFLECTIONS, start=1):
        session.add(Reflection(meeting_id=meeting.id, position=position, text=text))
    closing = meeting.agenda[3]
    if closing.actual_end is not None:
        meeting.quarter_closed_at = closing.actual_end - timedelta(minutes=2)


def _evaluations(
    session: Session, meeting: Meeting, people: People, departments: Departments
) -> None:
    evaluations = content.EVALUATIONS
    for position, (department, reporter, score, notes) in enumerate(evaluations, start=1):
        evaluation = SelfEvaluation(
            meeting_id=meeting.id,
            department=departments[department] if department else None,
            reporter=people[reporter],
            score=score,
            position=position,
        )
        evaluation.notes = [
            DimensionNote(dimension=dimension, good=good, better=better)
            for dimension, (good, better) in notes.items()
        ]
        session.add(evaluation)


def _groups(session: Session, meeting: Meeting, people: People) -> None:
    groups = content.GROUPS
    for position, (name, members, scribe, presenter, successes, learnings) in enumerate(
        groups, start=1
    ):
        group = BreakoutGroup(
            meeting_id=meeting.id,
            block_kind=BlockKind.SUCCESSES_LEARNINGS.value,
            name=name,
            position=position,
            scribe=people[scribe],
            presenter=people[presenter],
        )
        group.members = [GroupMember(participant=people[m]) for m in members]
        group.notes = [
            GroupNote(kind="success", text=text, position=i) for i, text in enumerate(successes)
        ] + [GroupNote(kind="learning", text=text, position=i) for i, text in enumerate(learnings)]
        session.add(group)
        add_flip_chart_photo(session, group, meeting.meeting_date, successes, learnings)


# Who owns each of the demo's company key results.
KR_OWNERS = {
    "Øke NPS": "Tove Ålvik",
    "Montere anlegg": "Håkon Sæther",
    "Redusere leveransetid på batterier": "Bjørn Kråkenes",
    "Aktive brukere av «Min strøm»": "Sølvi Aaberg",
    "Integrere nettselskaper": "Per-Øyvind Hæreid",
    "Ansette montører": "Ingrid Solheim",
    "Kurs i energilagring fullført": "Mari Fjære",
}
STRATEGIC_PRIORITIES = (
    "1. Vestlandet før resten av landet: borettslag og bedrifter i Bergen først.\n"
    "2. Batterier i hvert tilbud — lagring er der marginen er.\n"
    "3. «Min strøm» som grunnen til at kundene blir."
)


def _okrs(session: Session, meeting: Meeting, people: People, departments: Departments) -> None:
    meeting.strategic_priorities = STRATEGIC_PRIORITIES
    # The top leader approved the company OKRs and all but one department objective.
    approved_at = local(meeting.meeting_date, time(14, 40))
    leader = people["Ingrid Solheim"]
    company_objectives = []
    for position, (statement, owner, krs) in enumerate(content.COMPANY_OKRS, start=1):
        objective = Objective(
            meeting_id=meeting.id,
            statement=statement,
            owner=people[owner],
            position=position,
            approved_by=leader,
            approved_at=approved_at,
        )
        objective.key_results = _key_results(krs, people)
        session.add(objective)
        company_objectives.append(objective)
    session.flush()
    for position, (department, statement, owner, serves, krs) in enumerate(
        content.DEPARTMENT_OKRS, start=1
    ):
        objective = Objective(
            meeting_id=meeting.id,
            department=departments[department],
            statement=statement,
            owner=people[owner],
            position=position,
            aligned_key_result=(
                company_objectives[serves[0]].key_results[serves[1]] if serves else None
            ),
        )
        if statement != content.DRAFT_OBJECTIVE:
            objective.approved_by, objective.approved_at = leader, approved_at
        objective.key_results = _key_results(krs)
        session.add(objective)
        if department == "Kundeservice" and serves is None:
            # A department key result that serves a company objective directly.
            objective.key_results[0].aligned_objective = company_objectives[2]


def _key_results(
    krs: list[tuple[str, float, float, str]], people: People | None = None
) -> list[KeyResult]:
    """The key results in order; a company's are owned (`KR_OWNERS`)."""
    return [
        KeyResult(
            statement=statement,
            start_value=start,
            target_value=target,
            unit=unit,
            position=position,
            owner=people[KR_OWNERS[statement]] if people is not None else None,
        )
        for position, (statement, start, target, unit) in enumerate(krs, start=1)
    ]


def _summary(session: Session, meeting: Meeting, people: People) -> None:
    meeting.summary = (
        "Et sterkt kvartal: vi nådde 7 av 10 på selskapsnivå, og kundeservice løftet oss "
        "gjennom stormen. Nye OKR-er henger godt sammen med selskapets mål."
    )
    meeting.most_value = "Gruppearbeidet på tvers av avdelinger og rosen til lageret."
    meeting.do_differently = (
        "Følge opp OKR-ene hver mandag, og feire små seire med en gang – ikke bare i kvartalsmøtet."
    )
    actions = content.ACTIONS
    for position, (what, owner, due) in enumerate(actions, start=1):
        session.add(
            ActionItem(
                meeting_id=meeting.id,
                what=what,
                owner=people[owner],
                due_date=due,
                position=position,
            )
        )
