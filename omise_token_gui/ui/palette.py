"""Every colour the window uses, by role: the one home for them (light values for now).

Widgets ask for a role (``ERROR``, ``OK``…) or a ready style sheet (``error_text()``), never
for a hex value of their own, so that a dark palette later changes this file only.
"""

from __future__ import annotations

from typing import Final

OK: Final = "#1f6f43"  # success: a verdict as expected, a key that works, "Copied"
ERROR: Final = "#b00020"  # failure: a refused key, a field's problem, a create error
WARNING: Final = "#b35900"  # caution: the TEST MODE marker (a real vault, a real key)
MUTED: Final = "#777"  # stale: the previous token after a failed attempt
ON_STRONG: Final = "white"  # text on an OK/WARNING background


def text(colour: str, *, bold: bool = False) -> str:
    """A label's style sheet: text in ``colour``, bold if asked."""
    return f"color:{colour};" + ("font-weight:bold;" if bold else "")


def ok_text(*, bold: bool = False) -> str:
    return text(OK, bold=bold)


def error_text(*, bold: bool = False) -> str:
    return text(ERROR, bold=bold)


def muted_text() -> str:
    return text(MUTED)


def error_border() -> str:
    """A line edit holding a problem."""
    return f"border:1px solid {ERROR};"


def banner(background: str) -> str:
    """The mode marker: strong text on a coloured band."""
    return f"background:{background};color:{ON_STRONG};font-weight:bold;padding:6px 10px;"
