"""Benchmarks: run as modules, e.g. `python -m bench.search_bench`; see docs/benchmarks.md."""
