"""Adapters to Google: credentials and retries (``client``), Calendar, Gmail and the OAuth flow.

Each module translates one API's shapes and errors into the project's; none decides anything.
"""
