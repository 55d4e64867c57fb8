"""View → Room link…: turn the link on for an address the leader picks, show its QR code
and address (also on the room's screen), and each group's scribe page."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from facilitator import settings_schema as keys
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named
from facilitator.ui.room_link.room_link import RoomLink, local_addresses, qr_png


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(text, scale), "PNG")
    return pixmap


class RoomLinkDialog(QDialog):
    showOnRoomScreen = Signal(bool)
    showScribeCodes = Signal(bool)

    def __init__(self, link: RoomLink, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Room link"))
        self._link = link
        self._settings = settings
        intro = QLabel(
            self.tr(
                "Everyone in the room opens the meeting's live timer on their phone; each "
                "group's scribe types the group's flip chart. Phones must be on the same "
                "network as this laptop. Turning the link off ends every link."
            )
        )
        intro.setWordWrap(True)
        self.address = named(QComboBox(), "roomLinkAddress")
        for address, where in local_addresses():
            self.address.addItem(f"{address} — {where}", address)
        remembered = self.address.findData(keys.ROOM_LINK_HOST.read(settings))
        self.address.setCurrentIndex(max(0, remembered))
        self.port = named(QSpinBox(), "roomLinkPort")
        self.port.setRange(1024, 65535)
        self.port.setValue(keys.ROOM_LINK_PORT.read(settings))
        self.switch = named(QPushButton(), "roomLinkSwitch")
        form = QFormLayout()
        form.addRow(self.tr("Network address"), self.address)
        form.addRow(self.tr("Port"), self.port)

        live_box = self._build_live()

        scribe_box, buttons = self._build_scribes()
        boxes = QHBoxLayout()
        boxes.addWidget(live_box)
        boxes.addWidget(scribe_box)
        self._assemble(intro, form, boxes, buttons, link)

    def _build_scribes(self) -> tuple[QGroupBox, QDialogButtonBox]:
        """A group's scribe page (its QR code and address), and the dialog's buttons."""
        self.group = named(QComboBox(), "roomLinkGroup")
        self.scribe_qr = named(QLabel(), "roomLinkScribeQr")
        self.scribe_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scribe_url = named(QLabel(), "roomLinkScribeUrl")
        self.scribe_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scribe_url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scribe_url.setWordWrap(True)
        self.codes_on_screen = named(
            QCheckBox(self.tr("Every group's code on the room's screen")), "roomLinkCodesOnScreen"
        )
        scribe_box = QGroupBox(self.tr("Scribe page of a group"))
        scribes = QVBoxLayout(scribe_box)
        scribes.addWidget(self.group)
        scribes.addWidget(self.scribe_qr)
        scribes.addWidget(self.scribe_url)
        scribes.addWidget(self.codes_on_screen)

        self.message = MessageBar()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        return scribe_box, buttons

    def _build_live(self) -> QGroupBox:
        """For everyone's phone: its QR code and address, and the room's screen's."""
        self.qr = named(QLabel(), "roomLinkQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = named(QLabel(), "roomLinkUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = named(QPushButton(self.tr("Copy address")), "roomLinkCopy")
        self.on_screen = named(QCheckBox(self.tr("Show on the room's screen")), "roomLinkOnScreen")
        self.view_url = named(QLabel(), "roomLinkViewUrl")
        self.view_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view_url.setWordWrap(True)
        self.view_url.setToolTip(
            self.tr("For a TV or a second screen: it shows the timer and cannot send anything.")
        )
        live_box = QGroupBox(self.tr("For everyone's phone: the timer, their score, good news"))
        live = QVBoxLayout(live_box)
        live.addWidget(self.qr)
        live.addWidget(self.url)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.on_screen)
        live.addLayout(row)
        live.addWidget(self.view_url)
        return live_box

    def _assemble(
        self, intro: QLabel, form: QFormLayout, boxes: QHBoxLayout, buttons: QDialogButtonBox, link
    ) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.switch)
        layout.addLayout(boxes)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.switch.clicked.connect(self._switch)
        self.copy_button.clicked.connect(self._copy)
        self.on_screen.toggled.connect(self.showOnRoomScreen)
        self.codes_on_screen.toggled.connect(self.showScribeCodes)
        self.group.currentIndexChanged.connect(self._show_scribe)
        link.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        on = self._link.is_on()
        self.switch.setText(self.tr("Turn the room link off") if on else self.tr("Turn it on"))
        for choice in (self.address, self.port):
            choice.setEnabled(not on)
        for control in (self.copy_button, self.on_screen, self.group):
            control.setEnabled(on)
        url = self._link.participant_url()
        self.url.setText(url or self.tr("Off"))
        self.qr.setPixmap(qr_pixmap(url) if url else QPixmap())
        view = self._link.room_url()
        self.view_url.setText(
            self.tr("A screen that only shows the timer: {url}").format(url=view) if view else ""
        )
        if not on and self.on_screen.isChecked():
            self.on_screen.setChecked(False)
        has_groups = on and bool(self._link.group_names())
        self.codes_on_screen.setEnabled(has_groups)
        if not has_groups and self.codes_on_screen.isChecked():
            self.codes_on_screen.setChecked(False)
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for group_id, name in self._link.group_names().items():
            self.group.addItem(name, group_id)
        if self.group.count() == 0:
            self.group.addItem(self.tr("No groups yet (block 3 makes them)"), None)
        self.group.setCurrentIndex(max(0, self.group.findData(chosen)))
        self.group.blockSignals(False)
        self._show_scribe()

    def _show_scribe(self) -> None:
        url = self._link.scribe_urls().get(self.group.currentData())
        self.scribe_url.setText(url or "")
        self.scribe_qr.setPixmap(qr_pixmap(url, 4) if url else QPixmap())

    def _switch(self) -> None:
        if self._link.is_on():
            self._link.turn_off()
            self.message.clear_message()
            return
        host, port = self.address.currentData(), self.port.value()
        try:
            self._link.turn_on(host, port)
        except OSError as error:
            self.message.show_error(
                self.tr("The link cannot use {host}:{port}: {reason}. Try another port.").format(
                    host=host, port=port, reason=error.strerror or error
                )
            )
            return
        keys.ROOM_LINK_HOST.write(self._settings, host)
        keys.ROOM_LINK_PORT.write(self._settings, port)
        self.message.clear_message()

    def _copy(self) -> None:
        url = self._link.participant_url()
        if url:
            QGuiApplication.clipboard().setText(url)
            self.message.show_info(self.tr("Copied."))
