"""Omise Test Token Generator: a desktop tool that creates Omise test card tokens."""

PRODUCT_NAME = "Omise Test Token Generator"
# The one place the version is written; pyproject.toml reads it (dynamic version), and so do
# the installers. Not read through importlib.metadata: importing it slows every start.
__version__ = "0.1.0"

__all__ = ["PRODUCT_NAME", "__version__"]
