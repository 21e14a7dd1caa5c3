"""``python -m omise_token_gui.cli``: the same as the ``omise-token`` console command."""

import sys

from omise_token_gui.cli.fast import main

if __name__ == "__main__":
    sys.exit(main())
