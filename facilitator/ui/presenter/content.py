"""What the presenter view shows under the countdown, block by block, and the closing card.
The group cards are in groups_view.py."""

from __future__ import annotations

from datetime import datetime
from textwrap import shorten

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator.domain.grades import GRADE_INKS, ReviewGrades
from facilitator.domain.timer import format_countdown
from facilitator.domain.turns import TurnView
from facilitator.ui.naming import named
from facilitator.ui.numbers import grade_text
from facilitator.ui.quiet import set_pixel_size, set_style, set_text
from facilitator.ui.statements import Statement


def _label(object_name: str, alignment=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = named(QLabel(), object_name)
    label.setAlignment(alignment)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


_size = set_pixel_size


class SpeakerView(QWidget):
    """Good news: who is speaking, their own countdown, and who is next."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption = _label("speakerCaption")
        self.name = _label("speakerName")
        self.countdown = _label("speakerCountdown")
        self.following = _label("speakerNext")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.caption, self.name, self.countdown, self.following):
            layout.addWidget(label)

    def show_turn(self, view: TurnView, height: int) -> None:
        if view.current is None:
            set_text(self.caption, self.tr("Every speaker has had their turn"))
            set_text(self.name, "")
            set_text(self.countdown, "")
        else:
            set_text(
                self.caption,
                self.tr("Speaking now ({n} of {count})").format(n=view.position, count=view.count),
            )
            set_text(self.name, view.current.label)
            remaining = view.remaining
            set_text(self.countdown, format_countdown(remaining) if remaining is not None else "")
            over = remaining is not None and remaining < 0
            set_style(self.countdown, f"color: {'#ff4d4d' if over else '#9fd3ff'};")
        set_text(
            self.following,
            self.tr("Next: {name}").format(name=view.following.label) if view.following else "",
        )
        _size(self.caption, height // 40)
        _size(self.name, height // 14, bold=True)
        _size(self.countdown, height // 16, bold=True)
        _size(self.following, height // 36)


class StatementView(QWidget):
    """Block 2 (a): one statement — the vision, the mission, a value — in large type.
    As a list (`as_list`), it shows several lines left-aligned (the OKRs of block 5)."""

    def __init__(self, parent=None, as_list: bool = False) -> None:
        super().__init__(parent)
        self._as_list = as_list
        self.caption = _label("statementCaption")
        align = (
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            if as_list
            else Qt.AlignmentFlag.AlignCenter
        )
        self.text = _label("statementText", align)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)

    def show_statement(self, statement: Statement, height: int) -> None:
        self._statement, self._window_height = statement, height
        set_text(self.caption, statement.label)
        set_text(self.text, statement.text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "_statement", None) is not None:
            self._fit()

    def _fit(self) -> None:
        """Size the type to the room this view really has (it changes with the layout)."""
        height = self._window_height
        _size(self.caption, height // 32)
        text = self._statement.text
        room = max(60, self.height() - self.caption.sizeHint().height() - 8)
        if self._as_list:
            lines = max(1, text.count("\n") + 1)
            _size(self.text, int(min(height / 22, room / (lines * 1.45))))
            return
        # Long statements get smaller type so they still fit the area.
        length = max(1, len(text))
        _size(
            self.text,
            int(min(height / 12, height / 4.5 / (length**0.5) * 3.2, room / 2.2)),
            bold=True,
        )


class ClosingCard(QWidget):
    """The full-window card when the quarter is declared closed: the room's cue."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("closingCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#closingCard { background: #0f3d2e; } QLabel { color: #f4fff8; }")
        self.company = _label("closingCompany")
        self.headline = _label("closingHeadline")
        self.moment = _label("closingMoment")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.company, self.headline, self.moment):
            layout.addWidget(label)
        layout.addStretch(1)
        self.hide()

    def show_closed(self, company: str, quarter: str, moment: datetime) -> None:
        set_text(self.company, f"{company} · {quarter}")
        set_text(self.headline, self.tr("The quarter is closed"))
        set_text(self.moment, moment.astimezone().strftime("%H:%M"))
        self.resize_text()
        self.show()
        self.raise_()

    def resize_text(self) -> None:
        height = max(240, self.height())
        _size(self.company, height // 18)
        _size(self.headline, height // 8, bold=True)
        _size(self.moment, height // 14)


BAND_COLOURS = {"green": "#3ccf7a", "amber": "#ffb020", "red": "#ff4d4d"}
GRADED_OBJECTIVES_SHOWN = 4


class ReportView(QWidget):
    """Block 2: the company or department reporting now, and its score in large type."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption = _label("reportCaption")
        self.entity = _label("reportEntityName")
        self.score = _label("reportScoreValue")
        self.countdown = _label("reportCountdown")
        self.room = _label("reportRoomScores")  # the phones' scores, when the leader shows them
        self.grade = _label("reportGrade")  # last quarter's grade, when the company grades
        self.grade_lines = _label("reportObjectiveGrades")
        # Revealed, the room's median stands beside the reporter's own score, each under
        # its caption, in the same large type: two columns the back of the room compares.
        self.own_caption = _label("reportOwnCaption")
        self.room_caption = _label("reportRoomCaption")
        self.room_median = _label("reportRoomMedian")
        scores = QGridLayout()
        scores.addWidget(self.own_caption, 0, 0)
        scores.addWidget(self.room_caption, 0, 1)
        scores.addWidget(self.score, 1, 0)
        scores.addWidget(self.room_median, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.entity)
        layout.addLayout(scores)
        for label in (self.grade, self.grade_lines, self.room, self.countdown):
            layout.addWidget(label)

    def show_report(
        self,
        view: TurnView,
        score: int | None,
        height: int,
        room: str | None = None,
        grades: ReviewGrades | None = None,
        room_median: str | None = None,
    ) -> None:
        from facilitator.domain.evaluation import band

        if view.current is None:
            set_text(self.caption, self.tr("Every report is in"))
            set_text(self.entity, "")
            set_text(self.score, "")
            set_text(self.countdown, "")
        else:
            set_text(
                self.caption,
                self.tr("Reporting now ({n} of {count})").format(n=view.position, count=view.count),
            )
            set_text(self.entity, view.current.label)
            set_text(self.score, str(score) if score is not None else "–")
            score_band = band(score)
            colour = BAND_COLOURS.get(score_band.value if score_band else "", "#e8eef4")
            set_style(self.score, f"color: {colour};")
            remaining = view.remaining
            set_text(self.countdown, format_countdown(remaining) if remaining is not None else "")
        set_text(self.room, room if view.current is not None and room else "")
        self.room.setVisible(bool(self.room.text()))
        side_by_side = view.current is not None and room_median is not None
        set_text(self.own_caption, self.tr("Their own score") if side_by_side else "")
        set_text(self.room_caption, self.tr("The room's median") if side_by_side else "")
        set_text(self.room_median, room_median if side_by_side and room_median else "")
        for label in (self.own_caption, self.room_caption, self.room_median):
            label.setVisible(side_by_side)
        _size(self.own_caption, height // 36)
        _size(self.room_caption, height // 36)
        _size(self.room_median, height // 7, bold=True)
        self._show_grades(grades if view.current is not None else None)
        _size(self.caption, height // 40)
        _size(self.entity, height // 16, bold=True)
        _size(self.score, height // 7, bold=True)
        _size(self.grade, height // 26, bold=True)
        _size(self.grade_lines, height // 36)
        _size(self.room, height // 24)
        _size(self.countdown, height // 30)

    def _show_grades(self, grades: ReviewGrades | None) -> None:
        """The score the entity gave itself stands above; its key results' grade beside it
        ("scored itself 8, grade 0.6"), in its band's ink and with its word, then each
        objective's (the first few: the room reads them from the back)."""
        overall = grades.overall if grades is not None else None
        if grades is None or overall is None:
            set_text(self.grade, "")
            set_text(self.grade_lines, "")
        else:
            set_text(
                self.grade,
                self.tr("Last quarter's key results: grade {grade}").format(
                    grade=grade_text(overall)
                ),
            )
            set_style(self.grade, f"color: {GRADE_INKS[overall.band]};")
            graded = [(text, grade) for text, grade in grades.objectives if grade is not None]
            lines = [
                f"{shorten(statement, 60, placeholder='…')} — {grade_text(grade)}"
                for statement, grade in graded[:GRADED_OBJECTIVES_SHOWN]
            ]
            more = len(graded) - GRADED_OBJECTIVES_SHOWN
            if more > 0:
                lines.append(self.tr("and %n more objective(s)", "", more))
            set_text(self.grade_lines, "\n".join(lines))
        self.grade.setVisible(bool(self.grade.text()))
        self.grade_lines.setVisible(bool(self.grade_lines.text()))


class ScoresChartView(QWidget):
    """When every report is in: the company's and the departments' scores side by side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scores: list[tuple[str, int | None]] = []
        self.setMinimumHeight(120)

    def show_scores(self, scores: list[tuple[str, int | None]]) -> None:
        if scores != self.scores:
            self.scores = scores
            self.update()

    def paintEvent(self, event) -> None:
        from PySide6.QtGui import QColor, QPainter

        from facilitator.domain.evaluation import band

        if not self.scores:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        label_height = max(18, height // 9)
        bar_area = height - 2 * label_height
        slot = width / len(self.scores)
        bar_width = min(slot * 0.6, 220)
        font = QFont(self.font())
        font.setPixelSize(max(12, label_height * 2 // 3))
        # Shrink the names until the longest fits its column.
        from PySide6.QtGui import QFontMetrics

        longest = max((name for name, _ in self.scores), key=len)
        while QFontMetrics(font).horizontalAdvance(longest) > slot * 0.95 and font.pixelSize() > 10:
            font.setPixelSize(font.pixelSize() - 1)
        painter.setFont(font)
        for index, (name, score) in enumerate(self.scores):
            x = index * slot + (slot - bar_width) / 2
            value = score or 0
            bar_height = bar_area * value / 10
            top = label_height + bar_area - bar_height
            score_band = band(score)
            colour = BAND_COLOURS.get(score_band.value if score_band else "", "#5b6b7b")
            painter.fillRect(int(x), int(top), int(bar_width), int(bar_height), QColor(colour))
            painter.setPen(QColor("#e8eef4"))
            painter.drawText(
                int(index * slot),
                int(top - label_height),
                int(slot),
                label_height,
                Qt.AlignmentFlag.AlignCenter,
                str(score) if score is not None else "–",
            )
            painter.drawText(
                int(index * slot),
                height - label_height,
                int(slot),
                label_height,
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        painter.end()
