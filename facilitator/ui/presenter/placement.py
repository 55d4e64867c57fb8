"""Which screen the presenter view is on: chosen, remembered, and rescued when unplugged."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from facilitator import settings_schema as keys
from facilitator.domain.meeting_run import RunView
from facilitator.ui.numbers import clock_text
from facilitator.ui.presenter.presenter_window import PresenterWindow


class PresenterPlacement(QObject):
    """Owns the presenter window and keeps it on a screen that exists."""

    screensChanged = Signal()  # the list of screens (or the remembered one) changed

    def __init__(self, control_window: QWidget, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self._control = control_window
        self._settings = settings
        self.window = PresenterWindow()
        self.window.closed.connect(self.screensChanged)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # made before any window
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self._last_view: RunView | None = None

    def remembered_screen_name(self) -> str:
        return keys.PRESENTER_SCREEN.read(self._settings)

    def screens(self) -> list[QScreen]:
        return QGuiApplication.screens()

    def preferred_screen(self) -> QScreen:
        """The remembered screen if it is there, else any screen but the laptop's."""
        by_name = {screen.name(): screen for screen in self.screens()}
        remembered = by_name.get(self.remembered_screen_name())
        if remembered is not None:
            return remembered
        control_screen = self._control.screen()
        others = [s for s in self.screens() if s is not control_screen]
        return others[0] if others else (control_screen or QGuiApplication.primaryScreen())

    def is_shown(self) -> bool:
        return self.window.isVisible()

    def show(self, screen: QScreen | None = None) -> None:
        """Full screen on another screen; with only the laptop's, a window to make full."""
        target = screen or self.preferred_screen()
        # The room's screen never takes the leader's typing: shown without activating,
        # and the control window is given back the focus where a window manager took it.
        typing_here = self._control.isActiveWindow()
        self.window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        if screen is not None:
            keys.PRESENTER_SCREEN.write(self._settings, screen.name())
        self.window.setScreen(target)
        geometry = target.availableGeometry()
        if target is self._control.screen() or len(self.screens()) == 1:
            self.window.showNormal()
            self.window.resize(min(1280, geometry.width()), min(720, geometry.height()))
            self.window.move(geometry.center() - self.window.rect().center())
        else:
            self.window.move(geometry.topLeft())
            self.window.show_fullscreen()
        self.window.raise_()
        if typing_here:
            self._control.activateWindow()
        self.screensChanged.emit()

    def hide(self) -> None:
        self.window.hide()
        self.screensChanged.emit()

    def toggle(self) -> None:
        if self.is_shown():
            self.hide()
        else:
            self.show()

    def remembered_screen_is_back(self) -> bool:
        """The remembered screen is connected but the view is not on it."""
        name = self.remembered_screen_name()
        current = self.window.screen()
        return (
            bool(name)
            and any(s.name() == name for s in self.screens())
            and (current is None or current.name() != name)
        )

    def send_back(self) -> None:
        self.show(self.preferred_screen())

    def update(self, view: RunView, now_text: str | None = None) -> None:
        self._last_view = view
        if self.window.isVisible():
            from datetime import datetime

            clock = now_text or clock_text(datetime.now())
            self.window.show_view(view, clock)

    def close(self) -> None:
        self.window.close()

    def _screen_removed(self, screen: QScreen) -> None:
        if self.window.isVisible() and self.window.screen() in (screen, None):
            # Bring the view back to a screen that still exists, as a window.
            fallback = self._control.screen() or QGuiApplication.primaryScreen()
            remaining = [s for s in self.screens() if s is not screen]
            target = remaining[0] if remaining else fallback
            self.window.showNormal()
            self.window.setScreen(target)
            geometry = target.availableGeometry()
            self.window.resize(min(1280, geometry.width()), min(720, geometry.height()))
            self.window.move(geometry.topLeft())
        self.screensChanged.emit()

    def _screen_added(self, _screen: QScreen) -> None:
        self.screensChanged.emit()
