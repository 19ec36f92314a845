"""How a build cuts its stream into store transactions: at most `size` results, and earlier
(from EARLY_COMMIT) when the workers' next result is not here yet."""
from __future__ import annotations

from collections import Counter
from concurrent.futures import Future

from kg.builder import EARLY_COMMIT, _batches
from kg.parallel import Ahead, in_order


def test_full_batches_without_a_signal():
    sizes = [len(b) for b in _batches(range(250), 100, Counter())]
    assert sizes == [100, 100, 50]


def test_a_batch_ends_early_when_the_next_result_is_not_here():
    waiting_after = {EARLY_COMMIT + 3, 2 * EARLY_COMMIT + 20}   # the workers lag after these
    taken = []

    def ahead():
        return len(taken) not in waiting_after

    def stream():
        for i in range(100):
            taken.append(i)
            yield i

    sizes = [len(b) for b in _batches(stream(), 1000, Counter(), ahead)]
    assert sizes == [EARLY_COMMIT + 3, EARLY_COMMIT + 17, 100 - 2 * EARLY_COMMIT - 20]


def test_no_early_end_below_early_commit():
    sizes = [len(b) for b in _batches(range(40), 1000, Counter(), lambda: False)]
    assert sizes == [EARLY_COMMIT, EARLY_COMMIT, 40 - 2 * EARLY_COMMIT]


def test_ahead_reads_the_oldest_outstanding_future():
    ahead = Ahead()
    futures = [Future() for _ in range(3)]
    results = in_order(lambda f: f, futures, window=3, pending=ahead.pending)
    futures[0].set_result("a")
    assert next(results) == "a"          # the window filled, the first one was waited for
    assert not ahead()                   # the second is still running
    futures[1].set_result("b")
    assert ahead()
    assert next(results) == "b"
    ahead.left = 2                       # results of a taken chunk still to hand out
    assert ahead()
