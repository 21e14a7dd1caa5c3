"""Omise Test Token Generator: a desktop tool that creates Omise test card tokens."""

from importlib.metadata import PackageNotFoundError, version

PRODUCT_NAME = "Omise Test Token Generator"

try:
    __version__ = version("omise-token-gui")
except PackageNotFoundError:  # running from a tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["PRODUCT_NAME", "__version__"]
