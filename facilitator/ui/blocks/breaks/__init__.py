"""A planned break (coffee, lunch) between two blocks: its step in the run, what the room's
screen shows during it, its words, and the row where it is planned. A break is not an
agenda block (it has no `BlockKind`): its step belongs to the block after it, and the step
driver hands that step here instead of to the block."""
