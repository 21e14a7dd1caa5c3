"""Entry point of the frozen app. One binary serves both commands:

- ``omise-token-gui [...]``: the desktop app;
- ``omise-token-gui --vault-emulator [...]`` (what /usr/bin/omise-vault-emulator runs), or the
  binary called as ``omise-vault-emulator``: the standalone vault emulator.
"""

from __future__ import annotations

import os
import sys


def run() -> int:
    args = sys.argv[1:]
    called_as = os.path.basename(sys.argv[0])
    if args[:1] == ["--vault-emulator"] or called_as.startswith("omise-vault-emulator"):
        from omise_token_gui.emulator.__main__ import main as emulator_main

        return emulator_main(args[1:] if args[:1] == ["--vault-emulator"] else args)
    from omise_token_gui.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(run())
