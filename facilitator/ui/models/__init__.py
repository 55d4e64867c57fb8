"""Qt item models over store rows."""
