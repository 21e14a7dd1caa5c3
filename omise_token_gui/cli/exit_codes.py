"""The exit codes of ``omise-token`` (documented in ``exits.exit_help()`` and the README).

Alone in a light module: the forwarding fast path (``cli/fast.py``) needs them without the
rest of ``exits`` (which imports the core's error tree, the history and the settings)."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    USAGE = 2  # bad usage or input refused locally: nothing was sent
    REFUSED = 3  # the key or URL policy refused: nothing was sent
    VAULT = 4  # the vault answered with an error (or an answer that was refused)
    NETWORK = 5  # no answer: timeout, connection, TLS (or the running app went away)
    STORAGE = 6  # the history or settings file could not be read or written
    INTERRUPTED = 130  # Ctrl+C
