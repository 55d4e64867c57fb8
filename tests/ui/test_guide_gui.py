"""The guide's advice for each block is on its page, and folds away once known."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain.agenda import BlockKind
from facilitator.texts import block_description
from facilitator.ui.main_window import MainWindow
from tests.ui.conftest import TODAY


def _brief(window, kind: BlockKind) -> None:
    window.agenda_view.setCurrentIndex(window.agenda_model.index(window.agenda_model.row_of(kind)))


def test_the_guide_is_on_the_page_and_stays_folded_once_folded(
    qtbot, meeting_window, meeting_id, db, clock, settings, inhibitor
):
    window = meeting_window
    page = window.run_page
    _brief(window, BlockKind.CLOSING_QUARTER)
    assert page.guide_text.isVisibleTo(page)
    assert page.guide_text.text() == block_description(BlockKind.CLOSING_QUARTER)
    assert "declared closed" in page.guide_text.text()
    qtbot.mouseClick(page.guide_toggle, Qt.MouseButton.LeftButton)
    assert not page.guide_text.isVisibleTo(page)
    assert page.guide_toggle.text() == "Show the guide"
    _brief(window, BlockKind.NEW_OKRS)  # another block's guide is still open
    assert page.guide_text.isVisibleTo(page)
    _brief(window, BlockKind.CLOSING_QUARTER)
    assert not page.guide_text.isVisibleTo(page)

    window.close()
    again = MainWindow(db, today=lambda: TODAY, clock=clock, inhibitor=inhibitor, settings=settings)
    qtbot.addWidget(again)
    again.show()
    again.load_meeting(meeting_id)
    _brief(again, BlockKind.CLOSING_QUARTER)
    assert not again.run_page.guide_text.isVisibleTo(again.run_page)  # remembered
    qtbot.mouseClick(again.run_page.guide_toggle, Qt.MouseButton.LeftButton)
    assert again.run_page.guide_text.isVisibleTo(again.run_page)
    again.close()
