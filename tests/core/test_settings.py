from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.errors import ProfileError
from omise_token_gui.core.keys import KeyRejected
from omise_token_gui.core.settings import (
    SANDBOX,
    Profile,
    Settings,
    SettingsSaveError,
    SettingsStore,
    check_profile,
    sandbox_profile,
)
from tests.helpers import TEST_KEY
from tests.promises import figures


def staging(**kw: Any) -> Profile:
    values: dict[str, Any] = dict(name="Staging", public_key=TEST_KEY)
    values.update(kw)
    return Profile(**values)


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
    with pytest.raises(ProfileError):
        settings.remove(SANDBOX)
    settings.upsert(staging())
    settings.active_profile = "Staging"
    settings.remove("Staging")
    assert settings.active.is_sandbox
    with pytest.raises(ProfileError):
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
    loaded = result.settings.profile("T")
    assert loaded is not None
    assert loaded.timeout_s == 15.0


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


# ---------------------------------------------------------------- two running copies
def test_two_copies_each_saving_a_profile_keep_both(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    first, second = SettingsStore(path), SettingsStore(path)
    mine, theirs = first.load({}).settings, second.load({}).settings
    mine.upsert(staging(name="Mine"))
    first.save(mine)
    theirs.upsert(staging(name="Theirs"))
    theirs.copy_on_create = False
    second.save(theirs)  # it overwrote "Mine", which it had never seen
    on_disk = SettingsStore(path).load({}).settings
    assert {p.name for p in on_disk.profiles} == {SANDBOX, "Mine", "Theirs"}
    assert on_disk.copy_on_create is False
    assert theirs.profile("Mine") is not None  # the saving copy sees the other's profile
    mine.auto_refresh = False
    first.save(mine)  # a change of one setting only: nothing else is undone
    on_disk = SettingsStore(path).load({}).settings
    assert {p.name for p in on_disk.profiles} == {SANDBOX, "Mine", "Theirs"}
    assert (on_disk.copy_on_create, on_disk.auto_refresh) == (False, False)


OPS = st.lists(
    st.tuples(
        st.integers(0, 1),
        st.sampled_from(["add", "delete", "toggle"]),
        st.sampled_from(["A", "B", "C"]),
        st.integers(1, 99),
    ),
    max_size=12,
)


@given(OPS)
def test_saves_by_two_copies_in_turn_lose_no_change(ops: list[tuple[int, str, str, int]]) -> None:
    path = Path(tempfile.mkdtemp()) / "s.json"
    stores = [SettingsStore(path), SettingsStore(path)]
    views = [store.load({}).settings for store in stores]
    model: dict[str, float] = {}  # what every save so far asked for
    copy_on_create = True
    for who, op, name, timeout in ops:
        view = views[who]
        if op == "add":
            profile = staging(name=name, timeout_s=float(timeout))
            if view.profile(name) == profile:
                continue  # no change in this copy: a merge applies changes only
            view.upsert(profile)
            model[name] = float(timeout)
        elif op == "delete":
            if view.profile(name) is None:
                continue  # not in this copy's list: it cannot be deleted there
            view.remove(name)
            model.pop(name, None)
        else:
            view.copy_on_create = not view.copy_on_create
            copy_on_create = view.copy_on_create
        stores[who].save(view)
        on_disk = SettingsStore(path).load({}).settings
        assert {p.name: p.timeout_s for p in on_disk.profiles if not p.is_sandbox} == model
        assert on_disk.copy_on_create is copy_on_create
    figures.add("settings saves merged (two copies)", len(ops))


# ---------------------------------------------------------------- files
@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlinked_settings_file_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "omise.json"
    real.parent.mkdir()
    store = SettingsStore(real)
    store.save(Settings())
    link = tmp_path / "config" / "settings.json"
    link.parent.mkdir()
    link.symlink_to(real)
    linked = SettingsStore(link)
    settings = linked.load({}).settings
    settings.upsert(staging())
    linked.save(settings)
    assert link.is_symlink()  # it was replaced by a plain file
    assert "Staging" in real.read_text()
    assert SettingsStore(link).load({}).settings.profile("Staging") is not None


def test_load_time_grows_linearly_with_profiles(tmp_path: Path) -> None:
    """Loading compares each profile with the ones before it only through a dict, so the
    time grows linearly (a quadratic load once made 8,000 profiles slow to open)."""

    def load_time(count: int) -> float:
        path = tmp_path / f"{count}.json"
        data = Settings().to_json()
        data["profiles"] = [asdict(staging(name=f"P{i}")) for i in range(count)]
        path.write_text(json.dumps(data))
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            loaded = SettingsStore(path).load({}).settings
            best = min(best, time.perf_counter() - start)
        assert len(loaded.profiles) == count + 1
        return best

    small, large = load_time(1000), load_time(8000)
    assert large / small < 8 * 2  # linear: about 8; quadratic: about 64


def test_read_only_config_dir_says_so_and_keeps_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.json"
    store = SettingsStore(path)
    settings = store.load({}).settings
    settings.upsert(staging(name="Kept"))
    store.save(settings)
    before = path.read_bytes()

    def read_only(*a: object, **k: object) -> object:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    settings.upsert(staging(name="New"))
    with pytest.raises(SettingsSaveError, match="Read-only file system"):
        store.save(settings)
    assert path.read_bytes() == before  # nothing lost
    assert settings.profile("New") is not None  # kept for this session


def test_damaged_files_moved_aside_twice_in_one_second_keep_both(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    for content in (b"{ one", b"{ two"):
        path.write_bytes(content)
        SettingsStore(path).load({})
    kept = sorted(p.read_bytes() for p in tmp_path.glob("s.json.damaged-*"))
    assert kept == [b"{ one", b"{ two"]  # the second overwrote the first


@pytest.mark.parametrize("name", ["QA\x7f", "Q\x85A", "QA\u2028x", "\u202eAQ", "Q\u200bA"])
def test_a_profile_name_with_control_or_format_characters_is_refused(name: str) -> None:
    with pytest.raises(ProfileError):
        check_profile(Profile(name=name, public_key="pkey_test_abc123"))


@pytest.mark.parametrize("scheme", ["system", "light", "dark"])
def test_the_colour_scheme_round_trips_through_the_file(tmp_path: Path, scheme: str) -> None:
    path = tmp_path / "s.json"
    store = SettingsStore(path)
    settings = store.load({}).settings
    assert settings.color_scheme == "system"  # follows the OS by default
    settings.color_scheme = scheme
    store.save(settings)
    assert json.loads(path.read_text())["color_scheme"] == scheme
    result = SettingsStore(path).load({})
    assert result.settings.color_scheme == scheme
    assert result.notices == ()


@pytest.mark.parametrize("bad", ["purple", "DARK", "", 1, None, ["dark"], {"a": 1}])
def test_a_bad_colour_scheme_falls_back_to_system_with_a_notice(
    tmp_path: Path, bad: object
) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"version": 1, "color_scheme": bad, "auto_refresh_s": 45}))
    result = SettingsStore(path).load({})
    assert result.settings.color_scheme == "system"
    assert result.settings.auto_refresh_s == 45  # the rest of the file still loads
    assert len(result.notices) == 1
    assert "colour scheme" in result.notices[0]
    assert "System, Light or Dark" in result.notices[0]


