"""What each scenario, failure code and charge status means for a tester: what the charge
should do, and what to check in the checkout under test. In English and Thai (the texts are
marked for translation; ``core.i18n`` gives them in the current language).

One home for these explanations: the catalog (beside the card), the history's row details,
the create panel (beside the vault's own words) and ``omise-token scenarios --json`` all
read them here.
"""

from __future__ import annotations

from dataclasses import dataclass

from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Explanation:
    """``should``: what the charge should do; ``check``: what to check in the checkout."""

    code: str
    should: str
    check: str


# (code) → (should, check), in English, marked; translated when asked for.
_SCENARIOS: dict[str, tuple[str, str]] = {
    "successful": (
        QT_TRANSLATE_NOOP("Explanation", "The charge succeeds (status successful)."),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout shows the order as paid and sends its confirmation.",
        ),
    ),
}
_FAILURE_CODES: dict[str, tuple[str, str]] = {}
_CHARGE_STATUSES: dict[str, tuple[str, str]] = {}


def _explain(table: dict[str, tuple[str, str]], code: str | None) -> Explanation | None:
    if not code or code not in table:
        return None
    should, check = table[code]
    return Explanation(code, translate("Explanation", should), translate("Explanation", check))


def scenario(scenario_id: str | None) -> Explanation | None:
    """A catalog scenario's (``insufficient_fund``, ``3ds_validation_failed``…)."""
    return _explain(_SCENARIOS, scenario_id)


def failure_code(code: str | None) -> Explanation | None:
    """A charge failure code's (``insufficient_fund``, ``payment_rejected``…)."""
    return _explain(_FAILURE_CODES, code)


def charge_status(status: str | None) -> Explanation | None:
    """A charge status's (``pending``, ``successful``, ``failed``, ``reversed``,
    ``expired``, ``unknown``)."""
    return _explain(_CHARGE_STATUSES, status)


def known_codes() -> dict[str, list[str]]:
    """Which codes have an explanation, by kind (for tests and ``scenarios --json``)."""
    return {
        "scenario": sorted(_SCENARIOS),
        "failure_code": sorted(_FAILURE_CODES),
        "charge_status": sorted(_CHARGE_STATUSES),
    }
