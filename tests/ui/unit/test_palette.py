"""Every text colour readable on the background it is drawn on, in every scheme: the WCAG
contrast computed from the palette's own values (AA 4.5:1 in the light and dark schemes,
AAA 7:1 in the high-contrast ones; 3:1 for the error frame, which is not text)."""

from __future__ import annotations

import pytest

from omise_token_gui.ui import palette
from omise_token_gui.ui.palette import Colours

AA, AAA, NON_TEXT = 4.5, 7.0, 3.0


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rgb`` or ``#rrggbb``."""
    digits = colour.removeprefix("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    assert len(digits) == 6, colour
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio, from 1 to 21."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def test_the_contrast_formula_gives_the_known_figures() -> None:
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#fff", "#fff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the old MUTED
    assert contrast("#b00020", "#1e1f22") < 2.5  # the old red on a dark desktop (the issue)


def required(scheme: Colours) -> float:
    return AAA if scheme.name.startswith("high-contrast") else AA


@pytest.mark.parametrize("scheme", palette.SCHEMES, ids=lambda s: s.name)
@pytest.mark.parametrize("pair", palette.TEXT_PAIRS, ids="/".join)
def test_every_text_colour_is_readable_on_its_background(
    scheme: Colours, pair: tuple[str, str]
) -> None:
    foreground, background = (getattr(scheme, role) for role in pair)
    ratio = contrast(foreground, background)
    assert ratio >= required(scheme), f"{scheme.name} {pair}: {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", palette.SCHEMES, ids=lambda s: s.name)
@pytest.mark.parametrize("pair", palette.NON_TEXT_PAIRS, ids="/".join)
def test_the_error_frame_stands_out_from_the_field(scheme: Colours, pair: tuple[str, str]) -> None:
    foreground, background = (getattr(scheme, role) for role in pair)
    assert contrast(foreground, background) >= NON_TEXT


def test_the_pairs_cover_every_status_colour() -> None:
    """A new role added to Colours is measured: each colour role appears in some pair (the
    disabled text is exempt from the rule, WCAG 1.4.3)."""
    roles = {f for f in Colours._fields if f not in ("name", "border_width", "disabled_text")}
    measured = {role for pair in palette.TEXT_PAIRS + palette.NON_TEXT_PAIRS for role in pair}
    assert roles == measured


def test_every_scheme_holds_only_hex_colours() -> None:
    for scheme in palette.SCHEMES:
        for role in Colours._fields:
            value = getattr(scheme, role)
            if isinstance(value, str) and role != "name":
                relative_luminance(value)  # asserts six hex digits


def lowest(scheme: Colours) -> tuple[float, tuple[str, str]]:
    return min(
        (contrast(getattr(scheme, a), getattr(scheme, b)), (a, b)) for a, b in palette.TEXT_PAIRS
    )


if __name__ == "__main__":  # the figures for docs/theme.md
    for s in palette.SCHEMES:
        ratio, pair = lowest(s)
        print(f"{s.name}: lowest {ratio:.2f}:1 ({'/'.join(pair)})")
