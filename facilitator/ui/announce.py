"""What a screen reader says without the leader moving focus: a question the run asks, a
message under a form, the step the room's screen shows. Sent as Qt's announcement event
(QAccessibleAnnouncementEvent, Qt 6.8), which AT-SPI, UI Automation and NSAccessibility
pass to the screen reader as a live region's text."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

# The last text announced from a widget, kept on it (what a test, or the next engineer
# debugging with a screen reader, can read back).
ANNOUNCED = "facilitatorAnnounced"


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers say `text`; `assertive` interrupts (a question waiting for an
    answer), otherwise it waits for what is being said."""
    if not text:
        return
    widget.setProperty(ANNOUNCED, text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
