"""Many tokens at once: a batch of create jobs over ``TokenService.create`` (no Qt).

A batch is a list of ``Job`` (N of one card, or one per catalog card: ``jobs_for``) run by
``BatchRunner``: at most ``concurrency`` creates at once (Omise asks for at most 10 parallel
workers), no faster than the profile's rate limit (``core.batch_throttle.Throttle``, a
token bucket of one), every attempt recorded by the service with the batch's id and test case.

How each end is handled (docs/batch.md says why):

- a 429 pauses the whole batch (``Retry-After``, seconds or an HTTP date, else a backoff with
  jitter), lowers its rate and sends that create again; it never fails the batch;
- a 5xx, or a connection or timeout before the request was sent whole: backoff with jitter,
  up to ``max_tries`` sends, then the job has failed;
- a create sent whole that got no answer (``VaultError.may_have_arrived``) is ``unknown``
  and is NOT sent again: the vault may have made a token the history cannot name;
- any other error is a failure: the batch skips to the next job or stops (``on_error``);
  errors that would fail every job alike (the key, the URL, the profile, TLS, a live answer,
  the history) always stop it.

``cancel()`` stops at once: running creates are cancelled (the service records each), jobs
not started are ``not_run``; what was created is kept. Each job ends exactly once.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from omise_token_gui.core.batch_throttle import Throttle
from omise_token_gui.core.card_defaults import scenario_card
from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.catalog import CatalogCard
from omise_token_gui.core.errors import AppError, ErrorKind, StorageError
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.settings import (
    DEFAULT_CONCURRENCY,
    MAX_CONCURRENCY,
    SKIP,
    STOP,
    Profile,
    Settings,
)

# Sends of one job for a 5xx or a fault before the request left (a 429 does not count).
DEFAULT_MAX_TRIES = 5
# Errors that would fail every job of the batch alike: the batch stops at the first.
_FATAL = {
    ErrorKind.KEY_REJECTED,
    ErrorKind.URL_REJECTED,
    ErrorKind.AUTHENTICATION,
    ErrorKind.PROFILE,
    ErrorKind.TLS,
    ErrorKind.LIVEMODE,
    ErrorKind.STORAGE,
}
_RETRIED = {ErrorKind.SERVER, ErrorKind.TIMEOUT, ErrorKind.CONNECTION}


def new_batch_id() -> str:
    """``batch_`` and 32 hex digits."""
    return "batch_" + uuid.uuid4().hex


class Creates(Protocol):
    """What a batch needs of the token service (``TokenService``, or the forwarded
    command's wrapper that tells the window of each token)."""

    def create(
        self,
        card: CardInput,
        profile: Profile,
        *,
        allow_invalid: bool = False,
        test_key: str = "",
        note: str = "",
        batch_id: str | None = None,
    ) -> Awaitable[TokenRecord]: ...


class JobEnd(StrEnum):
    """How one job of a batch ended."""

    CREATED = "created"
    FAILED = "failed"  # a failure for good (recorded as its attempt says)
    UNKNOWN = "unknown"  # sent, no answer: the vault may have made a token; not sent again
    CANCELLED = "cancelled"  # running when the batch was cancelled
    NOT_RUN = "not_run"  # never started: cancelled or stopped before its turn


@dataclass(frozen=True)
class Job:
    index: int
    card: CardInput
    scenario: str | None = None  # the catalog card's id (None: a typed card)


@dataclass(frozen=True)
class JobResult:
    job: Job
    end: JobEnd
    token: TokenRecord | None = None
    error: AppError | None = None
    tries: int = 0  # creates sent for it (429s included)


@dataclass(frozen=True)
class Limits:
    """How fast a batch may go: ``rate_per_s`` None is unlimited (the Sandbox)."""

    concurrency: int = DEFAULT_CONCURRENCY
    rate_per_s: float | None = None
    on_error: str = SKIP
    max_tries: int = DEFAULT_MAX_TRIES

    @classmethod
    def of(cls, settings: Settings, profile: Profile) -> Limits:
        return cls(
            concurrency=settings.batch_concurrency,
            rate_per_s=profile.rate_limit_per_s,
            on_error=settings.batch_on_error,
        )


@dataclass(frozen=True)
class Progress:
    total: int
    created: int
    failed: int
    unknown: int
    remaining: int  # not ended yet (running or waiting)
    elapsed_s: float
    rate_per_s: float  # jobs ended per second so far
    eta_s: float | None  # None: no rate yet
    paused_s: float = 0.0  # the batch waits this long for the vault (a 429)

    @property
    def done(self) -> int:
        return self.total - self.remaining


@dataclass
class BatchResult:
    batch_id: str
    results: list[JobResult] = field(default_factory=list)  # one per job, in job order
    cancelled: bool = False
    stopped: AppError | None = None  # the error that stopped the batch (None: it did not)

    def count(self, end: JobEnd) -> int:
        return sum(1 for r in self.results if r.end is end)

    @property
    def tokens(self) -> list[TokenRecord]:
        return [r.token for r in self.results if r.token is not None]

    def token_map(self) -> dict[str, Any]:
        """Scenario id → token id, for test scripts; a list of ids for a scenario asked for
        more than once; a typed card's jobs under ``"card"``."""
        ids: dict[str, list[str]] = {}
        asked: dict[str, int] = {}
        for r in self.results:
            key = r.job.scenario or "card"
            asked[key] = asked.get(key, 0) + 1
            if r.token is not None:
                ids.setdefault(key, []).append(r.token.token_id)
        return {k: (v[0] if asked[k] == 1 else v) for k, v in ids.items()}


def jobs_for(
    cards: Iterable[CatalogCard] | None = None, *, card: CardInput | None = None, count: int = 1
) -> list[Job]:
    """``count`` jobs of each catalog card (its form card, as the tray sends it), or of
    ``card`` (a typed one)."""
    out: list[Job] = []
    if card is not None:
        out.extend(Job(i, card) for i in range(count))
    for entry in cards or ():
        made = scenario_card(entry)
        out.extend(Job(len(out), made, entry.id) for _ in range(count))
    return out


class BatchRunner:
    """Runs one batch. ``run()`` once; ``cancel()`` from anywhere on the loop."""

    def __init__(
        self,
        service: Creates,
        profile: Profile,
        jobs: Sequence[Job],
        *,
        limits: Limits | None = None,
        batch_id: str | None = None,
        test_key: str = "",
        note: str = "",
        allow_invalid: bool = False,
        on_progress: Callable[[Progress], Any] | None = None,
        on_result: Callable[[JobResult], Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._service, self._profile = service, profile
        self.limits = limits or Limits(rate_per_s=profile.rate_limit_per_s)
        self.batch_id = batch_id or new_batch_id()
        self._args = {"test_key": test_key, "note": note, "allow_invalid": allow_invalid}
        self._jobs = list(jobs)
        self._on_progress, self._on_result = on_progress, on_result
        self._clock = clock
        self.throttle = Throttle(self.limits.rate_per_s, clock, sleep, rng or random.Random())  # noqa: S311
        self._queue: deque[Job] = deque(self._jobs)
        self._ended: dict[int, JobResult] = {}
        self._tries: dict[int, int] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._started = clock()
        self.result = BatchResult(self.batch_id)

    # ------------------------------------------------------------------ running
    async def run(self) -> BatchResult:
        """Run every job; returns when all have ended (or the batch was cancelled/stopped).
        Cancelling the task that awaits this cancels the batch too (then re-raised)."""
        self._started = self._clock()
        workers = max(1, min(self.limits.concurrency, MAX_CONCURRENCY, len(self._jobs)))
        self._tasks = [asyncio.ensure_future(self._worker()) for _ in range(workers)]
        self._report()
        try:
            ends = await asyncio.gather(*self._tasks, return_exceptions=True)
        except asyncio.CancelledError:
            self.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            self._close()
            raise
        self._close()
        for end in ends:  # a defect, not a vault's answer: never swallowed
            if isinstance(end, Exception):
                raise end
        return self.result

    def cancel(self) -> None:
        """Stop at once: no job starts, running creates are cancelled."""
        self.result.cancelled = True
        self._queue.clear()
        for task in self._tasks:
            task.cancel()

    def _stop(self, error: AppError) -> None:
        """Start no more jobs; running ones end as they end."""
        if self.result.stopped is None:
            self.result.stopped = error
        self._queue.clear()

    async def _worker(self) -> None:
        while self._queue:
            job = self._queue.popleft()
            try:
                result = await self._run_job(job)
            except asyncio.CancelledError:
                tries = self._tries.get(job.index, 0)
                self._end(
                    JobResult(job, JobEnd.CANCELLED if tries else JobEnd.NOT_RUN, tries=tries)
                )
                raise
            self._end(result)

    async def _run_job(self, job: Job) -> JobResult:
        while True:
            await self.throttle.wait()
            self._tries[job.index] = tries = self._tries.get(job.index, 0) + 1
            try:
                record = await self._service.create(
                    job.card,
                    self._profile,
                    batch_id=self.batch_id,
                    **self._args,  # type: ignore[arg-type]
                )
            except AppError as exc:
                if self._again(exc, tries):
                    continue
                return self._failed(job, exc, tries)
            self.throttle.succeeded()
            return JobResult(job, JobEnd.CREATED, token=record, tries=tries)

    def _again(self, exc: AppError, tries: int) -> bool:
        """Whether to send the job's create again (after the throttle's pause)."""
        if exc.kind is ErrorKind.RATE_LIMITED:
            self.throttle.rate_limited(exc.retry_after)
            self._report()
            return True
        if getattr(exc, "may_have_arrived", False):
            return False
        if exc.kind in _RETRIED and tries < self.limits.max_tries:
            self.throttle.back_off(tries)
            return True
        return False

    def _failed(self, job: Job, exc: AppError, tries: int) -> JobResult:
        token = getattr(exc, "record", None)  # TokenNotSaved: created, not stored yet
        if isinstance(token, TokenRecord) and isinstance(exc, StorageError):
            self._stop(exc)
            return JobResult(job, JobEnd.CREATED, token=token, error=exc, tries=tries)
        if getattr(exc, "may_have_arrived", False):
            return JobResult(job, JobEnd.UNKNOWN, error=exc, tries=tries)
        if exc.kind in _FATAL or self.limits.on_error == STOP:
            self._stop(exc)
        return JobResult(job, JobEnd.FAILED, error=exc, tries=tries)

    # ------------------------------------------------------------------ bookkeeping
    def _end(self, result: JobResult) -> None:
        if result.job.index in self._ended:  # never counted twice
            return
        self._ended[result.job.index] = result
        if self._on_result is not None:
            self._on_result(result)
        self._report()

    def _close(self) -> None:
        for job in self._jobs:
            if job.index not in self._ended:
                self._ended[job.index] = JobResult(job, JobEnd.NOT_RUN)
        self.result.results = [self._ended[j.index] for j in self._jobs]
        self._report()

    def progress(self) -> Progress:
        ended = list(self._ended.values())
        total = len(self._jobs)

        def n(end: JobEnd) -> int:
            return sum(1 for r in ended if r.end is end)

        finished = len(ended) - n(JobEnd.NOT_RUN)
        remaining = total - len(ended)
        elapsed = max(0.0, self._clock() - self._started)
        rate = finished / elapsed if elapsed > 0 else 0.0
        return Progress(
            total=total,
            created=n(JobEnd.CREATED),
            failed=n(JobEnd.FAILED) + n(JobEnd.CANCELLED),
            unknown=n(JobEnd.UNKNOWN),
            remaining=remaining,
            elapsed_s=elapsed,
            rate_per_s=rate,
            eta_s=remaining / rate if rate > 0 else None,
            paused_s=self.throttle.paused_for(),
        )

    def _report(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.progress())
