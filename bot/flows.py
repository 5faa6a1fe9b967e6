"""Min-cost flows, solved in this process or in solver processes beside it.

A :class:`Flow` is a network as arrays (arcs with capacity and unit cost, one source and one
sink); :func:`max_flow_min_cost` sends as much as the network carries from the source to the
sink and, of all such flows, the cheapest (OR-Tools' ``SimpleMinCostFlow``, C++).

OR-Tools holds Python's global lock while it solves: a large flow solved in the bot's own
process stops every other thread, the chat's event loop included, for as long as it takes
(about 0.2 s for a batch of 7,000 requests). :class:`FlowSolver` solves large flows in
separate processes instead, started the first time one is needed and kept for the next: the
bot goes on answering, and the caller can go on with other work (the next part of a batch)
while the flow is solved. A solver process that dies is replaced, and the flow it held is
solved here; so is every flow when the processes cannot start or the solver is closed: a
caller always gets its answer.

This module imports only NumPy and OR-Tools, and those only when a flow is solved. The fork
server loads it with them once; as :mod:`multiprocessing` does for every process it starts,
it also imports the program's main module (the ``vetbot`` command's loads the command line,
not the capabilities).
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]
    Int32Array = npt.NDArray[np.int32] | IntArray

log = logging.getLogger(__name__)

#: Below this many arcs a flow is solved in the caller's process: it takes a few
#: milliseconds, less than handing it to another process and back.
MIN_ARCS = 20_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Flow:
    """A flow network: node 0 is the source, node 1 the sink, arcs ``tails[i] → heads[i]``
    each carrying up to ``capacities[i]`` at ``costs[i]`` a unit (integers; nodes and
    capacities may be 32-bit, half the bytes to hand to a solver process).
    ``supply`` is the most the source offers."""

    tails: Int32Array
    heads: Int32Array
    capacities: Int32Array
    costs: IntArray
    supply: int

    @property
    def arcs(self) -> int:
        return int(self.tails.size)


def max_flow_min_cost(flow: Flow) -> IntArray:
    """The flow on each arc of the largest, then cheapest flow from source to sink."""
    import numpy as np
    from ortools.graph.python.min_cost_flow import SimpleMinCostFlow

    solver = SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(flow.tails, flow.heads, flow.capacities, flow.costs)
    solver.set_node_supply(0, flow.supply)
    solver.set_node_supply(1, -flow.supply)
    status = solver.solve_max_flow_with_min_cost()
    if status != solver.OPTIMAL:  # only with capacities or costs out of range
        raise RuntimeError(f"min-cost flow failed: {status}")
    flows: IntArray = solver.flows(np.arange(flow.arcs, dtype=np.int64))
    return flows


#: Seconds a solver's processes wait for another flow before they end.
IDLE_SECONDS = 600.0

#: What a solver process needs, loaded once by the fork server rather than by each process.
_PRELOAD = [__name__, "numpy", "ortools.graph.python.min_cost_flow"]


def _ready() -> bool:
    """A task that only makes a solver process start."""
    return True


def _quiet() -> None:
    """Run in each solver process first: Ctrl-C in the bot's terminal reaches the whole
    process group, and stopping the solvers is the bot's to do."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


#: What can go wrong handing a flow to a solver process: it died (or was stopped), its
#: executor was shut down meanwhile, or processes cannot be started here at all.
_NOT_HANDED = (BrokenProcessPool, RuntimeError, OSError, ImportError)


class Solving:
    """A flow being solved: :meth:`result` waits for its arcs' flows."""

    def __init__(
        self,
        solver: FlowSolver,
        flow: Flow,
        remote: Future[IntArray] | None = None,
        pool: ProcessPoolExecutor | None = None,
    ) -> None:
        self._solver = solver
        self._flow = flow
        self._remote = remote
        self._pool = pool
        self._flows: IntArray | None = None if remote else max_flow_min_cost(flow)

    def result(self) -> IntArray:
        """The flow on each arc; solved here if the process solving it died, or if the
        solver was closed before a process took it."""
        if self._flows is None:
            assert self._remote is not None and self._pool is not None
            try:
                self._flows = self._remote.result()
            except BrokenProcessPool:
                log.warning("a flow solver process died; solving here, a new one starts next")
                self._solver.discard(self._pool)
                self._flows = max_flow_min_cost(self._flow)
            except CancelledError:  # closed or discarded before a process took it
                self._flows = max_flow_min_cost(self._flow)
        return self._flows


