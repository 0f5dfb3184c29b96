"""Benchmarks, run with ./dev.sh bench (python -m tests.bench); not collected by pytest.

Each benchmark measures a floor in the same run and prints the ratio to it; none
asserts a timing, because timings depend on the machine.
"""
