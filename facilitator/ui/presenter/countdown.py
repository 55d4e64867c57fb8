"""The projected countdown: digits as tall as the space allows, read from the back of the
room, with warning and overtime told apart by shape as well as colour.

Painted rather than a QLabel so the type is sized by the digits' own ink (not the font's
line height, which wastes a third of it) and centred on that ink. The digits come from
the bundled DejaVu Sans Bold, whose figures all have the same width, so the number does
not jitter as it counts down. Normal: plain digits. Warning: the digits in a heavy frame.
Overtime: light digits on a solid block, which stays distinct in greyscale too.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.domain.timer import Phase, format_room_countdown
from facilitator.ui.fonts import COUNTDOWN_FAMILY

# Figures of DejaVu Sans Bold are 0.729 em tall; the width of "00:00" is 2.88 em.
WIDEST_MINUTES = "00:00"
WIDEST_OVERTIME = "+00:00"
WIDEST_HOURS = "0:00:00"


class CountdownDisplay(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterCountdown")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(40)
        self._text = "00:00"
        self._colour = QColor("#ffffff")
        self._phase = Phase.NORMAL
        self._framed = False

    # The QLabel-like surface the rest of the presenter (and the tests) read.
    def text(self) -> str:
        return self._text

    def colour(self) -> str:
        return self._colour.name()

    def phase_shown(self) -> Phase | None:
        """The shape drawn around the digits (warning frame, overtime block), if any."""
        return self._phase if self._framed and self._phase is not Phase.NORMAL else None

    def show_time(self, text: str, colour: str, phase: Phase, emphasised: bool) -> None:
        """`emphasised`: running, so warning and overtime get their shapes."""
        colour_value = QColor(colour)
        key = (text, colour_value.name(), phase, emphasised)
        if key == (self._text, self._colour.name(), self._phase, self._framed):
            return
        self._text, self._colour, self._phase, self._framed = text, colour_value, phase, emphasised
        self.update()

    def font_for(self, width: float, height: float) -> QFont:
        """The largest bold font whose widest text of this length fits `width` and whose
        digits fit `height`."""
        font = QFont(COUNTDOWN_FAMILY)
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        sample = self._sample()
        ink = metrics.tightBoundingRect("0").height() or 73.0
        by_height = height / ink * 100
        by_width = width / max(1.0, metrics.horizontalAdvance(sample)) * 100
        font.setPixelSize(max(12, int(min(by_height, by_width))))
        return font

    def _shown(self) -> str:
        """The digits painted: over time the solid block and the words under it say
        "over time", so the sign is left out and the digits keep their full size."""
        return self._text.removeprefix("+") if self.phase_shown() is Phase.OVERTIME else self._text

    def _sample(self) -> str:
        text = self._shown()
        if text.startswith("+") and len(text) <= 6:
            return WIDEST_OVERTIME
        if len(text) <= 5 and ":" in text:
            return WIDEST_MINUTES
        if ":" in text:
            return ("+" if text.startswith("+") else "") + WIDEST_HOURS
        return text  # words ("Thank you")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        pad = rect.height() * 0.06 if self._framed and self._phase is not Phase.NORMAL else 0
        # The frame takes no width: at 16:9 the digits need all of it to stand 40 % high.
        inner = rect.adjusted(0, pad, 0, -pad)
        font = self.font_for(inner.width() * 0.995, inner.height() * 0.94)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        shown = self._shown()
        text_width = metrics.horizontalAdvance(shown)
        x = inner.center().x() - text_width / 2
        digits = metrics.tightBoundingRect("0")
        y = inner.center().y() - (digits.top() + digits.bottom()) / 2  # centre the figures
        pen_width = max(4.0, pad * 0.5)
        box = QRectF(
            rect.left() + pen_width / 2,
            y + digits.top() - pad,
            rect.width() - pen_width,
            digits.height() + pad * 2,
        )
        text_colour = self._colour
        if self._framed and self._phase is Phase.OVERTIME:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour)
            painter.drawRoundedRect(box, pad, pad)
            text_colour = QColor("#ffffff")
        elif self._framed and self._phase is Phase.WARNING:
            painter.setPen(QPen(self._colour, pen_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, pad, pad)
        painter.setPen(text_colour)
        painter.drawText(QPointF(x, y), shown)
        painter.end()


def room_countdown(view) -> str:
    return format_room_countdown(view.remaining)
