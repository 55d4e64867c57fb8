"""Facilitator: runs a company's quarterly OKR meeting."""

from functools import cache

APP_NAME = "Facilitator"
ORGANIZATION = "Facilitator"


@cache
def app_version() -> str:
    """The installed version. Looked up on first use: importlib.metadata and its search of
    the installed packages cost tens of milliseconds that a start should not pay."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("facilitator")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":  # kept for scripts that read facilitator.__version__
        return app_version()
    raise AttributeError(name)
