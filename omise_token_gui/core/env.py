"""The environment variables the app and ``omise-token`` read: one home for their names.

Light on purpose (no imports): the command line's forwarding fast path reads it.
"""

DATA_DIR_ENV = "OMISE_TOKEN_GUI_DATA_DIR"
CONFIG_DIR_ENV = "OMISE_TOKEN_GUI_CONFIG_DIR"
KEY_ENV = "OMISE_PUBLIC_KEY"
VAULT_URL_ENV = "OMISE_VAULT_URL"
# The Sandbox's port for this run, over the setting (0: any free port; the tests use it).
SANDBOX_PORT_ENV = "OMISE_SANDBOX_PORT"
