"""Setters that leave a widget alone when the value is already shown.

The countdown repaints every second for hours. Re-setting an unchanged style sheet makes Qt
re-polish the widget and re-lay out its window, and each needless call is work (and, on a
faulty binding, a leaked reference): a tick should touch only what really changed.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QWidget


def set_text(widget: QLabel | QAbstractButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def set_spoken(widget: QWidget, name: str) -> None:
    """The accessible name, set only when it changes: a screen reader is told each change."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


def set_style(widget: QWidget, style_sheet: str) -> None:
    if widget.styleSheet() != style_sheet:
        widget.setStyleSheet(style_sheet)


def set_value(bar: QProgressBar, value: int) -> None:
    if bar.value() != value:
        bar.setValue(value)


def set_enabled(widget: QWidget, enabled: bool) -> None:
    if widget.isEnabled() != enabled:
        widget.setEnabled(enabled)


def set_font(widget: QWidget, font: QFont) -> None:
    if widget.font() != font:
        widget.setFont(font)


def set_pixel_size(label: QWidget, pixels: int, bold: bool = False) -> None:
    """The label's font at `pixels` high (12 at least), bold or not; unchanged stays put."""
    font = QFont(label.font())
    font.setPixelSize(max(12, pixels))
    font.setBold(bold)
    set_font(label, font)


def set_fixed_height(widget: QWidget, height: int) -> None:
    if widget.minimumHeight() != height or widget.maximumHeight() != height:
        widget.setFixedHeight(height)
