"""New OKRs with alignment, the review of last quarter's, carrying over, and CSV."""

from datetime import date, time

import pytest

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.okr import alignment_share
from facilitator.domain.okr_csv import parse_okrs, write_okrs
from facilitator.domain.validation import Field, ValidationError
from facilitator.store import okr_review, okr_rows, okrs
from facilitator.store.carry_over import carry_over, latest_meeting_of
from facilitator.store.demo import create_demo_meeting
from facilitator.store.meetings import get_meeting, list_values
from facilitator.store.participants import add_participant, list_departments, list_participants


@pytest.fixture
def company_okr(db, meeting_id):
    kari = add_participant(db, meeting_id, "Kari", department="Salg")
    objective = okrs.add_objective(db, meeting_id, "Bli mest anbefalt", owner_id=kari)
    kr = okrs.add_key_result(db, objective, "Øke NPS", "41", "55", "poeng")
    okrs.add_key_result(db, objective, "Montere anlegg", 0, "250", "anlegg")
    return objective, kr


def test_objective_and_key_results_validated(db, meeting_id, company_okr):
    objective, _ = company_okr
    with pytest.raises(ValidationError) as caught:
        okrs.add_key_result(db, objective, "Svartid", "seks", "2")
    assert caught.value.field is Field.NUMBER
    with pytest.raises(ValidationError):
        okrs.add_objective(db, meeting_id, "   ")
    [company] = okrs.list_objectives(db, meeting_id)
    assert [(k.statement, k.start_value, k.target_value, k.unit) for k in company.key_results] == [
        ("Øke NPS", 41, 55, "poeng"),
        ("Montere anlegg", 0, 250, "anlegg"),
    ]


def test_key_result_becomes_a_department_objective_and_alignment_share(db, meeting_id, company_okr):
    objective, kr = company_okr
    salg = list_departments(db, meeting_id)[0].id
    linked = okrs.key_result_to_department_objective(db, kr, salg)
    okrs.add_objective(db, meeting_id, "Eget avdelingsmål", department_id=salg)
    rows = okrs.list_objectives(db, meeting_id)
    department = [o for o in rows if o.department_id == salg]
    assert department[0].id == linked and department[0].statement == "Øke NPS"
    share = alignment_share(
        [type("O", (), {"is_aligned": okrs.is_aligned(o)})() for o in department]
    )
    assert (share.aligned, share.total, share.meets_recommendation) == (1, 2, False)
    own = department[1]
    okrs.add_key_result(db, own.id, "Kurs", 0, 3, "kurs", aligned_objective_id=objective)
    assert okrs.is_aligned(okrs.list_objectives(db, meeting_id)[-1])
    with pytest.raises(ValidationError):  # a department KR cannot serve a department objective
        okrs.add_key_result(db, own.id, "X", aligned_objective_id=own.id)


def test_review_and_continue_into_the_next_meeting(db, meeting_id, company_okr):
    objective, kr = company_okr
    nxt = carry_over(
        db,
        meeting_id,
        MeetingDetails.from_input("Fjordkraft Test AS", "2027 Q1", date(2027, 3, 4), time(9)),
    )
    [reviewed] = okr_review.objectives_under_review(db, nxt)
    assert reviewed.id == objective
    okrs.update_key_result(db, kr, "achieved_value", "48")
    okr_review.mark_review(db, nxt, objective, "continued")
    okr_review.mark_review(db, nxt, objective, "continued")  # once only
    [carried] = okrs.list_objectives(db, nxt)
    assert carried.predecessor_id == objective and carried.owner.name == "Kari"
    first = carried.key_results[0]
    assert (first.statement, first.start_value) == ("Øke NPS", 48)
    with pytest.raises(ValueError):
        okr_review.mark_review(db, nxt, objective, "forgotten")


def test_carry_over_copies_people_departments_and_values(db):
    source = create_demo_meeting(db)
    assert latest_meeting_of(db, "nordlys energi as") == source
    new = carry_over(
        db,
        source,
        MeetingDetails.from_input("Nordlys Energi AS", "2027 Q1", date(2027, 3, 18), time(9)),
    )
    people = list_participants(db, new)
    assert len(people) == 14 and all(p.present for p in people)
    departments = {d.name: d.manager_name for d in list_departments(db, new)}
    assert departments["Kundeservice"] == "Tove Ålvik"
    assert [v.text for v in list_values(db, new)] == ["Modig", "Åpen", "Til å stole på", "Sammen"]
    assert get_meeting(db, new).vision.startswith("Fornybar energi")
    assert okrs.list_objectives(db, new) == []
    assert len(okr_review.objectives_under_review(db, new)) == 7


def test_csv_round_trip_and_line_errors(db, meeting_id):
    source = create_demo_meeting(db)
    text = write_okrs(okr_rows.export_rows(db, source))
    parsed = parse_okrs(text.encode("utf-8-sig"))
    assert parsed.errors == []
    target = carry_over(
        db,
        source,
        MeetingDetails.from_input("Nordlys Energi AS", "2027 Q1", date(2027, 3, 18), time(9)),
    )
    assert okr_rows.import_rows(db, target, parsed.rows) == []
    assert okr_rows.export_rows(db, target) == okr_rows.export_rows(db, source)

    bad = (
        "objective;key result;owner;department;start;target;unit;linked to\r\n"
        "Vokse;Flere kunder;Ingrid Solheim;;10;20;stk;\r\n"
        ";Uten mål;;;;;;\r\n"
        "Vokse;Mer omsetning;;;mye;20;;\r\n"
        "Lære;Kurs;Ukjent Person;Salg og marked;0;3;kurs;\r\n"
        "Avd;KR;;Salg og marked;0;1;;Finnes ikke\r\n"
    ).encode("cp1252")
    parsed = parse_okrs(bad)
    assert [(line, e.field) for line, e in parsed.errors] == [
        (3, Field.OBJECTIVE),
        (4, Field.NUMBER),
    ]
    errors = okr_rows.import_rows(db, target, parsed.rows)
    assert [(line, e.field) for line, e in errors] == [(5, Field.OWNER), (6, Field.OBJECTIVE)]
    assert any(o.statement == "Vokse" for o in okrs.list_objectives(db, target))
