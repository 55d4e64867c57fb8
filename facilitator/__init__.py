"""Facilitator: runs a company's quarterly OKR meeting."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Facilitator"
ORGANIZATION = "Facilitator"

try:
    __version__ = version("facilitator")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
