"""The one wording of a batch's progress, shared by the window and the terminal."""

from __future__ import annotations

from omise_token_gui.core.batch import Progress
from omise_token_gui.core.batch_progress import progress_text
from omise_token_gui.core.i18n import speaking


def _p(**kw: float | int | None) -> Progress:
    base: dict[str, float | int | None] = {
        "total": 40,
        "created": 11,
        "failed": 1,
        "unknown": 0,
        "remaining": 28,
        "elapsed_s": 1.5,
        "rate_per_s": 7.94,
        "eta_s": 3.6,
    }
    base.update(kw)
    return Progress(**base)  # type: ignore[arg-type]


def test_running_batch_says_counts_rate_and_time_left() -> None:
    assert progress_text(_p()) == (
        "12/40 · 11 created, 1 failed, 0 unknown, 28 remaining · 7.9/s · 4 s left"
    )


def test_a_429_wait_is_said_instead_of_the_time_left() -> None:
    assert progress_text(_p(paused_s=2.6)).endswith("· waiting 3 s for the vault (429)")


def test_a_finished_batch_says_no_time_left() -> None:
    text = progress_text(_p(remaining=0, created=39, eta_s=0.0))
    assert text == "40/40 · 39 created, 1 failed, 0 unknown, 0 remaining · 7.9/s"


def test_thai() -> None:
    with speaking("th"):
        assert "เหลืออีก 4 วินาที" in progress_text(_p())
