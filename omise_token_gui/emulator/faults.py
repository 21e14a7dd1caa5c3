"""Fault injection: what the emulator does wrong on purpose, for tests and benchmarks."""

from __future__ import annotations

import math
import random
import re
import threading
from dataclasses import asdict, dataclass, fields
from typing import Any

# The largest value each numeric fault accepts. A held request, a slow body or a long
# Retry-After must end: a tester can always stop the emulator, and a typo cannot park a
# request forever (NaN, Infinity and huge numbers are refused, not slept on).
LIMITS: dict[str, float] = {
    "latency_ms": 600_000.0,  # ten minutes
    "jitter_ms": 600_000.0,
    "trickle_ms": 10_000.0,  # per 8-byte chunk
    "retry_after_s": 86_400,  # a day
    "times": 1_000_000_000,
}
_INTEGERS = ("error_status", "retry_after_s")
_CODE = re.compile(r"[a-z_]{1,64}")


@dataclass
class Faults:
    latency_ms: float = 0.0  # added before answering
    jitter_ms: float = 0.0  # plus a uniform random 0..jitter
    error_rate: float = 0.0  # share of requests answered 500/503
    error_status: int = 500  # 500 or 503
    force_429: bool = False
    retry_after_s: int = 2
    non_json: bool = False  # 200 with an HTML body
    wrong_shape: bool = False  # 200 with JSON that is not a token
    livemode: bool = False  # token answers claim livemode: true
    drop: bool = False  # connection closed mid-response
    trickle_ms: float = 0.0  # body sent a few bytes at a time with this pause between
    times: int | None = None  # apply to the next N vault requests only (None: all)
    # The next charge fails with this failure code, whatever its card (then it is cleared;
    # ``times`` does not count it): a mismatch the history's verdict can show.
    charge_failure: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any], base: Faults | None = None) -> Faults:
        """Update ``base`` (or defaults) from a JSON object.

        Unknown keys, mistyped values and numbers that are not finite or lie outside
        ``LIMITS`` raise ``ValueError`` with a message that names the setting.
        """
        known = [f.name for f in fields(cls)]
        values = asdict(base) if base is not None else {}
        for name, value in data.items():
            if name not in known:
                raise ValueError(f"unknown fault {name!r}; known: {', '.join(known)}")
            values[name] = _checked(name, value, getattr(cls(), name))
        faults = cls(**values)
        if not 0.0 <= faults.error_rate <= 1.0:
            raise ValueError("error_rate must be between 0 and 1")
        if faults.error_status not in (500, 502, 503, 504):
            raise ValueError("error_status must be 500, 502, 503 or 504")
        return faults

    def delay_s(self, rng: random.Random) -> float:
        return (self.latency_ms + rng.uniform(0.0, self.jitter_ms)) / 1000.0


def _checked(name: str, value: Any, default: Any) -> Any:
    """``value`` if it suits fault ``name`` (whose default is ``default``), else ValueError."""
    if name == "charge_failure":
        if value is None:
            return None
        if not isinstance(value, str) or not _CODE.fullmatch(value):
            raise ValueError("charge_failure must be a failure code (a-z and _) or null")
        return value
    if name == "times":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError("times must be a non-negative integer or null")
    elif isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false")
        return value
    elif name in _INTEGERS:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} must be a non-negative integer")
    elif isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a non-negative number")
    elif not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite, non-negative number")
    limit = LIMITS.get(name)
    if limit is not None and value > limit:
        raise ValueError(f"{name} must be at most {limit:g}")
    return float(value) if isinstance(default, float) else value


class FaultBox:
    """Thread-safe holder: tests set faults from their thread while the server reads them."""

    def __init__(self, faults: Faults | None = None, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._faults = faults or Faults()
        self.rng = random.Random(seed)  # noqa: S311 - fault dice, not cryptography

    def get(self) -> Faults:
        with self._lock:
            return self._faults

    def set(self, faults: Faults) -> None:
        with self._lock:
            self._faults = faults

    def charge_failure_used(self, code: str) -> None:
        """The next charge failed with ``code``: clear the fault (if still the same)."""
        with self._lock:
            if self._faults.charge_failure == code:
                self._faults = Faults(**{**asdict(self._faults), "charge_failure": None})

    def take(self) -> Faults:
        """The faults for one vault request, counting down ``times``."""
        with self._lock:
            current = self._faults
            if current.times is None:
                return current
            if current.times <= 0:
                return Faults()
            self._faults = Faults(**{**asdict(current), "times": current.times - 1})
            return current
