"""The room's view: block, big countdown, progress, what is next, projected end.

Black background and large type so it reads from the back of a room; the countdown's font
is sized to the window at every resize. `content` is where later blocks show their
material (speaker queue, groups, vision).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.meeting_run import RunView
from facilitator.domain.timer import Phase, TimerState
from facilitator.texts import run_next, run_state_words, run_title
from facilitator.ui.fonts import COUNTDOWN_FAMILY, load_bundled_fonts
from facilitator.ui.naming import named
from facilitator.ui.numbers import clock_text
from facilitator.ui.presenter.content import (
    ClosingCard,
    ReportView,
    ScoresChartView,
    SpeakerView,
    StatementView,
)
from facilitator.ui.presenter.countdown import CountdownDisplay, room_countdown
from facilitator.ui.presenter.cue_banner import QUESTION_BACKGROUND, CueBanner
from facilitator.ui.presenter.groups_view import GroupsView
from facilitator.ui.presenter.photo_view import PhotoView
from facilitator.ui.presenter.room_link_codes import RoomLinkCard, ScribeCodes
from facilitator.ui.quiet import (
    set_fixed_height,
    set_font,
    set_spoken,
    set_style,
    set_text,
    set_value,
)
from facilitator.ui.run.spoken_countdown import spoken_countdown

WIDGET_SIZE_MAX = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX

PHASE_COLOURS = {Phase.NORMAL: "#ffffff", Phase.WARNING: "#ffb020", Phase.OVERTIME: "#ff4d4d"}
PAUSED_COLOUR = "#8fa3b8"


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, parent=None) -> None:
        # The room's screen never takes the keyboard: what the leader types (and the
        # clicker's keys) stay with the control window, even after F5 makes it full screen.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Facilitator — presenter view"))
        self.setStyleSheet(
            "#presenterWindow { background: #0b1620; }"
            " QLabel { color: #e8eef4; background: transparent; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._build_run_view()
        self._build_content()
        self._lay_out()
        self.closing_card = ClosingCard(self)
        # The room link's QR code and address in a corner, when the leader shows them;
        # each group's scribe page as a QR code with the group's name, over the content.
        self.room_link_card = RoomLinkCard(self)
        self.room_link_qr = self.room_link_card.qr
        self.room_link_address = self.room_link_card.address
        self.scribe_codes = ScribeCodes(self)
        self.blank_cover = named(QWidget(self), "presenterBlank")
        self.blank_cover.setStyleSheet("background: #000000;")
        self.blank_cover.hide()
        self.setMinimumSize(480, 270)  # any laptop screen can hold it as a window
        self.resize(1280, 720)
        self._apply_fonts()

    def _build_run_view(self) -> None:
        """The block, the wall clock, the big countdown, its state and progress."""
        self.block_label = named(QLabel(), "presenterBlock")
        self.clock_label = named(QLabel(), "presenterClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        load_bundled_fonts()
        # The room's screen uses the bundled font throughout: ✎ ★ and Norwegian letters
        # look the same on every laptop.
        room_font = QFont(self.font())
        room_font.setFamilies([COUNTDOWN_FAMILY, room_font.family()])
        self.setFont(room_font)
        self.countdown = CountdownDisplay()
        self.state_label = named(QLabel(), "presenterState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = named(QProgressBar(), "presenterProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.cue_banner = CueBanner()  # the leader's cue to the speaker, when sent
        # The room's question the leader put on the screen, when there is one.
        self.question_banner = CueBanner(None, "presenterQuestion", QUESTION_BACKGROUND)
        self.next_label = named(QLabel(), "presenterNext")
        self.schedule_label = named(QLabel(), "presenterSchedule")
        self.schedule_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        for label in (self.block_label, self.next_label, self.schedule_label):
            label.setTextFormat(Qt.TextFormat.PlainText)

    def _build_content(self) -> None:
        """What a step shows under the countdown: speakers, statements, reports, groups."""
        self.content = named(QStackedWidget(), "presenterContent")
        # Content never makes the window grow: it takes the room it is given.
        self.content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.empty_content = QWidget()
        self.speaker_view = SpeakerView()
        self.statement_view = StatementView()
        self.report_view = ReportView()
        self.scores_view = ScoresChartView()
        self.okr_view = StatementView(as_list=True)
        self.groups_view = GroupsView()
        self.photo_view = PhotoView()
        for page in (
            self.empty_content,
            self.speaker_view,
            self.statement_view,
            self.report_view,
            self.scores_view,
            self.okr_view,
            self.groups_view,
            self.photo_view,
        ):
            self.content.addWidget(page)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.block_label, 1)
        top.addWidget(self.clock_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_label, 1)
        bottom.addWidget(self.schedule_label, 1)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.state_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cue_banner)
        layout.addWidget(self.question_banner)
        layout.addWidget(self.content, 0)
        layout.addLayout(bottom)
        self.content.setVisible(False)

    # -- showing a run view ---------------------------------------------------------------

    def show_view(self, view: RunView, wall_clock: str) -> None:
        set_text(self.block_label, run_title(view))
        set_text(self.clock_label, wall_clock)
        text = self.tr("Thank you") if view.state is TimerState.DONE else room_countdown(view)
        colour = {
            TimerState.PAUSED: PAUSED_COLOUR,
            TimerState.DONE: PHASE_COLOURS[Phase.NORMAL],
        }.get(view.state, PHASE_COLOURS[view.phase])
        running = view.state is TimerState.RUNNING
        self.countdown.show_time(text, colour, view.phase, emphasised=running)
        set_spoken(self.countdown, spoken_countdown(view))
        set_text(self.state_label, run_state_words(view, clock_text))
        set_value(self.progress, int(view.progress * 1000))
        set_style(
            self.progress,
            "QProgressBar { background: #1d2c3a; border: none; border-radius: 6px; }"
            f" QProgressBar::chunk {{ background: {colour};"
            " border-radius: 6px; }",
        )
        set_text(self.next_label, run_next(view))

        end = clock_text(view.schedule.projected_end)
        if view.schedule.started or view.schedule.planned_start is None:
            set_text(self.schedule_label, self.tr("Projected end {time}").format(time=end))
        else:
            start = clock_text(view.schedule.planned_start)
            set_text(self.schedule_label, self.tr("Starts at {time}").format(time=start))

    def show_cue(self, text: str | None) -> None:
        """The leader's cue to the speaker ("Wrap up"), or none."""
        self.cue_banner.show_cue(text, max(240, self.height()))

    def show_question(self, text: str | None) -> None:
        """The room's question on the screen (None: none)."""
        self.question_banner.show_cue(text, max(240, int(self.height() * 0.8)))

    def question_text(self) -> str:
        return "" if self.question_banner.isHidden() else self.question_banner.text()

    def cue_text(self) -> str:
        """The cue on the screen ("" when none), for the phones."""
        return "" if self.cue_banner.isHidden() else self.cue_banner.text()

    # -- block content --------------------------------------------------------------------

    def _show_content(self, page: QWidget) -> None:
        """With content the countdown steps back and the content gets the room."""
        if self.content.currentWidget() is not page:
            self.content.setCurrentWidget(page)
            self.content.setVisible(page is not self.empty_content)
            self._apply_fonts()

    def has_content(self) -> bool:
        return self.content.currentWidget() is not self.empty_content

    def show_turn(self, view) -> None:
        self.speaker_view.show_turn(view, self.height())
        self._show_content(self.speaker_view)

    def show_statement(self, statement) -> None:
        self.statement_view.show_statement(statement, self.height())
        self._show_content(self.statement_view)

    def show_report(
        self, view, score, room: str | None = None, grades=None, room_median: str | None = None
    ) -> None:
        self.report_view.show_report(view, score, self.height(), room, grades, room_median)
        self._show_content(self.report_view)

    def show_scores(self, scores) -> None:
        self.scores_view.show_scores(scores)
        self._show_content(self.scores_view)

    def show_okrs(self, statement) -> None:
        self.okr_view.show_statement(statement, self.height())
        self._show_content(self.okr_view)

    def show_groups(self, groups, caption: str) -> None:
        self.groups_view.show_groups(groups, caption, self.height())
        self._show_content(self.groups_view)

    def show_photo(self, key: object, jpeg: bytes, description: str, view) -> None:
        """A flip chart's photo while its group presents (`key` names the photo)."""
        self.photo_view.show_photo(key, jpeg, description, view, self.height())
        self._show_content(self.photo_view)

    def content_lines(self) -> list[str]:
        """What the room's screen shows under the countdown, as text (the room link sends it
        to the phones): one entry per label — the speaker, the statement — and one per group
        card, its lines kept together."""
        page = self.content.currentWidget()
        if not self.closing_card.isHidden():
            page = self.closing_card
        elif page is None or page is self.empty_content:
            return []
        elif page is self.scores_view:
            return [f"{name}: {'–' if score is None else score}" for name, score in page.scores]
        elif page is self.groups_view:
            cards = [card.text() for card in self.groups_view.card_labels]
            return [self.groups_view.caption.text(), *cards]
        return [
            label.text()
            for label in page.findChildren(QLabel)
            if not label.isHidden() and label.text().strip()
        ]

    def show_room_link(self, url: str | None) -> None:
        """The QR code to open the live timer on a phone, with its address (None: hide)."""
        self.room_link_card.url = url
        self._place_room_link()

    def _place_room_link(self) -> None:
        width = self.room_link_card.place(self.width(), self.height(), self.font())
        # The card gets a strip of its own on the right: it never covers a name.
        right = 16 + width + 16 if width else 16
        self._layout.setContentsMargins(16, 12, right, 12)
        self.blank_cover.raise_()

    def show_scribe_codes(self, codes: list[tuple[str, str]] | None) -> None:
        """Each group's (name, scribe page) as a QR code the scribes scan (None: hide)."""
        self.scribe_codes.codes = list(codes or [])
        self._place_scribe_codes()

    def _place_scribe_codes(self) -> None:
        top = self.block_label.geometry().bottom() + 8
        self.scribe_codes.place(top, self.width(), self.height(), self.font())
        self.room_link_card.raise_()
        self.blank_cover.raise_()

    def clear_content(self) -> None:
        self._show_content(self.empty_content)

    def show_closing_card(self, company: str, quarter: str, moment) -> None:
        self.closing_card.setGeometry(self.rect())
        self.closing_card.show_closed(company, quarter, moment)
        self.blank_cover.raise_()

    def hide_closing_card(self) -> None:
        self.closing_card.hide()

    def is_blank(self) -> bool:
        return not self.blank_cover.isHidden()  # also while the window itself is hidden

    def toggle_blank(self) -> None:
        self.blank_cover.setVisible(self.blank_cover.isHidden())
        self.blank_cover.raise_()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.leave_fullscreen()
        else:
            self.show_fullscreen()

    def show_fullscreen(self) -> None:
        """Full screen without asking to be activated (QWidget.showFullScreen does): the
        room's screen takes no keyboard focus."""
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
        )
        self.show()

    def leave_fullscreen(self) -> None:
        """Back to a window that fits the screen it is on (three quarters of it, centred),
        not to whatever size it had before."""
        if not self.isFullScreen():
            return
        self.showNormal()
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width = min(area.width(), max(self.minimumWidth(), area.width() * 3 // 4))
            height = min(area.height(), max(self.minimumHeight(), area.height() * 3 // 4))
            self.setGeometry(
                area.x() + (area.width() - width) // 2,
                area.y() + (area.height() - height) // 2,
                width,
                height,
            )

    # -- sizing ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.blank_cover.setGeometry(self.rect())
        self.closing_card.setGeometry(self.rect())
        self.closing_card.resize_text()
        self._place_room_link()
        if self.scribe_codes.codes:
            self._place_scribe_codes()
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Type and room follow the window's height: alone, the countdown takes what the
        labels leave (its digits over 40 % of the screen); beside content, a quarter."""
        height = max(240, self.height())
        small = QFont(self.font())
        small.setPixelSize(max(16, height // 27))
        for label in (
            self.block_label,
            self.clock_label,
            self.next_label,
            self.schedule_label,
            self.state_label,
        ):
            set_font(label, small)
        set_fixed_height(self.progress, max(6, height // 90))
        if self.has_content():
            self._layout.setStretchFactor(self.countdown, 0)
            self._layout.setStretchFactor(self.content, 1)
            set_fixed_height(self.countdown, int(height * 0.225))
        else:
            self._layout.setStretchFactor(self.countdown, 1)
            self._layout.setStretchFactor(self.content, 0)
            if self.countdown.maximumHeight() != WIDGET_SIZE_MAX:
                self.countdown.setMinimumHeight(40)
                self.countdown.setMaximumHeight(WIDGET_SIZE_MAX)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
