"""Every group on the room's screen: its name, members, scribe (✎) and presenter (★).

The cards are laid out in the grid (rows × columns) that gives the largest type for the
room the view has, names shortened to "First L." only when the full names would not fit.
With 50 people in 12 groups on a 1920×1080 screen the names stand over 2.5 % of the
screen high (measured in the room-screen check, see the README).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.ui.naming import named
from facilitator.ui.quiet import set_pixel_size, set_text

Group = tuple[str, list[str], str | None, str | None]  # name, members, scribe, presenter
LINE = 1.17  # line height in ems (DejaVu Sans needs 1.164)
CARD_PADDING_EM = 0.6  # the card's padding and spacing, in ems, per row and column
SPACING = 12


# How much of each name is shown: whole, "Per-Øyvind H.", or the first name alone.
FULL, INITIAL, FIRST = 0, 1, 2


def short_name(full: str, level: int = INITIAL) -> str:
    """ "Per-Øyvind Hæreid" → "Per-Øyvind H." or "Per-Øyvind" (a room knows its people)."""
    parts = full.split()
    if len(parts) < 2 or level == FULL:
        return full
    return parts[0] if level == FIRST else f"{parts[0]} {parts[-1][0]}."


def card_lines(group: Group, level: int) -> list[str]:
    name, members, scribe, presenter = group
    lines = [name]
    for member in members:
        mark = " ★" if member == presenter else " ✎" if member == scribe else ""
        lines.append(f"{short_name(member, level)}{mark}")
    return lines


@dataclass(frozen=True)
class CardLayout:
    rows: int
    columns: int
    pixels: int
    level: int  # FULL, INITIAL or FIRST


def fit_cards(
    groups: list[Group], width: float, height: float, font: QFont, max_pixels: int, wanted: int
) -> CardLayout:
    """The grid and type size that make the cards' text largest within width × height;
    names are shortened only as far as needed to reach `wanted` pixels."""
    if not groups:
        return CardLayout(1, 1, max_pixels, FULL)
    reference = QFont(font)
    reference.setPixelSize(100)
    metrics = QFontMetricsF(reference)
    tallest = max(len(g[1]) for g in groups) + 1
    best = CardLayout(1, len(groups), 12, FIRST)
    for level in (FULL, INITIAL, FIRST):
        lines = [line for g in groups for line in card_lines(g, level)]
        widest = max(metrics.horizontalAdvance(line) for line in lines) / 100
        for rows in range(1, len(groups) + 1):
            columns = math.ceil(len(groups) / rows)
            by_height = (height - SPACING * (rows - 1)) / (
                rows * (tallest * LINE + CARD_PADDING_EM)
            )
            by_width = (width - SPACING * (columns - 1)) / (columns * (widest + CARD_PADDING_EM))
            pixels = int(min(by_height, by_width, max_pixels))
            if pixels > best.pixels:
                best = CardLayout(rows, columns, pixels, level)
        if best.pixels >= wanted:
            break  # names this long are large enough: keep them
    return best


class GroupsView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption = named(QLabel(), "groupsCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.cards = QWidget()
        self._grid = QGridLayout(self.cards)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.cards, 1)
        self.card_labels: list[QLabel] = []
        self.layout_used: CardLayout | None = None
        self._groups: list[Group] = []
        self._shown: tuple | None = None
        self._window_height = 720

    def show_groups(self, groups: list[Group], caption: str, height: int) -> None:
        set_text(self.caption, caption)
        set_pixel_size(self.caption, height // 34)
        self._groups, self._window_height = groups, height
        self._lay_out()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._groups:
            self._lay_out()

    def _room(self) -> tuple[float, float]:
        """The cards' area: the real one once laid out, else an estimate from the window."""
        if self.cards.height() > 50 and self.cards.width() > 50:
            return self.cards.width(), self.cards.height()
        return self._window_height * 16 / 9 * 0.97, self._window_height * 0.52

    def _lay_out(self) -> None:
        width, height = self._room()
        key = (repr(self._groups), int(width), int(height))
        if key == self._shown:
            return  # only the caption changes every second
        self._shown = key
        # Capitals of DejaVu Sans are 0.73 em: 2.5 % of the screen needs 0.034 of it.
        layout = fit_cards(
            self._groups,
            width,
            height,
            self.font(),
            max_pixels=int(self._window_height / 16),
            wanted=math.ceil(self._window_height * 0.025 / 0.73),
        )
        layout = self._checked(layout, width, height)
        self.layout_used = layout
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.card_labels = []
        for index, group in enumerate(self._groups):
            card = self._card(group, layout)
            self._grid.addWidget(card, index // layout.columns, index % layout.columns)
            self.card_labels.append(card)

    def _card(self, group: Group, layout: CardLayout) -> QLabel:
        card = named(QLabel("\n".join(card_lines(group, layout.level))), "groupCard")
        card.setTextFormat(Qt.TextFormat.PlainText)
        # The grid decides the size: a card never makes the window wider.
        card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pad = max(4, int(layout.pixels * CARD_PADDING_EM / 2))
        card.setStyleSheet(f"background: #15283a; border-radius: 10px; padding: {pad}px;")
        set_pixel_size(card, layout.pixels)
        return card

    def _checked(self, layout: CardLayout, width: float, height: float) -> CardLayout:
        """The estimate measures text with one reference font; the real cards may draw
        ★ and ✎ from a wider or taller fallback font. Measure the real cards once and
        shrink the type so that none is cut off, across or down."""
        room_across = (width - SPACING * (layout.columns - 1)) / layout.columns
        room_down = (height - SPACING * (layout.rows - 1)) / layout.rows
        hints = [self._card(g, layout).sizeHint() for g in self._groups]
        scale = min(
            room_across / max(hint.width() for hint in hints),
            room_down / max(hint.height() for hint in hints),
        )
        if scale >= 1:
            return layout
        pixels = max(12, int(layout.pixels * scale) - 1)
        return CardLayout(layout.rows, layout.columns, pixels, layout.level)
