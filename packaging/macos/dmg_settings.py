# dmgbuild settings for the macOS disk image (used by .github/workflows/release.yml):
#   dmgbuild -s packaging/macos/dmg_settings.py \
#     -D app="dist/Omise Test Token Generator.app" \
#     "Omise Test Token Generator" dist/omise-token-gui-<version>-macos.dmg
# dmgbuild executes this file with `defines` set from the -D options.
import os.path

application = defines.get("app", "dist/Omise Test Token Generator.app")  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"  # compressed, readable on every supported macOS
filesystem = "HFS+"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
icon_locations = {appname: (140, 160), "Applications": (420, 160)}
icon_size = 128
text_size = 13
window_rect = ((200, 120), (560, 340))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
