"""A scenario-faithful local Omise vault. Qt-free; uses nothing of the project but the catalog."""

from omise_token_gui.emulator.app import create_app
from omise_token_gui.emulator.faults import Faults
from omise_token_gui.emulator.server import EmbeddedEmulator
from omise_token_gui.emulator.state import EmulatorConfig, VaultState

__all__ = ["EmbeddedEmulator", "EmulatorConfig", "Faults", "VaultState", "create_app"]
