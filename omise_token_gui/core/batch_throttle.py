"""How fast a batch sends: a token bucket of one (creates spaced at least ``1/rate`` apart),
a pause the whole batch honours (a 429's ``Retry-After``, a backoff), and a rate that a 429
lowers. No Qt; the clock and the sleep are given (tests drive time with fakes).

A bucket of one, not a burst: a vault that counts creates in a sliding one-second window
refuses the eleventh of a burst of ten followed by one more; evenly spaced creates never
reach it. Spacing is ``SPACING`` wider than ``1/rate`` so that the jitter of timers and
sockets never puts ``rate + 1`` creates in one of the vault's seconds.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

SPACING = 1.02
# A 429 without Retry-After, or a 5xx: pause BASE * 2**(n-1) seconds (at most CAP), with
# jitter: a share of it at random, so that several clients do not come back together.
BACKOFF_BASE_S, BACKOFF_CAP_S, JITTER = 0.5, 30.0, 0.25
SLOWER = 0.8  # a 429 multiplies the rate by this
# After a 429, every RECOVER_AFTER creates that succeed raise the rate by FASTER, never above
# the profile's limit (an unlimited batch keeps the rate it was given: it found a limit).
RECOVER_AFTER, FASTER = 10, 1.1
MIN_RATE_PER_S = 0.2


class Throttle:
    def __init__(
        self,
        rate_per_s: float | None,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[Any]],
        rng: random.Random,
    ) -> None:
        self.rate_per_s = rate_per_s
        self._limit = rate_per_s  # the profile's (None: unlimited)
        self._good = 0  # creates that succeeded since the last 429
        self._clock, self._sleep, self._rng = clock, sleep, rng
        self._next = 0.0  # the earliest moment the next create may start
        self._paused_until = 0.0
        self._epoch = 0  # counts pauses: a wait that slept through one starts over
        self._sent: deque[float] = deque()  # when the last second's creates started
        self.pauses: list[float] = []  # every pause asked, in seconds (reports, tests)
        self._strikes = 0  # 429s so far

    @property
    def _interval(self) -> float:
        return SPACING / self.rate_per_s if self.rate_per_s else 0.0

    async def wait(self) -> None:
        """Return when the next create may be sent."""
        while True:
            now = self._clock()
            start = max(now, self._next, self._paused_until)
            self._next = start + self._interval
            epoch = self._epoch
            if start > now:
                await self._sleep(start - now)
            if epoch == self._epoch:
                break
        now = self._clock()
        self._sent.append(now)
        while self._sent and now - self._sent[0] > 1.0:
            self._sent.popleft()

    def rate_limited(self, retry_after: float | None) -> float:
        """A 429: pause everything (``retry_after`` seconds, else a backoff) and go slower
        after it (an unlimited batch gets a rate: what it reached, lowered). The pause."""
        recent = float(len(self._sent))
        base = self.rate_per_s or recent or 1.0
        self.rate_per_s = max(MIN_RATE_PER_S, base * SLOWER)
        self._strikes += 1
        self._good = 0
        if retry_after is None:
            return self._pause(self._backoff(self._strikes))
        return self._pause(retry_after + self._rng.uniform(0.0, JITTER * max(retry_after, 0.2)))

    def succeeded(self) -> None:
        """A create succeeded: after a 429, speed up again by steps, up to the limit."""
        self._good += 1
        if self._strikes and self.rate_per_s and self._good % RECOVER_AFTER == 0:
            ceiling = self._limit if self._limit else self.rate_per_s * FASTER
            self.rate_per_s = min(ceiling, self.rate_per_s * FASTER)

    def back_off(self, tries: int) -> float:
        """A 5xx or a fault before the request left, at the ``tries``-th send: pause."""
        return self._pause(self._backoff(tries))

    def _backoff(self, n: int) -> float:
        pause = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2.0 ** max(0, n - 1))
        return pause * (1.0 - JITTER + self._rng.uniform(0.0, 2 * JITTER))

    def _pause(self, seconds: float) -> float:
        until = self._clock() + max(0.0, seconds)
        if until > self._paused_until:
            self._paused_until = until
            self._next = until  # every waiter starts over: its reservation is void
            self._epoch += 1
        self.pauses.append(seconds)
        return seconds

    def paused_for(self) -> float:
        """Seconds the batch still waits for a pause (0: none)."""
        return max(0.0, self._paused_until - self._clock())
