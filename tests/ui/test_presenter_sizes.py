"""The room's screen is readable from the back: digit and name heights measured on the
rendered presenter view (offscreen), at 1920×1080 and 1280×720."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QFontMetricsF

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
from facilitator.domain.schedule import ScheduleStatus
from facilitator.domain.timer import Phase, TimerState, format_countdown
from facilitator.ui.presenter.presenter_window import PresenterWindow

NOW = datetime(2026, 12, 17, 9, 0, tzinfo=UTC)
FIRST = ["Åse", "Bjørn", "Sølvi", "Eirik", "Håkon", "Mari", "Tove", "Kjersti", "Per-Øyvind"]
LAST = ["Ødegård", "Kråkenes", "Aaberg", "Næss", "Sæther", "Fjære", "Ålvik", "Lærum"]


def _view(remaining: float, phase: Phase = Phase.NORMAL) -> RunView:
    return RunView(
        BlockKind.NEW_OKRS, 5, 6, TimerState.RUNNING, remaining, format_countdown(remaining),
        phase, 0.5, BlockKind.SUMMARY, ScheduleStatus(NOW, NOW),
    )  # fmt: skip


def _digit_share(presenter: PresenterWindow) -> float:
    """The painted digits' height as a share of the window's height."""
    countdown = presenter.countdown
    font = countdown.font_for(countdown.width() * 0.995, countdown.height() * 0.94)
    return QFontMetricsF(font).tightBoundingRect("0").height() / presenter.height()


@pytest.fixture(params=[(1920, 1080), (1280, 720)], ids=["1080p", "720p"])
def presenter(qtbot, request):
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.resize(*request.param)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("remaining", [24 * 60 + 59, 90 * 60, -192])
def test_the_countdown_alone_is_over_40_percent_of_the_screen(qtbot, presenter, remaining):
    phase = Phase.OVERTIME if remaining < 0 else Phase.NORMAL
    presenter.show_view(_view(remaining, phase), "10:00")
    qtbot.wait(20)
    assert _digit_share(presenter) >= 0.40


def _groups(people: int, groups: int):
    names = [f"{FIRST[i % len(FIRST)]} {LAST[(i * 5) % len(LAST)]}" for i in range(people)]
    return [
        (f"Gruppe {g + 1}", names[g::groups], names[g::groups][1], names[g::groups][0])
        for g in range(groups)
    ]


def test_beside_fifty_people_in_twelve_groups(qtbot, presenter):
    presenter.show_groups(_groups(50, 12), "Your groups · ✎ scribe · ★ presents")
    presenter.show_view(_view(10 * 60), "10:00")
    qtbot.wait(20)
    presenter.show_groups(_groups(50, 12), "Your groups · ✎ scribe · ★ presents")
    view = presenter.groups_view
    assert len(view.card_labels) == 12  # every group on one screen
    assert _digit_share(presenter) >= 0.20
    capitals = QFontMetricsF(view.card_labels[0].font()).capHeight()
    minimum = 0.023 if presenter.height() >= 1000 else 0.019  # see the README's figures
    assert capitals / presenter.height() >= minimum
    for card in view.card_labels:  # nothing cut off, across or down (the last name too)
        assert card.sizeHint().width() <= card.width() + 2
        assert card.sizeHint().height() <= card.height() + 2


def test_warning_and_overtime_differ_in_words_and_shape(qtbot, presenter):
    presenter.show_view(_view(95, Phase.WARNING), "10:00")
    assert presenter.countdown.phase_shown() is Phase.WARNING
    assert presenter.state_label.text() == "Last 2 minutes"
    presenter.show_view(_view(-192, Phase.OVERTIME), "10:00")
    assert presenter.countdown.phase_shown() is Phase.OVERTIME
    assert presenter.state_label.text() == "+03:12 over time"
    image = (
        presenter.countdown.grab()
        .toImage()
        .convertToFormat(presenter.countdown.grab().toImage().Format.Format_Grayscale8)
    )
    # Over time the digits stand on a solid block: in greyscale most of the middle row
    # is light, where a normal countdown's middle row is mostly background.
    row = image.height() // 2
    light = sum(1 for x in range(image.width()) if image.pixelColor(x, row).lightness() > 80)
    assert light > image.width() * 0.8


def _top_lines(groups: int) -> list[str]:
    """The dot-vote's ranking from twelve groups' flip charts, cut as the screen shows it."""
    from facilitator.domain.dot_vote import VoteLine, on_screen, ranked
    from facilitator.ui.blocks.parts.top_lines_box import ranked_text

    words = ["Sikre leveranser tidligere", "Dele læring på tvers av avdelingene", "212 anlegg"]
    lines = [
        VoteLine(g * 3 + i, f"Gruppe {g + 1}", ("success", "learning")[i % 2], words[i])
        for g in range(groups)
        for i in range(3)
    ]
    totals = {line.id: (40 - line.id // 2, 20 - line.id // 4) for line in lines}
    return [ranked_text(line) for line in on_screen(ranked(lines, totals))]


def test_the_dot_votes_top_lines_fit_beside_the_countdown(qtbot, presenter, tmp_path):
    from facilitator.ui.statements import Statement

    lines = _top_lines(12)
    presenter.show_view(_view(4 * 60), "11:05")
    presenter.show_okrs(Statement("The room's top lines · 38 voted", "\n".join(lines)))
    qtbot.wait(20)
    presenter.show_okrs(Statement("The room's top lines · 38 voted", "\n".join(lines)))
    text = presenter.okr_view.text
    assert text.text().count("\n") + 1 == len(lines) >= 10
    assert _digit_share(presenter) >= 0.20
    assert text.heightForWidth(text.width()) <= text.height() + 2  # nothing cut off
    capitals = QFontMetricsF(text.font()).capHeight()
    assert capitals / presenter.height() >= 0.015
    presenter.grab().save(str(tmp_path / "top_lines.png"))


def test_the_open_vote_and_a_revealed_consent_keep_the_countdown_large(qtbot, presenter, tmp_path):
    from facilitator.domain.consent import Consent
    from facilitator.ui.blocks.new_okrs.consent_box import caption_text, hands_text, verdict_text
    from facilitator.ui.statements import Statement

    presenter.show_view(_view(3 * 60), "11:05")
    presenter.show_statement(
        Statement(
            "On your phone: give your 3 dots to the lines that gave the most value",
            "Voted so far: 38",
        )
    )
    qtbot.wait(20)
    assert _digit_share(presenter) >= 0.20
    presenter.grab().save(str(tmp_path / "dot_vote.png"))
    consent = Consent({0: 1, 2: 2, 3: 6, 4: 5, 5: 4})
    lines = ["Gjøre hvert anlegg smartere", hands_text(consent), verdict_text(consent)]
    presenter.show_okrs(Statement(caption_text(2, 5), "\n".join(lines)))
    qtbot.wait(20)
    presenter.show_okrs(Statement(caption_text(2, 5), "\n".join(lines)))
    text = presenter.okr_view.text
    assert _digit_share(presenter) >= 0.20
    assert text.heightForWidth(text.width()) <= text.height() + 2
    presenter.grab().save(str(tmp_path / "consent.png"))
