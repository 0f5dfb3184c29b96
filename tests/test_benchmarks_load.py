"""The benchmarks are not run by pytest, but they must keep up with the code they measure."""

import importlib

import pytest


@pytest.mark.parametrize(
    "name",
    [
        "bench_startup",
        "bench_open",
        "bench_library",
        "bench_relayout",
        "bench_marks",
        "bench_import",
        "bench_speech",
        "floor_window",
        "bench_peers",
        "screen_watch",
    ],
)
def test_benchmark_modules_import(name):
    importlib.import_module(f"tests.bench.{name}")
