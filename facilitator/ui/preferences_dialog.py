"""Preferences: language, default block minutes, warning, chime, presenter screen, paper,
the OKR grades and the mail server. Kept in QSettings; the password is never stored."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from facilitator import i18n
from facilitator import settings_schema as keys
from facilitator.domain.agenda import BLOCK_RANGES, BlockKind
from facilitator.report.paper import Paper
from facilitator.texts import block_title
from facilitator.ui.grade_preferences import GradePreferences
from facilitator.ui.minutes.smtp_settings import SmtpDialog, load_smtp
from facilitator.ui.naming import named
from facilitator.ui.run import preferences as timer_prefs


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings

        self.language = named(QComboBox(), "prefLanguage")
        self.language.addItem(self.tr("As the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        current = keys.LANGUAGE.read(settings)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        language_note = QLabel(
            self.tr(
                "Takes effect the next time Facilitator starts. The "
                "minutes follow each meeting's own language."
            )
        )
        language_note.setWordWrap(True)

        plan_box = self._build_plan(settings)

        self._build_run(settings)
        self._build_output(settings)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(language_note)
        form.addRow(self.tr("Warn in the last"), self.warning_minutes)
        form.addRow(self.tr("…or the last share of a block"), self.warning_percent)
        form.addRow(self.chime)
        form.addRow(self.single_keys)
        form.addRow(self.tr("Presenter view on"), self.screen_choice)
        form.addRow(self.tr("Paper for the minutes"), self.paper)
        self.grades = GradePreferences(settings, self)
        form.addRow(self.tr("OKR grades"), self.grades.shown)
        form.addRow("", self.grades.bands_row)
        form.addRow(self.tr("Sending e-mail"), self.smtp_label)
        form.addRow("", self.smtp_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._assemble(form, plan_box, buttons)
        self._connect()

    def _build_output(self, settings: QSettings) -> None:
        """The room's screen, the minutes' paper and the mail server."""
        self.screen_choice = named(QComboBox(), "prefScreen")
        self.screen_choice.addItem(self.tr("Any screen but the laptop's"), "")
        for screen in QGuiApplication.screens():
            self.screen_choice.addItem(screen.name(), screen.name())
        remembered = keys.PRESENTER_SCREEN.read(settings)
        if remembered and self.screen_choice.findData(remembered) < 0:
            self.screen_choice.addItem(
                self.tr("{name} (not connected)").format(name=remembered), remembered
            )
        self.screen_choice.setCurrentIndex(max(0, self.screen_choice.findData(remembered)))
        self.paper = named(QComboBox(), "prefPaper")
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("US Letter"), Paper.LETTER.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(keys.PAPER.read(settings))))
        smtp = load_smtp(settings)
        self.smtp_label = named(QLabel(), "prefSmtp")
        self._show_smtp(smtp)
        self.smtp_button = QPushButton(self.tr("Mail server…"))

    def _build_run(self, settings: QSettings) -> None:
        """The countdown's warning, the chime and the single-key shortcuts."""
        policy = timer_prefs.warning_policy(settings)
        self.warning_minutes = named(QDoubleSpinBox(), "prefWarningMinutes")
        self.warning_minutes.setRange(0, 60)
        self.warning_minutes.setSingleStep(0.5)
        self.warning_minutes.setSuffix(self.tr(" min"))
        self.warning_minutes.setValue(policy.minutes)
        self.warning_percent = named(QSpinBox(), "prefWarningPercent")
        self.warning_percent.setRange(0, 100)
        self.warning_percent.setSuffix(" %")
        self.warning_percent.setValue(round(policy.share * 100))
        self.chime = named(QCheckBox(self.tr("Soft chime when a block reaches zero")), "prefChime")
        self.chime.setChecked(timer_prefs.chime_enabled(settings))
        self.single_keys = named(
            QCheckBox(
                self.tr("Single-key shortcuts: Space, B, '.', F, W, + and − drive the meeting")
            ),
            "prefSingleKeys",
        )
        self.single_keys.setToolTip(
            self.tr(
                "Off: only the clicker's keys (PageDown, PageUp, F5, Esc) drive the meeting, "
                "so typed letters never do. On: the single keys work wherever focus is on no "
                "control that takes them."
            )
        )
        self.single_keys.setChecked(timer_prefs.single_keys_enabled(settings))

    def _build_plan(self, settings: QSettings) -> QGroupBox:
        """Each block's default minutes for new meetings."""
        plan_box = QGroupBox(self.tr("Default minutes for new meetings (0: follow the head count)"))
        plan_form = QFormLayout(plan_box)
        self.plan: dict[BlockKind, QSpinBox] = {}
        chosen = timer_prefs.default_minutes(settings)
        for kind in BlockKind:
            spin = named(QSpinBox(), f"plan_{kind.value}")
            spin.setRange(0, 600)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(chosen.get(kind, 0))
            rng = BLOCK_RANGES[kind]
            spin.setToolTip(
                self.tr("The guide suggests {low}–{high} min.").format(low=rng.low, high=rng.high)
            )
            plan_form.addRow(f"{kind.number}. {block_title(kind)}", spin)
            self.plan[kind] = spin
        return plan_box

    def _assemble(self, form: QFormLayout, plan_box: QGroupBox, buttons: QDialogButtonBox) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plan_box)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _connect(self) -> None:
        self.smtp_button.clicked.connect(self._edit_smtp)

    def _show_smtp(self, smtp) -> None:
        self.smtp_label.setText(
            f"{smtp.host}:{smtp.port} ({smtp.security.value})"
            if smtp
            else self.tr("Not set up (drafts open in your mail program)")
        )

    def _edit_smtp(self) -> None:
        if SmtpDialog(self._settings, self).exec() == QDialog.DialogCode.Accepted:
            self._show_smtp(load_smtp(self._settings))

    def accept(self) -> None:
        s = self._settings
        keys.LANGUAGE.write(s, self.language.currentData())
        for kind, spin in self.plan.items():
            keys.planned_minutes(kind.value).write(s, spin.value())
        keys.WARNING_MINUTES.write(s, self.warning_minutes.value())
        keys.WARNING_PERCENT.write(s, float(self.warning_percent.value()))
        timer_prefs.set_chime(s, self.chime.isChecked())
        timer_prefs.set_single_keys(s, self.single_keys.isChecked())
        keys.PRESENTER_SCREEN.write(s, self.screen_choice.currentData())
        keys.PAPER.write(s, self.paper.currentData())
        self.grades.save(s)
        s.sync()
        super().accept()
