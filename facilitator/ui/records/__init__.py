"""Editable lists of notes (shout-outs, examples, feedback, reflections, action items)."""
