"""A company's first meeting in the app reviews last quarter's OKRs entered by hand or by
CSV; they live in a record of the previous quarter that is never listed as a meeting."""

from __future__ import annotations

import pytest

from facilitator.domain.evaluation import progress
from facilitator.domain.okr_csv import UnreadableCsvError
from facilitator.domain.validation import Field
from facilitator.store import last_quarter, okr_review, okrs
from facilitator.store.evaluations import earlier_reports
from facilitator.store.meetings import latest_meeting_id, list_meetings
from facilitator.store.participants import add_participant

LAST_QUARTER_CSV = (
    "objective;key result;owner;department;start;target;unit;linked to;achieved;kr owner\r\n"
    "Vokse i Norden;Nye kunder;Kari Nordmann;;10;40;kunder;;34;Ola Salg\r\n"
    "Vokse i Norden;Omsetning;Kari Nordmann;;12,5;20;MNOK;;21\r\n"
    "Stabil drift;Oppetid;Per Hansen;Drift;99;99,9;%;;99,95\r\n"
    "Stabil drift;Færre feil;Per Hansen;Drift;40;10;feil;;\r\n"
    "Bedre salg;Møter;Sluttet Person;Salg;0;50;møter;;25\r\n"
    ";Uten mål;;;;;;;\r\n"
    "Feil tall;KR;;;mye;3;;;\r\n"
)


def test_a_first_meeting_has_nothing_to_review_until_last_quarter_is_entered(db, meeting_id):
    assert okr_review.objectives_under_review(db, meeting_id) == []
    assert last_quarter.review_meeting_id(db, meeting_id) is None  # nothing made by looking


def test_last_quarter_from_the_okr_csv_with_achieved_values(db, meeting_id, tmp_path):
    add_participant(db, meeting_id, "Kari Nordmann")
    path = tmp_path / "forrige kvartal.csv"
    path.write_bytes(LAST_QUARTER_CSV.encode("cp1252"))
    problems = last_quarter.import_file(db, meeting_id, path)
    assert [(line, error.field) for line, error in problems] == [
        (7, Field.OBJECTIVE),
        (8, Field.NUMBER),
    ]
    reviewed = okr_review.objectives_under_review(db, meeting_id)
    assert [(o.department.name if o.department else None, o.statement) for o in reviewed] == [
        (None, "Vokse i Norden"),
        ("Drift", "Stabil drift"),
        ("Salg", "Bedre salg"),
    ]
    growth = reviewed[0].key_results
    assert [(kr.start_value, kr.target_value, kr.achieved_value) for kr in growth] == [
        (10, 40, 34),
        (12.5, 20, 21),
    ]
    assert progress(10, 40, 34) == 0.8
    assert growth[0].owner.name == "Ola Salg" and growth[1].owner is None
    assert reviewed[2].owner.name == "Sluttet Person"  # kept, though no longer here

    record = last_quarter.review_meeting_id(db, meeting_id)
    assert record is not None and last_quarter.is_record(db, record)
    # The record is not a meeting: never listed, opened or followed up as one.
    assert [m.id for m in list_meetings(db)] == [meeting_id]
    assert latest_meeting_id(db) == meeting_id
    assert earlier_reports(db, meeting_id) == {}

    # A continued objective is carried into this meeting's new OKRs, owner and all.
    okr_review.mark_review(db, meeting_id, reviewed[0].id, "continued")
    [carried] = okrs.list_objectives(db, meeting_id)
    assert carried.statement == "Vokse i Norden" and carried.predecessor_id == reviewed[0].id
    assert carried.owner is not None and carried.owner.name == "Kari Nordmann"
    assert [(kr.start_value, kr.target_value) for kr in carried.key_results] == [
        (34, 40),
        (21, 20),
    ]


def test_last_quarter_by_hand_goes_into_the_same_record(db, meeting_id, tmp_path):
    company = last_quarter.add_objective(db, meeting_id, "Fornøyde kunder", None)
    drift = last_quarter.add_objective(db, meeting_id, "Stabil drift", "Drift")
    okrs.add_key_result(db, company, "NPS", 30, 50, "poeng", achieved=44)
    record = last_quarter.review_meeting_id(db, meeting_id)
    path = tmp_path / "more.csv"
    path.write_text("objective;key result;start;target;achieved\nMer;KR;1;2;2\n", "utf-8")
    assert last_quarter.import_file(db, meeting_id, path) == []
    assert last_quarter.review_meeting_id(db, meeting_id) == record  # one record, not two
    names = [o.statement for o in okr_review.objectives_under_review(db, meeting_id)]
    assert names == ["Fornøyde kunder", "Mer", "Stabil drift"]
    assert drift in [o.id for o in okr_review.objectives_under_review(db, meeting_id)]


def test_a_file_that_is_no_okr_list_is_refused_whole(db, meeting_id, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name;email\nKari;kari@example.no\n", "utf-8")
    with pytest.raises(UnreadableCsvError):
        last_quarter.import_file(db, meeting_id, path)
    assert last_quarter.review_meeting_id(db, meeting_id) is None
