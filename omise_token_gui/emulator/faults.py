"""Fault injection: what the emulator does wrong on purpose, for tests and benchmarks."""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, fields
from typing import Any


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

    @classmethod
    def from_json(cls, data: dict[str, Any], base: Faults | None = None) -> Faults:
        """Update ``base`` (or defaults) from a JSON object; unknown or mistyped keys raise."""
        known = {f.name: f for f in fields(cls)}
        values = asdict(base) if base is not None else {}
        for name, value in data.items():
            if name not in known:
                raise ValueError(f"unknown fault {name!r}; known: {', '.join(known)}")
            if name == "times":
                if value is not None and (not isinstance(value, int) or value < 0):
                    raise ValueError("times must be a non-negative integer or null")
            elif isinstance(getattr(cls(), name), bool):
                if not isinstance(value, bool):
                    raise ValueError(f"{name} must be true or false")
            elif isinstance(getattr(cls(), name), int | float) and (
                isinstance(value, bool) or not isinstance(value, int | float) or value < 0
            ):
                raise ValueError(f"{name} must be a non-negative number")
            values[name] = value
        faults = cls(**values)
        if not 0.0 <= faults.error_rate <= 1.0:
            raise ValueError("error_rate must be between 0 and 1")
        if faults.error_status not in (500, 502, 503, 504):
            raise ValueError("error_status must be 500, 502, 503 or 504")
        return faults

    def active(self) -> bool:
        return self != Faults(times=self.times) and self.times != 0

    def delay_s(self, rng: random.Random) -> float:
        return (self.latency_ms + rng.uniform(0.0, self.jitter_ms)) / 1000.0


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
