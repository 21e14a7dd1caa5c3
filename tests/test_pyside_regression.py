"""PySide6 6.12.0 drops a reference in QSocketNotifier.setEnabled and aborts qasync apps.

This runs a minimal reproducer in a subprocess: an upgrade that brings the bug back
fails CI instead of a tester's session.
"""

from __future__ import annotations

import subprocess
import sys

SNIPPET = """
import socket, sys
from PySide6.QtCore import QCoreApplication, QSocketNotifier
app = QCoreApplication(sys.argv)
a, b = socket.socketpair()
n = QSocketNotifier(b.fileno(), QSocketNotifier.Type.Read)
for _ in range(3000):
    n.setEnabled(False)
print("ok")
"""


def test_socket_notifier_refcount_bug_is_absent() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SNIPPET], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.strip() == "ok"


def test_pinned_below_6_12() -> None:
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12)
