"""Block 5's consent on the laptop: asked for (a fist-to-five step per company objective
after the company OKRs), then each objective's count, or once revealed its hands and
whether anyone at 0–2 should be heard before it is approved. The words it shares with
the room's screen are here too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QListWidget, QVBoxLayout

from facilitator.domain.consent import Consent
from facilitator.ui.blocks.new_okrs.consent_controller import ConsentController
from facilitator.ui.naming import named, spoken

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def hands_text(consent: Consent) -> str:
    """ "0: 1 · 1: 0 · 2: 2 · 3: 4 · 4: 3 · 5: 2 (n = 12)"."""
    shown = " · ".join(
        f"{fingers}: {count}" for fingers, count in enumerate(consent.distribution())
    )
    return translate("Consent", "{hands} (n = {n})").format(hands=shown, n=consent.count)


def verdict_text(consent: Consent) -> str:
    if consent.count == 0:
        return translate("Consent", "Nobody showed a hand.")
    if consent.flagged:
        return translate("Consent", "To discuss before approval: {n} at 0–2").format(
            n=consent.doubts
        )
    return translate("Consent", "Nobody below 3: the room backs it")


def count_text(count: int) -> str:
    if count == 0:
        return translate("Consent", "Nobody has shown a hand yet")
    return translate("Consent", "Hands shown so far: {n}").format(n=count)


def caption_text(number: int, count: int) -> str:
    return translate(
        "Consent",
        "Fist to five on your phone · objective {n} of {count} · 0 = I cannot back it,"
        " 5 = fully behind it",
    ).format(n=number, count=count)


class ConsentBox(QGroupBox):
    def __init__(self, controller: ConsentController, parent=None) -> None:
        super().__init__(translate("ConsentBox", "The room's consent"), parent)
        self.controller = controller
        self.asked = named(
            QCheckBox(self.tr("After the company OKRs, the room shows its hand on each objective")),
            "consentAsked",
        )
        self.objectives = spoken(
            named(QListWidget(), "consentObjectives"), self.tr("The room's hand on each objective")
        )
        self.objectives.setMaximumHeight(100)
        self.objectives.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.asked)
        layout.addWidget(self.objectives)
        self.asked.toggled.connect(controller.set_asked)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        self.asked.blockSignals(True)
        self.asked.setChecked(c.asked)
        self.asked.blockSignals(False)
        self.objectives.setVisible(c.asked)
        self.objectives.clear()
        for objective_id, statement in c.objectives:
            consent = c.revealed.get(objective_id)
            if consent is None:
                state = count_text(c.counts.get(objective_id, 0))
                if c.counts.get(objective_id):
                    state += " " + self.tr("(hidden until revealed)")
            else:
                flag = "⚑ " if consent.flagged else ""
                state = f"{flag}{hands_text(consent)} — {verdict_text(consent)}"
            self.objectives.addItem(f"{statement}: {state}")
