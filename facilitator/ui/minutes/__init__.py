"""Exporting the minutes and e-mailing them, from the GUI."""
