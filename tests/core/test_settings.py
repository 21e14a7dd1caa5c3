from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from omise_token_gui.core.errors import VaultError
from omise_token_gui.core.keys import KeyRejected
from omise_token_gui.core.settings import (
    SANDBOX,
    Profile,
    Settings,
    SettingsStore,
    sandbox_profile,
)
from tests.helpers import TEST_KEY


def staging(**kw: object) -> Profile:
    values: dict[str, object] = dict(name="Staging", public_key=TEST_KEY)
    values.update(kw)
    return Profile(**values)  # type: ignore[arg-type]


def test_defaults_have_the_sandbox_active(tmp_path: Path) -> None:
    result = SettingsStore(tmp_path / "s.json").load({})
    assert result.notices == ()
    assert result.settings.active.is_sandbox
    assert result.settings.active == sandbox_profile()


def test_save_load_round_trip_atomic_0600(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "s.json"
    store = SettingsStore(path)
    settings = Settings()
    settings.upsert(staging(public_key=f"  {TEST_KEY}\n", vault_url="https://vault.omise.co/"))
    settings.active_profile = "Staging"
    settings.copy_on_create = False
    store.save(settings)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["s.json", "s.json.lock"]  # no temp
    loaded = store.load({}).settings
    assert loaded.active.name == "Staging"
    assert loaded.active.public_key == TEST_KEY  # stripped
    assert loaded.active.vault_url == "https://vault.omise.co"
    assert loaded.copy_on_create is False
    assert json.loads(path.read_text())["version"] == 1


@pytest.mark.parametrize("key", ["pkey_live_abc", "skey_test_abc", "skey_abc", "pkey_abc", ""])
def test_policy_applies_on_save(key: str) -> None:
    with pytest.raises(KeyRejected):
        Settings().upsert(staging(public_key=key))


def test_sandbox_cannot_be_deleted_or_renamed() -> None:
    settings = Settings()
    with pytest.raises(VaultError):
        settings.remove(SANDBOX)
    settings.upsert(staging())
    settings.active_profile = "Staging"
    settings.remove("Staging")
    assert settings.active.is_sandbox
    with pytest.raises(VaultError):
        settings.upsert(staging(name="Dup"), old_name=SANDBOX)


def test_rename_keeps_active(tmp_path: Path) -> None:
    settings = Settings()
    settings.upsert(staging())
    settings.active_profile = "Staging"
    settings.upsert(staging(name="QA"), old_name="Staging")
    assert settings.active.name == "QA"
    assert [p.name for p in settings.profiles] == [SANDBOX, "QA"]


def test_hand_edited_live_key_is_dropped_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "active_profile": "Prod",
                "profiles": [
                    {"name": "Prod", "public_key": "pkey_live_abcdef"},
                    {"name": "OK", "public_key": TEST_KEY, "timeout_s": 30},
                ],
            }
        )
    )
    result = SettingsStore(path).load({})
    assert [p.name for p in result.settings.profiles] == [SANDBOX, "OK"]
    assert result.settings.active.is_sandbox
    assert any("LIVE public key" in n for n in result.notices)
    assert "pkey_live_abcdef" not in repr(result.settings)


@pytest.mark.parametrize(
    "content",
    [
        b'{"version": 1, "profiles": [',
        b"\x00\xff\xfe garbage",
        b'{"version": 7}',
        b"[]",
        b'"just a string"',
    ],
)
def test_damaged_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content)
    result = SettingsStore(path).load({})
    assert result.settings.active.is_sandbox
    assert len(result.notices) == 1
    assert "moved to" in result.notices[0]
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("s.json.damaged-")]
    assert len(aside) == 1
    assert aside[0].read_bytes() == content  # nothing readable is lost


def test_wrong_types_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "copy_on_create": "yes",
                "auto_refresh_s": "x",
                "profiles": [42, {"name": "T", "public_key": TEST_KEY, "timeout_s": "slow"}],
            }
        )
    )
    result = SettingsStore(path).load({})
    assert result.settings.copy_on_create is True
    assert result.settings.auto_refresh_s == 30
    assert result.settings.profile("T") is not None
    assert result.settings.profile("T").timeout_s == 15.0  # type: ignore[union-attr]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.json"
    path.write_text("{}")
    path.chmod(0)  # root reads it anyway: make the read fail as it does for a user

    def denied(self: Path, *a: object, **k: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_text", denied)
    result = SettingsStore(path).load({})
    assert result.settings.active.is_sandbox
    assert "could not be read (PermissionError)" in result.notices[0]


def test_environment_key(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "s.json")
    result = store.load({"OMISE_PUBLIC_KEY": TEST_KEY})
    assert result.settings.active.name == "Environment"
    store.save(result.settings)
    assert TEST_KEY not in (tmp_path / "s.json").read_text()  # env profiles are not written
    refused = store.load({"OMISE_PUBLIC_KEY": "skey_live_abc"})
    assert refused.settings.active.is_sandbox
    assert any("OMISE_PUBLIC_KEY was ignored" in n for n in refused.notices)
