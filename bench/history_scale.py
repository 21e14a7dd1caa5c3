"""First paint with 100,000 history rows vs an empty history, and the RSS growth.

Alternated in one run (full, empty, full, empty, …). Prints the median paint times, their
ratio, and the median peak-RSS difference. Bars: ratio <= 1.3, growth <= 60 MB.

Timed to the "ready" paint: the whole window with the history table's rows on screen (the
window's very first paint, before the history is opened, would not see the rows at all).

    .venv/bin/python bench/history_scale.py [--rows 100000] [--runs 9] [--check]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _paint import app_command, time_to_ready_paint

from omise_token_gui.core.history import HistoryStore, TokenRecord

TIME_BAR, RSS_BAR_MB = 1.3, 60.0
# A token answer of the real size (~1.3 KB, like the 2025 fixture in omise-vault.md).
RAW = (
    '{"object":"token","id":"%s","livemode":false,'
    '"location":"https://vault.omise.co/tokens/%s","used":false,"charge_status":"unknown",'
    '"card":{"object":"card","id":"card_test_63440m1wwjc3ipgm9w4","livemode":false,'
    '"location":null,"deleted":false,"street1":null,"street2":null,"city":"Bangkok",'
    '"state":null,"phone_number":null,"postal_code":"10320","country":"th","financing":"",'
    '"bank":"","brand":"Visa","fingerprint":"6Dg5ncsSseId+2Pkar1y8MNjk+1MPEYQaBAWxr64McE=",'
    '"first_digits":null,"last_digits":"4242","name":"Somchai Prasert","expiration_month":11,'
    '"expiration_year":2029,"security_code_check":true,"tokenization_method":null,'
    '"created_at":"2026-01-01T00:00:00Z"},"created_at":"2026-01-01T00:00:00Z"}'
)


def fill(data_dir: Path, rows: int) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with HistoryStore(data_dir / "history.sqlite3") as store:
        scenarios = [
            ("successful", "Successful charge", "successful", None),
            ("insufficient_fund", "Insufficient funds", "failed", "insufficient_fund"),
        ]
        store.add_many(
            TokenRecord(
                token_id=f"tokn_test_{i:011d}x",
                created_at=start + timedelta(seconds=i),
                profile="Sandbox",
                vault_url="http://127.0.0.1:1",
                raw_json=RAW % ((f"tokn_test_{i:011d}x",) * 2),
                brand="Visa",
                last4=f"{i % 10_000:04d}",
                scenario=scenarios[i % 2][0],
                scenario_label=scenarios[i % 2][1],
                expected_charge_status=scenarios[i % 2][2],
                expected_failure_code=scenarios[i % 2][3],
                cardholder="Somchai Prasert",
                used=i % 3 == 0,
                charge_status="successful" if i % 3 == 0 else "unknown",
            )
            for i in range(rows)
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        full, empty = Path(tmp, "full"), Path(tmp, "empty")
        fill(full / "d", args.rows)
        (empty / "d").mkdir(parents=True)
        size_mb = (full / "d" / "history.sqlite3").stat().st_size / 1e6
        times: dict[str, list[float]] = {"full": [], "empty": []}
        rss: dict[str, list[int]] = {"full": [], "empty": []}
        for folder in (full, empty):  # warm-up
            time_to_ready_paint(app_command(str(folder / "d"), str(folder / "c")))
        for _ in range(args.runs):
            for name, folder in (("full", full), ("empty", empty)):
                seconds, rss_kb = time_to_ready_paint(
                    app_command(str(folder / "d"), str(folder / "c"))
                )
                times[name].append(seconds)
                rss[name].append(rss_kb)
    full_t, empty_t = statistics.median(times["full"]), statistics.median(times["empty"])
    ratio = full_t / empty_t
    growth_mb = (statistics.median(rss["full"]) - statistics.median(rss["empty"])) / 1024
    print(f"history file      {size_mb:.1f} MB with {args.rows:,} rows")
    print(f"empty history     ready paint median {empty_t * 1000:.0f} ms  (n={args.runs})")
    print(f"{args.rows:,} rows    ready paint median {full_t * 1000:.0f} ms  (n={args.runs})")
    print(
        f"ratio             {ratio:.2f}   (bar <= {TIME_BAR}: "
        f"{'PASS' if ratio <= TIME_BAR else 'FAIL'})"
    )
    print(
        f"peak RSS growth   {growth_mb:.1f} MB   (bar <= {RSS_BAR_MB:g} MB: "
        f"{'PASS' if growth_mb <= RSS_BAR_MB else 'FAIL'})"
    )
    failed = ratio > TIME_BAR or growth_mb > RSS_BAR_MB
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
