"""The leader's cue on the room's screen: a banner between the countdown and what the step
shows, a filled amber bar with dark letters (the countdown is only ever lit text), so the
speaker sees "Wrap up" from the front of the room. It takes room from the step's content,
never covers the digits, and is announced once when it appears."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from facilitator.domain.cues import Cue, CueKind
from facilitator.ui.announce import announce
from facilitator.ui.naming import named
from facilitator.ui.quiet import set_pixel_size, set_text

CUE_BACKGROUND = "#f2b705"
CUE_INK = "#111111"  # 10.9:1 on the amber


def cue_words(cue: Cue) -> str:
    """What the room's screen shows for `cue`."""
    translate = QCoreApplication.translate
    if cue.kind is CueKind.WRAP_UP:
        return translate("Cues", "Please wrap up")
    if cue.kind is CueKind.ONE_MINUTE:
        return translate("Cues", "1 minute left")
    return cue.text


QUESTION_BACKGROUND = "#cfe8ff"  # the room's question: pale blue, not the cue's amber


class CueBanner(QLabel):
    """A filled bar of one line or two; the leader's cue by default, or (with another
    name and colour) the room's question the leader put on the screen."""

    def __init__(
        self, parent=None, object_name: str = "presenterCue", background: str = CUE_BACKGROUND
    ) -> None:
        super().__init__(parent)
        named(self, object_name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the leader's typing is never markup
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            f"QLabel#{object_name} {{ background: {background}; color: {CUE_INK};"
            " border-radius: 10px; padding: 6px 24px; }"
        )
        self.hide()

    def show_cue(self, text: str | None, screen_height: int) -> None:
        """`text` on the banner (None: no cue, the banner goes)."""
        if not text:
            if not self.isHidden():
                self.hide()
                self.setText("")
            return
        set_pixel_size(self, screen_height // 16, bold=True)
        if self.text() != text or self.isHidden():
            set_text(self, text)
            self.setAccessibleName(text)
            self.show()
            announce(self, text, assertive=True)  # the speaker's cue does not wait
