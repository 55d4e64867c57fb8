"""A realistic, fully filled demo meeting: a Norwegian company of 14 people in 3 departments.

It fills every table of the schema so every part of the app has something to show.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.domain.evaluation import report_poll
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.preparation import Task
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.demo_history import PLANNED_MINUTES, add_previous_quarter
from facilitator.store.models import (
    ActionItem,
    AgendaBreak,
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
    RoomMessage,
    RoomScore,
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

ACTUAL_MINUTES = {
    BlockKind.GOOD_NEWS: 14,
    BlockKind.OKR_REPORTING: 78,
    BlockKind.SUCCESSES_LEARNINGS: 27,
    BlockKind.CLOSING_QUARTER: 22,
    BlockKind.NEW_OKRS: 81,
    BlockKind.SUMMARY: 11,
}
# The demo's coffee break and lunch, taken as planned.
BREAKS_AFTER = {
    BlockKind.OKR_REPORTING: (BreakKind.COFFEE, 15),
    BlockKind.CLOSING_QUARTER: (BreakKind.LUNCH, 30),
}


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

        departments = {
            name: Department(meeting=meeting, name=name) for name in dict.fromkeys(MANAGERS)
        }
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

        if live_now is None:
            _agenda(meeting)
        else:
            _live_agenda(meeting, live_now)
        _conversation(session, meeting, people, values)
        _evaluations(session, meeting, people, departments)
        _room_link(session, meeting)
        _groups(session, meeting, people)
        _okrs(session, meeting, people, departments)
        _summary(session, meeting, people)
        _preparation(session, meeting, people)
    add_previous_quarter(db, meeting_id)
    if size is not None:
        from facilitator.store.demo_scale import grow_demo

        grow_demo(db, meeting_id, size)
    return meeting_id


def _room_link(session: Session, meeting: Meeting) -> None:
    """What the phones sent: the room's own scores on the company's quarter (a little
    below the leader's 7) and a shout-out and good news the leader took in."""
    session.flush()
    company = session.scalar(
        select(SelfEvaluation).where(
            SelfEvaluation.meeting_id == meeting.id, SelfEvaluation.department_id.is_(None)
        )
    )
    assert company is not None
    for index, score in enumerate((6, 7, 7, 5, 8, 6, 7, 6, 9, 6, 7)):
        session.add(
            RoomScore(
                meeting_id=meeting.id,
                poll=report_poll(company.id),
                voter=f"demo-phone-{index:02d}",
                score=score,
            )
        )
    session.add_all(
        [
            RoomMessage(
                meeting_id=meeting.id,
                kind="shout_out",
                praised="Montørene i Bergen",
                text="for helgejobben etter stormen",
                sender="Tove",
                status="accepted",
            ),
            RoomMessage(
                meeting_id=meeting.id,
                kind="good_news",
                text="Kunden i Åsane ringte bare for å si takk",
                status="dismissed",  # the speaker had already told it
            ),
        ]
    )


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


def _local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock).astimezone().astimezone(UTC)


def _demo_break(
    meeting: Meeting, after: BlockKind, start: datetime | None = None
) -> datetime | None:
    """The demo's break after a block: taken as planned from `start`, or (no start) still
    to come. Returns when a taken break ended."""
    kind, minutes = BREAKS_AFTER[after]
    end = start + timedelta(minutes=minutes) if start is not None else None
    meeting.breaks.append(
        AgendaBreak(
            after_kind=after.value,
            kind=kind.value,
            planned_minutes=minutes,
            timer_state="done" if start is not None else "idle",
            actual_start=start,
            actual_end=end,
            paused_seconds=0.0,
            adjust_seconds=0,
        )
    )
    return end


def _taken_break(meeting: Meeting, after: BlockKind, start: datetime) -> datetime:
    """The break after a block (if the demo has one), taken; returns when the next block
    starts."""
    if after not in BREAKS_AFTER:
        return start
    return _demo_break(meeting, after, start) or start


def _agenda(meeting: Meeting) -> None:
    moment = _local(meeting.meeting_date, meeting.start_time)
    for block in meeting.agenda:
        kind = BlockKind(block.kind)
        block.planned_minutes = PLANNED_MINUTES[kind]
        block.minutes_edited = True
        block.actual_start = moment
        block.actual_end = moment + timedelta(minutes=ACTUAL_MINUTES[kind])
        block.timer_state = "done"
        moment = _taken_break(meeting, kind, block.actual_end)


