"""The release workflow's Windows smoke test must accept the token file the exe writes (CRLF)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "release.yml"


def _token_check_line() -> str:
    lines = [ln.strip() for ln in WORKFLOW.read_text(encoding="utf-8").splitlines()]
    found = [ln for ln in lines if "token.txt" in ln and "grep" in ln]
    assert len(found) == 1, found
    return found[0].split("  #", 1)[0]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(
    ("content", "ok"),
    [(b"tokn_test_abc123\r\n", True), (b"tokn_test_abc123\n", True), (b"nope\r\n", False)],
)
def test_windows_token_check_strips_crlf(tmp_path: Path, content: bytes, ok: bool) -> None:
    (tmp_path / "token.txt").write_bytes(content)
    done = subprocess.run(
        ["bash", "-c", _token_check_line()],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert (done.returncode == 0) is ok
