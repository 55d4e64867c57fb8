"""Last quarter in and decisions out, through the control window: a first meeting enters
last quarter's OKRs by hand and by CSV and finds the review in the minutes; block 5 gets
the strategic priorities, key-result owners, the quarter the OKRs are for, and approval."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from facilitator.domain.agenda import BlockKind
from facilitator.domain.run_steps import StepKind
from facilitator.report.document import write_minutes_pdf
from facilitator.store import last_quarter, okr_review, okrs
from facilitator.store.minutes import load_minutes
from facilitator.store.participants import add_participant
from facilitator.ui.blocks.new_okrs.room_screen import SHOW_PRIORITIES
from facilitator.ui.blocks.okr_reporting.review_model import ReviewModel
from tests.ui.conftest import page_down_until, run_to_block
from tests.ui.typing_helpers import type_text

CSV = (
    "objective;key result;owner;department;start;target;unit;achieved\n"
    "Stabil drift;Oppetid;Per Berg;Drift;99;99,9;%;99,95\n"
    "Stabil drift;Færre feil;Per Berg;Drift;40;10;feil;25\n"
)


def _staff(db, meeting_id) -> dict[str, int]:
    return {
        "Kari Nordmann": add_participant(db, meeting_id, "Kari Nordmann"),
        "Per Berg": add_participant(db, meeting_id, "Per Berg", department="Drift"),
    }


def _open_editor(table) -> QLineEdit:
    [editor] = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def _type_over(qtbot, table, text: str) -> None:
    editor = _open_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the editor's text once the key press has been handled.
    qtbot.waitUntil(lambda: table.state() is not QAbstractItemView.State.EditingState)


def _type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Go to a cell, open it with F2, type over it and press Enter, as a leader would."""
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    _type_over(qtbot, table, text)


def _tree_text(panel, *rows: int) -> str:
    """The text of a row under the company root (objective, then key result)."""
    model = panel.model
    index = model.index(0, 0)
    for row in rows:
        index = model.index(row, 0, index)
    return index.data()


