"""The daemon: wiring adapters together, one sync cycle, and applying actions exactly once."""
