"""The conversation blocks: good-news queue, shout-outs, vision, closing, summary."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from facilitator.domain.agenda import BlockKind
from facilitator.domain.timer import TimerState
from facilitator.store import agenda, good_news, meetings, records
from facilitator.store.participants import add_participant
from tests.ui.conftest import press, run_to_block
from tests.ui.typing_helpers import type_text


@pytest.fixture
def people(db, meeting_id):
    ids = {}
    for name, present in (
        ("Åse Ødegård", True),
        ("Bjørn Kråkenes", True),
        ("Ørjan Bø", False),
        ("Kari Nordmann", True),
    ):
        ids[name] = add_participant(db, meeting_id, name, present=present)
    return ids


@pytest.fixture
def window(meeting_window, people, meeting_id):
    meeting_window.load_meeting(meeting_id)
    meeting_window.show_run_page(0)
    return meeting_window


def _answer(monkeypatch, answer):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_speaker_queue_advance_skip_reorder_and_timer(
    qtbot, window, clock, db, meeting_id, monkeypatch
):
    panel = window.blocks.good_news.good_news
    presenter = window.presenter.window
    window.toggle_presenter()
    press(qtbot, window, Qt.Key.Key_Space)  # block 1 starts: the queue is built
    assert panel.keys_in_view() and [
        t.label for t in window.blocks.good_news.round.queue.turns
    ] == [
        "Åse Ødegård",
        "Bjørn Kråkenes",
        "Kari Nordmann",
    ]  # the absent one is left out
    assert window.blocks.good_news.round.queue.seconds_per_turn == 200  # 10 min / 3
    panel.minutes.setTime(QTime(0, 2, 30))
    clock.advance(40)
    window.controller.refresh()
    assert presenter.speaker_view.name.text() == "Åse Ødegård"
    assert presenter.speaker_view.countdown.text() == "01:50"
    assert presenter.speaker_view.following.text() == "Next: Bjørn Kråkenes"

    # Move Kari before Bjørn, then skip Bjørn.
    panel.list.setCurrentIndex(panel.speakers.index(2, 0))
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [t.label for t in window.blocks.good_news.round.queue.turns][1] == "Kari Nordmann"
    panel.list.setCurrentIndex(panel.speakers.index(2, 0))
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)

    qtbot.keyClick(window, Qt.Key.Key_Right)  # next speaker, not next block
    window.controller.refresh()
    assert presenter.speaker_view.name.text() == "Kari Nordmann"
    assert presenter.speaker_view.countdown.text() == "02:30"
    assert window.controller.run.current.kind is BlockKind.GOOD_NEWS

    qtbot.keyClick(window, Qt.Key.Key_Right)  # after the last speaker: asked inline
    hint = window.run_page.step_hint.text()
    assert "last turn" in hint and "OKR reporting" in hint
    assert window.controller.run.current.kind is BlockKind.GOOD_NEWS
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # taken back
    assert "last turn" not in window.run_page.step_hint.text()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # asked again, and confirmed
    assert window.controller.run.current.kind is BlockKind.OKR_REPORTING
    states = {b.kind: b.timer.state for b in agenda.load_blocks(db, meeting_id)}
    assert states[BlockKind.GOOD_NEWS] is TimerState.DONE
    turns = good_news.load_queue(db, meeting_id).turns
    assert [t.skipped for t in turns] == [False, False, True]
    assert all(t.done for t in turns if not t.skipped)


def test_speaker_notes_save_as_typed(qtbot, window, db, meeting_id):
    panel = window.blocks.good_news.good_news
    window.blocks.good_news.round.build()
    panel.list.setCurrentIndex(panel.speakers.index(1, 0))
    assert panel.speaker_label.text() == "Bjørn Kråkenes"
    panel.good_news.setFocus()
    type_text(panel.good_news, "Ny avtale <signert> 🎉")
    qtbot.waitUntil(
        lambda: any(
            i.good_news == "Ny avtale <signert> 🎉" for i in good_news.list_items(db, meeting_id)
        )
    )


def test_shout_out_capture_remove_and_undo(qtbot, window, db, meeting_id, people):
    panel = window.blocks.good_news.good_news.shout_outs
    type_text(panel.inputs["praised"], "Lageret på Ågotnes")
    type_text(panel.inputs["reason"], "Helgejobb med 40 invertere")
    by = panel.inputs["praised_by_id"]
    by.setCurrentIndex(by.findData(people["Åse Ødegård"]))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [row] = records.list_records(db, records.SHOUT_OUTS, meeting_id)
    assert row.values == {
        "praised": "Lageret på Ågotnes",
        "reason": "Helgejobb med 40 invertere",
        "praised_by_id": people["Åse Ødegård"],
    }
    assert panel.model.index(0, 2).data() == "Åse Ødegård"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert panel.message.text() == "Praise for must not be empty."

    panel.select_row(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert records.list_records(db, records.SHOUT_OUTS, meeting_id) == []
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [
        r.values["praised"] for r in records.list_records(db, records.SHOUT_OUTS, meeting_id)
    ] == ["Lageret på Ågotnes"]


def test_vision_and_values_step_on_the_presenter(qtbot, window, db, meeting_id):
    meetings.update_profile_text(db, meeting_id, "vision", "Ren energi i hvert hjem")
    meetings.update_profile_text(db, meeting_id, "mission", "Vi gjør solenergi enkelt")
    meetings.add_value(db, meeting_id, "Modig")
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)
    panel = window.blocks.okr_reporting.vision_values
    assert panel.model.rowCount() == 3
    statement = window.presenter.window.statement_view
    assert statement.caption.text() == "Vision"  # block 2 opens with the first statement
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert statement.caption.text() == "Mission"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert (statement.caption.text(), statement.text.text()) == (
        "Vision",
        "Ren energi i hvert hjem",
    )
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert (statement.caption.text(), statement.text.text()) == ("Value 1 of 1", "Modig")
    assert panel.show_button.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # on to the reports: the statement is gone
    presenter = window.presenter.window
    assert presenter.content.currentWidget() is presenter.report_view
    assert not panel.show_button.isChecked()


def test_declaring_the_quarter_closed(qtbot, window, clock, db, meeting_id):
    window.toggle_presenter()
    run_to_block(qtbot, window, BlockKind.CLOSING_QUARTER)
    panel = window.blocks.closing.closing
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # feedback → reflections
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # asked inline, not in a dialog
    assert "declares the quarter closed" in window.run_page.step_hint.text()
    assert meetings.get_meeting(db, meeting_id).quarter_closed_at is None
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # taken back
    assert meetings.get_meeting(db, meeting_id).quarter_closed_at is None
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)  # the button is a yes
    assert meetings.get_meeting(db, meeting_id).quarter_closed_at == clock.now()
    card = window.presenter.window.closing_card
    assert card.isVisible()
    assert card.company.text() == "Fjordkraft Test AS · 2026 Q4"
    assert card.headline.text() == "The quarter is closed"
    assert not panel.close_button.isEnabled() and "declared closed at" in panel.status.text()
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # back: the declaration is taken back
    assert meetings.get_meeting(db, meeting_id).quarter_closed_at is None
    assert not card.isVisible()


def test_action_items_with_owner_and_due_date(qtbot, window, db, meeting_id, people):
    window.show_run_page(5)
    panel = window.blocks.summary.summary.action_items
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Action must not be empty."
    type_text(panel.inputs["what"], "Send rosen videre")
    owner = panel.inputs["owner_id"]
    owner.setCurrentIndex(owner.findData(people["Kari Nordmann"]))
    panel.inputs["due_date"].setDate(QDate(2026, 12, 10))
    qtbot.keyClick(panel.inputs["what"], Qt.Key.Key_Return)
    [row] = records.list_records(db, records.ACTION_ITEMS, meeting_id)
    assert row.values == {
        "what": "Send rosen videre",
        "owner_id": people["Kari Nordmann"],
        "due_date": date(2026, 12, 10),
    }
    assert panel.model.index(0, 2).data() == "10.12.2026"
    # A due date before the meeting (3 December) is refused with a message.
    assert not panel.model.setData(panel.model.index(0, 2), QDate(2026, 11, 30))
    assert panel.message.text() == (
        "Due date: 30.11.2026 is before the meeting; choose a later date."
    )
    assert records.list_records(db, records.ACTION_ITEMS, meeting_id)[0].values["due_date"] == date(
        2026, 12, 10
    )


def test_summary_texts_save_as_typed(qtbot, window, db, meeting_id):
    window.show_run_page(5)
    edit = window.blocks.summary.summary.texts["most_value"]
    edit.setFocus()
    type_text(edit, "Gruppearbeidet på tvers")
    qtbot.waitUntil(
        lambda: meetings.get_meeting(db, meeting_id).most_value == "Gruppearbeidet på tvers"
    )


def test_every_step_of_a_block_is_named_by_that_block_in_the_meetings_words(window):
    """Each step kind but the break and the end (named by the run page) has one block that
    names it; a statement step carries its number."""
    from facilitator.domain.run_steps import Step, StepKind

    named = {}
    for block in window.blocks.blocks.values():
        for kind in block.step_titles:
            assert kind not in named, kind  # one block names each step
            named[kind] = block.step_title(Step(block.kind, kind, 1))
    assert set(named) == set(StepKind) - {StepKind.BREAK, StepKind.ENDED}
    assert named[StepKind.STATEMENT] == "Vision, mission and values: statement 2"
    assert named[StepKind.SPEAKERS] == "Good news, speaker by speaker"
    assert all(title and "{" not in title for title in named.values())
