"""Promise 1 and 2: no key but a public test key ever reaches a vault, by any entry path, and
no full card number or security code is written to any file the app writes."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_token_gui.core import paths
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.keys import classify
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Profile, Settings, SettingsStore, apply_environment
from omise_token_gui.emulator import EmbeddedEmulator
from tests.helpers import card, run
from tests.promises import figures
from tests.promises.keygen import keys
from tests.ui.conftest import Harness, OpenApp


def only_test_keys_reached(emulator: EmbeddedEmulator) -> int:
    log = emulator.requests()
    kinds = {e["key_kind"] for e in log}
    assert kinds <= {"public_test"}, kinds
    return len(log)


# About 40 s alone; on a machine busy with other suites it took 116 s, against the default
# 120 s limit (a hang still ends: 10 minutes).
@pytest.mark.timeout(600)
def test_10000_keys_at_the_service_and_client_boundary(emulator: EmbeddedEmulator) -> None:
    candidates = keys(10_000, seed=1)
    accepted = sum(classify(k).accepted for k in candidates)
    assert 500 < accepted < 2000  # the generator makes mostly near-misses

    async def go() -> None:
        with HistoryStore(paths.history_path()) as history:
            async with httpx.AsyncClient() as http:
                sandbox = emulator.base_url
                service = TokenService(http, history, Settings().profile, sandbox_url=sandbox)
                for key in candidates:
                    profile = Profile(name="Gen", public_key=key, vault_url=emulator.base_url)
                    client = service.client_for(profile)
                    for call in (
                        service.create(card(), profile),
                        client.retrieve_token("tokn_test_0000000000000000000", key),
                    ):
                        with contextlib.suppress(AppError):
                            await call

    run(go())
    reached = only_test_keys_reached(emulator)
    assert reached == 2 * accepted
    figures.add("key strings tried", len(candidates))


def test_hand_edited_settings_files(emulator: EmbeddedEmulator, tmp_path: Path) -> None:
    candidates = keys(2_000, seed=2)
    loaded: list[Profile] = []
    for batch in range(20):
        path = tmp_path / f"settings-{batch}.json"
        chunk = candidates[batch * 100 : (batch + 1) * 100]
        path.write_text(
            json.dumps(
                {
                    "version": 1,
                    "profiles": [
                        {"name": f"P{i}", "public_key": k, "vault_url": emulator.base_url}
                        for i, k in enumerate(chunk)
                    ],
                }
            ),
            encoding="utf-8",
        )
        settings = SettingsStore(path).load({}).settings
        loaded += [p for p in settings.profiles if not p.is_sandbox]
    assert loaded
    assert all(classify(p.public_key).accepted for p in loaded)

    async def go() -> None:
        with HistoryStore(paths.history_path()) as history:
            async with httpx.AsyncClient() as http:
                service = TokenService(http, history, Settings().profile)
                for profile in loaded[:200]:
                    await service.create(card(), profile)

    run(go())
    only_test_keys_reached(emulator)
    figures.add("key strings tried", len(candidates))


def test_environment_variable(emulator: EmbeddedEmulator) -> None:
    candidates = keys(2_000, seed=3)
    for key in candidates:
        settings = Settings()
        notices = apply_environment(
            settings, {"OMISE_PUBLIC_KEY": key, "OMISE_VAULT_URL": emulator.base_url}
        )
        active = settings.active
        if active.is_sandbox:
            assert notices
        else:
            assert classify(active.public_key).accepted
    figures.add("key strings tried", len(candidates))


def test_500_keys_typed_and_pasted_into_the_settings_pane(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    w.open_settings()
    dialog = w.settings_dialog
    assert dialog is not None
    dialog.add_button.click()
    dialog.url_edit.setText(app.emulator.base_url)
    candidates = [k for k in keys(3_000, seed=4) if not classify(k).accepted][:500]
    typed = pasted = 0
    for i, key in enumerate(candidates):
        dialog.key_edit.clear()
        if i % 2 == 0 and key.isascii() and key.isprintable():
            qtbot.keyClicks(dialog.key_edit, key)
            typed += 1
        else:
            QApplication.clipboard().setText(key)
            dialog.key_edit.paste()
            pasted += 1
        assert not dialog.save_button.isEnabled()
        assert not dialog.check_button.isEnabled()
        dialog.save_button.click()
        dialog.check_button.click()
    assert typed > 100
    assert pasted > 100
    assert app.emulator.requests() == []
    assert [p.name for p in w.settings.profiles] == ["Sandbox"]
    saved = paths.settings_path().read_text() if paths.settings_path().exists() else ""
    assert not any(k.strip() and k.strip() in saved for k in candidates if len(k.strip()) > 6)
    figures.add("key strings tried", len(candidates))


# ---------------------------------------------------------------- card data on disk


def test_no_card_data_in_any_file_after_a_scripted_session(
    open_app: OpenApp, qtbot: QtBot, isolated_dirs: Path, app_log: Path
) -> None:
    from omise_token_gui.ui.exception_hook import ExceptionHook

    app = open_app()
    w = app.window
    hook = ExceptionHook(lambda: w)
    hook.install()
    numbers: set[str] = set()
    codes: set[str] = set()
    catalog = [c for c in w.catalog if c.brand != "American Express"][:10]
    try:
        for i in range(50):
            entry = catalog[i % len(catalog)]
            code = f"{(137 * i + 211) % 900 + 100}"
            numbers.add(entry.number)
            codes.add(code)
            w.form.edits["number"].setText(entry.display_number)
            w.form.edits["security_code"].setText(code)
            app.create_and_wait()
            if i % 10 == 0:  # errors too: an invalid card sent anyway, and a 503
                w.form.edits["expiration_month"].setText("13")
                w.panel.send_anyway.setChecked(True)
                app.create_and_wait()
                w.panel.send_anyway.setChecked(False)
                w.form.edits["expiration_month"].setText("10")
                from omise_token_gui.emulator import Faults

                app.emulator.set_faults(Faults(error_rate=1.0, error_status=503, times=1))
                app.create_and_wait()
        typed = "4000 0000 0000 0002"  # a typed-in, non-catalog card
        numbers.add(typed.replace(" ", ""))
        w.form.edits["number"].setText(typed)
        w.form.edits["security_code"].setText("951")
        codes.add("951")
        app.create_and_wait()
        # Settings changes.
        w.open_settings()
        dialog = w.settings_dialog
        assert dialog is not None
        dialog.add_button.click()
        dialog.name_edit.setText("QA staging")
        dialog.key_edit.setText("pkey_test_5xs8breq3htbkj03d2x")
        dialog.url_edit.setText(app.emulator.base_url)
        dialog.save_button.click()
        dialog.use_button.click()
        app.create_and_wait()
        dialog.close()

        # An unexpected error with card data in its message.
        async def boom() -> None:
            raise RuntimeError(f"bug while handling {typed} cvv 951")

        w.tasks.start(boom())
        # Not task.done: the task is done before its done-callback (which calls the hook)
        # has run on the loop; waiting for done alone made this fail now and then under load.
        qtbot.waitUntil(lambda: hook.shown == 1, timeout=3000)
        app.close()  # the geometry is written on close, everything else as it changed
    finally:
        hook.uninstall()

    files = [p for p in isolated_dirs.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"history.sqlite3", "settings.json", "app.log", "sandbox-vault.sqlite3"} <= names
    blob = b"\n".join(p.read_bytes() for p in files)
    hits = [n for n in numbers if n.encode() in blob or _spaced(n).encode() in blob]
    # Security codes are 3 digits: look for them next to anything that names a card code.
    near = re.compile(rb"(security|cvv|cvc|card\[security_code\])[^\n]{0,40}")
    code_hits = [c for c in codes for m in near.finditer(blob) if c.encode() in m.group(0)]
    log_text = app_log.read_text()
    assert "pkey_test_5xs8breq3htbkj03d2x" not in log_text  # keys: last four only
    assert "pkey_test_…3d2x" in log_text
    figures.add("bytes scanned for card data", len(blob))
    figures.add("full card numbers used in the scripted session", len(numbers))
    figures.add("card data hits in files written", len(hits) + len(code_hits))
    assert hits == [], hits
    assert code_hits == [], [m.group(0) for m in near.finditer(blob)][:10]


def _spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
