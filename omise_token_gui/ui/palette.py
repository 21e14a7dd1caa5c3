"""Every colour the window uses, by role, in each scheme: the one home for them.

A scheme (``Colours``) holds Qt's own roles (the backgrounds and the default text, which
``ui.theme`` turns into the application's QPalette) and the app's status roles (a verdict as
expected, a refused key, the mode marker…). Widgets ask for a look (``Look.ERROR``) through
``paint``, or for a ready style sheet (``error_text()``), never for a hex value of their own.
``paint`` remembers the look on the widget, so that ``restyle`` can give every painted widget
the same look in the new scheme when the scheme changes (``ui.theme`` calls it).

``TEXT_PAIRS`` lists every foreground drawn on every background; ``tests/ui/unit/
test_palette.py`` measures each pair's WCAG contrast from these values (AA 4.5:1 in the
light and dark schemes, AAA 7:1 in the high-contrast ones). No Qt here: the values are data.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Colours(NamedTuple):
    """One scheme. The first block are Qt's palette roles, the second the app's own."""

    name: str
    # Qt's roles (``theme.qt_palette``)
    window: str  # the window's and every label's background
    window_text: str  # the default text on it
    base: str  # the background of line edits, lists, the history table
    alternate_base: str  # every other row of the history table and the catalog
    text: str  # the default text on base
    button: str
    button_text: str
    highlight: str  # a selected row
    highlighted_text: str
    link: str
    link_visited: str
    placeholder: str  # a field's grey example text
    tooltip_base: str
    tooltip_text: str
    disabled_text: str  # inactive controls: exempt from the contrast rule (WCAG 1.4.3)
    # the app's roles
    ok: str  # success: a verdict as expected, a key that works, "Copied", "Saved"
    error: str  # failure: a refused (live) key, a field's problem, a create error, a bad URL
    muted: str  # stale: the previous token after a failed attempt; a verdict still pending
    partial: str  # half known: a verdict whose status matches but whose reason was not seen
    sandbox_marker: str  # the SANDBOX band's background
    test_marker: str  # the TEST MODE band's background (a real vault, a real test key)
    on_marker: str  # the text on either band
    error_border: str  # the frame of a field holding a problem (not text: 3:1, WCAG 1.4.11)
    border_width: int = 1  # px, that frame's width


LIGHT: Final = Colours(
    name="light",
    window="#f0f0f0",
    window_text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f4f4f4",
    text="#1a1a1a",
    button="#e6e6e6",
    button_text="#1a1a1a",
    highlight="#1f5fbf",
    highlighted_text="#ffffff",
    link="#0b57d0",
    link_visited="#6a1b9a",
    placeholder="#666666",
    tooltip_base="#ffffe1",
    tooltip_text="#1a1a1a",
    disabled_text="#8c8c8c",
    ok="#1f6f43",
    error="#b00020",
    muted="#5e5e5e",
    partial="#8a5300",
    sandbox_marker="#1f6f43",
    test_marker="#a35100",
    on_marker="#ffffff",
    error_border="#b00020",
)

DARK: Final = Colours(
    name="dark",
    window="#1f2023",
    window_text="#e8e8e8",
    base="#26282c",
    alternate_base="#2c2f33",
    text="#e8e8e8",
    button="#33363b",
    button_text="#e8e8e8",
    highlight="#2f6bc7",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    link_visited="#d0a4fa",
    placeholder="#a3a3a3",
    tooltip_base="#33363b",
    tooltip_text="#e8e8e8",
    disabled_text="#75777b",
    ok="#6fd69b",
    error="#ff8e8e",
    muted="#a8a8a8",
    partial="#f0c060",
    sandbox_marker="#1b5e38",
    test_marker="#8f4700",
    on_marker="#ffffff",
    error_border="#ff8e8e",
)

# When the OS asks for more contrast (``theme``): black and white, status colours at 7:1.
HIGH_CONTRAST_LIGHT: Final = Colours(
    name="high-contrast light",
    window="#ffffff",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#f0f0f0",
    text="#000000",
    button="#ffffff",
    button_text="#000000",
    highlight="#00006e",
    highlighted_text="#ffffff",
    link="#00009e",
    link_visited="#5a0078",
    placeholder="#404040",
    tooltip_base="#ffffff",
    tooltip_text="#000000",
    disabled_text="#6e6e6e",
    ok="#005a24",
    error="#a0001c",
    muted="#3a3a3a",
    partial="#5a3600",
    sandbox_marker="#004d1f",
    test_marker="#6e3400",
    on_marker="#ffffff",
    error_border="#a0001c",
    border_width=2,
)

HIGH_CONTRAST_DARK: Final = Colours(
    name="high-contrast dark",
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#9ec5ff",
    link_visited="#e2b8ff",
    placeholder="#c8c8c8",
    tooltip_base="#000000",
    tooltip_text="#ffffff",
    disabled_text="#8c8c8c",
    ok="#7cf0a8",
    error="#ffa3a3",
    muted="#d4d4d4",
    partial="#ffd77a",
    sandbox_marker="#004d1f",
    test_marker="#6e3400",
    on_marker="#ffffff",
    error_border="#ffa3a3",
    border_width=2,
)

SCHEMES: Final = (LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)

# Every (foreground, background) drawn: labels sit on window; the history's verdicts on base
# and alternate_base (a selected row draws highlighted_text); the marker's text on its band.
TEXT_PAIRS: Final = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("tooltip_text", "tooltip_base"),
    ("placeholder", "base"),
    ("link", "window"),
    ("link_visited", "window"),
    ("link", "base"),
    ("ok", "window"),
    ("ok", "base"),
    ("ok", "alternate_base"),
    ("error", "window"),
    ("error", "base"),
    ("error", "alternate_base"),
    ("muted", "window"),
    ("muted", "base"),
    ("muted", "alternate_base"),
    ("partial", "base"),
    ("partial", "alternate_base"),
    ("on_marker", "sandbox_marker"),
    ("on_marker", "test_marker"),
)
# Not text: the error frame against the field it surrounds and the window around it.
NON_TEXT_PAIRS: Final = (("error_border", "base"), ("error_border", "window"))

_current = LIGHT


def current() -> Colours:
    """The scheme in use (``theme`` chooses it; light until then)."""
    return _current


def use(colours: Colours) -> None:
    global _current
    _current = colours


# ---------------------------------------------------------------- style sheets
def text(colour: str, *, bold: bool = False) -> str:
    """A label's style sheet: text in ``colour``, bold if asked."""
    return f"color:{colour};" + ("font-weight:bold;" if bold else "")


