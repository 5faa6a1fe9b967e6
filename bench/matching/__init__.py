"""Matching benchmark: seeded synthetic mentor populations and requests; see run.py."""
