"""The leader types while the clicker moves the run: what they type lands on the speaker,
report or group the room sees now, never on the one before.

A meeting typed in by hand (not the demo): six people in two departments, a vision and a
value added on the setup page while the app is open.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.agenda import BlockKind
from facilitator.domain.run_steps import StepKind
from facilitator.store import evaluations, good_news
from facilitator.store import groups as group_store
from facilitator.store.participants import add_participant
from tests.ui.conftest import page_down_until, run_to_block
from tests.ui.typing_helpers import type_text

PEOPLE = (
    ("Åse Ødegård", "Drift"),
    ("Bjørn Kråkenes", "Drift"),
    ("Kari Nordmann", "Salg"),
    ("Li Wei 李伟", "Salg"),
    ("Ola Nordmann", "Drift"),
    ("Siri Dahl", "Salg"),
)


@pytest.fixture
def window(meeting_window, db, meeting_id):
    for name, department in PEOPLE:
        add_participant(db, meeting_id, name, department=department)
    meeting_window.load_meeting(meeting_id)
    meeting_window.show_run_page(0)
    return meeting_window


def _step(window):
    return window.steps.state().step


def _notes(db, meeting_id):
    """Each speaker's good news as stored."""
    queue = good_news.load_queue(db, meeting_id)
    return {t.label: good_news.speaker_notes(db, t.key).good_news for t in queue.turns}


def test_good_news_notes_follow_the_speaker_the_clicker_moves_to(qtbot, window, db, meeting_id):
    panel = window.blocks.good_news.good_news
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # block 1 starts with its first speaker
    turns = window.blocks.good_news.round.queue.turns
    first, second = turns[0].label, turns[1].label
    panel.good_news.setFocus()
    type_text(panel.good_news, "Ny kunde i Bergen")
    assert first in panel.speaker_label.text() and "speaking now" in panel.speaker_label.text()

    qtbot.keyClick(panel.good_news, Qt.Key.Key_PageDown)  # typed in the field, as a leader does
    assert QApplication.focusWidget() is panel.good_news  # still where the leader types
    assert second in panel.speaker_label.text() and "speaking now" in panel.speaker_label.text()
    assert panel.good_news.toPlainText() == ""
    type_text(panel.good_news, "Lansering 🚀 <b>&")
    panel.flush()

    notes = _notes(db, meeting_id)
    assert notes[first] == "Ny kunde i Bergen"
    assert notes[second] == "Lansering 🚀 <b>&"

    # PageUp: back to the first speaker; typing goes on at the end of their notes.
    qtbot.keyClick(panel.good_news, Qt.Key.Key_PageUp)
    assert first in panel.speaker_label.text()
    type_text(panel.good_news, "; to nye")
    panel.flush()
    assert _notes(db, meeting_id)[first] == "Ny kunde i Bergen; to nye"


def test_a_speaker_chosen_by_hand_stays_until_the_run_moves(qtbot, window, db, meeting_id):
    panel = window.blocks.good_news.good_news
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the second speaker
    turns = window.blocks.good_news.round.queue.turns
    panel.queue_box.select_row(0)  # the leader goes back to add to the first one's notes
    assert panel.speaker_label.text().startswith(turns[0].label)
    assert f"now: {turns[1].label}" in panel.speaker_label.text()
    window.controller.tick.emit(window.controller.view())  # a second passes: it stays
    assert panel.queue_box.selected_key() == turns[0].key
    type_text(panel.good_news, "Glemte å si: ISO-sertifisert")
    panel.flush()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the run moves on: the form follows it
    assert panel.queue_box.selected_key() == turns[2].key
    assert _notes(db, meeting_id)[turns[0].label] == "Glemte å si: ISO-sertifisert"


def test_the_report_form_follows_the_report_the_room_sees(qtbot, window, db, meeting_id):
    reports = window.blocks.okr_reporting.self_evaluations
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)
    page_down_until(qtbot, window, lambda: window.blocks.okr_reporting.round.started())
    turns = window.blocks.okr_reporting.round.queue.turns
    assert turns[0].label == "Fjordkraft Test AS"
    assert reports.entity.text().startswith("Fjordkraft Test AS")
    reports.score.setFocus()
    qtbot.keyClicks(reports.score, "7")  # typed, not yet confirmed with Enter

    qtbot.keyClick(reports.score, Qt.Key.Key_PageDown)  # the next report: a department
    assert reports.entity.text().startswith(turns[1].label)
    assert "reporting now" in reports.entity.text()
    assert reports.score.text() == ""
    qtbot.keyClicks(reports.score, "6")
    qtbot.keyClick(reports.score, Qt.Key.Key_Return)
    note = reports.notes[(next(iter(reports.notes))[0], "good")]
    note.setFocus()
    type_text(note, "Leverte på tid")
    reports.flush()

    scores = _scores(db, meeting_id)
    assert scores["Fjordkraft Test AS"] == 7  # kept for the company it was typed for
    assert scores[turns[1].label] == 6
    stored = window.blocks.okr_reporting.self_evaluations.controller.items[turns[1].key]
    assert any(good == "Leverte på tid" for good, _better in stored.notes.values())
    company = window.blocks.okr_reporting.self_evaluations.controller.items[turns[0].key]
    assert not any(good for good, _better in company.notes.values())


def _scores(db, meeting_id):
    """Each report's score as stored, by its label."""
    queue = evaluations.load_queue(db, meeting_id, "Fjordkraft Test AS")
    items = {item.id: item for item in evaluations.evaluation_items(db, meeting_id)}
    return {t.label: items[t.key].score for t in queue.turns}


def test_block_2_shows_the_statements_typed_on_the_setup_page_this_session(
    qtbot, window, db, meeting_id
):
    window.show_setup()
    company = window.setup_page.company
    window.setup_page.tabs.setCurrentWidget(company)
    company.vision.setFocus()
    type_text(company.vision, "Norges mest anbefalte kraftselskap")
    company.flush()
    company.value_edit.setFocus()
    type_text(company.value_edit, "Åpen")
    qtbot.keyClick(company.value_edit, Qt.Key.Key_Return)

    window.show_run_page(0)
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)
    step = _step(window)
    assert (step.kind, step.index) == (StepKind.STATEMENT, 0)
    assert "Norges mest anbefalte" in window.presenter.window.content_lines()[-1]
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert (_step(window).kind, _step(window).index) == (StepKind.STATEMENT, 1)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert _step(window).kind is StepKind.REPORTS


def test_the_flip_chart_follows_the_presenting_group(qtbot, window, db, meeting_id):
    groups = window.blocks.successes_learnings.groups
    run_to_block(qtbot, window, BlockKind.SUCCESSES_LEARNINGS)
    groups.low.setValue(3)
    groups.high.setValue(3)
    groups.assign()  # six people: two groups of three
    assert len(groups.controller.plans) == 2
    page_down_until(qtbot, window, lambda: window.blocks.successes_learnings.round.started())
    first, second = groups.controller.group_ids
    field = groups.flip_chart.inputs["success"]
    assert groups.flip_chart.group_id == first
    field.setFocus()
    type_text(field, "Første kunde")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    type_text(field, "Halvskrevet")  # not entered yet when the next group starts
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert groups.flip_chart.group_id == second
    assert groups.controller.names[1] in groups.flip_chart.title()
    type_text(field, "Nytt verktøy")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    first_notes = group_store.group_notes(db, first)["success"]
    second_notes = group_store.group_notes(db, second)["success"]
    assert [text for _, text in first_notes] == ["Første kunde", "Halvskrevet"]
    assert [text for _, text in second_notes] == ["Nytt verktøy"]
