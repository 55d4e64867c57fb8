"""The demo meeting at any size: `facilitator demo --people N`.

Past the hand-written 14 people, the company grows in proportion: a department for every
~17 people (200 people ≈ 12 departments), all present people regrouped into groups of 5
(≈ 40 groups at 200), six objectives per new department with three or four key results
(≈ 60 objectives and 200 key results at 200), a self-evaluation per department, and good
news, feedback and flip-chart notes as long as the real ones. Names are Norwegian and
unique, so anyone can see the app at the size of their own company.
"""

from __future__ import annotations

import random

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator.domain.agenda import BlockKind
from facilitator.store.database import Database
from facilitator.store.models import (
    BreakoutGroup,
    Department,
    DimensionNote,
    Feedback,
    GoodNewsItem,
    GroupMember,
    GroupNote,
    KeyResult,
    Objective,
    Participant,
    SelfEvaluation,
)

BASE_PEOPLE = 14
PEOPLE_PER_DEPARTMENT = 17
GROUP_SIZE = 5

FIRST = [
    "Anne",
    "Arne",
    "Astrid",
    "Bente",
    "Berit",
    "Bjørg",
    "Dag",
    "Eli",
    "Elin",
    "Erik",
    "Frode",
    "Geir",
    "Gunn",
    "Hanne",
    "Harald",
    "Heidi",
    "Helge",
    "Hilde",
    "Inger",
    "Ivar",
    "Jan",
    "Jon",
    "Karin",
    "Kjell",
    "Knut",
    "Lars",
    "Liv",
    "Magnus",
    "Marit",
    "Morten",
    "Nina",
    "Odd",
    "Ola",
    "Randi",
    "Rune",
    "Siri",
    "Solveig",
    "Stein",
    "Svein",
    "Terje",
    "Tone",
    "Trond",
    "Turid",
    "Vidar",
    "Åshild",
    "Øystein",
]
LAST = [
    "Aasen",
    "Berg",
    "Bakken",
    "Dahl",
    "Eide",
    "Fossum",
    "Gundersen",
    "Haugen",
    "Hagen",
    "Holm",
    "Johansen",
    "Kvam",
    "Lie",
    "Lund",
    "Moe",
    "Nilsen",
    "Nygård",
    "Pedersen",
    "Rønning",
    "Sandvik",
    "Solberg",
    "Strand",
    "Sæther",
    "Tangen",
    "Vik",
    "Ødegaard",
    "Åsheim",
    "Brekke",
    "Dalen",
    "Fjeld",
    "Grøtte",
    "Hovland",
    "Iversen",
    "Kleppe",
    "Lunde",
    "Myhre",
    "Nesse",
    "Rustad",
]
DEPARTMENT_NAMES = [
    "Økonomi",
    "Innkjøp",
    "Logistikk",
    "Montering Nord",
    "Montering Sør",
    "Prosjekt",
    "Kvalitet",
    "IT",
    "Personal",
    "Marked",
    "Bedriftssalg",
    "Service",
    "Drift",
    "Energirådgivning",
    "Lager",
    "Juridisk",
    "Kommunikasjon",
]
GOOD = (
    "Vi leverte alle prosjektene innen fristen, og kundene ga oss toppkarakter i "
    "oppfølgingsundersøkelsen; samarbeidet med montørene har aldri vært bedre."
)
BETTER = (
    "Vi startet for sent med planleggingen av neste kvartal, og vi fulgte ikke opp "
    "nøkkelresultatene hver uke slik vi lovet hverandre."
)


def _unique_names(count: int, taken: set[str], rng: random.Random) -> list[str]:
    names: list[str] = []
    combos = [(f, last) for f in FIRST for last in LAST]
    rng.shuffle(combos)
    for first, last in combos:
        name = f"{first} {last}"
        if name not in taken:
            names.append(name)
            taken.add(name)
        if len(names) == count:
            return names
    # More people than combinations: number the rest (a company of thousands).
    names += [
        f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]} {i}" for i in range(count - len(names))
    ]
    return names


def _email(name: str) -> str:
    simple = name.lower().translate({ord("æ"): "ae", ord("ø"): "o", ord("å"): "a", ord(" "): "."})
    return f"{simple}@nordlys.no"


def grow_demo(db: Database, meeting_id: int, people: int, seed: int = 17) -> None:
    """Grow the demo meeting to `people` participants, in one transaction."""
    if people <= BASE_PEOPLE:
        return
    rng = random.Random(seed)
    with db.unit_of_work() as session:
        existing = list(
            session.scalars(select(Participant).where(Participant.meeting_id == meeting_id))
        )
        wanted = max(1, round(people / PEOPLE_PER_DEPARTMENT))
        departments = list(
            session.scalars(select(Department).where(Department.meeting_id == meeting_id))
        )
        names_taken = {d.name for d in departments}
        extra = (f"Team {n}" for n in range(1, wanted + 1))  # past the named departments
        for name in [*DEPARTMENT_NAMES, *extra]:
            if len(departments) >= wanted:
                break
            if name not in names_taken:
                departments.append(Department(meeting_id=meeting_id, name=name))
        session.add_all(departments)
        position = len(existing)
        newcomers = []
        for index, name in enumerate(
            _unique_names(people - len(existing), {p.name for p in existing}, rng)
        ):
            newcomers.append(
                Participant(
                    meeting_id=meeting_id,
                    name=name,
                    email=_email(name),
                    department=departments[index % len(departments)],
                    present=rng.random() > 0.04,
                    position=position + index + 1,
                )
            )
        session.add_all(newcomers)
        session.flush()
        everyone = existing + newcomers
        for department in departments:
            if department.manager_id is None:
                members = [p for p in newcomers if p.department is department]
                if members:
                    department.manager = members[0]
        _evaluations(session, meeting_id, departments, rng)
        _good_news_and_feedback(session, meeting_id, newcomers, everyone, rng)
        _groups(session, meeting_id, everyone, rng)
        _okrs(session, meeting_id, departments, rng)


