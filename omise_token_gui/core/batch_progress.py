"""How a running batch's progress reads, in the window's batch line and the terminal's.

One home for the wording, so ``omise-token create --count`` and the window report the same
counts the same way (both used to format their own; only the window said it was waiting out
a 429)::

    12/40 · 11 created, 1 failed, 0 unknown, 28 remaining · 7.9/s · 4 s left
"""

from __future__ import annotations

from omise_token_gui.core.batch import Progress
from omise_token_gui.core.i18n import translator

_ = translator("BatchProgress")


def progress_text(p: Progress) -> str:
    """Counts, rate and what comes next: a 429 wait, the time left, or nothing when done."""
    if p.paused_s >= 0.5:
        left = _("waiting {seconds} s for the vault (429)").format(seconds=f"{p.paused_s:.0f}")
    elif p.eta_s is not None and p.remaining:
        left = _("{seconds} s left").format(seconds=f"{p.eta_s:.0f}")
    else:
        left = ""
    text = _(
        "{done}/{total} · {created} created, {failed} failed, {unknown} unknown, "
        "{remaining} remaining · {rate}/s"
    ).format(
        done=p.done,
        total=p.total,
        created=p.created,
        failed=p.failed,
        unknown=p.unknown,
        remaining=p.remaining,
        rate=f"{p.rate_per_s:.1f}",
    )
    return f"{text} · {left}" if left else text