def test_a_colour_scheme_change_merges_with_another_copys_save(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    mine, theirs = SettingsStore(path), SettingsStore(path)
    my_settings, their_settings = mine.load({}).settings, theirs.load({}).settings
    their_settings.auto_refresh_s = 60
    theirs.save(their_settings)
    my_settings.color_scheme = "dark"
    mine.save(my_settings)
    saved = json.loads(path.read_text())
    assert (saved["color_scheme"], saved["auto_refresh_s"]) == ("dark", 60)
    assert my_settings.auto_refresh_s == 60


def test_the_sandbox_port_is_kept_and_a_bad_one_falls_back(tmp_path: Path) -> None:
    from omise_token_gui.core.settings import DEFAULT_SANDBOX_PORT, settings_from_json

    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load({}).settings
    assert settings.sandbox_port == DEFAULT_SANDBOX_PORT == 8026
    assert settings.sandbox_note_seen is False
    settings.sandbox_port, settings.sandbox_note_seen = 9100, True
    store.save(settings)
    loaded = SettingsStore(tmp_path / "settings.json").load({}).settings
    assert (loaded.sandbox_port, loaded.sandbox_note_seen) == (9100, True)
    for bad in (80, 70000, "8030", True, -1):
        data = {"version": 1, "sandbox_port": bad}
        assert settings_from_json(data)[0].sandbox_port == DEFAULT_SANDBOX_PORT
    assert settings_from_json({"version": 1, "sandbox_port": 0})[0].sandbox_port == 0


def test_the_port_note_says_when_the_sandbox_is_elsewhere() -> None:
    from omise_token_gui.core.settings import sandbox_port_note

    assert sandbox_port_note(8026, "http://127.0.0.1:8026") is None
    assert sandbox_port_note(0, "http://127.0.0.1:41234") is None
    note = sandbox_port_note(8026, "http://127.0.0.1:41234")
    assert note is not None
    assert "Port 8026 was taken" in note
    assert "http://127.0.0.1:41234" in note


@pytest.mark.parametrize(("stored", "loaded"), [(True, True), (False, False), (None, None)])
def test_close_to_tray_round_trip_with_undecided(
    tmp_path: Path, stored: object, loaded: object
) -> None:
    path = tmp_path / "s.json"
    store = SettingsStore(path)
    settings = store.load({}).settings
    assert settings.close_to_tray is None  # not decided yet: the first close asks
    assert settings.tray_missing_told is False
    settings.close_to_tray = stored  # type: ignore[assignment]
    settings.tray_missing_told = True
    store.save(settings)
    again = SettingsStore(path).load({}).settings
    assert again.close_to_tray is loaded
    assert again.tray_missing_told is True


def test_a_wrong_close_to_tray_value_is_undecided(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"version": 1, "close_to_tray": "yes", "tray_missing_told": 1}))
    settings = SettingsStore(path).load({}).settings
    assert settings.close_to_tray is None
    assert settings.tray_missing_told is False


