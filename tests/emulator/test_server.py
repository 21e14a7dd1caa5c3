"""EmbeddedEmulator's public seams: whether it runs, its port, a restart on the same port."""

from __future__ import annotations

from omise_token_gui.emulator import EmbeddedEmulator


def test_running_and_port_follow_start_and_stop() -> None:
    emulator = EmbeddedEmulator()
    assert not emulator.running
    assert emulator.port == 0  # the one asked for: any free port
    emulator.start()
    try:
        assert emulator.running
        assert emulator.port > 0
        assert emulator.base_url == f"http://127.0.0.1:{emulator.port}"
        port = emulator.port
    finally:
        emulator.stop()
    assert not emulator.running
    emulator.start(port=port)  # back on the same address
    try:
        assert emulator.running
        assert emulator.port == port
    finally:
        emulator.stop()
    assert not emulator.running
