"""Every table model passes Qt's model tester with the demo meeting loaded."""

from datetime import datetime

from facilitator.store.agenda import load_blocks
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
    agenda.set_blocks(start, load_blocks(db, meeting_id), {}, 2)
    meetings = MeetingListModel(list_meetings(db))
    for model in (participants, departments, values, agenda, meetings):
        qtmodeltester.check(model, force_py=True)
    assert participants.rowCount() == 14 and departments.rowCount() == 3
    assert values.rowCount() == 4 and agenda.rowCount() == 6 and meetings.rowCount() == 2
    assert participants.present_count() == 13
