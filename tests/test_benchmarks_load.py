"""The benchmarks are not run by pytest, but they must keep up with the code they measure."""

import importlib

import pytest

from tests.bench.common import shift


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


def test_the_shift_between_two_sets_of_runs_is_moved_little_by_one_disturbed_run():
    assert shift([1.0, 2.0, 3.0], [11.0, 12.0, 13.0]) == 10.0
    assert shift([1.0, 2.0, 3.0], [11.0, 12.0, 1000.0]) == 10.0  # one run held up
    assert shift([0.9, 0.7, 1.1], [0.95, 0.75, 1.15]) == pytest.approx(0.05)
    assert shift([5.0, 6.0], [4.0, 5.0]) == -1.0  # faster after: a negative shift
