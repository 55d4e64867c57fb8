"""Block 3: assigning groups, late changes, roles, flip charts and the presentation round."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from facilitator.domain.agenda import BlockKind
from facilitator.domain.groups import Mode
from facilitator.store import groups as store
from facilitator.store.participants import add_participant, set_present
from facilitator.ui.blocks.successes_learnings.groups_panel import ItemRole
from tests.ui.conftest import run_to_block
from tests.ui.typing_helpers import type_text


@pytest.fixture
def people(db, meeting_id):
    ids = []
    for i in range(11):
        ids.append(
            add_participant(
                db,
                meeting_id,
                f"Person {i} Ødegård",
                department=("Salg", "Drift", "Økonomi")[i % 3],
            )
        )
    set_present(db, ids[-1], False)  # arrives late
    return ids


@pytest.fixture
def groups_window(meeting_window, people, meeting_id):
    meeting_window.load_meeting(meeting_id)
    meeting_window.show_run_page(2)
    return meeting_window


def _sizes(db, meeting_id):
    return [len(g.members) for g in store.list_groups(db, meeting_id)]


def test_assign_mixed_reshuffle_and_undo(qtbot, groups_window, db, meeting_id):
    panel = groups_window.blocks.successes_learnings.groups
    assert "No groups yet" in panel.summary.text()
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert sorted(_sizes(db, meeting_id)) == [5, 5]  # ten present: the fewest even groups
    first = [sorted(m.participant_id for m in g.members) for g in store.list_groups(db, meeting_id)]
    for group in store.list_groups(db, meeting_id):
        assert group.scribe_id and group.presenter_id and group.scribe_id != group.presenter_id
    assert panel.summary.text().startswith("10 people in 2 groups of 5")
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)  # reshuffle
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert [
        sorted(m.participant_id for m in g.members) for g in store.list_groups(db, meeting_id)
    ] == first


def test_too_few_people_is_said_clearly(qtbot, groups_window, db, people):
    for person in people[2:]:
        set_present(db, person, False)
    panel = groups_window.blocks.successes_learnings.groups
    panel.controller.reload()
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert panel.message.is_error() and "at least 3 people" in panel.message.text()


def test_late_arrival_leaver_lock_and_roles(
    qtbot, groups_window, db, meeting_id, people, monkeypatch
):
    panel = groups_window.blocks.successes_learnings.groups
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    before = _sizes(db, meeting_id)
    set_present(db, people[-1], True)
    panel.controller.reload()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Person 10 Ødegård", True))
    qtbot.mouseClick(panel.late_button, Qt.MouseButton.LeftButton)
    after = _sizes(db, meeting_id)
    assert sum(after) == 11
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(changed) == 1 and before[changed[0]] == min(before)  # the smallest grew

    # Lock someone in group 1, reshuffle in manual mode: they stay.
    group_item = panel.model.item(0)
    person_index = panel.model.indexFromItem(group_item.child(0))
    locked = person_index.data(Qt.ItemDataRole.UserRole + 1)[1]
    panel.tree.setCurrentIndex(person_index)
    qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
    panel.mode.setCurrentIndex(panel.mode.findData(Mode.MANUAL.value))
    for _ in range(3):
        qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
        first = store.list_groups(db, meeting_id)[0]
        assert locked in [m.participant_id for m in first.members]

    person_index = panel.model.indexFromItem(panel.model.item(1).child(0))
    chosen = person_index.data(Qt.ItemDataRole.UserRole + 1)[1]
    panel.tree.setCurrentIndex(person_index)
    qtbot.mouseClick(panel.scribe_button, Qt.MouseButton.LeftButton)
    assert store.list_groups(db, meeting_id)[1].scribe_id == chosen

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Person 10 Ødegård", True))
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    assert sum(_sizes(db, meeting_id)) == 10


def test_flip_chart_and_presentation_round(
    qtbot, groups_window, db, meeting_id, clock, monkeypatch
):

    window = groups_window
    panel = window.blocks.successes_learnings.groups
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    panel.tree.setCurrentIndex(panel.model.indexFromItem(panel.model.item(0)))
    chart = panel.flip_chart
    type_text(chart.inputs["success"], "212 anlegg <3")
    qtbot.keyClick(chart.inputs["success"], Qt.Key.Key_Return)
    type_text(chart.inputs["learning"], "Dele mer på tvers")
    qtbot.keyClick(chart.inputs["learning"], Qt.Key.Key_Return)
    notes = store.list_groups(db, meeting_id)[0].notes
    assert [(n.kind, n.text) for n in notes] == [
        ("success", "212 anlegg <3"),
        ("learning", "Dele mer på tvers"),
    ]

    # Run block 3: the groups, group work, then each group's presenter in turn.
    window.toggle_presenter()
    run = window.controller
    run_to_block(qtbot, window, BlockKind.SUCCESSES_LEARNINGS)
    presenter = window.presenter.window
    assert presenter.content.currentWidget() is presenter.groups_view  # the groups first
    qtbot.mouseClick(panel.work_button, Qt.MouseButton.LeftButton)  # or PageDown
    clock.advance(60)
    run.refresh()
    assert presenter.content.currentWidget() is presenter.groups_view
    assert presenter.groups_view.caption.text().startswith("Group work ·")
    assert presenter.countdown.text() == "11:00"  # the group work's time is the big number
    assert len(presenter.groups_view.card_labels) == 2
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the presentations begin
    run.refresh()
    first = store.list_groups(db, meeting_id)[0]
    assert presenter.speaker_view.name.text() == f"{first.name} — {first.presenter.name}"
    assert presenter.countdown.text() != "11:00"  # the block's own time again
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert presenter.speaker_view.name.text().startswith(store.list_groups(db, meeting_id)[1].name)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # after the last group: asked inline
    assert run.run.current.kind.value == "successes_learnings"
    qtbot.keyClick(window, Qt.Key.Key_Right)  # and moved on
    assert run.run.current.kind.value == "closing_quarter"


def test_department_breakout_in_block_2(qtbot, groups_window, db, meeting_id):
    window = groups_window
    window.show_run_page(1)
    panel = window.blocks.okr_reporting.breakout
    rows = panel.model.stringList()
    assert [row.split(" (")[0] for row in rows] == ["Salg", "Drift", "Økonomi"]  # largest first
    assert panel.flags.text() == ""  # 3–4 each: no flag
    for i in range(6):
        add_participant(db, meeting_id, f"Ny {i}", department="Salg")
    window.load_meeting(meeting_id)
    assert panel.flags.text() == ""  # a department of 10 breaks out as it is
    window.toggle_presenter()
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)
    panel.show_button.setChecked(True)
    presenter = window.presenter.window
    assert presenter.content.currentWidget() is presenter.groups_view
    assert len(presenter.groups_view.card_labels) == 3

    # A department of two breaks out on its own too; joining another is only suggested.
    for name in ("Leder 1", "Leder 2"):
        add_participant(db, meeting_id, name, department="Ledelse")
    window.load_meeting(meeting_id)
    assert panel.flags.text() == "Ledelse (2) can break out on its own, or join Drift."


def test_group_names_follow_the_meetings_language(qtbot, groups_window, db, meeting_id):
    from facilitator.store.models import Meeting

    with db.session() as session:
        session.get_one(Meeting, meeting_id).language = "nb"  # minutes in Norwegian
    groups_window.load_meeting(meeting_id)
    panel = groups_window.blocks.successes_learnings.groups
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    names = [g.name for g in store.list_groups(db, meeting_id)]
    assert names and all(name.startswith("Gruppe ") for name in names)  # UI in English


def test_a_person_dragged_to_another_group_is_saved_there(qtbot, groups_window, db, meeting_id):
    """What the tree view does on an internal move: drop the dragged row's data on the
    other group, then remove the original row."""
    panel = groups_window.blocks.successes_learnings.groups
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    model = panel.model
    source_group, target_group = model.index(0, 0), model.index(1, 0)
    dragged = model.index(0, 0, source_group)
    kind, person_id = dragged.data(ItemRole)
    assert kind == "person"
    mime = model.mimeData([dragged])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target_group)
    with qtbot.waitSignal(model.rowsRemoved):
        model.removeRow(0, source_group)
    groups = store.list_groups(db, meeting_id)
    assert person_id in {m.participant_id for m in groups[1].members}
    assert person_id not in {m.participant_id for m in groups[0].members}
    assert [len(g.members) for g in groups] == [4, 6]


def test_a_flip_chart_line_removed_comes_back_with_ctrl_z(qtbot, groups_window, db, meeting_id):
    panel = groups_window.blocks.successes_learnings.groups
    chart = panel.flip_chart
    chart.inputs["success"].setText("Skrevet før gruppene fantes")
    chart.add("success")  # no group chosen: said, and the text is kept
    assert panel.message.text() == "Choose the group this goes to first; the text is kept."
    assert chart.inputs["success"].text() == "Skrevet før gruppene fantes"
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    panel.tree.setCurrentIndex(panel.model.indexFromItem(panel.model.item(0)))
    for text in ("Ny kunde", "Appen lansert"):
        chart.inputs["success"].setText(text)
        qtbot.keyClick(chart.inputs["success"], Qt.Key.Key_Return)
    group_id = store.list_groups(db, meeting_id)[0].id
    chart.lists["success"].setCurrentIndex(chart.models["success"].index(0))
    qtbot.mouseClick(chart.remove_button, Qt.MouseButton.LeftButton)
    assert chart.models["success"].stringList() == ["Appen lansert"]
    assert [t for _, t in store.group_notes(db, group_id)["success"]] == ["Appen lansert"]
    chart.lists["success"].setFocus()
    qtbot.keyClick(chart.lists["success"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(chart.models["success"].stringList()) == ["Appen lansert", "Ny kunde"]
    assert sorted(t for _, t in store.group_notes(db, group_id)["success"]) == [
        "Appen lansert",
        "Ny kunde",
    ]