def test_a_first_meeting_enters_last_quarter_and_finds_the_review_in_the_minutes(
    qtbot, meeting_window, db, meeting_id, tmp_path
):
    _staff(db, meeting_id)
    window = meeting_window
    window.load_meeting(meeting_id)
    window.show_run_page(1)
    reports = window.blocks.okr_reporting.self_evaluations
    window.blocks.okr_reporting.tabs.setCurrentWidget(reports)
    box = reports.review_box
    reports.queue_box.select_row(0)  # the company reports first
    assert box.empty_hint.isVisible() and not box.table.isVisible()

    # By hand: an objective, a key result with its plan and what was achieved.
    qtbot.mouseClick(box.add_objective_button, Qt.MouseButton.LeftButton)
    _type_over(qtbot, box.table, "Fornøyde kunder")  # the new row opens for typing
    qtbot.mouseClick(box.add_kr_button, Qt.MouseButton.LeftButton)
    _type_over(qtbot, box.table, "NPS")
    _type_into_cell(qtbot, box.table, 1, ReviewModel.PLAN, "30 -> 50 poeng")
    _type_into_cell(qtbot, box.table, 1, ReviewModel.ACHIEVED, "44")
    kr_row = box.model.item_at(1)
    assert (kr_row.start_value, kr_row.target_value, kr_row.achieved_value) == (30, 50, 44)
    assert box.model.index(1, ReviewModel.PROGRESS).data() == "70%"
    _type_into_cell(qtbot, box.table, 1, ReviewModel.PLAN, "tretti til femti")
    assert box.message.text() == "“tretti til femti” is not a number."
    assert "Key results reached 70% of their targets" in reports.earlier.text()

    # By CSV: the department's objective with its values achieved.
    path = tmp_path / "Q3.csv"
    path.write_text(CSV, encoding="utf-8")
    assert box.import_file(path) == []
    reviewed = okr_review.objectives_under_review(db, meeting_id)
    assert [(o.department.name if o.department else None, o.statement) for o in reviewed] == [
        (None, "Fornøyde kunder"),
        ("Drift", "Stabil drift"),
    ]
    nps = reviewed[0].key_results[0]
    assert (nps.statement, nps.start_value, nps.target_value, nps.unit, nps.achieved_value) == (
        "NPS",
        30,
        50,
        "poeng",
        44,
    )
    assert reviewed[1].owner.name == "Per Berg"
    box.model.setData(box.model.index(0, ReviewModel.STATUS), "achieved")

    data = load_minutes(db, meeting_id)
    assert data.review_quarter == "2026 Q3"  # the quarter before the meeting's 2026 Q4
    pdf = write_minutes_pdf(data, tmp_path / "minutes.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    review = text[text.index("Last quarter's OKRs (2026 Q3): the review") :]
    assert "Fornøyde kunder — Achieved" in review
    assert "NPS 30 → 50 poeng 44 poeng 70%" in review
    assert "Department: Drift" in review and "Stabil drift — —" in review
    assert "Færre feil 40 → 10 feil 25 feil 50%" in review
    assert last_quarter.is_record(db, last_quarter.review_meeting_id(db, meeting_id))


def test_block_5_priorities_owners_quarter_and_approval(
    qtbot, meeting_window, db, meeting_id, clock
):
    people = _staff(db, meeting_id)
    window = meeting_window
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    presenter = window.presenter.window
    run_to_block(qtbot, window, BlockKind.NEW_OKRS)
    panel = window.blocks.new_okrs.okrs
    root = panel.model.index(0, 0).data()
    assert root == "Fjordkraft Test AS (company OKRs for 2027 Q1)"

    # The strategic priorities, typed, saved, and a step of the run on the room's screen.
    assert StepKind.PRIORITIES not in [s.kind for s in window.steps.run.steps]
    panel.priorities.setFocus()
    type_text(panel.priorities, "Vestlandet først")
    panel.flush()
    qtbot.waitUntil(lambda: StepKind.PRIORITIES in [s.kind for s in window.steps.run.steps])
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # back from the company OKRs to the priorities
    assert window.steps.state().step.kind is StepKind.PRIORITIES
    window.controller.refresh()
    assert panel.show_on.currentIndex() == SHOW_PRIORITIES
    assert presenter.okr_view.caption.text() == "Strategic priorities"
    assert presenter.okr_view.text.text() == "Vestlandet først"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)

    # An objective with a key result and its owner; the room sees the OKRs' quarter.
    qtbot.mouseClick(panel.add_company, Qt.MouseButton.LeftButton)
    panel.o_statement.setText("Stabil drift")
    qtbot.keyClick(panel.o_statement, Qt.Key.Key_Return)
    assert panel.o_approval.text() == "Draft: not approved yet"
    qtbot.mouseClick(panel.o_add_kr, Qt.MouseButton.LeftButton)
    panel.k_statement.setText("Oppetid")
    qtbot.keyClick(panel.k_statement, Qt.Key.Key_Return)
    panel.k_owner.setCurrentIndex(panel.k_owner.findData(people["Per Berg"]))
    panel.k_owner.activated.emit(panel.k_owner.currentIndex())
    [objective] = okrs.list_objectives(db, meeting_id)
    assert objective.key_results[0].owner_id == people["Per Berg"]
    assert _tree_text(panel, 0, 0) == "Oppetid  (no numbers yet)  · Per Berg"
    window.controller.refresh()
    assert window.steps.state().step.kind is StepKind.COMPANY_OKRS
    assert presenter.okr_view.caption.text() == "Company OKRs for 2027 Q1"

    # The top leader (the meeting's leader, Kari) approves; it can be taken back.
    panel._select(("objective", objective.id))
    qtbot.mouseClick(panel.o_approve, Qt.MouseButton.LeftButton)
    [objective] = okrs.list_objectives(db, meeting_id)
    assert objective.approved_by_id == people["Kari Nordmann"]
    assert objective.approved_at == clock.now()
    assert panel.o_approval.text().startswith("Approved by Kari Nordmann at ")
    assert _tree_text(panel, 0).startswith("✓ Stabil drift")
    qtbot.mouseClick(panel.o_approve, Qt.MouseButton.LeftButton)
    assert okrs.list_objectives(db, meeting_id)[0].approved_by_id is None
    assert "(draft)" in _tree_text(panel, 0)
    qtbot.mouseClick(panel.approve_all, Qt.MouseButton.LeftButton)
    assert okrs.list_objectives(db, meeting_id)[0].approved_by_id == people["Kari Nordmann"]
    assert not panel.approve_all.isEnabled()

    # With the priorities on, PageDown in block 5 walks them before the company OKRs.
    page_down_until(qtbot, window, lambda: window.steps.state().step.kind is StepKind.ALIGNMENT)


def test_approval_needs_the_leader_among_the_participants(qtbot, meeting_window, db, meeting_id):
    add_participant(db, meeting_id, "Per Berg", department="Drift")
    window = meeting_window
    window.load_meeting(meeting_id)
    run_to_block(qtbot, window, BlockKind.NEW_OKRS)
    panel = window.blocks.new_okrs.okrs
    qtbot.mouseClick(panel.add_company, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.o_approve, Qt.MouseButton.LeftButton)
    assert "add the meeting's leader to the participants" in panel.message.text()
    assert okrs.list_objectives(db, meeting_id)[0].approved_by_id is None


