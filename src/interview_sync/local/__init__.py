"""What lives on the user's disk: the state database, safe file writing, the notes reader and
template overrides.
"""
