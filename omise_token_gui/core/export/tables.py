"""CSV, Markdown and Jira wiki tables over ``columns.COLUMNS``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from omise_token_gui.core.export import columns
from omise_token_gui.core.export.rows import EvidenceRow

BOM = "\ufeff"
# OWASP's list: a cell a spreadsheet could read as a formula (or DDE) starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(cell: str) -> str:
    """A cell a spreadsheet shows as text: a leading ``'`` before a formula's first sign."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def to_csv(rows: Iterable[EvidenceRow]) -> str:
    """UTF-8 CSV for Excel and LibreOffice: a byte-order mark, ``\\r\\n`` line ends, every
    field that needs it quoted, formulas neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutral(h) for h in columns.headers()])
    for row in rows:
        writer.writerow([neutral(c) for c in columns.cells(row)])
    return BOM + buffer.getvalue()


def markdown_cell(text: str) -> str:
    """A cell of a GitHub-flavoured Markdown table: backslashes and pipes escaped, HTML's
    specials as entities, line breaks as ``<br>``."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<br>".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def to_markdown(rows: Iterable[EvidenceRow]) -> str:
    head = columns.headers()
    lines = [
        "| " + " | ".join(markdown_cell(h) for h in head) + " |",
        "|" + "|".join(" --- " for _ in head) + "|",
    ]
    lines += ["| " + " | ".join(markdown_cell(c) for c in columns.cells(r)) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def jira_cell(text: str) -> str:
    """A cell of a Jira wiki table: a backslash as its entity, pipes, braces and brackets
    escaped (no link, macro or cell break out of a value), line breaks as ``\\\\``; an empty
    cell is one space (Jira merges empty cells)."""
    text = text.replace("\\", "&#92;")
    for special in "|{}[]":
        text = text.replace(special, "\\" + special)
    text = " \\\\ ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return text or " "


def to_jira(rows: Iterable[EvidenceRow]) -> str:
    lines = ["||" + "||".join(jira_cell(h) for h in columns.headers()) + "||"]
    lines += ["|" + "|".join(jira_cell(c) for c in columns.cells(r)) + "|" for r in rows]
    return "\n".join(lines) + "\n"
