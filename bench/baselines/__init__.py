"""Baseline publishers a user would otherwise pick, each run as its own process by the benchmarks."""
