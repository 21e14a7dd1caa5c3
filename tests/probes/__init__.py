"""Programs the start-up tests run in a fresh interpreter (``python -m tests.probes.NAME``):
each runs the real entry point with one seam wrapped and prints what it saw as JSON."""
