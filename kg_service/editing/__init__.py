"""Keeping the graph current: users and roles, changesets, their validation, journal and export."""
