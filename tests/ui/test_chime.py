"""The chime at zero: off by default, played with the platform's player when on, and
skipped quietly where the machine has none."""

from __future__ import annotations

import logging

from facilitator.ui.run import chime as chime_module
from facilitator.ui.run.chime import Chime, chime_file, play_with_platform_player


def test_the_chime_rings_only_when_switched_on():
    played = []
    chime = Chime(player=played.append)
    chime.ring()
    assert played == []
    chime.enabled = True
    chime.ring()
    assert played == [chime_file()] and chime_file().is_file()


def test_no_player_on_the_machine_skips_the_chime(monkeypatch, caplog):
    monkeypatch.setattr(chime_module.sys, "platform", "linux")
    monkeypatch.setattr(chime_module.shutil, "which", lambda name: None)
    with caplog.at_level(logging.INFO, logger="facilitator.ui.run.chime"):
        play_with_platform_player(chime_file())
    assert "No sound player found" in caplog.text


def test_the_first_player_found_is_started_in_the_background(monkeypatch):
    started = []
    monkeypatch.setattr(chime_module.sys, "platform", "linux")
    monkeypatch.setattr(chime_module.shutil, "which", lambda name: name == "aplay")
    monkeypatch.setattr(
        chime_module.subprocess, "Popen", lambda command, **kwargs: started.append(command)
    )
    play_with_platform_player(chime_file())
    assert started == [["aplay", "-q", str(chime_file())]]
