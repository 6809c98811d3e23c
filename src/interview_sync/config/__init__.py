"""The user's settings: the TOML spec (``spec``) and its validating loader (``loader``)."""
