"""Qt-free heart of the product. Nothing here imports PySide6, ui or emulator."""
