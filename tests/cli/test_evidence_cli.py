"""``omise-token`` and the attempt log (issue 16): ``create --tag/--note``, ``history
--attempts``/``--tag``/``--set-tag``/``--set-note``, ``clear``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run, RunCli

BAD_NUMBER = "4242424242424241"  # fails Luhn: refused here, nothing sent


def jsonl(run: Run) -> list[dict[str, object]]:
    return [json.loads(line) for line in run.lines]


def test_create_tags_every_attempt_and_history_lists_them(run_cli: RunCli, dirs: Path) -> None:
    made = run_cli("create", "--tag", "QA-1", "--note", "first try", "--json")
    assert made.code == 0, made.err
    token = jsonl(made)[0]
    assert (token["tag"], token["note"]) == ("QA-1", "first try")
    refused = run_cli("create", "--card", BAD_NUMBER, "--tag", "QA-2")
    assert refused.code == 2
    listed = run_cli("history", "--attempts", "--json")
    assert listed.code == 0, listed.err
    rows = jsonl(listed)
    assert [r["outcome"] for r in rows] == ["refused", "created"]  # newest first
    assert rows[0]["error_code"] == "invalid_card"
    assert rows[0]["tag"] == "QA-2"
    assert isinstance(rows[1]["duration_ms"], int)
    assert rows[1]["token_id"] == token["id"]
    for key in ("error_message", "note", "at", "attempt_id", "last4"):
        assert key in rows[0]
    assert BAD_NUMBER not in listed.out
    assert rows[0]["last4"] == "4241"
    text = run_cli("history", "--attempts")
    assert "QA-2" in text.out
    assert "invalid_card" in text.out
    assert BAD_NUMBER not in text.out
    tokens = run_cli("history", "--json")
    assert [r["id"] for r in jsonl(tokens)] == [token["id"]]


def test_history_tag_filter_and_set_tag_and_note(run_cli: RunCli) -> None:
    first = jsonl(run_cli("create", "--tag", "QA-1", "--json"))[0]
    second = jsonl(run_cli("create", "--json"))[0]
    assert second["tag"] == ""
    assert [r["id"] for r in jsonl(run_cli("history", "--tag", "qa-1", "--json"))] == [first["id"]]
    done = run_cli("history", "--set-tag", str(second["id"]), "QA-1")
    assert done.code == 0, done.err
    done = run_cli("history", "--set-note", str(second["id"]), "seen declined")
    assert done.code == 0, done.err
    tagged = jsonl(run_cli("history", "--tag", "QA-1", "--json"))
    assert [r["id"] for r in tagged] == [second["id"], first["id"]]
    assert tagged[0]["note"] == "seen declined"
    assert [r["id"] for r in jsonl(run_cli("history", "--filter", "declined", "--json"))] == [
        second["id"]
    ]
    unknown = run_cli("history", "--set-tag", "tokn_test_nothere", "QA-1")
    assert unknown.code == 2
    assert "tokn_test_nothere" in unknown.err


def test_clear_says_what_goes_asks_then_clears(run_cli: RunCli) -> None:
    run_cli("create", "--tag", "QA-1")
    run_cli("create", "--card", BAD_NUMBER, "--tag", "QA-1")
    run_cli("create", "--tag", "QA-2")
    declined = run_cli("clear", "--tag", "QA-1", stdin="n\n")
    assert declined.code == 2
    assert "2 attempts" in declined.err
    assert "1 of them a token" in declined.err
    assert len(jsonl(run_cli("history", "--attempts", "--json"))) == 3
    done = run_cli("clear", "--tag", "QA-1", "--yes")
    assert done.code == 0, done.err
    assert "Removed 2 attempts" in done.out
    left = jsonl(run_cli("history", "--attempts", "--json"))
    assert [r["tag"] for r in left] == ["QA-2"]
    nothing = run_cli("clear", "--older-than", "30", "--yes")
    assert nothing.code == 0
    assert "Nothing to clear" in nothing.err
    everything = run_cli("clear", "--all", stdin="y\n")
    assert everything.code == 0, everything.err
    assert jsonl(run_cli("history", "--attempts", "--json")) == []
    assert run_cli("clear").code == 2  # a scope is required
    assert run_cli("clear", "--older-than", "0").code == 2
