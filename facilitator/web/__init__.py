"""The room link: a small web server on the local network that shows the room's screen on
every phone and lets each group's scribe type the flip chart (no Qt here)."""