def _evaluations(
    session: Session, meeting_id: int, departments: list[Department], rng: random.Random
) -> None:
    evaluated = set(
        session.scalars(
            select(SelfEvaluation.department_id).where(SelfEvaluation.meeting_id == meeting_id)
        )
    )
    last = session.scalar(
        select(func.max(SelfEvaluation.position)).where(SelfEvaluation.meeting_id == meeting_id)
    )
    position = last or 0
    for department in departments:
        if department.id in evaluated:
            continue
        position += 1
        evaluation = SelfEvaluation(
            meeting_id=meeting_id,
            department=department,
            reporter=department.manager,
            score=rng.randint(4, 9),
            position=position,
        )
        evaluation.notes = [
            DimensionNote(dimension=d, good=GOOD, better=BETTER)
            for d in ("execution", "leadership", "competence")
        ]
        session.add(evaluation)


def _good_news_and_feedback(
    session: Session,
    meeting_id: int,
    newcomers: list[Participant],
    everyone: list[Participant],
    rng: random.Random,
) -> None:
    start = len(newcomers)
    for index, person in enumerate(newcomers[: max(0, len(everyone) // 4)]):
        session.add(
            GoodNewsItem(
                meeting_id=meeting_id,
                participant=person,
                position=100 + index,
                good_news="Ny rammeavtale med tre borettslag, og null reklamasjoner denne måneden.",
                challenges="Leveransene av vekselrettere er fortsatt ustabile.",
            )
        )
    for _ in range(len(everyone) // 6 or start // 6):
        giver, receiver = rng.sample(everyone, 2)
        session.add(
            Feedback(
                meeting_id=meeting_id,
                from_id=giver.id,
                to_id=receiver.id,
                text="Takk for at du tok ansvar da det røynet på – det merket hele avdelingen.",
            )
        )


def _groups(
    session: Session, meeting_id: int, everyone: list[Participant], rng: random.Random
) -> None:
    """Everyone present in groups of five, departments mixed (the demo's groups replaced)."""
    kind = BlockKind.SUCCESSES_LEARNINGS.value
    old = select(BreakoutGroup.id).where(
        BreakoutGroup.meeting_id == meeting_id, BreakoutGroup.block_kind == kind
    )
    session.execute(delete(BreakoutGroup).where(BreakoutGroup.id.in_(old)))
    present = [p for p in everyone if p.present]
    present.sort(key=lambda p: (p.department.name if p.department else "", p.name))
    count = max(1, -(-len(present) // GROUP_SIZE))  # groups of at most five
    buckets: list[list[Participant]] = [[] for _ in range(count)]
    for index, person in enumerate(present):  # round robin mixes the departments
        buckets[index % count].append(person)
    for number, members in enumerate(buckets, start=1):
        group = BreakoutGroup(
            meeting_id=meeting_id,
            block_kind=kind,
            name=f"Gruppe {number}",
            position=number,
            scribe=members[-1],
            presenter=members[0],
        )
        group.members = [GroupMember(participant=p) for p in members]
        group.notes = [
            GroupNote(kind="success", text="Fikk til leveransen tross sykdom i teamet", position=0),
            GroupNote(kind="success", text="Bedre dialog med kundene", position=1),
            GroupNote(kind="learning", text="Avklare ansvar tidligere", position=0),
        ]
        session.add(group)


def _okrs(
    session: Session, meeting_id: int, departments: list[Department], rng: random.Random
) -> None:
    company = list(
        session.scalars(
            select(Objective).where(
                Objective.meeting_id == meeting_id, Objective.department_id.is_(None)
            )
        )
    )
    last = session.scalar(
        select(func.max(Objective.position)).where(Objective.meeting_id == meeting_id)
    )
    position = last or 0
    has_own = set(
        session.scalars(
            select(Objective.department_id).where(
                Objective.meeting_id == meeting_id, Objective.department_id.is_not(None)
            )
        )
    )
    for department in departments:
        if department.id in has_own:
            continue
        for number in range(6):
            position += 1
            objective = Objective(
                meeting_id=meeting_id,
                department=department,
                statement=f"{department.name}: levere mer verdi til kundene, steg {number + 1}",
                owner=department.manager,
                position=position,
            )
            start = rng.randint(10, 50)
            objective.key_results = [
                KeyResult(
                    statement=f"Øke kundetilfredsheten i {department.name.lower()} ({k + 1})",
                    start_value=start,
                    target_value=start + rng.randint(5, 30),
                    unit="poeng",
                    position=k,
                    aligned_objective_id=company[k % len(company)].id if company else None,
                )
                for k in range(3 + (number % 2))
            ]
            session.add(objective)
