"""Benchmark of the knowledge lookup engine against a naive rapidfuzz scan; see README.md."""
