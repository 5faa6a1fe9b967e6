"""Benchmarks of vetbot, each with its data generator; results go to bench/RESULTS.md."""