def test_block_4_follows_up_last_meetings_action_items(qtbot, demo_window, db):
    from facilitator.store import follow_up
    from facilitator.ui.blocks.parts.follow_up_model import FollowUpModel

    window = demo_window
    window.show_run_page(window.agenda_model.row_of(BlockKind.CLOSING_QUARTER))
    box = window.blocks.closing.closing.follow_up
    assert box.isVisibleTo(window) and box.model.rowCount() == 3
    table = box.table
    table.setCurrentIndex(box.model.index(2, FollowUpModel.STATUS))  # opens its choice
    [combo] = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
    combo.setCurrentIndex(combo.findData("moved"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: box.model.index(2, FollowUpModel.STATUS).data() == "Moved to this quarter"
    )
    meeting_id = window.meeting_id
    assert follow_up.earlier_actions(db, meeting_id)[2].follow_up == "moved"
    # The moved item is one of this meeting's action items in block 6 now.
    window.show_run_page(window.agenda_model.row_of(BlockKind.SUMMARY))
    actions = window.blocks.summary.summary.action_items
    texts = [actions.model.index(r, 0).data() for r in range(actions.model.rowCount())]
    assert texts[-1] == "Ny prisliste på nettsiden"


def test_shout_outs_are_ticked_off_as_they_are_passed_on(qtbot, demo_window, db, tmp_path):
    from facilitator.store import good_news

    window = demo_window
    window.show_run_page(window.agenda_model.row_of(BlockKind.SUMMARY))
    box = window.blocks.summary.summary.shout_outs
    total = box.list.count()
    assert total >= 2 and box.title() == f"Shout-outs to pass on: {total} left"
    first = box.list.item(0)
    rect = box.list.visualItemRect(first)
    # The check box sits at the item's left edge.
    qtbot.mouseClick(
        box.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(10, 8)
    )
    assert first.checkState() is Qt.CheckState.Checked
    assert box.title() == f"Shout-outs to pass on: {total - 1} left"
    stored = good_news.shout_outs(db, window.meeting_id)
    assert [s.passed_on for s in stored] == [False] * (total - 1) + [True]  # the rest first
    text = " ".join(
        " ".join(
            p.extract_text()
            for p in PdfReader(
                write_minutes_pdf(load_minutes(db, window.meeting_id), tmp_path / "m.pdf")
            ).pages
        ).split()
    )
    # The Norwegian demo's minutes mark it passed on.
    assert "Gitt videre" in text and "Rune Hauge (lageret på Ågotnes)" in text
    assert text.count("✓") == 1


def test_file_menu_exports_one_pdf_per_department(qtbot, demo_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    window = demo_window
    assert window.departments_action.isEnabled()
    with qtbot.waitSignal(window.minutes.departmentsExported, timeout=20000) as written:
        window.departments_action.trigger()
    assert [p.name for p in written.args[0]] == [
        "Nordlys Energi AS 2026 Q4 Kundeservice OKR-resultater.pdf",
        "Nordlys Energi AS 2026 Q4 Produkt og utvikling OKR-resultater.pdf",
        "Nordlys Energi AS 2026 Q4 Salg og marked OKR-resultater.pdf",
    ]
    assert all(p.parent == tmp_path and p.stat().st_size > 0 for p in written.args[0])
    # The files are named in the meeting's language; the app speaks the UI's.
    assert asked == [f"3 PDFs, one per department, are saved in “{tmp_path}”. Open it now?"]


def test_a_continued_objective_is_counted_in_block_5_at_once(
    qtbot, meeting_window, db, meeting_id, tmp_path
):
    _staff(db, meeting_id)
    window = meeting_window
    window.load_meeting(meeting_id)
    run_to_block(qtbot, window, BlockKind.NEW_OKRS)  # block 5's panel is loaded first
    panel = window.blocks.new_okrs.okrs
    assert "Company objectives: 0" in panel.guidance.text()
    path = tmp_path / "q3.csv"
    path.write_text("objective;key result;start;target;achieved\nVokse;Kunder;1;5;4\n", "utf-8")
    window.show_run_page(window.agenda_model.row_of(BlockKind.OKR_REPORTING))
    reports = window.blocks.okr_reporting.self_evaluations
    window.blocks.okr_reporting.tabs.setCurrentWidget(reports)
    reports.queue_box.select_row(0)
    assert reports.review_box.import_file(path) == []
    model = reports.review
    assert model.setData(model.index(0, ReviewModel.STATUS), "continued")
    assert "Company objectives: 1" in panel.guidance.text()
    assert "↻ continued" in _tree_text(panel, 0)
