"""Block 3 on the room's screen: the presenting group's flip-chart photo, as large as the
content area allows, with who presents and their countdown on one line above it. The
photo is decoded once per photo and scaled once per size: the second's tick changes only
the line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.domain.timer import format_countdown
from facilitator.domain.turns import TurnView
from facilitator.ui.naming import named
from facilitator.ui.quiet import set_pixel_size, set_text


class PhotoView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption = named(QLabel(), "photoCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.image = named(QLabel(), "photoImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.image, 1)
        self.photo_key: object = None
        self._photo = QPixmap()
        self._scaled_for = QSize()

    def show_photo(
        self, key: object, jpeg: bytes, description: str, view: TurnView, height: int
    ) -> None:
        """`key` names the photo: the same key is not decoded again."""
        if key != self.photo_key:
            self.photo_key = key
            self._photo = QPixmap.fromImage(QImage.fromData(jpeg))
            self._scaled_for = QSize()
            self.image.setAccessibleName(description)
        line = description
        if view.current is not None and view.remaining is not None:
            line = f"{description} · {format_countdown(view.remaining)}"
        set_text(self.caption, line)
        set_pixel_size(self.caption, height // 36)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.image.size()
        if self._photo.isNull() or room == self._scaled_for or room.isEmpty():
            return
        self._scaled_for = room
        self.image.setPixmap(
            self._photo.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
