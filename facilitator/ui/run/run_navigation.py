"""Where the control window is in the run: the block or break chosen in the sidebar is
briefed, the panel follows the run into its next block, the step's hint is said, and focus
goes where Space and Return do what the clicker does."""

from __future__ import annotations

from PySide6.QtCore import QObject

from facilitator.domain.agenda import BlockKind
from facilitator.domain.timer import TimerState
from facilitator.ui.run.step_driver import StepState
from facilitator.ui.window_host import WindowHost


class RunNavigation(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self._window = window
        self._step_block: BlockKind | None = None  # the block the run's step was last in
        window.sidebar.blockChosen.connect(self._block_chosen)
        window.sidebar.breakChosen.connect(self._break_chosen)
        window.controller.changed.connect(self._refresh_agenda)
        window.controller.changed.connect(self.show_step_hint)
        window.controller.gapDetected.connect(self._ask_about_gap)
        window.steps.changed.connect(self._step_changed)

    def show_run_after_move(self) -> None:
        """PageDown or PageUp pressed on another page: the control window shows the run."""
        window = self._window
        if window.meeting_id is not None and window.pages.currentWidget() is not window.run_page:
            window.show_run_page()

    def focus_the_run(self) -> None:
        """Focus on the run's Start/Pause button (named, and where Space and Return do
        what the clicker's Space does) unless the leader is in the run page or the
        agenda already: never left on a hidden page or on the sidebar's setup button."""
        window = self._window
        focus = window.focusWidget()
        if focus is window.agenda_view:
            return
        if (
            focus is None
            or not focus.isVisible()
            or focus is window.setup_button
            or not window.run_page.isAncestorOf(focus)
        ):
            window.run_page.toggle_button.setFocus()

    def _refresh_agenda(self) -> None:
        """The sidebar's rows as the timers stand; the leader's chosen row stays chosen
        while the run page is shown."""
        window = self._window
        run = window.controller.run
        if run is not None:
            on_run_page = window.pages.currentWidget() is window.run_page
            window.sidebar.refresh(run, keep_selection=on_run_page)

    def _block_chosen(self, kind: BlockKind, planned_minutes: int, last_time) -> None:
        window = self._window
        window.setup_button.setChecked(False)
        run = window.controller.run
        planned_break = run.break_after(kind) if run is not None else None
        window.run_page.show_brief(kind, planned_minutes, last_time, planned_break)
        window.pages.setCurrentWidget(window.run_page)

    def _break_chosen(self, after: BlockKind) -> None:
        window = self._window
        window.setup_button.setChecked(False)
        run = window.controller.run
        planned = run.break_after(after) if run is not None else None
        if planned is not None:
            window.run_page.show_break_brief(after, planned)
            window.pages.setCurrentWidget(window.run_page)

    def _step_changed(self, state: StepState) -> None:
        window = self._window
        self.show_step_hint()
        moved = state.step.block is not self._step_block
        self._step_block = state.step.block
        if moved and window.pages.currentWidget() is window.run_page and window.controller.run:
            row = window.sidebar.row_of(state.step.block)
            if window.agenda_view.currentIndex().row() != row:
                window.show_run_page(row)  # the panel follows the run into its next block
            if window.focusWidget() is not window.agenda_view:
                window.run_page.toggle_button.setFocus()  # the last block's panel is hidden

    def show_step_hint(self) -> None:
        """Where the run is and what PageDown does next; said again when the timers change
        (Space starts the block: "PageDown or Space starts …" no longer holds)."""
        window = self._window
        state, run = window.steps.state(), window.controller.run
        if state is not None and run is not None:
            started = run.timer(state.step.block).state is not TimerState.IDLE
            window.run_page.show_step(state, started)

    def _ask_about_gap(self, gap_seconds: float) -> None:
        """Asked inline on the run page (shown if the leader was elsewhere)."""
        window = self._window
        window.run_page.gap_question.ask(gap_seconds, window.controller.resolve_gap)
        if window.meeting_id is not None and window.pages.currentWidget() is not window.run_page:
            window.show_run_page()
