"""Python's cycle collector runs on the GUI thread's timer, not in whichever thread allocates."""

import gc
import threading
import weakref

from reader.ui.widgets.collector import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> weakref.ref:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


def test_garbage_made_on_a_worker_thread_is_collected_by_the_gui_thread(qapp):
    collector = GuiThreadCollector(qapp)
    assert not gc.isenabled()
    made: list[weakref.ref] = []
    kept: list[list[int]] = []

    def work() -> None:
        made.append(cycle())
        # Far past generation 0's threshold: an automatic collection would run here.
        kept.extend([index] for index in range(gc.get_threshold()[0] * 10))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert made[0]() is not None  # nothing was collected on the worker
    collector.collect()  # what the GUI thread's timer does
    assert made[0]() is None
