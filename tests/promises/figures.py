"""Figures the promise tests measure; printed at the end of every run (tests/conftest.py)."""

from __future__ import annotations

from collections import Counter

FIGURES: Counter[str] = Counter()


def add(name: str, amount: int = 1) -> None:
    FIGURES[name] += amount
