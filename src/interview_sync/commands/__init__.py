"""One module per group of CLI commands; ``interview_sync.cli`` imports each only when used."""
