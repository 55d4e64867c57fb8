"""OKR grades in block 2: the review table's "Grade" column beside the percent, the line
beside the report, and the room's screen while an entity reports — each following the
company's choice in Preferences, and the report the clicker moved to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from facilitator.domain.grades import GRADE_INKS, GRADE_TINTS, GradeBand, GradeBands
from facilitator.domain.run_steps import StepKind
from facilitator.store.demo import create_demo_meeting
from facilitator.ui.blocks.okr_reporting.review_model import ReviewModel
from facilitator.ui.minutes.grade_choice import choose_grade_bands
from tests.ui.conftest import not_started, press


def _to_reports(qtbot, window, db, clock):
    """The demo meeting, wound back, walked with PageDown into the first report."""
    meeting_id = create_demo_meeting(db)
    not_started(db, meeting_id)
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    for _ in range(120):
        state = window.steps.state()
        if state.step.kind is StepKind.REPORTS and window.blocks.okr_reporting.round.started():
            break
        clock.advance(30)
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    window.controller.refresh()
    return window.blocks.okr_reporting.self_evaluations, window.presenter.window.report_view


def _column(model: ReviewModel, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_the_review_grades_each_key_result_and_objective_beside_its_percent(
    qtbot, window, db, clock
):
    panel, room = _to_reports(qtbot, window, db, clock)
    box, model = panel.review_box, panel.review
    assert model.department is None  # the company reports first
    assert not box.table.isColumnHidden(ReviewModel.GRADE)
    assert model.headerData(ReviewModel.GRADE, Qt.Orientation.Horizontal) == "Grade"
    grades = _column(model, ReviewModel.GRADE)
    # Demo: the company's key results all reached their targets.
    assert grades and all(text == "1.0 · delivered" for text in grades)
    tints = _column(model, ReviewModel.GRADE, Qt.ItemDataRole.BackgroundRole)
    assert all(tint == QColor(GRADE_TINTS[GradeBand.DELIVERED]) for tint in tints)
    ink = model.index(0, ReviewModel.GRADE).data(Qt.ItemDataRole.ForegroundRole)
    assert ink == QColor("#000")  # dark text on the light tint in any theme

    # The room's screen: the score above, the grade beside it, each objective's below.
    assert room.grade.isVisible()
    assert room.grade.text() == "Last quarter's key results: grade 1.0 · delivered"
    assert GRADE_INKS[GradeBand.DELIVERED] in room.grade.styleSheet()
    lines = room.grade_lines.text().splitlines()
    assert len(lines) == 2 and all(line.endswith("— 1.0 · delivered") for line in lines)
    assert room.grade.text() in window.presenter.window.content_lines()  # the phones too
    assert "grade 1.0 · delivered" in panel.earlier.text()  # beside the report, for the leader

    # Typed achieved value: the key result's grade, its objective's and the room's follow.
    first_kr = next(
        r
        for r in range(model.rowCount())
        if model.flags(model.index(r, ReviewModel.ACHIEVED)) & Qt.ItemFlag.ItemIsEditable
    )
    item = model.item_at(first_kr)
    halfway = item.start_value + (item.target_value - item.start_value) / 2
    assert model.setData(model.index(first_kr, ReviewModel.ACHIEVED), str(halfway))
    assert model.index(first_kr, ReviewModel.GRADE).data() == "0.5 · progress"
    objective_row = first_kr - 1
    objective = model.item_at(objective_row)
    expected = (0.5 + (len(objective.key_results) - 1)) / len(objective.key_results)
    shown = model.index(objective_row, ReviewModel.GRADE).data()
    assert shown.startswith(f"{round(expected + 1e-9, 1):.1f} · ")
    window.controller.refresh()
    assert room.grade.text() != "Last quarter's key results: grade 1.0 · delivered"


def test_pagedown_then_the_next_reports_grade_is_on_the_table_and_the_room(
    qtbot, window, db, clock
):
    panel, room = _to_reports(qtbot, window, db, clock)
    seen = {}
    for _ in range(3):
        clock.advance(60)
        press(qtbot, window, Qt.Key.Key_PageDown)  # the next department reports
        window.controller.refresh()
        seen[panel.review.department] = (room.entity.text(), room.grade.text())
    # The entity on the room's screen is the one whose grade it shows, and the table's.
    assert seen["Salg og marked"] == (
        "Salg og marked",
        "Last quarter's key results: grade 0.2 · missed",
    )
    assert seen["Produkt og utvikling"][1].endswith("grade 0.7 · delivered")
    assert GRADE_INKS[GradeBand.MISSED] in room.grade.styleSheet() or (
        panel.review.department != "Salg og marked"
    )


def test_grades_follow_the_companys_choice_in_preferences(qtbot, window, db, clock, settings):
    panel, room = _to_reports(qtbot, window, db, clock)
    box = panel.review_box
    choose_grade_bands(settings, None)  # "percent only"
    window.commands.apply_preferences()
    window.controller.refresh()
    assert box.table.isColumnHidden(ReviewModel.GRADE)
    assert all(text == "" for text in _column(panel.review, ReviewModel.GRADE))
    assert panel.review.grades() is None
    assert room.grade.isHidden() and room.grade_lines.isHidden()
    assert "grade" not in panel.earlier.text()
    assert "100%" in _column(panel.review, ReviewModel.PROGRESS)  # the percent stays

    # Bands of its own: green only from a full 1.0.
    choose_grade_bands(settings, GradeBands(0.5, 1.0))
    window.commands.apply_preferences()
    window.controller.refresh()
    assert not box.table.isColumnHidden(ReviewModel.GRADE)
    assert room.grade.text().endswith("grade 1.0 · delivered")
    model = panel.review
    kr = next(r for r in range(model.rowCount()) if model.index(r, ReviewModel.PLAN).data())
    item = model.item_at(kr)
    near = item.start_value + (item.target_value - item.start_value) * 0.9
    assert model.setData(model.index(kr, ReviewModel.ACHIEVED), str(near))
    assert model.index(kr, ReviewModel.GRADE).data() == "0.9 · progress"


def test_the_room_lists_the_first_objectives_and_counts_the_rest(qtbot):
    from facilitator.domain.grades import ReviewGrades, graded
    from facilitator.domain.turns import Turn, TurnView
    from facilitator.ui.presenter.content import GRADED_OBJECTIVES_SHOWN, ReportView

    view = ReportView()
    qtbot.addWidget(view)
    bands = GradeBands()
    objectives = tuple(
        (f"Objective {n} " + "with a long statement " * 5, graded(n / 10, bands)) for n in range(7)
    )
    grades = ReviewGrades(graded(0.3, bands), (*objectives, ("Not measured yet", None)))
    turn = TurnView(Turn(1, "Drift"), None, 120.0, 1, 3)
    view.show_report(turn, 8, 1080, None, grades)
    lines = view.grade_lines.text().splitlines()
    assert len(lines) == GRADED_OBJECTIVES_SHOWN + 1
    assert lines[-1] == "and 3 more objectives"  # the ungraded one is not counted
    assert all(len(line.split(" — ")[0]) <= 60 for line in lines[:-1])
    assert lines[0].endswith("— 0.0 · missed")
    assert view.grade.text() == "Last quarter's key results: grade 0.3 · missed"
    view.show_report(TurnView(None, None, None, 3, 3), None, 1080, None, grades)
    assert view.grade.isHidden()  # every report is in: no one's grade
