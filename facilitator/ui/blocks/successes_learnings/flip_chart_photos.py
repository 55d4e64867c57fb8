"""The photos of a group's flip chart, under its lines: the scribe's from the phone, or
one the leader adds from a file; viewed large, removed, and put on the room's screen
while the group presents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.photos import KeptPhoto, PhotoRefusedError, keep_photo, smaller
from facilitator.store import group_photos
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.group_photos import PhotoItem
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.naming import named
from facilitator.ui.pending_edits import PendingEdits, save_or_keep
from facilitator.web.room_rules import photo_labels

ICON_SIDE = 112
THUMBNAIL_SIDE = 240  # drawn at half size: sharp on a high-density laptop screen


def pixmap_of(jpeg: bytes) -> QPixmap:
    return QPixmap.fromImage(QImage.fromData(jpeg))


class FlipChartPhotos(QWidget):
    problem = Signal(str)
    changed = Signal()  # a photo added or removed here
    # The leader puts the chosen photo on the room's screen while its group presents
    # (a photo's id), or takes it off (None).
    screenRequested = Signal(object)

    def __init__(
        self, db: Database, parent=None, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        super().__init__(parent)
        self._db, self._now = db, now
        self.messages = bridge_for(db)
        self.pending = PendingEdits(self)  # photos added while a shared meeting is offline
        self.group_id: int | None = None
        self.group_name = ""
        self.photos: list[PhotoItem] = []
        self._thumbnails: dict[int, QPixmap] = {}
        # The group presenting now and its photo on the room's screen (the block says).
        self._presenting: int | None = None
        self._on_screen: int | None = None
        self.heading = QLabel(self.tr("Photos of the flip chart"))
        self.list = named(QListWidget(), "flipChartPhotos")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(ICON_SIDE + 34)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setAccessibleName(self.tr("Photos of the flip chart"))
        self.heading.setBuddy(self.list)
        self.empty = QLabel(self.tr("No photo yet: the scribe's page has a camera button."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-style: italic;")
        self.add_button = named(QPushButton(self.tr("Add photo…")), "flipChartAddPhoto")
        self.view_button = named(QPushButton(self.tr("View")), "flipChartViewPhoto")
        self.remove_button = named(QPushButton(self.tr("Remove photo")), "flipChartRemovePhoto")
        self.screen_button = named(
            QPushButton(self.tr("On the room's screen")), "flipChartPhotoOnScreen"
        )
        self.screen_button.setCheckable(True)
        self.screen_button.setToolTip(
            self.tr(
                "While this group presents, the room sees the photo chosen here"
                " (PageDown also shows each photo in turn)."
            )
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.screen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose_file)
        self.view_button.clicked.connect(self.view_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.screen_button.clicked.connect(self._screen_clicked)
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        self.list.currentRowChanged.connect(self._selection_changed)
        self._update()

    # -- what is shown ----------------------------------------------------------------------

    def show_group(self, group_id: int | None, name: str = "") -> None:
        """The group whose sheet is shown (the presenting group, during presentations)."""
        self.group_id, self.group_name = group_id, name
        self.reload()

    def reload(self) -> None:
        row = self.list.currentRow()
        self.screen_button.setChecked(False)  # the list refills: no choice is sent
        try:
            self.photos = (
                group_photos.group_photos(self._db, self.group_id)
                if self.group_id is not None
                else []
            )
        except StoreError as error:
            self.messages.store_failed(error)
            self.photos = []
        self.list.clear()
        for number, photo in enumerate(self.photos, start=1):
            item = QListWidgetItem(QIcon(self._thumbnail(photo)), str(number))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.photo_name(number, photo))
            item.setToolTip(self.photo_name(number, photo))
            self.list.addItem(item)
        if self.photos:
            self.list.setCurrentRow(min(max(row, 0), len(self.photos) - 1))
        self._follow_screen()

    def photo_name(self, number: int, photo: PhotoItem) -> str:
        if photo.source == "phone":
            return self.tr("Photo {n} of {group}'s flip chart, from the scribe's phone").format(
                n=number, group=self.group_name
            )
        return self.tr("Photo {n} of {group}'s flip chart, added on this laptop").format(
            n=number, group=self.group_name
        )

    def _thumbnail(self, photo: PhotoItem) -> QPixmap:
        if photo.id not in self._thumbnails:
            jpeg = group_photos.photo_jpeg(self._db, photo.id)
            small = smaller(jpeg, THUMBNAIL_SIDE).jpeg if jpeg else b""
            self._thumbnails[photo.id] = pixmap_of(small)
        return self._thumbnails[photo.id]

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.list.setVisible(bool(self.photos))
        self.empty.setVisible(not self.photos)
        self.add_button.setEnabled(self.group_id is not None)
        self.view_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.screen_button.setEnabled(self.presenting and chosen)

    def _selection_changed(self, _row: int) -> None:
        self._update()
        photo = self.selected()
        if self.screen_button.isChecked() and photo is not None:
            self.screenRequested.emit(photo.id)  # the room sees the photo chosen now

    def _screen_clicked(self, on: bool) -> None:
        photo = self.selected()
        self.screenRequested.emit(photo.id if on and photo is not None else None)

    @property
    def presenting(self) -> bool:
        """This sheet's group presents now: its photos can go on the room's screen."""
        return self.group_id is not None and self.group_id == self._presenting

    def show_on_screen(self, presenting: int | None, photo_id: int | None) -> None:
        """What the room's screen shows: the group presenting (None: nobody) and which of
        its photos the room sees (None: the group's turn itself)."""
        self._presenting, self._on_screen = presenting, photo_id
        self._follow_screen()

    def _follow_screen(self) -> None:
        ids = [photo.id for photo in self.photos]
        on_screen = self.presenting and self._on_screen in ids
        if on_screen and self._on_screen is not None:
            self.list.setCurrentRow(ids.index(self._on_screen))
        self.screen_button.setChecked(on_screen)  # `clicked` is the leader's only
        self._update()

    def selected(self) -> PhotoItem | None:
        row = self.list.currentRow()
        return self.photos[row] if 0 <= row < len(self.photos) else None

    def selected_jpeg(self) -> bytes | None:
        """The chosen photo's stored JPEG (the room's screen shows it)."""
        photo = self.selected()
        if photo is None:
            return None
        try:
            return group_photos.photo_jpeg(self._db, photo.id)
        except StoreError:
            return None

    # -- adding, viewing, removing ------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a photo of the flip chart"),
            str(Path.home()),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)"),
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """A photo from a file on the laptop, checked and re-encoded as a phone's is."""
        if self.group_id is None:
            return False
        try:
            kept = keep_photo(path.read_bytes())
        except OSError:
            self.problem.emit(self.tr("“{name}” could not be read.").format(name=path.name))
            return False
        except PhotoRefusedError as refused:
            self.problem.emit(photo_labels()[refused.problem.value])
            return False
        return self._store(self.group_id, kept)

    def _store(self, group_id: int, kept: KeptPhoto) -> bool:
        def write() -> None:
            group_photos.add_photo(self._db, group_id, kept, "laptop", self._now())

        try:
            saved = save_or_keep(
                write,
                self.pending,
                ("photo", id(kept)),
                lambda: self._store(group_id, kept),
                self.messages.store_failed,
            )
        except PhotoRefusedError as refused:
            self.problem.emit(photo_labels()[refused.problem.value])
            return False
        if saved:
            self.reload()
            self.changed.emit()
        return saved is not False

    def view_selected(self) -> None:
        jpeg, photo = self.selected_jpeg(), self.selected()
        if jpeg is None or photo is None:
            return
        self.viewer = PhotoViewer(
            pixmap_of(jpeg), self.photo_name(self.list.currentRow() + 1, photo), self
        )
        self.viewer.open()

    def remove_selected(self) -> None:
        photo = self.selected()
        if photo is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr("Remove this photo of {group}'s flip chart from the meeting?").format(
                group=self.group_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            group_photos.remove_photo(self._db, photo.id)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self._thumbnails.pop(photo.id, None)
        self.reload()
        self.changed.emit()


class PhotoViewer(QDialog):
    """One photo, as large as the screen allows."""

    def __init__(self, pixmap: QPixmap, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        screen = (parent.screen() if parent is not None else None) or self.screen()
        room = screen.availableGeometry().size() * 0.85
        self.image = QLabel()
        self.image.setAccessibleName(title)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setPixmap(
            pixmap.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(buttons)
