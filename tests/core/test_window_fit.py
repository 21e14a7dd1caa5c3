"""Where a new or restored window goes, for each screen size at 100 % and 200 % (the
available area in logical pixels: a 1920x1080 screen at 200 % is 960x540)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.window_fit import PREFERRED, default_rect, fit_rect, fits, framed

SCREENS = [
    (1280, 720, 1),
    (1366, 768, 1),
    (1920, 1080, 1),
    (1280, 720, 2),
    (1366, 768, 2),
    (1920, 1080, 2),
]


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_a_new_window_and_its_frame_fit_each_screen(width: int, height: int, scale: int) -> None:
    available = (0, 0, width // scale, height // scale)
    x, y, w, h = default_rect(available)
    assert fits((x, y, w, h), available)
    assert fits(framed((x, y, w, h)), available)
    assert (w, h) == (min(PREFERRED[0], available[2] - 8), min(PREFERRED[1], available[3] - 36))


def test_a_new_window_on_a_second_monitor_is_on_that_monitor() -> None:
    assert fits(default_rect((1920, 0, 1366, 728)), (1920, 0, 1366, 728))


def test_a_window_remembered_from_a_larger_monitor_is_brought_inside() -> None:
    """Unplugged from a 2560x1440 monitor: the laptop's 1366x768 (less a 40-pixel panel)."""
    assert fit_rect((1200, 700, 2400, 1400), (0, 0, 1366, 728)) == (0, 0, 1366, 728)
    assert fit_rect((3000, 100, 800, 600), (0, 0, 1366, 728)) == (566, 100, 800, 600)
    assert fit_rect((-500, -40, 800, 600), (0, 32, 1280, 688)) == (0, 32, 800, 600)


def test_a_window_that_fits_stays_where_it_was() -> None:
    assert fit_rect((10, 20, 900, 600), (0, 0, 1366, 728)) == (10, 20, 900, 600)


rects = st.tuples(
    st.integers(-5000, 5000), st.integers(-5000, 5000), st.integers(1, 6000), st.integers(1, 6000)
)
areas = st.tuples(
    st.integers(-3000, 3000), st.integers(-3000, 3000), st.integers(1, 4000), st.integers(1, 4000)
)


@given(rects, areas)
def test_whatever_was_remembered_ends_inside_the_screen(
    rect: tuple[int, int, int, int], area: tuple[int, int, int, int]
) -> None:
    fitted = fit_rect(rect, area)
    assert fits(fitted, area)
    assert fitted[2:] == (min(rect[2], area[2]), min(rect[3], area[3]))
