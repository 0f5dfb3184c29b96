"""python -m tests.bench [NAME ...]: run the benchmarks (all when none is named)."""

import argparse
import time
from collections.abc import Callable

from tests.bench import (
    bench_hostile,
    bench_import,
    bench_library,
    bench_marks,
    bench_open,
    bench_peers,
    bench_relayout,
    bench_speech,
    bench_startup,
)
from tests.bench.common import Row, print_table, print_verdict

BENCHMARKS: dict[str, Callable[[], list[Row]]] = {
    "startup": bench_startup.run,
    "peers": bench_peers.run,
    "open": bench_open.run,
    "library": bench_library.run,
    "relayout": bench_relayout.run,
    "marks": bench_marks.run,
    "speech": bench_speech.run,
    "hostile": bench_hostile.run,
    "import": bench_import.run,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench",
        description="Measure Reader against floors measured in the same run; print the ratios.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of {', '.join(BENCHMARKS)}")
    names = parser.parse_args().names or list(BENCHMARKS)
    unknown = sorted(set(names) - set(BENCHMARKS))
    if unknown:
        parser.error(f"no benchmark called {', '.join(unknown)}")
    began = time.perf_counter()
    rows: list[Row] = []
    for name in names:
        rows += BENCHMARKS[name]()
        print()
    print_table(rows)
    print(f"\n(ran in {time.perf_counter() - began:.0f} s; ratios are this machine's, not limits)")
    print_verdict(rows)


main()
