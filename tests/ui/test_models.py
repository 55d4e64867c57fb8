"""Every table model passes Qt's model tester with the demo meeting loaded."""

from datetime import datetime

from PySide6.QtCore import Qt

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakSlot
from facilitator.domain.schedule import in_order
from facilitator.store.agenda import load_blocks, load_breaks
from facilitator.store.demo import create_demo_meeting
from facilitator.store.meetings import get_meeting, list_meetings
from facilitator.ui.models.agenda_model import AgendaListModel
from facilitator.ui.models.departments_model import DepartmentTableModel
from facilitator.ui.models.meetings_model import MeetingListModel
from facilitator.ui.models.participants_model import ParticipantTableModel
from facilitator.ui.models.values_model import ValuesListModel


def test_models_pass_the_model_tester(qtmodeltester, db):
    meeting_id = create_demo_meeting(db)
    participants = ParticipantTableModel(db)
    participants.set_meeting(meeting_id)
    departments = DepartmentTableModel(db)
    departments.set_meeting(meeting_id)
    values = ValuesListModel(db)
    values.set_meeting(meeting_id)
    agenda = AgendaListModel()
    meeting = get_meeting(db, meeting_id)
    start = datetime.combine(meeting.meeting_date, meeting.start_time)
    items = in_order(load_blocks(db, meeting_id), load_breaks(db, meeting_id))
    agenda.set_items(start, items, {}, BlockKind.SUCCESSES_LEARNINGS)
    meetings = MeetingListModel(list_meetings(db))
    for model in (participants, departments, values, agenda, meetings):
        qtmodeltester.check(model, force_py=True)
    assert participants.rowCount() == 14 and departments.rowCount() == 3
    assert values.rowCount() == 4 and meetings.rowCount() == 2
    # The six blocks with the demo's coffee break after block 2 and lunch after block 4.
    assert agenda.rowCount() == 8
    assert agenda.row_of(BreakSlot(BlockKind.OKR_REPORTING)) == 2
    assert agenda.row_of(BlockKind.SUCCESSES_LEARNINGS) == 3
    coffee = agenda.index(2)
    assert coffee.data().splitlines()[0] == "✓ ☕ Coffee break"
    assert coffee.data(AgendaListModel.KindRole) is None
    assert coffee.flags() & Qt.ItemFlag.ItemIsSelectable  # it opens the break's briefing
    assert coffee.data(AgendaListModel.BreakAfterRole) == BlockKind.OKR_REPORTING.value
    # A screen reader hears words, not the glyphs: done, and which row is the current one.
    spoken = coffee.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Coffee break, done") and "☕" not in spoken and "✓" not in spoken
    current = agenda.index(3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert current.startswith("3. Successes and learnings, current block")
    assert participants.present_count() == 13


def test_the_review_and_follow_up_models_pass_the_model_tester(qtmodeltester, db):
    from facilitator.ui.blocks.okr_reporting.review_model import ReviewModel
    from facilitator.ui.blocks.parts.follow_up_model import FollowUpModel

    meeting_id = create_demo_meeting(db)
    review = ReviewModel(db)
    review.show_entity(meeting_id, None)
    follow_ups = FollowUpModel(db)
    follow_ups.load(meeting_id)
    for model in (review, follow_ups):
        qtmodeltester.check(model, force_py=True)
    assert review.rowCount() == 5 and follow_ups.rowCount() == 3  # 2 objectives, 3 KRs
    assert follow_ups.index(1, FollowUpModel.STATUS).data() == "Moved to this quarter"


def test_the_record_tables_pass_the_model_tester(qtmodeltester, db):
    from datetime import date

    from facilitator.store.participants import list_participants
    from facilitator.store.records import ACTION_ITEMS, FEEDBACK, Kind
    from facilitator.ui.records.record_model import Column, RecordTableModel

    meeting_id = create_demo_meeting(db)
    people = {p.id: p.name for p in list_participants(db, meeting_id)}

    def choices(kind: Kind) -> dict[int, str]:
        return people if kind is Kind.PERSON else {}

    feedback = RecordTableModel(
        db,
        FEEDBACK,
        [
            Column("from_id", "From", Kind.PERSON, "(from)"),
            Column("to_id", "To", Kind.PERSON, "Everyone"),
            Column("text", "Feedback", Kind.REQUIRED),
        ],
        choices,
    )
    feedback.set_meeting(meeting_id)
    actions = RecordTableModel(
        db,
        ACTION_ITEMS,
        [
            Column("what", "Action", Kind.REQUIRED),
            Column("owner_id", "Owner", Kind.PERSON, "(owner)"),
            Column("due_date", "Due", Kind.DATE, "No due date"),
        ],
        choices,
    )
    actions.set_meeting(meeting_id)
    for model in (feedback, actions):
        qtmodeltester.check(model, force_py=True)
    assert feedback.rowCount() == 3 and actions.rowCount() == 4
    assert feedback.index(0, 1).data() == "Everyone"  # the first is to the whole group
    assert actions.index(0, 2).data() == "18.12.2026"
    assert actions.index(0, 2).data(Qt.ItemDataRole.EditRole).toPython() == date(2026, 12, 18)
