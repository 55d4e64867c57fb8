"""Two laptops on one meeting: an edit made over another laptop's edit is caught, never
written silently; an edit of a value nobody else touched goes through."""

from __future__ import annotations

import pytest

from facilitator.domain.evaluation import Dimension
from facilitator.store import evaluations, okrs
from facilitator.store.database import open_database
from facilitator.store.errors import EditConflictError


@pytest.fixture
def other_laptop(db):
    """A second, independent connection to the same database (the other laptop)."""
    other = open_database(db.path)
    yield other
    other.close()


def _evaluation(db, meeting_id):
    evaluations.ensure_evaluations(db, meeting_id)
    return evaluations.evaluation_items(db, meeting_id)[0]


def test_a_score_changed_by_another_laptop_is_a_conflict_naming_both(db, other_laptop, meeting_id):
    shown = _evaluation(db, meeting_id)
    evaluations.set_score(other_laptop, shown.id, "7", seen=shown.score)
    with pytest.raises(EditConflictError) as caught:
        evaluations.set_score(db, shown.id, "5", seen=shown.score)
    assert (caught.value.theirs, caught.value.yours) == (7, 5)
    assert _evaluation(db, meeting_id).score == 7  # nothing was written
    # Choosing "keep mine" writes again over what is now known to be theirs.
    evaluations.set_score(db, shown.id, "5", seen=caught.value.theirs)
    assert _evaluation(other_laptop, meeting_id).score == 5


def test_the_same_value_written_twice_is_no_conflict(db, other_laptop, meeting_id):
    shown = _evaluation(db, meeting_id)
    evaluations.set_score(other_laptop, shown.id, "8", seen=shown.score)
    evaluations.set_score(db, shown.id, "8", seen=shown.score)
    assert _evaluation(db, meeting_id).score == 8


def test_notes_conflict_per_field_not_per_row(db, other_laptop, meeting_id):
    shown = _evaluation(db, meeting_id)
    evaluations.set_note(other_laptop, shown.id, Dimension.EXECUTION, "good", "Leverte alt", "")
    # Another field of the same row: no conflict, both edits are kept.
    evaluations.set_note(db, shown.id, Dimension.EXECUTION, "better", "Planlegging 📅", "")
    with pytest.raises(EditConflictError) as caught:
        evaluations.set_note(db, shown.id, Dimension.EXECUTION, "good", "<b>Bra</b>", "")
    assert caught.value.theirs == "Leverte alt"
    notes = _evaluation(db, meeting_id).notes[Dimension.EXECUTION.value]
    assert notes == ("Leverte alt", "Planlegging 📅")


def test_a_key_result_edited_on_two_laptops(db, other_laptop, meeting_id):
    objective = okrs.add_objective(db, meeting_id, "Fornøyde kunder")
    kr = okrs.add_key_result(db, objective, "NPS over 40", start=20, target=40)
    okrs.update_key_result(other_laptop, kr, "achieved_value", "35", seen=None)
    with pytest.raises(EditConflictError) as caught:
        okrs.update_key_result(db, kr, "achieved_value", "30", seen=None)
    assert caught.value.theirs == 35
    okrs.update_objective(other_laptop, objective, "statement", "Svært fornøyde kunder")
    with pytest.raises(EditConflictError):
        okrs.update_objective(db, objective, "statement", "Lojale kunder", seen="Fornøyde kunder")


def test_edits_without_a_seen_value_write_as_before(db, other_laptop, meeting_id):
    shown = _evaluation(db, meeting_id)
    evaluations.set_score(other_laptop, shown.id, "7")
    evaluations.set_score(db, shown.id, "4")
    assert _evaluation(other_laptop, meeting_id).score == 4


def test_a_write_racing_another_between_read_and_write_is_read_again(db, other_laptop, meeting_id):
    """The row's version: the other laptop commits after this one read the row and before
    it wrote; the write is not made over it but read again, and then seen as a conflict."""
    if not db.shared:
        pytest.skip("SQLite serialises writers: the racing write fails as 'locked' instead")
    from facilitator.store.conflicts import check_seen, once_more_on_race
    from facilitator.store.models import SelfEvaluation

    shown = _evaluation(db, meeting_id)
    attempts = []

    def write() -> None:
        with db.session() as session:
            evaluation = session.get_one(SelfEvaluation, shown.id)
            if not attempts:  # the other laptop slips in between our read and our write
                evaluations.set_score(other_laptop, shown.id, "9")
            attempts.append(evaluation.version)
            check_seen("score", evaluation.score, None, 3)
            evaluation.score = 3

    with pytest.raises(EditConflictError) as caught:
        once_more_on_race(write)
    assert caught.value.theirs == 9
    assert attempts[1] == attempts[0] + 1  # read again after the other write
