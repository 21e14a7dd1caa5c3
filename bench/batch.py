"""Batches against the standalone emulator (issue 17): ratios, one run.

(a) 200 tokens, emulator ``--latency-ms 50``, concurrency 8, through ``core.batch`` and the
    app's own HTTP client and history: wall ÷ the ideal (200 × 50 ms ÷ 8). Aim ≤ 1.15.
    The same 200 created one after another with the official ``omise`` SDK (0.16.0: no
    concurrency, no timeout; skipped when it is not installed:
    ``.venv/bin/pip install -c constraints.txt omise==0.16.0``): the speed-up.
(b) 100 tokens, emulator ``--rate-limit 10``, the profile's rate limit 10/s: wall ÷ the
    rate-limit floor (10 s). Aim ≤ 1.1, 0 failed, 0 errors shown.
(c) the UI loop's longest stall while (a)'s batch runs on a qasync loop (offscreen), a
    QTimer heartbeat every 2 ms measuring gaps. Aim ≤ 16 ms.

    .venv/bin/python bench/batch.py [--only a|b|c]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from omise_token_gui.core.batch import BatchResult, BatchRunner, JobEnd, Limits, Progress, jobs_for
from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Profile
from omise_token_gui.core.transport import make_http_client

KEY = "pkey_test_5xs8breq3htbkj03d2x"
CARD = CardInput(
    name="Somchai Prasert",
    number="4242424242424242",
    expiration_month="10",
    expiration_year="2031",
    security_code="123",
    city="Bangkok",
    postal_code="10320",
    country="TH",
)
TICK_MS = 2


@contextlib.contextmanager
def emulator(*options: str) -> Iterator[str]:
    """A standalone emulator (``omise-vault-emulator``) on a free port; its URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "omise_token_gui.emulator", "--port", "0", *options],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" on ", 1)[1].split()[0]
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def profile(url: str, rate: float | None) -> Profile:
    return Profile(name="Bench", public_key=KEY, vault_url=url, rate_limit_per_s=rate)


async def batch(
    url: str, n: int, concurrency: int, rate: float | None, shown: list[Progress] | None = None
) -> tuple[float, BatchResult]:
    """Wall seconds and the result of ``n`` creates through the app's own service."""
    with tempfile.TemporaryDirectory() as folder, HistoryStore(Path(folder) / "h.sqlite3") as h:
        async with make_http_client() as http:
            service = TokenService(http, h, lambda name: None)
            target = profile(url, rate)
            warm = BatchRunner(service, target, jobs_for(card=CARD, count=concurrency))
            await warm.run()  # connections open, code paths warm
            if rate:  # the vault's one-second window forgets the warm-up's creates first
                await asyncio.sleep(1.1)
            runner = BatchRunner(
                service,
                target,
                jobs_for(card=CARD, count=n),
                limits=Limits(concurrency=concurrency, rate_per_s=rate),
                on_progress=shown.append if shown is not None else None,
            )
            start = time.perf_counter()
            result = await runner.run()
            return time.perf_counter() - start, result


def sdk_sequential(url: str, n: int) -> float | None:
    """Wall seconds of ``n`` sequential ``omise.Token.create`` (None: SDK not installed)."""
    try:
        import omise  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    omise.api_public = KEY
    omise.api_vault = url
    fields = {
        "name": CARD.name,
        "number": CARD.number,
        "expiration_month": int(CARD.expiration_month),
        "expiration_year": int(CARD.expiration_year),
        "security_code": CARD.security_code,
        "city": CARD.city,
        "postal_code": CARD.postal_code,
    }
    omise.Token.create(**fields)  # warm
    start = time.perf_counter()
    for _ in range(n):
        omise.Token.create(**fields)
    return time.perf_counter() - start


def part_a() -> float:
    n, concurrency, latency = 200, 8, 0.050
    ideal = n * latency / concurrency
    with emulator("--latency-ms", "50") as url:
        wall, result = asyncio.run(batch(url, n, concurrency, None))
        sdk = sdk_sequential(url, n)
    print(
        f"(a) {n} tokens, 50 ms latency, concurrency {concurrency}: {wall:.3f} s, "
        f"ideal {ideal:.3f} s, ratio {wall / ideal:.3f} (aim <= 1.15); "
        f"created {result.count(JobEnd.CREATED)}"
    )
    if sdk is None:
        print("    omise SDK not installed: no speed-up measured")
    else:
        print(
            f"    omise SDK 0.16.0, sequential: {sdk:.3f} s; speed-up {sdk / wall:.1f}x "
            f"(its ideal {n * latency:.1f} s: ratio {sdk / (n * latency):.3f})"
        )
    return wall


def part_b() -> None:
    n, rate = 100, 10.0
    floor = n / rate
    shown: list[Progress] = []
    with emulator("--rate-limit", "10") as url:
        wall, result = asyncio.run(batch(url, n, 4, rate, shown))
    retried = sum(r.tries for r in result.results) - n
    failed = n - result.count(JobEnd.CREATED)
    errors_shown = max((p.failed + p.unknown for p in shown), default=0)
    print(
        f"(b) {n} tokens, emulator --rate-limit 10, profile 10/s: {wall:.3f} s, floor "
        f"{floor:.0f} s, ratio {wall / floor:.3f} (aim <= 1.1); failed {failed}, errors "
        f"shown {errors_shown}, 429s retried {retried}"
    )


def part_c() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel
    from qasync import QEventLoop

    app = QApplication.instance() or QApplication(sys.argv)
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    label = QLabel("batch")  # a widget the progress updates, as the panel would
    label.show()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        if last[0]:
            gaps.append(now - last[0])
        last[0] = now

    def shown(p: Progress) -> None:
        label.setText(f"{p.done}/{p.total} {p.rate_per_s:.0f}/s")

    timer = QTimer()
    timer.timeout.connect(tick)
    with emulator("--latency-ms", "50") as url:

        async def go() -> tuple[float, BatchResult]:
            timer.start(TICK_MS)
            progress: list[Progress] = []
            try:
                wall, result = await batch(url, 200, 8, None, progress)
            finally:
                timer.stop()
            for p in progress:
                shown(p)
            return wall, result

        with loop:
            wall, result = loop.run_until_complete(go())
    worst = max(gaps) * 1000 if gaps else float("nan")
    print(
        f"(c) UI loop during the 200-token batch ({wall:.2f} s, {len(gaps)} ticks of "
        f"{TICK_MS} ms): longest stall {worst:.1f} ms (aim <= 16 ms); "
        f"created {result.count(JobEnd.CREATED)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("a", "b", "c"))
    args = parser.parse_args()
    if args.only in (None, "a"):
        part_a()
    if args.only in (None, "b"):
        part_b()
    if args.only in (None, "c"):
        part_c()
    return 0


if __name__ == "__main__":
    sys.exit(main())
