"""The presenter view: the second, full-screen window the room sees."""
