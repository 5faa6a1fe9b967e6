"""Frameworks shipped with vetbot (package data), loaded into an empty store."""