def test_the_tray_choice_of_one_copy_survives_another_copys_save(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    first, second = SettingsStore(path), SettingsStore(path)
    mine, theirs = first.load({}).settings, second.load({}).settings
    mine.close_to_tray = True
    first.save(mine)
    theirs.auto_refresh = False
    second.save(theirs)  # it never changed close_to_tray: the other copy's choice stays
    on_disk = SettingsStore(path).load({}).settings
    assert (on_disk.close_to_tray, on_disk.auto_refresh) == (True, False)
    assert theirs.close_to_tray is True


def test_batch_settings_and_a_profiles_rate_limit_round_trip(tmp_path: Path) -> None:
    from omise_token_gui.core.settings import DEFAULT_RATE_LIMIT_PER_S, STOP

    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load({}).settings
    assert settings.batch_concurrency == 4
    assert settings.profile("Sandbox").rate_limit_per_s is None  # type: ignore[union-attr]
    settings.batch_concurrency, settings.batch_on_error = 10, STOP
    settings.upsert(Profile(name="QA", public_key=TEST_KEY))
    settings.upsert(Profile(name="Fast", public_key=TEST_KEY, rate_limit_per_s=None))
    store.save(settings)
    again = SettingsStore(tmp_path / "settings.json").load({}).settings
    assert (again.batch_concurrency, again.batch_on_error) == (10, STOP)
    assert again.profile("QA").rate_limit_per_s == DEFAULT_RATE_LIMIT_PER_S  # type: ignore[union-attr]
    assert again.profile("Fast").rate_limit_per_s is None  # type: ignore[union-attr]
    raw = json.loads((tmp_path / "settings.json").read_text())
    raw["batch_concurrency"], raw["batch_on_error"] = 50, "explode"
    (tmp_path / "settings.json").write_text(json.dumps(raw))
    clamped = SettingsStore(tmp_path / "settings.json").load({}).settings
    assert (clamped.batch_concurrency, clamped.batch_on_error) == (10, "skip")
    with pytest.raises(ProfileError):
        settings.upsert(Profile(name="Flood", public_key=TEST_KEY, rate_limit_per_s=1000.0))
