"""Facilitator: runs a company's quarterly OKR meeting."""

APP_NAME = "Facilitator"
ORGANIZATION = "Facilitator"


# The one place the version is written (pyproject.toml reads it from here): a constant, so
# that the minutes and the window need not search the installed packages for it.
__version__ = "0.1.0"


def app_version() -> str:
    return __version__
