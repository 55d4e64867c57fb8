"""The room link on the room's screen: the QR code and address phones open the live timer
with (a card in a corner), and each group's scribe page as a QR code with its name (over
the content while the scribes scan)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator.ui.naming import named
from facilitator.ui.quiet import set_font, set_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _qr(url: str, side: int) -> QPixmap:
    from facilitator.ui.room_link.room_link import qr_png

    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(url, scale=max(2, side // 45)), "PNG")
    return pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)


class RoomLinkCard(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presenterRoomLink")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#presenterRoomLink { background: #ffffff; border-radius: 8px; }"
            " QLabel { color: #0b1620; }"
        )
        self.qr = named(QLabel(), "presenterRoomLinkQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = named(QLabel(), "presenterRoomLinkAddress")
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        self.caption = named(
            QLabel(translate("PresenterWindow", "The meeting on your phone")), "roomLinkCaption"
        )
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.qr)
        layout.addWidget(self.address)
        self.hide()
        self.url: str | None = None

    def place(self, width: int, height: int, font: QFont) -> int:
        """Sized to the window (`width` × `height`) on its right edge; its width (0: hidden)."""
        if self.url is None:
            self.hide()
            return 0
        side = max(120, height // 4)  # phones scan it from the back of the room
        self.qr.setPixmap(_qr(self.url, side))
        # Host and path on two lines, the type as large as fits: typed without a camera.
        host, _, path = self.url.removeprefix("http://").partition("/")
        lines = [host, "/" + path]
        address_font = QFont(font)
        address_font.setPixelSize(100)
        widest = max(QFontMetrics(address_font).horizontalAdvance(line) for line in lines)
        address_font.setPixelSize(max(10, min(side // 11, int(100 * (side - 4) / widest))))
        set_text(self.address, "\n".join(lines))
        set_font(self.address, address_font)
        caption = QFont(address_font)
        caption.setPixelSize(max(14, side // 8))
        caption.setBold(True)
        set_font(self.caption, caption)
        extra = self.address.heightForWidth(side) + self.caption.heightForWidth(side)
        self.resize(side + 16, side + extra + 32)
        self.move(width - self.width() - 16, (height - self.height()) // 2)
        self.show()
        self.raise_()
        return self.width()


class ScribeCodes(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presenterScribeCodes")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#presenterScribeCodes { background: #0b1620; }"
            " QLabel#scribeCodeName { color: #e8eef4; }"
            " QLabel#scribeCodeQr { background: #ffffff; border-radius: 6px; }"
        )
        self.hide()
        self.codes: list[tuple[str, str]] = []

    def _clear(self) -> None:
        old = self.layout()
        if old is not None:
            while old.count():
                item = old.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            QWidget().setLayout(old)  # the old layout goes with a throwaway parent

    def place(self, top: int, width: int, height: int, font: QFont) -> None:
        """The codes in a grid below `top`, as large as the window allows."""
        self._clear()
        if not self.codes:
            self.hide()
            return
        self.setGeometry(0, top, width, height - top)
        count = len(self.codes)
        columns = min(count, max(1, math.ceil(math.sqrt(count * 16 / 9))))
        rows = math.ceil(count / columns)
        cell_height = (self.height() - 16 * rows) / rows
        cell_width = (self.width() - 16 * columns) / columns
        name_pixels = max(14, int(cell_height * 0.12))
        side = int(max(60, min(cell_width, cell_height - name_pixels * 1.6)))
        grid = QGridLayout(self)
        grid.setSpacing(16)
        for index, (name, url) in enumerate(self.codes):
            row, column = divmod(index, columns)
            grid.addWidget(self._name(name, font, name_pixels), row * 2, column)
            grid.addWidget(
                self._code(url, side), row * 2 + 1, column, Qt.AlignmentFlag.AlignHCenter
            )
        self.show()
        self.raise_()

    @staticmethod
    def _name(name: str, font: QFont, pixels: int) -> QLabel:
        label = named(QLabel(name), "scribeCodeName")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        name_font = QFont(font)
        name_font.setPixelSize(pixels)
        label.setFont(name_font)
        return label

    @staticmethod
    def _code(url: str, side: int) -> QLabel:
        code = named(QLabel(), "scribeCodeQr")
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.setPixmap(_qr(url, side))
        code.setToolTip(url)
        code.setFixedSize(side + 16, side + 16)
        return code