def ok_text(*, bold: bool = False) -> str:
    return text(_current.ok, bold=bold)


def error_text(*, bold: bool = False) -> str:
    return text(_current.error, bold=bold)


def muted_text() -> str:
    return text(_current.muted)


def error_border() -> str:
    """A line edit holding a problem."""
    return f"border:{_current.border_width}px solid {_current.error_border};"


def banner(background: str) -> str:
    """The mode marker: strong text on a coloured band."""
    return f"background:{background};color:{_current.on_marker};font-weight:bold;padding:6px 10px;"


class Look(Enum):
    """What a painted widget looks like, by meaning; its style sheet comes from the scheme."""

    PLAIN = "plain"
    OK = "ok"
    OK_BOLD = "ok bold"
    ERROR = "error"
    ERROR_BOLD = "error bold"
    MUTED = "muted"
    ERROR_BORDER = "error border"
    SANDBOX_MARKER = "sandbox marker"
    TEST_MARKER = "test marker"

    def sheet(self) -> str:
        """This look's style sheet in the current scheme."""
        sheets = {
            Look.PLAIN: "",
            Look.OK: ok_text(),
            Look.OK_BOLD: ok_text(bold=True),
            Look.ERROR: error_text(),
            Look.ERROR_BOLD: error_text(bold=True),
            Look.MUTED: muted_text(),
            Look.ERROR_BORDER: error_border(),
            Look.SANDBOX_MARKER: banner(_current.sandbox_marker),
            Look.TEST_MARKER: banner(_current.test_marker),
        }
        return sheets[self]


LOOK_PROPERTY: Final = "paletteLook"


def paint(widget: QWidget, look: Look) -> None:
    """Give ``widget`` the style sheet of ``look`` now, and again at each scheme change."""
    widget.setProperty(LOOK_PROPERTY, look.value)
    _apply(widget, look)


def _apply(widget: QWidget, look: Look) -> None:
    sheet = look.sheet()
    widget.setStyleSheet(sheet)
    if not sheet:
        # A style sheet, once removed, leaves the palette it was polished with on the widget:
        # reset it to the inherited one (the scheme's), or a field once marked keeps the old
        # scheme's background.
        from PySide6.QtGui import QPalette

        widget.setPalette(QPalette())


def restyle(widgets: Iterable[QWidget]) -> int:
    """Re-apply each painted widget's look in the current scheme; how many were painted."""
    count = 0
    for widget in widgets:
        value = widget.property(LOOK_PROPERTY)
        if isinstance(value, str):
            _apply(widget, Look(value))
            count += 1
    return count


# ---------------------------------------------------------------- brand marks
class BrandColours(NamedTuple):
    """The small drawn brand marks of the catalog's rows (``ui.brand_mark``), in one scheme:
    each brand's fill, the letters drawn on it, and the outline that sets the mark off the
    list's background (the fills are dark: a dark scheme needs the outline to see the shape)."""

    fills: dict[str, str]  # brand (as core.cards spells it) -> fill
    letters: str  # the letters on every fill (text: 4.5:1, 7:1 in high contrast)
    outline: str  # against base and alternate_base (not text: 3:1)
    other: str = "#5e5e5e"  # a brand without a fill of its own (a tester's file may add one)


_BRAND_FILLS: Final = {
    "Visa": "#1a1f71",
    "MasterCard": "#b3261e",
    "JCB": "#0b6e4f",
    "American Express": "#0061b5",
    "Discover": "#a34400",
    "Diners Club": "#004a97",
    "UnionPay": "#b0122b",
}
# High contrast: the same hues, darker, so that white letters reach 7:1.
_BRAND_FILLS_HC: Final = {
    **_BRAND_FILLS,
    "MasterCard": "#8f1b16",
    "JCB": "#085c42",
    "American Express": "#00509a",
    "Discover": "#7a3300",
    "UnionPay": "#8a0c22",
}
BRAND_SCHEMES: Final = {
    LIGHT.name: BrandColours(_BRAND_FILLS, "#ffffff", "#5e5e5e"),
    DARK.name: BrandColours(_BRAND_FILLS, "#ffffff", "#c8c8c8"),
    HIGH_CONTRAST_LIGHT.name: BrandColours(_BRAND_FILLS_HC, "#ffffff", "#000000", "#3a3a3a"),
    HIGH_CONTRAST_DARK.name: BrandColours(_BRAND_FILLS_HC, "#ffffff", "#ffffff", "#3a3a3a"),
}


def brand_colours() -> BrandColours:
    """The brand marks' colours in the scheme in use."""
    return BRAND_SCHEMES[_current.name]
