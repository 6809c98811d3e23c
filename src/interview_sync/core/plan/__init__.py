"""What should happen now: interviews + the user's notes + the ledger + ``now`` → inert actions.

Entry point: ``planner.plan``. ``items`` builds the per-interview actions, ``groups`` decides whom
one draft goes to.
"""
