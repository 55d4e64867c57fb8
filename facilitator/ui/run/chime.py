"""A soft chime when a block reaches zero (off by default).

Played with the platform's own player so the app needs no multimedia library; where no
player exists the chime is skipped and logged, never an error in front of the room.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from facilitator.locations import resources_dir

log = logging.getLogger(__name__)


def chime_file() -> Path:
    return resources_dir() / "sounds" / "chime.wav"


def play_with_platform_player(path: Path) -> None:
    if sys.platform.startswith("win"):
        import winsound

        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        return
    commands = [["afplay"]] if sys.platform == "darwin" else [["paplay"], ["aplay", "-q"]]
    for command in commands:
        if shutil.which(command[0]):
            subprocess.Popen(
                [*command, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            return
    log.info("No sound player found; the chime is skipped")


class Chime:
    def __init__(
        self, enabled: bool = False, player: Callable[[Path], None] = play_with_platform_player
    ) -> None:
        self.enabled = enabled
        self._player = player

    def ring(self) -> None:
        if self.enabled:
            self._player(chime_file())
