"""The attempt log's rows read the same in Python (``AttemptRow.fields`` and
``history_columns.shown``: the window's cells) and in SQL (``attempts.page``'s filter), in
both views and both languages; and the filter finds an attempt by any word of its tag, its
note, its outcome or its error (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import attempts, i18n
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import HistoryFilter, HistoryStore, TokenRecord, reading
from omise_token_gui.core.history_columns import ATTEMPT_TEXT, COLUMN_TEXT, shown
from omise_token_gui.core.verdict import CHARGE_STATUSES

words = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)
names = st.text("abcQA-19 ", max_size=10)
codes = st.none() | st.sampled_from(["", "invalid_card", "insufficient_fund", "timeout"])
KEYS = {**COLUMN_TEXT, **ATTEMPT_TEXT}


@st.composite
def attempts_with_tokens(draw: st.DrawFn) -> tuple[Attempt, TokenRecord | None]:
    outcome = draw(st.sampled_from(list(Outcome)))
    made = outcome is Outcome.CREATED and draw(st.booleans())
    at = draw(st.datetimes(datetime(1990, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)))
    attempt = Attempt(
        attempt_id="atmp_" + "0" * 31 + draw(st.sampled_from("0123456789abcdef")),
        at=at,
        profile=draw(words),
        vault_url="http://127.0.0.1:1",
        outcome=outcome,
        duration_ms=draw(st.none() | st.integers(0, 10**6)),
        token_id="tokn_test_" + draw(st.text("abc019", min_size=1, max_size=8)) if made else None,
        brand=draw(words),
        last4=draw(st.text("0123456789", max_size=4)),
        scenario_label=draw(st.none() | words),
        expected_charge_status=draw(st.none() | st.sampled_from(CHARGE_STATUSES)),
        expected_failure_code=draw(codes),
        error_code=None if made else draw(codes),
        error_message=draw(words),
        test_key=draw(names).strip(),
        note=draw(words),
    )
    token = None
    if made and attempt.token_id is not None:
        token = TokenRecord(
            token_id=attempt.token_id,
            created_at=at,
            profile=attempt.profile,
            vault_url=attempt.vault_url,
            raw_json="{}",
            used=draw(st.booleans()),
            charge_status=draw(st.sampled_from(CHARGE_STATUSES)),
            failure_code=draw(codes),
            brand=attempt.brand,
            last4=attempt.last4,
            scenario_label=attempt.scenario_label,
            expected_charge_status=attempt.expected_charge_status,
            expected_failure_code=attempt.expected_failure_code,
            authorized=draw(st.sampled_from([None, True, False])),
        )
    return attempt, token


def stored(attempt: Attempt, token: TokenRecord | None) -> HistoryStore:
    store = HistoryStore(":memory:")
    if token is not None:
        attempts.record_created(store, replace(token, test_key=attempt.test_key), attempt)
    else:
        attempts.record(store, attempt)
    return store


def sql_texts(store: HistoryStore, tokens_only: bool) -> dict[str, str]:
    exprs = ", ".join(text.sql() for text in KEYS.values())
    source = attempts._source(tokens_only)
    row = reading(store).execute(f"SELECT {exprs} FROM {source}").fetchone()
    return dict(zip(KEYS, row, strict=True))


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@given(case=attempts_with_tokens())
def test_every_column_of_an_attempt_reads_the_same_in_python_and_sql(
    language: str, case: tuple[Attempt, TokenRecord | None]
) -> None:
    attempt, token = case
    with i18n.speaking(language), stored(attempt, token) as store:
        views = [False, True] if token is not None else [False]
        for tokens_only in views:
            (row,) = attempts.page(store, tokens_only=tokens_only)
            python = {key: shown(row.fields(), key) for key in KEYS}
            assert sql_texts(store, tokens_only) == python, tokens_only


@given(case=attempts_with_tokens(), pick=st.data())
def test_the_filter_finds_an_attempt_by_its_tag_note_outcome_or_error(
    case: tuple[Attempt, TokenRecord | None], pick: st.DataObject
) -> None:
    attempt, token = case
    with stored(attempt, token) as store:
        (row,) = attempts.page(store)
        fields = row.fields()
        texts = [attempt.test_key, attempt.note, shown(fields, "outcome"), attempt.error_message]
        found = [w for text in texts for w in text.split()]
        if found:
            word = pick.draw(st.sampled_from(found))
            assert attempts.count(store, HistoryFilter(text=word)) == 1, word
        every = " ".join(shown(fields, k) for k in KEYS) + " " + attempt.note
        absent = "zz-not-there-zz"
        if absent not in every.lower():
            assert attempts.count(store, HistoryFilter(text=absent)) == 0
