"""Participants and departments in a real SQLite file."""

import pytest

from facilitator.domain.participant_csv import parse_participants
from facilitator.domain.validation import Field, Problem, ValidationError
from facilitator.store import participants as store


def test_add_and_list_in_order(db, meeting_id):
    store.add_participant(db, meeting_id, "Åse Ødegård", "ase@firma.no", "Salg")
    store.add_participant(db, meeting_id, "Bjørn <b>Kråkenes</b> 🎉", None, "Drift", present=False)
    people = store.list_participants(db, meeting_id)
    assert [(p.name, p.email, p.department.name, p.present) for p in people] == [
        ("Åse Ødegård", "ase@firma.no", "Salg", True),
        ("Bjørn <b>Kråkenes</b> 🎉", None, "Drift", False),
    ]
    # The pickers' names: the same people, by id, in list order.
    assert store.participant_names(db, meeting_id) == {p.id: p.name for p in people}
    assert list(store.participant_names(db, meeting_id).values()) == [p.name for p in people]
    # The group assignment's roster: name, department, here, in list order.
    assert [(r.id, r.name, r.department, r.present) for r in store.roster(db, meeting_id)] == [
        (p.id, p.name, p.department.name, p.present) for p in people
    ]


@pytest.mark.parametrize(
    ("name", "email", "field", "problem"),
    [
        ("  ", None, Field.PARTICIPANT_NAME, Problem.BLANK),
        ("Kari", "kari@", Field.EMAIL, Problem.INVALID),
        ("KARI  nordmann", None, Field.PARTICIPANT_NAME, Problem.DUPLICATE),
    ],
)
def test_bad_participants_are_refused_naming_the_field(db, meeting_id, name, email, field, problem):
    store.add_participant(db, meeting_id, "Kari Nordmann")
    with pytest.raises(ValidationError) as caught:
        store.add_participant(db, meeting_id, name, email)
    assert (caught.value.field, caught.value.problem) == (field, problem)
    assert len(store.list_participants(db, meeting_id)) == 1


def test_departments_are_derived_case_insensitively_and_editable(db, meeting_id):
    kari = store.add_participant(db, meeting_id, "Kari", department="Salg")
    store.add_participant(db, meeting_id, "Ola", department="salg")
    store.add_participant(db, meeting_id, "Per", department="IT")
    rows = store.list_departments(db, meeting_id)
    assert [(d.name, d.members) for d in rows] == [("IT", 1), ("Salg", 2)]
    salg = rows[1]
    store.set_manager(db, salg.id, kari)
    store.rename_department(db, salg.id, "Salg og marked")
    with pytest.raises(ValidationError):
        store.rename_department(db, salg.id, "it")
    rows = store.list_departments(db, meeting_id)
    assert (rows[1].name, rows[1].manager_name) == ("Salg og marked", "Kari")
    store.remove_department(db, rows[0].id)
    assert [p.department for p in store.list_participants(db, meeting_id) if p.name == "Per"] == [
        None
    ]


def test_removing_a_manager_clears_the_department_manager(db, meeting_id):
    kari = store.add_participant(db, meeting_id, "Kari", department="Salg")
    department = store.list_departments(db, meeting_id)[0]
    store.set_manager(db, department.id, kari)
    store.remove_participants(db, [kari])
    assert store.list_departments(db, meeting_id)[0].manager_id is None


def test_edits_validate(db, meeting_id):
    kari = store.add_participant(db, meeting_id, "Kari")
    store.add_participant(db, meeting_id, "Ola")
    with pytest.raises(ValidationError):
        store.rename_participant(db, kari, "ola")
    with pytest.raises(ValidationError):
        store.set_email(db, kari, "nope")
    store.rename_participant(db, kari, "Kari Nordmann")
    store.set_email(db, kari, "kari@firma.no")
    store.set_present(db, kari, False)
    [person] = [p for p in store.list_participants(db, meeting_id) if p.id == kari]
    assert (person.name, person.email, person.present) == ("Kari Nordmann", "kari@firma.no", False)


def test_import_adds_good_rows(db, meeting_id):
    store.add_participant(db, meeting_id, "Kari Nordmann")
    data = b"navn;e-post;avdeling\nKari Nordmann;;Salg\nOla Hansen;ola@firma.no;IT\n"
    result = parse_participants(data, store.existing_name_keys(db, meeting_id))
    assert store.import_participants(db, meeting_id, result.participants) == 1
    assert [e.line for e in result.errors] == [2]
    assert [p.name for p in store.list_participants(db, meeting_id)] == [
        "Kari Nordmann",
        "Ola Hansen",
    ]
