"""A Sandbox charge with options, from the history's Simulate charge (``history_actions``):
the dialog's plan, or Capture / Reverse of an authorized charge, run through the token
service's Sandbox desk (``core.sandbox_service``), and what the status line says."""

from __future__ import annotations

from collections.abc import Callable

from omise_token_gui.core.charge_plan import ChargePlan, SandboxDesk
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.ui.i18n import translator

__all__ = ["ChargeDialog", "ChargePlan", "sandbox_action"]
_ = translator("HistoryActions")
# Opens the dialog for a record; calls back with a plan, or "capture" / "reverse".
ChargeDialog = Callable[[TokenRecord, SandboxDesk, Callable[[ChargePlan | str], None]], object]


async def sandbox_action(
    desk: SandboxDesk,
    record: TokenRecord,
    plan: ChargePlan | str,
    say: Callable[[str], None],
    shown: Callable[[TokenRecord], None],
) -> None:
    token = record.token_id
    try:
        if plan == "capture":
            say(_("Capturing the charge of {token}…").format(token=token))
            updated = await desk.capture(token)
        elif plan == "reverse":
            say(_("Reversing the charge of {token}…").format(token=token))
            updated = await desk.reverse(token)
        elif isinstance(plan, ChargePlan):
            say(_("Charging {token} on the Sandbox…").format(token=token))
            updated = await desk.charge(token, plan)
        else:
            return
    except AppError as exc:
        say(_("Simulate charge: {reason}").format(reason=exc.human))
        return
    shown(updated)