# A live demo has run this long: good news (14), reporting (78), coffee (15), and
# 21 of the 25 minutes of successes and learnings.
LIVE_MINUTES_IN = 14 + 78 + 15 + 21


def _live_agenda(meeting: Meeting, now: datetime) -> None:
    moment = _local(meeting.meeting_date, meeting.start_time)
    for block in meeting.agenda:
        kind = BlockKind(block.kind)
        block.planned_minutes = PLANNED_MINUTES[kind]
        block.minutes_edited = True
        if kind in (BlockKind.GOOD_NEWS, BlockKind.OKR_REPORTING):
            block.actual_start = moment
            block.actual_end = moment + timedelta(minutes=ACTUAL_MINUTES[kind])
            block.timer_state = "done"
            moment = _taken_break(meeting, kind, block.actual_end)
        elif kind is BlockKind.SUCCESSES_LEARNINGS:
            block.actual_start = now - timedelta(minutes=21)
            block.timer_state = "running"
    _demo_break(meeting, BlockKind.CLOSING_QUARTER)  # lunch, still to come


def _conversation(
    session: Session, meeting: Meeting, people: People, values: list[CompanyValue]
) -> None:
    news = [
        (
            "Ingrid Solheim",
            "Rekordkvartal: 212 nye anlegg montert, 18 % over målet.",
            "Leveransetiden på batterier er fortsatt for lang.",
        ),
        (
            "Åse Ødegård",
            "Avtalen med Bergen boligbyggelag er signert – 340 tak!",
            "Vi mister for mange tilbud i siste fase.",
        ),
        (
            "Sølvi Aaberg",
            "Appen «Min strøm» ble lansert 1. november; 4,6 av 5 i App Store.",
            "Integrasjonen mot nettselskapene er ustabil.",
        ),
        (
            "Tove Ålvik",
            "Svartiden på telefon er nede fra 6 til 2 minutter.",
            "Vinterstormen ga 3× vanlig pågang i én uke.",
        ),
        ("Håkon Sæther", "Første kunde i Sogn & Fjordane <3", ""),
        ("Mari Fjære", "Ny monteringsveiledning halverte antall returbesøk.", ""),
    ]
    # Each spoke for about 100 s of block time, one after the other.
    for position, (name, good, challenge) in enumerate(news, start=1):
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
            participant=people["Ørjan Bø"],
            position=len(news) + 1,
            skipped=True,
        )
    )
    shout_outs = [
        (
            "Rune Hauge (lageret på Ågotnes)",
            "Åse Ødegård",
            "Pakket og sendte 40 invertere en lørdag så Bergen boligbyggelag fikk levert i tide.",
        ),
        ("Eirik Næss", "Tove Ålvik", "Tok 61 samtaler på én dag under stormen – med godt humør."),
        ("Installatørteamet i Voss", "Bjørn Kråkenes", "Null avvik på 30 anlegg i november."),
    ]
    for praised, by, reason in shout_outs:
        session.add(
            ShoutOut(meeting_id=meeting.id, praised=praised, praised_by=people[by], reason=reason)
        )
    examples = [
        (0, "Jørgen Strøm", "Sa nei til en stor kunde som ville ha en løsning vi ikke tror på."),
        (1, "Kjersti Lærum", "Deler salgstallene for hele teamet hver fredag, også de dårlige."),
        (2, "Eirik Næss", "Ringte tilbake alle 112 kunder som ventet under stormen."),
        (3, "Per-Øyvind Hæreid", "Utviklerne satt med kundeservice en dag i uka i oktober."),
    ]
    for index, name, text in examples:
        session.add(
            ValueExample(
                meeting_id=meeting.id, value=values[index], example=text, given_by=people[name]
            )
        )
    feedback = [
        ("Ingrid Solheim", None, "Takk for et kvartal der vi holdt sammen gjennom stormen."),
        (
            "Sølvi Aaberg",
            "Tove Ålvik",
            "Tilbakemeldingene fra kundeservice gjorde appen mye bedre.",
        ),
        ("Håkon Sæther", "Åse Ødegård", "Du gir oss trygghet til å ta de store kundene."),
    ]
    for giver, receiver, text in feedback:
        session.add(
            Feedback(
                meeting_id=meeting.id,
                giver=people[giver],
                receiver=people[receiver] if receiver else None,
                text=text,
            )
        )
    reflections = [
        "Vi feirer for sjelden de små seirene – i dag så vi hvor mange de var.",
        "Tverrfaglige grupper ga nye ideer; det bør vi gjøre oftere enn én gang i kvartalet.",
    ]
    for position, text in enumerate(reflections, start=1):
        session.add(Reflection(meeting_id=meeting.id, position=position, text=text))
    closing = meeting.agenda[3]
    if closing.actual_end is not None:
        meeting.quarter_closed_at = closing.actual_end - timedelta(minutes=2)


