"""core/batch.py against the embedded emulator and its faults: a batch and a matrix, cancel
mid-batch, a 429 with Retry-After, a 503 burst, an "unknown" create, skip and stop; nothing
lost, nothing counted twice. Time is a fake (``FakeTime``): pauses are asked, not slept."""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from omise_token_gui.core import attempts, paths
from omise_token_gui.core.batch import BatchResult, BatchRunner, JobEnd, Limits, jobs_for
from omise_token_gui.core.batch_throttle import SPACING, Throttle
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import STOP, Profile, Settings, sandbox_profile
from omise_token_gui.emulator import EmbeddedEmulator, Faults
from tests.helpers import TEST_KEY, card, run


class FakeTime:
    """Virtual time: a sleep is woken, earliest first, as soon as the loop turns, and the
    clock jumps to its end; every pause asked is kept."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self._waiting: list[tuple[float, int, asyncio.Future[None]]] = []
        self._driving = False

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._waiting, (self.now + seconds, len(self.slept), future))
        if not self._driving:
            self._driving = True
            loop.call_soon(self._wake_first)
        await future

    def _wake_first(self) -> None:
        """Wake the earliest sleeper; the next one after it has run (two turns later)."""
        when, _, future = heapq.heappop(self._waiting)
        self.now = max(self.now, when)
        if not future.done():
            future.set_result(None)
        if self._waiting:
            loop = asyncio.get_running_loop()
            loop.call_soon(loop.call_soon, self._wake_first)
        else:
            self._driving = False


@pytest.fixture
def history() -> Iterator[HistoryStore]:
    with HistoryStore(paths.history_path()) as store:
        yield store


def _batch(
    emulator: EmbeddedEmulator,
    history: HistoryStore,
    jobs: list,  # type: ignore[type-arg]
    *,
    profile: Profile | None = None,
    limits: Limits | None = None,
    time: FakeTime | None = None,
    cancel_after: int | None = None,
) -> tuple[BatchResult, BatchRunner]:
    time = time or FakeTime()
    holder: list[BatchRunner] = []

    def ended(result: object) -> None:
        created = holder[0].progress().created
        if cancel_after is not None and created >= cancel_after:
            holder[0].cancel()

    async def go() -> BatchResult:
        async with httpx.AsyncClient() as http:
            service = TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)
            runner = BatchRunner(
                service,
                profile or sandbox_profile(),
                jobs,
                limits=limits or Limits(concurrency=4),
                test_key="QA-17",
                on_result=ended,
                clock=time.clock,
                sleep=time.sleep,
                rng=random.Random(7),
            )
            holder.append(runner)
            return await runner.run()

    return run(go()), holder[0]


def _attempts_of(history: HistoryStore, batch_id: str) -> list[Attempt]:
    return [r.attempt for r in attempts.select(history) if r.attempt.batch_id == batch_id]


def _each_job_once(result: BatchResult, total: int) -> None:
    assert sorted(r.job.index for r in result.results) == list(range(total))


def test_n_of_one_card(emulator: EmbeddedEmulator, history: HistoryStore) -> None:
    result, _ = _batch(emulator, history, jobs_for(card=card(), count=12))
    _each_job_once(result, 12)
    assert result.count(JobEnd.CREATED) == 12
    ids = [t.token_id for t in result.tokens]
    assert len(set(ids)) == 12
    logged = _attempts_of(history, result.batch_id)
    assert sorted(a.token_id or "" for a in logged) == sorted(ids)
    assert {a.test_key for a in logged} == {"QA-17"}
    assert result.token_map() == {"card": ids}


def test_one_per_scenario_matrix(emulator: EmbeddedEmulator, history: HistoryStore) -> None:
    catalog = list(load_catalog())
    result, _ = _batch(emulator, history, jobs_for(catalog), limits=Limits(concurrency=8))
    _each_job_once(result, len(catalog))
    assert result.count(JobEnd.CREATED) == len(catalog)
    mapping = result.token_map()
    assert set(mapping) == {c.id for c in catalog}
    for entry in catalog:
        record = history.get(mapping[entry.id])
        assert record is not None
        assert record.scenario == entry.scenario
        assert record.last4 == entry.number[-4:]


def test_cancel_mid_batch_keeps_what_was_created(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    emulator.set_faults(Faults(latency_ms=30))
    result, runner = _batch(emulator, history, jobs_for(card=card(), count=40), cancel_after=5)
    assert result.cancelled
    _each_job_once(result, 40)
    ends = Counter(r.end for r in result.results)
    assert ends[JobEnd.CREATED] >= 5
    assert ends[JobEnd.NOT_RUN] > 0  # it stopped: the rest never started
    assert ends[JobEnd.CANCELLED] <= 4  # at most the creates running at once
    logged = _attempts_of(history, result.batch_id)
    # Nothing lost: every token the batch stored is in its result, and the other way round.
    stored = {a.token_id for a in logged if a.outcome is Outcome.CREATED}
    assert stored == {t.token_id for t in result.tokens}
    # Each running create was recorded as cancelled; nothing counted twice.
    assert sum(a.outcome is Outcome.CANCELLED for a in logged) == ends[JobEnd.CANCELLED]
    progress = runner.progress()
    assert progress.created + progress.failed + progress.remaining <= 40
    assert progress.created == ends[JobEnd.CREATED]


def test_429_waits_for_retry_after_and_retries(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    emulator.set_faults(Faults(force_429=True, retry_after_s=3, times=2))
    time = FakeTime()
    result, runner = _batch(emulator, history, jobs_for(card=card(), count=6), time=time)
    assert result.count(JobEnd.CREATED) == 6  # a 429 never fails the batch
    assert not result.stopped
    assert any(3.0 <= p <= 3.0 * 1.25 for p in runner.throttle.pauses)
    assert time.now >= 3.0  # the batch waited as long as the vault asked
    assert runner.throttle.rate_per_s is not None  # and goes slower after it
    logged = _attempts_of(history, result.batch_id)
    limited = [a for a in logged if a.outcome is Outcome.VAULT_ERROR]
    assert len(limited) == 2  # each 429 is an attempt in the evidence
    assert {a.error_code for a in limited} == {"rate_limit_exceeded"}
    assert sum(a.outcome is Outcome.CREATED for a in logged) == 6


def test_a_503_burst_is_retried_with_backoff(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    emulator.set_faults(Faults(error_rate=1.0, error_status=503, times=5))
    result, runner = _batch(emulator, history, jobs_for(card=card(), count=8))
    assert result.count(JobEnd.CREATED) == 8
    assert len(runner.throttle.pauses) == 5
    logged = _attempts_of(history, result.batch_id)
    assert sum(a.error_code == "internal_error" for a in logged) == 5
    assert emulator.state.token_count() == 8


def test_a_create_sent_without_an_answer_is_unknown_and_not_resent(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    emulator.set_faults(Faults(drop=True, times=1))
    result, _ = _batch(emulator, history, jobs_for(card=card(), count=5))
    _each_job_once(result, 5)
    assert result.count(JobEnd.UNKNOWN) == 1
    assert result.count(JobEnd.CREATED) == 4
    # The vault made five tokens; the history names four and says the fifth is unknown.
    assert emulator.state.token_count() == 5
    assert len([r for r in emulator.requests() if r["path"] == "/tokens"]) == 5  # not re-sent
    logged = _attempts_of(history, result.batch_id)
    unknown = [a for a in logged if a.outcome is Outcome.UNKNOWN]
    assert len(unknown) == 1
    assert unknown[0].error_code == "connection_error"


def test_a_failure_is_skipped_or_stops_the_batch(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    bad = replace(card(), name="")  # the vault refuses it: name can't be blank

    def jobs() -> list:  # type: ignore[type-arg]
        good = jobs_for(card=card(), count=4)
        return [*good[:1], replace(good[1], card=bad), *good[2:]]

    async def unchecked(limits: Limits) -> BatchResult:
        async with httpx.AsyncClient() as http:
            service = TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)
            runner = BatchRunner(
                service, sandbox_profile(), jobs(), limits=limits, allow_invalid=True
            )
            return await runner.run()

    skipped = run(unchecked(Limits(concurrency=1)))
    assert [r.end for r in skipped.results] == [
        JobEnd.CREATED,
        JobEnd.FAILED,
        JobEnd.CREATED,
        JobEnd.CREATED,
    ]
    assert skipped.stopped is None
    stopped = run(unchecked(Limits(concurrency=1, on_error=STOP)))
    assert [r.end for r in stopped.results] == [
        JobEnd.CREATED,
        JobEnd.FAILED,
        JobEnd.NOT_RUN,
        JobEnd.NOT_RUN,
    ]
    assert stopped.stopped is not None
    assert stopped.stopped.code == "invalid_card"


def test_a_refused_key_stops_the_batch_at_once(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    emulator.state.config.accepted_keys = frozenset({TEST_KEY})
    result, _ = _batch(emulator, history, jobs_for(card=card(), count=6))
    assert result.stopped is not None
    assert result.count(JobEnd.CREATED) == 0
    assert result.count(JobEnd.FAILED) <= 4  # the ones already running
    assert result.count(JobEnd.NOT_RUN) >= 2


def test_progress_counts_and_eta(emulator: EmbeddedEmulator, history: HistoryStore) -> None:
    seen: list = []  # type: ignore[type-arg]

    async def go() -> None:
        time = FakeTime()
        async with httpx.AsyncClient() as http:
            service = TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)
            runner = BatchRunner(
                service,
                replace(sandbox_profile(), rate_limit_per_s=10.0),
                jobs_for(card=card(), count=5),
                limits=Limits(concurrency=2, rate_per_s=10.0),
                on_progress=seen.append,
                clock=time.clock,
                sleep=time.sleep,
            )
            await runner.run()

    run(go())
    assert seen[0].remaining == 5
    assert seen[-1].created == 5
    assert seen[-1].remaining == 0
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    middle = [p for p in seen if 0 < p.remaining < 5]
    assert middle
    assert all(p.eta_s is not None and p.eta_s > 0 for p in middle)
    assert seen[-1].rate_per_s == pytest.approx(10 / SPACING, rel=0.3)


def test_the_throttle_spaces_creates_and_pauses_for_everyone() -> None:
    time = FakeTime()
    throttle = Throttle(10.0, time.clock, time.sleep, random.Random(1))

    async def go() -> list[float]:
        starts: list[float] = []

        async def one() -> None:
            await throttle.wait()
            starts.append(time.now)

        await asyncio.gather(*(one() for _ in range(5)))
        throttle.rate_limited(2.0)
        await asyncio.gather(*(one() for _ in range(2)))
        return starts

    starts = run(go())
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert all(g >= SPACING / 10.0 - 1e-9 for g in gaps[:4])
    assert gaps[4] >= 2.0  # after the 429: the whole batch waited Retry-After
    assert throttle.rate_per_s == pytest.approx(8.0)


def test_the_throttle_is_unlimited_for_the_sandbox() -> None:
    time = FakeTime()
    throttle = Throttle(None, time.clock, time.sleep, random.Random(1))

    async def go() -> None:
        await asyncio.gather(*(throttle.wait() for _ in range(50)))

    run(go())
    assert time.now == 0.0
    assert time.slept == []


def test_cancelling_the_awaiting_task_cancels_the_batch(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    emulator.set_faults(Faults(latency_ms=30))

    async def go() -> BatchRunner:
        async with httpx.AsyncClient() as http:
            service = TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)
            two = asyncio.Event()
            runner = BatchRunner(
                service,
                sandbox_profile(),
                jobs_for(card=card(), count=30),
                on_progress=lambda p: two.set() if p.created >= 2 else None,
            )
            task = asyncio.ensure_future(runner.run())
            await two.wait()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            return runner

    runner = run(go())
    assert runner.result.cancelled
    _each_job_once(runner.result, 30)
    logged = _attempts_of(history, runner.batch_id)
    assert {a.token_id for a in logged if a.token_id} == {t.token_id for t in runner.result.tokens}


def test_after_a_429_the_rate_recovers_up_to_the_profiles_limit() -> None:
    time = FakeTime()
    throttle = Throttle(10.0, time.clock, time.sleep, random.Random(1))
    throttle.rate_limited(1.0)
    assert throttle.rate_per_s == pytest.approx(8.0)
    for _ in range(9):
        throttle.succeeded()
    assert throttle.rate_per_s == pytest.approx(8.0)  # not yet
    for _ in range(100):
        throttle.succeeded()
    assert throttle.rate_per_s == pytest.approx(10.0)  # back, never above the limit
