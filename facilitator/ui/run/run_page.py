"""The control window's run page: the current block's countdown and every command,
plus the briefing and plan of the block selected in the sidebar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
from facilitator.domain.timer import Phase, TimerState
from facilitator.texts import block_title, break_title
from facilitator.ui.announce import announce
from facilitator.ui.naming import named
from facilitator.ui.numbers import clock_text
from facilitator.ui.quiet import set_enabled, set_spoken, set_style, set_text, set_value
from facilitator.ui.run.block_brief import BlockBrief
from facilitator.ui.run.cue_controls import CueControls
from facilitator.ui.run.prompts import GapQuestion
from facilitator.ui.run.spoken_countdown import spoken_countdown
from facilitator.ui.run.step_driver import StepState
from facilitator.ui.run.step_texts import BlockTitles, next_hint, question_text, step_title

# Normal follows the palette (light or dark desktop); warning and overtime read on both.
COUNTDOWN_COLOURS = {
    Phase.NORMAL: "palette(window-text)",
    Phase.WARNING: "#d08a00",
    Phase.OVERTIME: "#d22f36",
}


class RunPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.current_label = named(QLabel(), "runCurrentBlock")
        self.current_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.countdown = named(QLabel("00:00"), "runCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label = named(QLabel(), "runState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = named(QProgressBar(), "runProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.schedule_label = named(QLabel(), "runSchedule")
        self.schedule_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.schedule_label.setStyleSheet("font-size: 15px;")
        # Where the run is and what PageDown does next; a question is asked here, inline.
        self.step_label = named(QLabel(), "runStep")
        self.step_label.setWordWrap(True)
        self.step_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.step_hint = named(QLabel(), "runStepHint")
        self.step_hint.setWordWrap(True)
        self.gap_question = GapQuestion()
        # What each block calls its steps (`BlockPanels.step_title`, set by the window).
        self.block_titles: BlockTitles = lambda _step: None
        buttons = self._build_buttons()
        self._build_brief()
        self._lay_out(buttons)

    def _build_buttons(self) -> QGridLayout:
        """The run's commands, the ones the clicker's keys also give."""
        self.previous_button = named(QPushButton(self.tr("◀ Previous")), "previousButton")
        self.toggle_button = named(QPushButton(self.tr("Start")), "toggleButton")
        self.next_button = named(QPushButton(self.tr("Next ▶")), "nextButton")
        self.minus_button = named(QPushButton(self.tr("−1 min")), "minusButton")
        self.plus_button = named(QPushButton(self.tr("+1 min")), "plusButton")
        self.restart_button = named(QPushButton(self.tr("Restart block")), "restartButton")
        self.rebalance_button = named(QPushButton(self.tr("Rebalance")), "rebalanceButton")
        self.rebalance_button.setToolTip(
            self.tr("Shorten the blocks still to come, each within its range, to end on time.")
        )
        self.presenter_button = named(QPushButton(self.tr("Presenter view")), "presenterButton")
        self.toggle_button.setMinimumWidth(140)
        self.toggle_button.setStyleSheet("font-weight: 600;")
        buttons = QGridLayout()
        row = [
            self.previous_button,
            self.minus_button,
            self.toggle_button,
            self.plus_button,
            self.next_button,
        ]
        for column, button in enumerate(row):
            button.setMinimumHeight(40)
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.restart_button, 1, 0, 1, 2)
        buttons.addWidget(self.rebalance_button, 1, 2)
        buttons.addWidget(self.presenter_button, 1, 3, 1, 2)
        self.cue_controls = CueControls()  # the leader's cue to the speaker
        buttons.addWidget(self.cue_controls, 2, 0, 1, len(row))
        return buttons

    def _build_brief(self) -> None:
        self.brief = BlockBrief()
        # The briefing's parts, by the names the window and the tests know.
        b = self.brief
        self.brief_title, self.description, self.content = b.brief_title, b.description, b.content
        self.planned_spin, self.plan_row, self.plan_hint = b.planned_spin, b.plan_row, b.plan_hint
        self.guide_toggle, self.guide_text = b.guide_toggle, b.guide_text
        self.break_row, self.break_kind, self.break_minutes = (
            b.break_row,
            b.break_kind,
            b.break_minutes,
        )
        self.plannedMinutesEdited, self.breakEdited = b.plannedMinutesEdited, b.breakEdited
        self.guideFolded = b.guideFolded
        self.show_brief, self.show_break_brief = b.show_brief, b.show_break_brief
        self.set_panels, self.add_block_panel = b.set_panels, b.add_block_panel

    @property
    def folded_guides(self) -> set[BlockKind]:
        return self.brief.folded_guides

    @folded_guides.setter
    def folded_guides(self, kinds: set[BlockKind]) -> None:
        self.brief.folded_guides = kinds

    def _lay_out(self, buttons: QGridLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        for widget in (
            self.current_label,
            self.countdown,
            self.state_label,
            self.progress,
            self.schedule_label,
            self.step_label,
            self.step_hint,
            self.gap_question,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addSpacing(10)
        layout.addWidget(self.brief, 1)

    def show_view(self, view: RunView) -> None:
        if view.on_break is not None:
            now_text = self.tr("Now: {title} · then {number}/{count} · {block}").format(
                title=break_title(view.on_break),
                number=view.number,
                count=view.count,
                block=block_title(view.kind),
            )
        else:
            now_text = self.tr("Now: {number}/{count} · {title}").format(
                number=view.number, count=view.count, title=block_title(view.kind)
            )
        set_text(self.current_label, now_text)
        finished = view.state is TimerState.DONE
        set_text(self.countdown, self.tr("Done") if finished else view.countdown)
        set_spoken(self.countdown, spoken_countdown(view))
        colour = (
            "palette(mid)"
            if view.state in (TimerState.PAUSED, TimerState.DONE)
            else COUNTDOWN_COLOURS[view.phase]
        )
        set_style(
            self.countdown,
            f"font-size: 60px; font-weight: 700; color: {colour};"
            " font-family: 'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace;",
        )
        set_text(self.state_label, self._state_text(view))
        set_value(self.progress, int(view.progress * 1000))
        set_text(
            self.toggle_button,
            self.tr("Pause")
            if view.state is TimerState.RUNNING
            else self.tr("Resume")
            if view.state is TimerState.PAUSED
            else self.tr("Start"),
        )
        set_text(self.schedule_label, schedule_text(view))
        for button in (
            self.toggle_button,
            self.next_button,
            self.plus_button,
            self.minus_button,
            self.rebalance_button,
        ):
            set_enabled(button, not finished)
        # A break is ended (PageDown) or taken back (PageUp), never restarted.
        set_enabled(self.restart_button, not finished and view.on_break is None)

    def _state_text(self, view: RunView) -> str:
        if view.on_break is not None and view.back_at is not None:
            return self.tr("{state} — back at {time}").format(
                state=self.tr("Paused") if view.state is TimerState.PAUSED else self.tr("Break"),
                time=clock_text(view.back_at),
            )
        if view.state is TimerState.RUNNING:
            if view.phase is Phase.OVERTIME:
                return self.tr("Over time")
            return self.tr("Last minutes") if view.phase is Phase.WARNING else self.tr("Running")
        return {
            TimerState.IDLE: self.tr("Not started — press Space or Start"),
            TimerState.PAUSED: self.tr("Paused"),
            TimerState.DONE: self.tr("The meeting is over"),
        }[view.state]

    def show_step(self, state: StepState, block_started: bool) -> None:
        now = self.tr("Now: {step}").format(step=step_title(state.step, self.block_titles))
        if self.step_label.text() != now:
            self.step_label.setText(now)
            announce(self.step_label, now)  # what the room's screen shows from now on
        if state.question is not None:
            question = question_text(state.question, state.following)
            text = "❓ " + question
            style = (
                "font-size: 15px; font-weight: 700; padding: 6px;"
                " border: 2px solid #d08a00; border-radius: 4px;"
            )
            self.step_hint.setAccessibleName(question)  # the glyph is not read as a word
            if self.step_hint.text() != text:
                announce(self.step_hint, question, assertive=True)
        else:
            text = next_hint(
                state.step, state.following, block_started, self.block_titles, state.views
            )
            style = "font-size: 14px;"
            self.step_hint.setAccessibleName("")
        set_text(self.step_hint, text)
        set_style(self.step_hint, style)


def schedule_text(view: RunView) -> str:
    """ "12 min behind — projected end 15:42" (or ahead, or on time)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    end = clock_text(view.schedule.projected_end)
    behind = view.schedule.minutes_behind
    if view.state is TimerState.DONE:
        if behind > 0:
            late = translate("Schedule", "{n} min later than planned").format(n=behind)
        elif behind < 0:
            late = translate("Schedule", "{n} min earlier than planned").format(n=-behind)
        else:
            late = translate("Schedule", "as planned")
        return translate("Schedule", "The meeting ended at {time}, {late}").format(
            time=end, late=late
        )
    if not view.schedule.started and view.schedule.planned_start is not None:
        # Before the meeting, how far "behind" it is means nothing: say when it starts.
        start = clock_text(view.schedule.planned_start)
        planned = clock_text(view.schedule.planned_end)
        return translate("Schedule", "The meeting starts at {start}; planned end {end}").format(
            start=start, end=planned
        )
    if behind > 0:
        lead = translate("Schedule", "{n} min behind").format(n=behind)
    elif behind < 0:
        lead = translate("Schedule", "{n} min ahead").format(n=-behind)
    else:
        lead = translate("Schedule", "On time")
    return translate("Schedule", "{lead} — projected end {time}").format(lead=lead, time=end)