class FlowSolver:
    """Solves large flows in up to ``processes`` separate processes (see module doc).

    :meth:`solve` returns at once: flows of fewer than ``min_arcs`` arcs, or all of them when
    ``processes`` is 0 or after :meth:`close`, are solved before it returns, the others
    meanwhile. The processes end after ``idle_seconds`` without a flow to solve (the next
    large one starts them again), and at :meth:`close`.
    """

    def __init__(
        self, processes: int = 2, *, min_arcs: int = MIN_ARCS, idle_seconds: float = IDLE_SECONDS
    ) -> None:
        if processes < 0:
            raise ValueError("processes must be 0 or more")
        self.processes = processes
        self.min_arcs = min_arcs
        self.idle_seconds = idle_seconds
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False
        self._lock = threading.Lock()
        #: Flows (and start-up tasks) handed to the processes and not yet back.
        self._busy = 0
        self._idle: threading.Timer | None = None

    def solve(self, flow: Flow) -> Solving:
        """``flow`` being solved, as :func:`max_flow_min_cost` solves it."""
        if self.processes and flow.arcs >= self.min_arcs and not self._closed:
            pool = None
            try:
                pool = self._started()
                if pool is not None:
                    remote = self._handed(pool, max_flow_min_cost, flow)
                    return Solving(self, flow, remote, pool)
            except _NOT_HANDED as error:
                if not self._closed:  # closing meanwhile is no news
                    log.warning(
                        "cannot hand a flow to a solver process; solving here",
                        extra={"error": f"{type(error).__name__}: {error}"},
                    )
                if pool is not None:
                    self.discard(pool)
        return Solving(self, flow)

    def start(self) -> None:
        """Start the solver processes now rather than with the first large flow (a process
        found dead is replaced once; other failures to start are raised)."""
        for _ in range(2):
            tasks: list[Future[Any]] = []
            try:
                for _ in range(self.processes):
                    pool = self._started()
                    if pool is None:
                        return
                    tasks.append(self._handed(pool, _ready))
                for started in tasks:
                    started.result()
                return
            except BrokenProcessPool:
                if pool is not None:
                    self.discard(pool)

    def close(self) -> None:
        """End the solver processes, after the flows they are solving; flows not yet taken
        by one, and every flow from now on, are solved in this process."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
            self._rest_timer()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def discard(self, pool: ProcessPoolExecutor) -> None:
        """Forget ``pool`` (a process died, or could not start) and shut it down, unless it
        is gone already (:meth:`close` shuts down its own): the next large flow starts a new
        one. Flows still waiting in it come back cancelled and are solved here."""
        with self._lock:
            if self._pool is not pool:
                return
            self._pool = None
            self._rest_timer()
        pool.shutdown(wait=False, cancel_futures=True)

    def _handed(
        self, pool: ProcessPoolExecutor, task: Callable[..., Any], *args: Any
    ) -> Future[Any]:
        """``task`` submitted to ``pool``, which :meth:`_started` counted busy for it."""
        try:
            future = pool.submit(task, *args)
        except BaseException:
            self._settled(pool)
            raise
        future.add_done_callback(lambda _: self._settled(pool))
        return future

    def _settled(self, pool: ProcessPoolExecutor) -> None:
        """A task handed to ``pool`` is back: with nothing else out, its processes end
        ``idle_seconds`` from now unless a flow comes first."""
        with self._lock:
            self._busy -= 1
            if self._busy or self._pool is not pool or self._closed:
                return
            self._idle = threading.Timer(self.idle_seconds, self._rest, args=(pool,))
            self._idle.daemon = True
            self._idle.start()

    def _rest(self, pool: ProcessPoolExecutor) -> None:
        """End ``pool``'s processes: no flow came for ``idle_seconds``."""
        with self._lock:
            if self._pool is not pool or self._busy:
                return
            self._pool = None
            self._idle = None
        pool.shutdown(wait=True)

    def _rest_timer(self) -> None:
        """Drop the pending end of the processes (under the lock)."""
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None

    def _started(self) -> ProcessPoolExecutor | None:
        """The running processes' executor, started if need be, and counted busy for one
        task (:meth:`_handed` hands it); ``None`` once closed."""
        with self._lock:
            if self._closed:
                return None
            self._rest_timer()
            if self._pool is None:
                # A fork server: each solver process is forked from a small clean process
                # that has loaded this module, never from the bot (which runs threads).
                # Where there is none (Windows), each starts afresh.
                methods = multiprocessing.get_all_start_methods()
                context = multiprocessing.get_context(
                    "forkserver" if "forkserver" in methods else "spawn"
                )
                context.set_forkserver_preload(_PRELOAD)
                self._pool = ProcessPoolExecutor(
                    self.processes, mp_context=context, initializer=_quiet
                )
            self._busy += 1
            return self._pool
