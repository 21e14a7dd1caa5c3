"""What a Sandbox charge with options is: the Simulate charge dialog's plan, the Sandbox
account's currency rules, and the Protocols of the Sandbox's controls and charge desk.
Imports nothing of the network side (the window loads it before the network starts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.i18n import translator

_ = translator("SandboxCharges")


@dataclass(frozen=True)
class CurrencyRules:
    """The Sandbox account's currency and amount limits (in the smallest unit)."""

    currency: str = "THB"
    minimum: int = 2_000
    maximum: int = 15_000_000
    zero_decimal: bool = False

    def problem(self, amount: int) -> str | None:
        """Why ``amount`` (smallest unit) would be refused, in the current language."""
        if self.minimum <= amount <= self.maximum:
            return None
        return _("The amount must be between {low} and {high} {currency}.").format(
            low=self.shown(self.minimum), high=self.shown(self.maximum), currency=self.currency
        )

    def shown(self, amount: int) -> str:
        return f"{amount:,}" if self.zero_decimal else f"{amount / 100:,.2f}"


@dataclass(frozen=True)
class ChargePlan:
    """What the Simulate charge dialog asks for."""

    amount: int = 100_00  # smallest unit
    currency: str = "THB"
    capture: bool = True  # False: authorize only
    three_d_secure: bool | None = None  # None: no 3-D Secure; True: Pass; False: Fail
    force_failure: str | None = None  # the Sandbox's charge_failure fault for this charge


class SandboxControls(Protocol):
    """What the app may set on its embedded Sandbox directly (the composition root wires it:
    ``services.py``); core never imports the emulator."""

    def force_next_failure(self, code: str | None) -> None: ...

    def three_d_secure(self) -> bool: ...

    def rules(self) -> CurrencyRules: ...


class SandboxDesk(Protocol):
    """The Sandbox charge actions (``core.sandbox_service.SandboxChargeService``)."""

    def rules(self) -> CurrencyRules: ...

    def three_d_secure(self) -> bool: ...

    async def charge(self, token_id: str, plan: ChargePlan) -> TokenRecord: ...

    async def capture(self, token_id: str) -> TokenRecord: ...

    async def reverse(self, token_id: str) -> TokenRecord: ...
