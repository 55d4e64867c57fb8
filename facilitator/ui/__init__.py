"""PySide6 user interface: thin views over the store and the domain."""
