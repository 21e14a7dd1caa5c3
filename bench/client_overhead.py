"""Full service path vs raw httpx, same server, same run, interleaved.

500 creations through TokenService.create (validation, key policy, client, parse, history
insert) against the loopback emulator, alternated with 500 raw ``httpx`` POSTs of the same
form body to the same server. Prints the median per-call times and their ratio.
Bar: ratio <= 1.2 (``--check`` fails above it).

    .venv/bin/python bench/client_overhead.py [--n 500] [--check]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Settings, sandbox_profile
from omise_token_gui.core.vault import USER_AGENT, basic_auth_header
from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.emulator.state import EmulatorConfig

BAR = 1.2
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


async def measure(base_url: str, n: int, folder: Path) -> tuple[list[float], list[float]]:
    with HistoryStore(folder / "h.sqlite3") as history:
        async with httpx.AsyncClient() as http:
            service = TokenService(http, history, Settings().profile, sandbox_url=base_url)
            return await compare(http, service, base_url, n)


async def compare(
    http: httpx.AsyncClient, service: TokenService, base_url: str, n: int
) -> tuple[list[float], list[float]]:
    """(raw POST times, service.create times), interleaved, after a warm-up."""
    profile = sandbox_profile()
    headers = {
        "Authorization": basic_auth_header(profile.public_key),
        "Omise-Version": "2019-05-29",
        "User-Agent": USER_AGENT,
    }
    form = CARD.form_fields()

    async def raw() -> None:
        response = await http.post(f"{base_url}/tokens", data=form, headers=headers)
        response.raise_for_status()

    async def full() -> None:
        await service.create(CARD, profile)

    for _ in range(20):  # warm-up: connection pool, imports, SQLite pages
        await raw()
        await full()
    raw_times: list[float] = []
    full_times: list[float] = []
    for i in range(n):
        order = ((raw, raw_times), (full, full_times))
        for call, times in order if i % 2 == 0 else order[::-1]:
            start = time.perf_counter()
            await call()
            times.append(time.perf_counter() - start)
    return raw_times, full_times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the ratio > {BAR}")
    args = parser.parse_args()
    with (
        EmbeddedEmulator(EmulatorConfig(max_tokens=100_000)) as emu,
        tempfile.TemporaryDirectory() as tmp,
    ):
        raw_times, full_times = asyncio.run(measure(emu.base_url, args.n, Path(tmp)))
    raw_med = statistics.median(raw_times)
    full_med = statistics.median(full_times)
    ratio = full_med / raw_med
    print(f"raw httpx POST   median {raw_med * 1000:.3f} ms  (n={len(raw_times)})")
    print(f"service.create   median {full_med * 1000:.3f} ms  (n={len(full_times)})")
    print(f"ratio full/raw   {ratio:.3f}   (bar <= {BAR}: {'PASS' if ratio <= BAR else 'FAIL'})")
    return 1 if args.check and ratio > BAR else 0


if __name__ == "__main__":
    sys.exit(main())
