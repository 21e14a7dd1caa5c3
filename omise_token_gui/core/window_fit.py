"""Where the main window goes: inside the screen's available area, whatever was remembered.

Rectangles are ``(x, y, width, height)`` tuples in the screen's logical pixels (at 200 %
scale a 1920×1080 screen is 960×540 of them). No imports: the bare window uses this before
its first paint.
"""

from __future__ import annotations

Rect = tuple[int, int, int, int]

# The size a new window asks for; smaller when the screen's available area is smaller.
PREFERRED = (1280, 820)
# Room kept for a window manager's frame (title bar, borders) around the window's own area,
# which is what is sized here: without it the title bar of a window as tall as the available
# area would be above the screen's top edge.
FRAME = (8, 36)


def default_rect(available: Rect, preferred: tuple[int, int] = PREFERRED) -> Rect:
    """A new window's own area: the preferred size, or the available area less the frame;
    placed so that the frame around it (``framed``) is centred in the available area."""
    ax, ay, aw, ah = available
    width = max(1, min(preferred[0], aw - FRAME[0]))
    height = max(1, min(preferred[1], ah - FRAME[1]))
    left = ax + (aw - width - FRAME[0]) // 2 + FRAME[0] // 2
    top = ay + (ah - height - FRAME[1]) // 2 + FRAME[1] - FRAME[0] // 2
    return (left, top, width, height)


def framed(rect: Rect) -> Rect:
    """The frame a window manager puts around a window's own area (at most ``FRAME``): the
    title bar above, thin borders on the other sides."""
    x, y, w, h = rect
    return (x - FRAME[0] // 2, y - FRAME[1] + FRAME[0] // 2, w + FRAME[0], h + FRAME[1])


def fits(rect: Rect, available: Rect) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = available
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def fit_rect(rect: Rect, available: Rect) -> Rect:
    """``rect`` (a remembered frame) made to fit: shrunk to the available area if larger,
    then moved inside it. A rect that fits comes back as it was."""
    if fits(rect, available):
        return rect
    x, y, w, h = rect
    ax, ay, aw, ah = available
    w, h = min(w, aw), min(h, ah)
    x = min(max(x, ax), ax + aw - w)
    y = min(max(y, ay), ay + ah - h)
    return (x, y, w, h)
