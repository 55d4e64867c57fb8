"""Block 2 self-evaluation and block 5 new OKRs, driven through the control window."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from facilitator.domain.agenda import BlockKind
from facilitator.store import evaluations, okrs
from facilitator.store.demo import create_demo_meeting
from facilitator.store.participants import add_participant, list_participants
from facilitator.ui.blocks.okr_reporting.review_model import ReviewModel
from tests.ui.conftest import run_to_block
from tests.ui.typing_helpers import type_text


@pytest.fixture
def staffed(db, meeting_id):
    add_participant(db, meeting_id, "Kari Nordmann")
    add_participant(db, meeting_id, "Åse Ødegård", department="Salg og marked")
    add_participant(db, meeting_id, "Per Berg", department="Drift")
    return meeting_id


@pytest.fixture
def reports_window(meeting_window, staffed):
    meeting_window.load_meeting(staffed)
    meeting_window.show_run_page(1)
    meeting_window.blocks.okr_reporting.tabs.setCurrentWidget(
        meeting_window.blocks.okr_reporting.self_evaluations
    )
    return meeting_window


def test_entering_an_evaluation(qtbot, reports_window, db, meeting_id):
    window = reports_window
    panel = window.blocks.okr_reporting.self_evaluations
    assert panel.queue_box.keys_in_view()  # company first, then the departments
    panel.queue_box.select_row(0)
    assert panel.entity.text() == "Fjordkraft Test AS"
    assert panel.reporter.currentText() == "Kari Nordmann"  # the leader reports for the company
    panel.score.setText("11")
    qtbot.keyClick(panel.score, Qt.Key.Key_Return)
    assert panel.message.text() == "Score: “11” is not a whole number from 1 to 10."
    panel.score.setText("8")
    qtbot.keyClick(panel.score, Qt.Key.Key_Return)
    assert evaluations.list_evaluations(db, meeting_id)[0].score == 8
    assert "2e8b57" in panel.band.styleSheet()  # green band
    edit = panel.notes[(evaluations.Dimension.LEADERSHIP, "better")]
    edit.setFocus()
    type_text(edit, "Mer coaching av nye ledere")
    qtbot.waitUntil(
        lambda: any(
            n.better == "Mer coaching av nye ledere"
            for n in evaluations.list_evaluations(db, meeting_id)[0].notes
        )
    )
    assert panel.queue_box.items.item(0).text().endswith("—  8")


def test_reports_queue_and_presenter(qtbot, reports_window, clock, db, meeting_id, monkeypatch):
    window = reports_window
    window.toggle_presenter()
    presenter = window.presenter.window
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)  # no statements: reports begin
    panel = window.blocks.okr_reporting.self_evaluations
    window.controller.refresh()
    assert presenter.report_view.entity.text() == "Fjordkraft Test AS"
    assert presenter.report_view.score.text() == "–"
    for row, score in enumerate(("7", "5", "9")):
        panel.queue_box.select_row(row)
        panel.score.setText(score)
        qtbot.keyClick(panel.score, Qt.Key.Key_Return)
    window.controller.refresh()
    assert presenter.report_view.score.text() == "7"
    qtbot.keyClick(window, Qt.Key.Key_Right)  # next report, not next block
    assert presenter.report_view.entity.text() == "Drift"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # after the last report: the scores
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.scores_view
    assert presenter.scores_view.scores == [
        ("Fjordkraft Test AS", 7),
        ("Drift", 5),
        ("Salg og marked", 9),
    ]
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # then the departments break out
    assert presenter.content.currentWidget() is presenter.groups_view


def test_objective_with_key_results_and_alignment(
    qtbot, reports_window, db, meeting_id, monkeypatch
):
    window = reports_window
    run_to_block(qtbot, window, BlockKind.NEW_OKRS)
    panel = window.blocks.new_okrs.okrs
    qtbot.mouseClick(panel.add_company, Qt.MouseButton.LeftButton)
    panel.o_statement.setText("Bli mest anbefalt")
    qtbot.keyClick(panel.o_statement, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.o_add_kr, Qt.MouseButton.LeftButton)
    panel.k_statement.setText("Øke NPS")
    qtbot.keyClick(panel.k_statement, Qt.Key.Key_Return)
    assert "measurable" in panel.k_hint.text()
    panel.k_start.setText("41")
    qtbot.keyClick(panel.k_start, Qt.Key.Key_Return)
    panel.k_target.setText("fem og femti")
    qtbot.keyClick(panel.k_target, Qt.Key.Key_Return)
    assert panel.message.text() == "“fem og femti” is not a number."
    panel.k_target.setText("55")
    qtbot.keyClick(panel.k_target, Qt.Key.Key_Return)
    panel.k_unit.setText("poeng")
    qtbot.keyClick(panel.k_unit, Qt.Key.Key_Return)
    [objective] = okrs.list_objectives(db, meeting_id)
    kr = objective.key_results[0]
    assert (objective.statement, kr.statement, kr.start_value, kr.target_value, kr.unit) == (
        "Bli mest anbefalt",
        "Øke NPS",
        41,
        55,
        "poeng",
    )
    assert "⚠ Company objectives: 1 (aim for 3–5)" in panel.guidance.text()
    assert "has 1 key result(s)" in panel.guidance.text()

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Salg og marked", True))
    qtbot.mouseClick(panel.k_to_department, Qt.MouseButton.LeftButton)
    department = [o for o in okrs.list_objectives(db, meeting_id) if o.department_id]
    assert department[0].statement == "Øke NPS" and department[0].aligned_key_result_id == kr.id
    assert "Salg og marked: 1 of 1 objectives linked" in panel.guidance.text()

    window.toggle_presenter()
    panel.show_on.setCurrentIndex(2)
    text = window.presenter.window.okr_view.text.text()
    assert "→ Øke NPS" in text and "⇒ Salg og marked: Øke NPS" in text


def test_review_of_last_quarter_and_carry_over_dialog(qtbot, meeting_window, db, monkeypatch):
    demo = create_demo_meeting(db)
    window = meeting_window
    window.commands.new_meeting()
    dialog = window.meeting_commands.new_meeting_dialog
    dialog.fields.company.setText("Nordlys Energi AS")
    dialog.fields.quarter.setText("2027 Q1")
    dialog.fields.meeting_date.setDate(date(2027, 3, 18))
    assert dialog.carry.isVisible() and dialog.carry.isChecked()
    dialog.accept()
    new = window.meeting_id
    assert new != demo and len(list_participants(db, new)) == 14

    window.show_run_page(1)
    reports = window.blocks.okr_reporting.self_evaluations
    labels = [reports.round.queue.turns[i].label for i in range(len(reports.round.queue.turns))]
    reports.queue_box.select_row(labels.index("Kundeservice"))
    assert "Last quarter (2026 Q4): 9" in reports.earlier.text()
    model = reports.review
    objectives = [
        r
        for r in range(model.rowCount())
        if model.index(r, ReviewModel.STATUS).flags() & Qt.ItemFlag.ItemIsEditable
    ]
    first_kr = objectives[0] + 1
    assert model.setData(model.index(first_kr, ReviewModel.ACHIEVED), "1,5")
    kr = model.item_at(first_kr)
    assert (kr.start_value, kr.target_value, kr.achieved_value) == (2, 1, 1.5)
    assert model.index(first_kr, ReviewModel.PROGRESS).data() == "50%"  # halfway from 2 to 1
    assert model.setData(model.index(objectives[0], ReviewModel.STATUS), "continued")
    carried = [o for o in okrs.list_objectives(db, new) if o.predecessor_id]
    assert len(carried) == 1 and carried[0].department.name == "Kundeservice"
    assert not model.setData(model.index(first_kr, ReviewModel.ACHIEVED), "mye")
    assert reports.review_box.message.text() == "“mye” is not a number."


def test_okr_csv_import_reports_lines(qtbot, reports_window, db, meeting_id, tmp_path):
    window = reports_window
    run_to_block(qtbot, window, BlockKind.NEW_OKRS)
    panel = window.blocks.new_okrs.okrs
    path = tmp_path / "okrs.csv"
    path.write_text(
        "objective;key result;owner;department;start;target;unit;linked to\n"
        "Vokse;Flere kunder;Kari Nordmann;;10;20;kunder;\n"
        "Vokse;Mer salg;Ukjent;;1;2;;\n",
        encoding="utf-8",
    )
    lines = panel.import_csv(path)
    assert lines == ["Line 3: Owner: choose one of the meeting's participants."]
    assert [kr.statement for o in okrs.list_objectives(db, meeting_id) for kr in o.key_results] == [
        "Flere kunder"
    ]
    out = tmp_path / "export.csv"
    panel.export_csv(out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == (
        "Vokse,Flere kunder,Kari Nordmann,,10,20,kunder,,,"
    )


def test_key_result_numbers_keep_every_digit_in_the_ui_language(
    qtbot, reports_window, db, meeting_id
):
    from PySide6.QtCore import QLocale

    window = reports_window
    run_to_block(qtbot, window, BlockKind.NEW_OKRS)
    panel = window.blocks.new_okrs.okrs
    previous = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    try:
        qtbot.mouseClick(panel.add_company, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.o_add_kr, Qt.MouseButton.LeftButton)
        panel.k_target.setText("12 345 678")
        qtbot.keyClick(panel.k_target, Qt.Key.Key_Return)
        panel.k_start.setText("12,5")
        qtbot.keyClick(panel.k_start, Qt.Key.Key_Return)
        [objective] = okrs.list_objectives(db, meeting_id)
        kr = objective.key_results[0]
        assert (kr.start_value, kr.target_value) == (12.5, 12_345_678)
        assert panel.k_target.text() == "12\u00a0345\u00a0678"
        assert panel.k_start.text() == "12,5"
    finally:
        QLocale.setDefault(previous)
