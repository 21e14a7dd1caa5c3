"""Every export format by name: ``render`` one of ``FORMATS``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from omise_token_gui.core.export import documents, tables, tools
from omise_token_gui.core.export.rows import EvidenceRow

FORMATS = ("csv", "json", "markdown", "jira", "junit", "xray", "xray-server", "testrail")
_SUFFIX = {"csv": ".csv", "markdown": ".md", "jira": ".txt", "junit": ".xml"}


@dataclass(frozen=True)
class Export:
    """An export's text and what it left out (one sentence per attempt, current language)."""

    text: str
    warnings: list[str] = field(default_factory=list)


def suffix(fmt: str) -> str:
    """The file name ending a format's file usually has (``.json`` for the JSON ones)."""
    return _SUFFIX.get(fmt, ".json")


def render(
    fmt: str, rows: Iterable[EvidenceRow], *, exported_at: datetime, app_version: str
) -> Export:
    """``rows`` in ``fmt`` (one of ``FORMATS``; ValueError for another)."""
    if fmt == "csv":
        return Export(tables.to_csv(rows))
    if fmt == "markdown":
        return Export(tables.to_markdown(rows))
    if fmt == "jira":
        return Export(tables.to_jira(rows))
    if fmt == "json":
        return Export(documents.to_json(rows, exported_at=exported_at, app_version=app_version))
    if fmt == "junit":
        return Export(documents.to_junit(rows, exported_at=exported_at))
    if fmt in ("xray", "xray-server"):
        text, warnings = tools.to_xray(rows, exported_at=exported_at, server=fmt == "xray-server")
        return Export(text, warnings)
    if fmt == "testrail":
        return Export(*tools.to_testrail(rows))
    raise ValueError(f"unknown export format: {fmt!r}")
