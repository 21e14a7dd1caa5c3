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


def test_a_taken_port_falls_back_to_a_free_one_and_says_so() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        emulator = EmbeddedEmulator()
        url, on_it = emulator.start_or_any_port(port)
        try:
            assert not on_it
            assert emulator.running
            assert emulator.port not in (0, port)
            assert url == emulator.base_url
        finally:
            emulator.stop()
    again = EmbeddedEmulator()
    url, on_it = again.start_or_any_port(port)  # free now: the port asked for
    try:
        assert on_it
        assert again.port == port
    finally:
        again.stop()