def _evaluations(
    session: Session, meeting: Meeting, people: People, departments: Departments
) -> None:
    evaluations = [
        (
            None,
            "Ingrid Solheim",
            7,
            {
                "execution": (
                    "Vi leverte 212 anlegg og lanserte appen.",
                    "Batterileveransene burde vært sikret tidligere.",
                ),
                "leadership": (
                    "Tydelig prioritering da stormen kom.",
                    "Ledergruppen fulgte for sjelden opp OKR-ene ukentlig.",
                ),
                "competence": (
                    "Sterk fagkompetanse på montering.",
                    "Vi mangler kompetanse på energilagring og nettariffer.",
                ),
            },
        ),
        (
            "Salg og marked",
            "Åse Ødegård",
            8,
            {
                "execution": (
                    "Stor avtale med Bergen boligbyggelag.",
                    "For mange tapte tilbud sent.",
                ),
                "leadership": ("Modige prisvalg.", "Mer coaching av nye selgere."),
                "competence": ("God produktkunnskap.", "Trenger bedre kalkyleverktøy."),
            },
        ),
        (
            "Produkt og utvikling",
            "Per-Øyvind Hæreid",
            6,
            {
                "execution": (
                    "Appen lansert på dato.",
                    "Integrasjonen mot nettselskap er ustabil.",
                ),
                "leadership": (
                    "Gode prioriteringsmøter.",
                    "Beslutninger tok for lang tid i oktober.",
                ),
                "competence": ("Sterke utviklere.", "Ingen med erfaring fra drift/overvåking."),
            },
        ),
        (
            "Kundeservice",
            "Tove Ålvik",
            9,
            {
                "execution": ("Svartid ned fra 6 til 2 min.", "Chat-kø på kveldstid."),
                "leadership": ("Stod han av under stormen.", "Fordele helgevakter jevnere."),
                "competence": (
                    "Alle kan nå svare på fakturaspørsmål.",
                    "Mer opplæring i den nye appen.",
                ),
            },
        ),
    ]
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
    groups = [
        (
            "Gruppe 1",
            ["Åse Ødegård", "Sølvi Aaberg", "Eirik Næss", "Bjørn Kråkenes"],
            "Eirik Næss",
            "Sølvi Aaberg",
            ["212 anlegg", "Appen lansert", "Stormhåndteringen"],
            ["Sikre leveranser tidligere", "Dele læring på tvers"],
        ),
        (
            "Gruppe 2",
            ["Håkon Sæther", "Mari Fjære", "Tove Ålvik"],
            "Mari Fjære",
            "Håkon Sæther",
            ["Første kunde i Sogn & Fjordane", "Halvert returbesøk"],
            ["Bedre overlevering salg → montering"],
        ),
        (
            "Gruppe 3",
            ["Kjersti Lærum", "Per-Øyvind Hæreid", "Line Ødven"],
            "Line Ødven",
            "Kjersti Lærum",
            ["Åpne salgstall hver fredag", "Utviklere i kundeservice"],
            ["Mer tid til opplæring", "Færre parallelle prosjekter"],
        ),
        (
            "Gruppe 4",
            ["Jørgen Strøm", "Sigrid Brænne", "Ingrid Solheim"],
            "Sigrid Brænne",
            "Jørgen Strøm",
            ["Sa nei til feil kunde", "Null avvik i Voss"],
            ["Måle kundetilfredshet oftere"],
        ),
    ]
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
    approved_at = _local(meeting.meeting_date, time(14, 40))
    company: list[tuple[str, str, list[tuple[str, float, float, str]]]] = [
        (
            "Bli Vestlandets mest anbefalte solenergileverandør",
            "Ingrid Solheim",
            [
                ("Øke NPS", 41, 55, "poeng"),
                ("Montere anlegg", 0, 250, "anlegg"),
                ("Redusere leveransetid på batterier", 9, 4, "uker"),
            ],
        ),
        (
            "Gjøre hvert anlegg smartere",
            "Bjørn Kråkenes",
            [
                ("Aktive brukere av «Min strøm»", 1200, 3000, "brukere"),
                ("Integrere nettselskaper", 2, 5, "selskaper"),
            ],
        ),
        (
            "Bygge et lag som vokser med oss",
            "Ingrid Solheim",
            [
                ("Ansette montører", 0, 3, "personer"),
                ("Kurs i energilagring fullført", 0, 100, "%"),
            ],
        ),
    ]
    company_objectives = []
    for position, (statement, owner, krs) in enumerate(company, start=1):
        objective = Objective(
            meeting_id=meeting.id,
            statement=statement,
            owner=people[owner],
            position=position,
            approved_by=people["Ingrid Solheim"],
            approved_at=approved_at,
        )
        objective.key_results = [
            KeyResult(
                statement=s,
                start_value=a,
                target_value=b,
                unit=u,
                position=i,
                owner=people[KR_OWNERS[s]],
            )
            for i, (s, a, b, u) in enumerate(krs, start=1)
        ]
        session.add(objective)
        company_objectives.append(objective)
    session.flush()
    department_okrs: list[
        tuple[str, str, str, KeyResult | None, list[tuple[str, float, float, str]]]
    ] = [
        (
            "Salg og marked",
            "Vinne borettslagene i Bergen",
            "Åse Ødegård",
            company_objectives[0].key_results[1],
            [
                ("Signerte borettslag", 1, 6, "avtaler"),
                ("Vinnerrate på tilbud", 22, 35, "%"),
            ],
        ),
        (
            "Produkt og utvikling",
            "Få flere til å bruke «Min strøm» hver uke",
            "Sølvi Aaberg",
            company_objectives[1].key_results[0],
            [
                ("Ukentlig aktive brukere", 600, 1800, "brukere"),
                ("Krasjfrie økter", 97.5, 99.5, "%"),
            ],
        ),
        (
            "Kundeservice",
            "Svar før kunden rekker å bli bekymret",
            "Tove Ålvik",
            company_objectives[0].key_results[0],
            [
                ("Svartid telefon", 2, 1, "min"),
                ("Saker løst ved første kontakt", 70, 85, "%"),
            ],
        ),
        (
            "Kundeservice",
            "Lære opp hele teamet i appen",
            "Eirik Næss",
            None,
            [
                ("Opplæringsøkter gjennomført", 0, 6, "økter"),
                ("Ansatte sertifisert", 0, 4, "personer"),
            ],
        ),
    ]
    for position, (department, statement, owner, aligned_kr, krs) in enumerate(
        department_okrs, start=1
    ):
        objective = Objective(
            meeting_id=meeting.id,
            department=departments[department],
            statement=statement,
            owner=people[owner],
            position=position,
            aligned_key_result=aligned_kr,
        )
        if statement != "Lære opp hele teamet i appen":  # still a draft
            objective.approved_by = people["Ingrid Solheim"]
            objective.approved_at = approved_at
        objective.key_results = [
            KeyResult(statement=s, start_value=a, target_value=b, unit=u, position=i)
            for i, (s, a, b, u) in enumerate(krs, start=1)
        ]
        session.add(objective)
        if department == "Kundeservice" and aligned_kr is None:
            # A department key result that serves a company objective directly.
            objective.key_results[0].aligned_objective = company_objectives[2]


def _summary(session: Session, meeting: Meeting, people: People) -> None:
    meeting.summary = (
        "Et sterkt kvartal: vi nådde 7 av 10 på selskapsnivå, og kundeservice løftet oss "
        "gjennom stormen. Nye OKR-er henger godt sammen med selskapets mål."
    )
    meeting.most_value = "Gruppearbeidet på tvers av avdelinger og rosen til lageret."
    meeting.do_differently = (
        "Følge opp OKR-ene hver mandag, og feire små seire med en gang – ikke bare i kvartalsmøtet."
    )
    actions = [
        ("Send rosen videre til lageret og Voss-teamet", "Ingrid Solheim", date(2026, 12, 18)),
        (
            "Avtale batterileveranser for Q1 med to leverandører",
            "Bjørn Kråkenes",
            date(2027, 1, 15),
        ),
        ("Sette opp ukentlig OKR-oppfølging i kalenderen", "Åse Ødegård", date(2027, 1, 5)),
        ("Plan for opplæring i «Min strøm»", "Tove Ålvik", date(2027, 1, 22)),
    ]
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
