"""PageDown goes from the key table to the domain's step run, the step driver and the
step's own block package, and through no other block and no window-wide router
(docs/architecture.md, "PageDown in block 3")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.domain.run_steps import StepKind
from facilitator.store.demo import create_demo_meeting
from facilitator.ui.blocks.contract import Block
from tests.ui.conftest import not_started

PACKAGE = Path(__import__("facilitator").__file__).parent


def _modules_touched(action) -> set[str]:
    """The facilitator modules whose functions run while `action` runs."""
    touched: set[str] = set()

    def profile(frame, event, _arg):
        if event == "call":
            path = Path(frame.f_code.co_filename)
            if path.is_relative_to(PACKAGE):
                touched.add(path.relative_to(PACKAGE).as_posix())

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return touched


@pytest.mark.parametrize(
    ("kind", "package"),
    [
        (StepKind.SPEAKERS, "good_news"),
        (StepKind.REPORTS, "okr_reporting"),
        (StepKind.GROUP_WORK, "successes_learnings"),
        (StepKind.FEEDBACK, "closing"),
        (StepKind.COMPANY_OKRS, "new_okrs"),
        (StepKind.SUMMARY, "summary"),
    ],
)
def test_pagedown_within_a_block_goes_to_that_blocks_package_alone(
    qtbot, window, db, clock, kind, package
):
    meeting_id = create_demo_meeting(db)
    not_started(db, meeting_id)
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    for _ in range(120):
        if window.steps.state().step.kind is kind:
            break
        clock.advance(30)
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # under way: the next press is within it
    pressed_on = window.steps.state().step
    assert window.blocks.blocks[pressed_on.block].name == package
    clock.advance(60)

    touched = _modules_touched(lambda: qtbot.keyClick(window, Qt.Key.Key_PageDown))
    assert window.steps.state().step.block is pressed_on.block  # a turn, or a step on
    own = (f"ui/blocks/{package}/", "ui/blocks/parts/", "ui/blocks/contract.py")
    blocks = {m for m in touched if m.startswith("ui/blocks/")}
    assert {m for m in blocks if not m.startswith(own)} == set()
    block = type(window.blocks.blocks[pressed_on.block])
    own_steps = ("follow_step", "show_on_room_screen", "room_view", "rounds")
    if any(getattr(block, name) is not getattr(Block, name) for name in own_steps):
        assert f"ui/blocks/{package}/block.py" in touched  # its own step rules ran
    # The path's places, and no router between them: the window's own listeners (the
    # run page's hint, the phones) hear the step too, but nothing passes it on.
    assert {"ui/run/keys.py", "domain/run_steps.py", "ui/run/step_driver.py"} <= touched
    routers = {"ui/main_window.py", "ui/window_parts.py", "ui/window_wiring.py"}
    passed_on = touched & (routers | {"ui/blocks/block_panels.py", "ui/blocks/registry.py"})
    assert not passed_on, sorted(passed_on)
