"""The meeting setup page and its tabs."""
