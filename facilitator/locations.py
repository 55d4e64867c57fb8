"""Where migrations and resources are, in a source checkout, an installed wheel or a bundle.

Never relative to the current directory: a frozen or installed app runs from anywhere.
The wheel (and the PyInstaller spec) put them inside the package as `_migrations` and
`_resources`; a source checkout (or editable install) has them at the repository's top.
"""

from __future__ import annotations

from pathlib import Path

# The package's own folder (PyInstaller sets __file__ inside its bundle folder too).
_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(packaged_name: str, checkout_name: str) -> Path:
    packaged = _PACKAGE_DIR / packaged_name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent / checkout_name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"{checkout_name} not found beside {_PACKAGE_DIR}")


def migrations_dir() -> Path:
    return _find("_migrations", "migrations")


def resources_dir() -> Path:
    return _find("_resources", "resources")
