"""The brand marks: one per brand, drawn in the palette's colours (light, dark and high
contrast), the letters readable on each fill and the outline visible on the list."""

from __future__ import annotations

import pytest

from omise_token_gui.core.cards import BRAND_NAMES
from omise_token_gui.ui import palette
from omise_token_gui.ui.brand_mark import HEIGHT, WIDTH, brand_icon, letters_of, mark_colours
from omise_token_gui.ui.palette import Colours
from tests.ui.unit.test_palette import AA, AAA, NON_TEXT, contrast


@pytest.mark.parametrize("scheme", palette.SCHEMES, ids=lambda s: s.name)
def test_every_brand_mark_is_readable_and_visible_in_every_scheme(scheme: Colours) -> None:
    marks = palette.BRAND_SCHEMES[scheme.name]
    wanted = AAA if scheme.name.startswith("high-contrast") else AA
    assert set(marks.fills) == set(BRAND_NAMES)
    for brand, fill in [*marks.fills.items(), ("other", marks.other)]:
        assert contrast(marks.letters, fill) >= wanted, (scheme.name, brand)
    for background in (scheme.base, scheme.alternate_base):
        assert contrast(marks.outline, background) >= NON_TEXT, (scheme.name, background)


@pytest.mark.parametrize("scheme", palette.SCHEMES, ids=lambda s: s.name)
def test_each_mark_is_drawn_in_its_brands_colours(qapp: object, scheme: Colours) -> None:
    before = palette.current()
    palette.use(scheme)
    try:
        for brand in BRAND_NAMES:
            fill, _letters, outline = mark_colours(brand)
            image = brand_icon(brand, scale=1.0).pixmap(WIDTH, HEIGHT).toImage()
            assert image.pixelColor(WIDTH // 2, 2).name() == fill, brand  # above the letters
            assert image.pixelColor(WIDTH // 2, 0).name() == outline, brand
    finally:
        palette.use(before)
    assert len({letters_of(b) for b in BRAND_NAMES}) == len(BRAND_NAMES)
