"""Running the pipeline over a corpus: in this process, in worker processes, or on a Dask cluster.

:func:`run` is the one entry point. Whatever the backend, it yields exactly what
:func:`tidings.extract.process` yields for the same input (one ``(result, failure)`` pair per input
item, in input order) and it is lazy: the input is read a few batches ahead of what has been
yielded, never materialised, so a corpus of any size streams in flat memory.

- ``workers == 1`` and no ``scheduler``: :func:`~tidings.extract.process` in this process.
- ``workers > 1``: a pool of worker processes started with ``spawn`` (:class:`ProcessPool` also
  takes ``forkserver``; never ``fork``: spaCy and BLAS keep threads and locks a forked child would
  inherit half-held), one BLAS thread each. Each worker loads the model once, then
  takes one batch at a time. A worker that dies (killed, out of memory, a crash in native code) loses
  nothing: its batch is retried once in the fresh worker that replaces it, and if that one dies too
  the batch's articles are reported as failures (``worker crashed``) and the run goes on.
- ``scheduler``: Dask distributed. ``"local"`` or ``"local:N"`` starts a ``LocalCluster`` of N
  single-threaded worker processes for the duration of the run; anything else is the address of a
  running scheduler (``"tcp://host:8786"``). Each Dask worker loads the model once (a worker plugin
  preloads it; tasks find it in :func:`tidings.pipeline.load`'s per-process cache). Batches are
  tasks, submitted with a bounded number in flight and retried twice by Dask when they fail; a batch
  that still fails is reported as failures. Needs ``pip install "dask[distributed]"``.

In every mode, items are cut into batches of ``batch_size`` exactly as ``process`` cuts them, and
a worker runs ``process`` on its batch, so results are identical to a single-process run.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import threading
import traceback
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import TidingsError
from .extract import DEFAULT_MAX_CHARS, RawArticle, ReadFailure, process
from .pipeline import DEFAULT_MODEL, load
from .schema import Result

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

Item = RawArticle | ReadFailure
Output = tuple[Result, ReadFailure | None]
ProgressCallback = Callable[[int], None]

# A batch is retried once after its worker dies (so it runs at most twice), per the contract above.
PROCESS_ATTEMPTS = 2
# Dask re-runs a task that raised this many more times before we see it fail.
DASK_RETRIES = 2
# Workers that die before they have even loaded the model, in a row: past this, stop restarting.
MAX_STARTUP_DEATHS = 3
# Each worker runs one batch on one core: BLAS threads would only compete with the other workers.
SINGLE_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
}


class WorkerError(TidingsError):
    """Workers could not be started or reached (model missing on a worker, no scheduler, ...)."""


# ---------------------------------------------------------------------------------------------
# Entry point


def run(
    items: Iterable[Item],
    *,
    model: str = DEFAULT_MODEL,
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_in_flight: int | None = None,
    on_progress: ProgressCallback | None = None,
    actors: Iterable[str] = (),
) -> Iterator[Output]:
    """Process ``items`` with ``workers`` processes or on a Dask ``scheduler``; yields in input order.

    ``max_in_flight`` bounds the batches read but not yet yielded (default: twice the number of
    workers), which bounds memory whatever the input size. ``on_progress(done)`` is called with the
    number of input items finished so far each time a batch finishes. With ``scheduler="local"``,
    ``workers`` (when above 1) is the size of the local cluster; ``"local:N"`` says it directly.
    ``actors`` are user actor dictionaries (paths, as for :func:`tidings.pipeline.load`); on a
    Dask cluster every worker must see them at the same absolute path.

    >>> for result, failure in run(read_inputs(["news/"]), workers=2):  # doctest: +SKIP
    ...     print(result.article.id, failure.reason if failure else "ok")
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if max_in_flight is not None and max_in_flight < 1:
        raise ValueError(f"max_in_flight must be at least 1, not {max_in_flight}")
    actors = tuple(str(path) for path in actors)
    if workers == 1 and scheduler is None:
        return _run_here(items, model, actors, batch_size, max_chars, on_progress)
    # Workers may run elsewhere (another directory, another machine): they get absolute paths.
    job = BatchJob(model, max_chars, tuple(os.path.abspath(path) for path in actors))
    if scheduler is not None:
        parse_scheduler(scheduler, workers)  # a bad value is an error now, not at the first read
        return _run_dask(items, scheduler, workers, job, batch_size, max_in_flight, on_progress)
    return _run_pool(items, workers, job, batch_size, max_in_flight or 2 * workers, on_progress)


def _run_here(
    items: Iterable[Item],
    model: str,
    actors: tuple[str, ...],
    batch_size: int,
    max_chars: int,
    on_progress: ProgressCallback | None,
) -> Iterator[Output]:
    nlp = None
    done = 0
    for batch in batches(items, batch_size):
        nlp = nlp or load(model, actors=actors)  # loaded at the first batch: an empty input never loads it
        yield from process(batch, nlp, batch_size=batch_size, max_chars=max_chars)
        done += len(batch)
        if on_progress is not None:
            on_progress(done)


def _run_pool(
    items: Iterable[Item],
    workers: int,
    job: BatchJob,
    batch_size: int,
    window: int,
    on_progress: ProgressCallback | None,
) -> Iterator[Output]:
    source = batches(items, batch_size)
    first = next(source, None)
    if first is None:  # nothing to do: start no process
        return
    with ProcessPool(workers, job) as pool:
        for outputs in pool.imap(itertools.chain([first], source), window=window, on_progress=on_progress):
            yield from outputs


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# ---------------------------------------------------------------------------------------------
# What a worker runs


@dataclass(frozen=True)
class BatchJob:
    """What every worker (process or Dask) does with a batch: :func:`process` with this model.

    Small and picklable; the model itself is loaded in the worker, once (``load`` caches it).
    """

    model: str = DEFAULT_MODEL
    max_chars: int = DEFAULT_MAX_CHARS
    actors: tuple[str, ...] = ()  # user actor dictionaries, absolute paths

    def setup(self) -> None:
        """Load the model now, so a missing model is reported before any batch is sent."""
        self.nlp()

    def nlp(self) -> Language:
        return load(self.model, actors=self.actors)

    def __call__(self, batch: list[Item]) -> list[Output]:
        return list(process(batch, self.nlp(), batch_size=len(batch), max_chars=self.max_chars))


def failed_batch(batch: list[Item], reason: str) -> list[Output]:
    """Outputs for a batch no worker could process: each article fails; read failures stay as they were."""
    outputs: list[Output] = []
    for item in batch:
        failure = item if isinstance(item, ReadFailure) else ReadFailure(item.meta.id, reason)
        outputs.append((failure.as_result(), failure))
    return outputs


def _all_read_failures(batch: list[Item]) -> list[Output] | None:
    """A batch with no article to process is answered here, without a worker."""
    if all(isinstance(item, ReadFailure) for item in batch):
        return [(item.as_result(), item) for item in batch]  # type: ignore[union-attr]
    return None


# ---------------------------------------------------------------------------------------------
# Worker processes


def _worker_main(conn: multiprocessing.connection.Connection, job: BatchJob) -> None:
    """The loop of one worker process: set up, then batches in, outputs out, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops us
    try:
        _serve(conn, job)
    except (EOFError, OSError):  # the parent is gone or closed the pipe: nothing left to do
        pass


def _serve(conn: multiprocessing.connection.Connection, job: BatchJob) -> None:
    try:
        job.setup()
    except BaseException as exc:  # noqa: BLE001  (whatever it is, the parent must hear of it)
        conn.send(("init_error", _picklable_error(exc)))
        return
    conn.send(("ready",))
    while (message := conn.recv()) is not None:
        batch_id, batch = message
        try:
            reply = ("done", batch_id, job(batch))
        except Exception as exc:  # noqa: BLE001  (reported; the parent retries or fails the batch)
            reply = ("failed", batch_id, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)  # pickles first: a pickling error has sent nothing yet
        except (EOFError, OSError):
            raise
        except Exception as exc:  # noqa: BLE001
            conn.send(("failed", batch_id, f"outputs could not be sent back: {type(exc).__name__}: {exc}"))


def _picklable_error(exc: BaseException) -> BaseException:
    """A tidings error as it is (the CLI knows how to show it); anything else with its traceback."""
    if isinstance(exc, TidingsError):
        try:
            pickle.loads(pickle.dumps(exc))
            return exc
        except Exception:  # noqa: BLE001  (fall through to the plain-text form)
            pass
    return WorkerError(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")


class _Worker:
    """One worker process, its end of the pipe, and the batch it holds."""

    def __init__(self, context: Any, job: BatchJob, number: int) -> None:
        self.conn, child_conn = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_worker_main, args=(child_conn, job), name=f"tidings-worker-{number}", daemon=True
        )
        with _single_threaded_children():
            self.process.start()
        child_conn.close()  # so the parent sees EOF when the child dies
        self.ready = False
        self.batch_id: int | None = None
        self.reserved: int | None = None  # a batch to retry here, in this fresh process

    @property
    def idle(self) -> bool:
        return self.ready and self.batch_id is None

    def ask_to_stop(self) -> None:
        """An idle worker is told to stop; a busy or still loading one is terminated (nothing to save)."""
        if self.idle and self.process.is_alive():
            try:
                self.conn.send(None)
                return
            except (OSError, ValueError):
                pass
        if self.process.is_alive():
            self.process.terminate()

    def reap(self, timeout: float = 5.0) -> None:
        """Wait for the process to end (killing it past ``timeout``) and free its resources."""
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        self.process.close()


_ENV_LOCK = threading.Lock()


@contextlib.contextmanager
def _single_threaded_children() -> Iterator[None]:
    """Start children with one BLAS/OpenMP thread each, unless the user set those variables.

    A spawned child takes the environment as it is when it starts, before it imports numpy.
    """
    with _ENV_LOCK:
        added = [name for name in SINGLE_THREAD_ENV if name not in os.environ]
        os.environ.update({name: SINGLE_THREAD_ENV[name] for name in added})
        try:
            yield
        finally:
            for name in added:
                os.environ.pop(name, None)


class ProcessPool:
    """``workers`` spawned processes running ``job`` on batches; :meth:`imap` keeps input order.

    Use as a context manager (processes are stopped on exit). ``restarts`` counts workers replaced
    after dying. One batch per worker at a time, so a dead worker's batch is known exactly.
    ``start_method`` is ``"spawn"`` (default, everywhere) or ``"forkserver"`` (POSIX; cheaper
    restarts); never ``"fork"``, which would copy the parent's threads and locks half-held.
    """

    def __init__(self, workers: int, job: BatchJob, *, start_method: str = "spawn") -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        if start_method == "fork":
            raise ValueError("fork is unsafe with spaCy and BLAS threads: use spawn or forkserver")
        self.job = job
        self.context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            # Workers fork from a server that has imported tidings (and spaCy) once: a restart
            # costs a fork, not an interpreter start. Takes effect when the server first starts.
            self.context.set_forkserver_preload(["tidings.runner"])
        self.restarts = 0
        self._startup_deaths = 0
        self._started = 0
        self.workers: list[_Worker] = []
        try:
            for _ in range(workers):
                self.workers.append(self._start())
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Worker:
        self._started += 1
        return _Worker(self.context, self.job, self._started)

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring)."""
        return [worker.process.pid for worker in self.workers if worker.process.pid is not None]

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker (politely, then by force); safe to call twice."""
        workers, self.workers = self.workers, []
        for worker in workers:
            worker.ask_to_stop()
        for worker in workers:
            worker.reap()

    def wait_ready(self) -> None:
        """Block until every worker has loaded the model (raises what a worker failed with)."""
        while not all(worker.ready for worker in self.workers):
            self._wait(_State())

    def imap(
        self,
        batches: Iterable[list[Item]],
        *,
        window: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Iterator[list[Output]]:
        """The outputs of each batch, in input order, with at most ``window`` batches read ahead."""
        window = window or 2 * len(self.workers)
        source = enumerate(batches)
        state = _State()
        next_id = reported = 0
        exhausted = False
        while True:
            if on_progress is not None and state.finished != reported:
                reported = state.finished
                on_progress(reported)
            while next_id in state.done:
                yield state.done.pop(next_id)
                next_id += 1
            while not exhausted and len(state.todo) + len(state.done) < window:
                entry = next(source, None)
                if entry is None:
                    exhausted = True
                    break
                batch_id, batch = entry
                state.todo[batch_id] = batch
                answered = _all_read_failures(batch)
                if answered is not None:
                    state.finish(batch_id, answered)
                else:
                    state.queue.append(batch_id)
            if next_id in state.done:
                continue
            if exhausted and not state.todo and not state.done:
                return
            self._assign(state)
            self._wait(state)

    def _assign(self, state: _State) -> None:
        for worker in self.workers:
            if not worker.idle:
                continue
            if worker.reserved is not None:
                batch_id, worker.reserved = worker.reserved, None
            elif state.queue:
                batch_id = state.queue.popleft()
            else:
                continue
            worker.batch_id = batch_id
            try:
                worker.conn.send((batch_id, state.todo[batch_id]))
            except (OSError, ValueError):
                pass  # it died: its sentinel says so, and the batch is retried from there
            except Exception as exc:  # noqa: BLE001  (an unpicklable item: fail this batch only)
                worker.batch_id = None
                state.finish(batch_id, failed_batch(state.todo[batch_id], f"cannot send to a worker: {exc}"))

    def _wait(self, state: _State) -> None:
        """Wait for any worker to answer or die, and act on it."""
        waitables: dict[object, tuple[str, _Worker]] = {}
        for worker in self.workers:
            waitables[worker.conn] = ("message", worker)
            waitables[worker.process.sentinel] = ("exit", worker)
        for ready in multiprocessing.connection.wait(list(waitables)):
            kind, worker = waitables[ready]
            if worker not in self.workers:
                continue  # already replaced in this round
            if kind == "message":
                self._receive(worker, state)
                continue
            # It exited: read what it sent before dying, then replace it.
            while worker in self.workers and worker.conn.poll():
                self._receive(worker, state)
            if worker in self.workers:
                self._replace(worker, state)

    def _receive(self, worker: _Worker, state: _State) -> None:
        """Handle one message from ``worker``; replace it if its pipe is closed (it died)."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(5)  # let the sentinel fire; _wait replaces it
            if worker in self.workers:
                self._replace(worker, state)
            return
        kind = message[0]
        if kind == "ready":
            worker.ready = True
            self._startup_deaths = 0
        elif kind == "init_error":
            error = message[1]
            if isinstance(error, WorkerError):
                raise WorkerError(f"a worker could not start: {error}")
            raise error  # a tidings error (the model is not installed...), as the CLI shows them
        elif kind == "done":
            _, batch_id, outputs = message
            worker.batch_id = None
            state.finish(batch_id, outputs)
        elif kind == "failed":
            _, batch_id, reason = message
            worker.batch_id = None
            self._retry_or_fail(state, batch_id, f"processing failed: {reason}", worker)

    def _replace(self, dead: _Worker, state: _State) -> None:
        """A worker died: start a fresh one; its batch is retried there once, else reported."""
        dead.process.join(1)
        code = dead.process.exitcode
        index = self.workers.index(dead)
        if not dead.ready:
            self._startup_deaths += 1
            if self._startup_deaths >= MAX_STARTUP_DEATHS:
                raise WorkerError(
                    f"worker processes keep dying while loading the model (exit code {code}); "
                    "run with --workers 1 to see the error"
                )
        dead.reap(timeout=1)
        fresh = self._start()
        self.workers[index] = fresh
        self.restarts += 1
        fresh.reserved = dead.reserved  # a retry meant for it that it never started
        if dead.batch_id is not None:
            self._retry_or_fail(state, dead.batch_id, _crash_reason(code), fresh)

    def _retry_or_fail(self, state: _State, batch_id: int, reason: str, worker: _Worker) -> None:
        state.attempts[batch_id] = state.attempts.get(batch_id, 0) + 1
        if state.attempts[batch_id] < PROCESS_ATTEMPTS:
            if worker.reserved is None:
                worker.reserved = batch_id
            else:
                state.queue.appendleft(batch_id)
        else:
            state.finish(batch_id, failed_batch(state.todo[batch_id], reason))


def _crash_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            how = f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"killed by signal {-exitcode}"
    else:
        how = f"exit code {exitcode}"
    return f"worker crashed ({how}), twice on this batch"


class _State:
    """The bookkeeping of one :meth:`ProcessPool.imap` run."""

    def __init__(self) -> None:
        self.todo: dict[int, list[Item]] = {}  # read, not processed yet (kept to resend after a crash)
        self.done: dict[int, list[Output]] = {}  # processed, not yielded yet
        self.queue: deque[int] = deque()  # ids waiting for any worker
        self.attempts: dict[int, int] = {}
        self.finished = 0  # input items processed so far, for on_progress

    def finish(self, batch_id: int, outputs: list[Output]) -> None:
        if batch_id in self.todo:  # a stale duplicate answer is ignored
            del self.todo[batch_id]
            self.done[batch_id] = outputs
            self.finished += len(outputs)


# ---------------------------------------------------------------------------------------------
# Dask


def parse_scheduler(scheduler: str, workers: int = 1) -> tuple[str, int | None]:
    """``("local", N)`` for ``"local"``/``"local:N"``, else ``(address, None)``.

    >>> parse_scheduler("local:3")
    ('local', 3)
    """
    text = scheduler.strip()
    if text == "local" or text.startswith("local:"):
        count = text.partition(":")[2]
        if not count:
            return "local", workers if workers > 1 else (os.cpu_count() or 1)
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"scheduler {scheduler!r}: say 'local' or 'local:N' with N at least 1")
        return "local", int(count)
    if not text:
        raise ValueError("scheduler address is empty")
    return text, None


def _dask_run_batch(job: BatchJob, batch: list[Item]) -> list[Output]:
    """The Dask task: one batch through ``job``, one batch at a time per worker process."""
    with _DASK_LOCK:  # several threads of one worker must not share the pipeline at once
        return job(batch)


_DASK_LOCK = threading.Lock()


def _preload_plugin(job: BatchJob) -> Any:
    from distributed import WorkerPlugin

    class PreloadModel(WorkerPlugin):
        """Load the model when a worker joins, so the first batch does not wait for it."""

        name = f"tidings-model-{_describe(job)}"

        def setup(self, worker: Any) -> None:
            job.setup()

    return PreloadModel()


def _describe(job: BatchJob) -> str:
    """What a job loads, for messages and the plugin's name (a stand-in job has no model)."""
    model = getattr(job, "model", None)
    if model is None:
        return type(job).__name__
    actors = getattr(job, "actors", ())
    return f"{model} with {', '.join(actors)}" if actors else model


def _dask_client(scheduler: str, workers: int) -> tuple[Client, Any]:
    """A client (and the LocalCluster it owns, if any) for ``scheduler``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise WorkerError(
            'running on a Dask scheduler needs Dask: pip install "dask[distributed]"'
        ) from exc
    address, count = parse_scheduler(scheduler, workers)
    if address == "local":
        cluster = LocalCluster(
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout="30s"), None
    except (OSError, TimeoutError) as exc:
        raise WorkerError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _run_dask(
    items: Iterable[Item],
    scheduler: str,
    workers: int,
    job: BatchJob,
    batch_size: int,
    max_in_flight: int | None,
    on_progress: ProgressCallback | None,
) -> Iterator[Output]:
    source = batches(items, batch_size)
    first = next(source, None)
    if first is None:
        return
    client, cluster = _dask_client(scheduler, workers)
    try:
        yield from dask_imap(client, job, itertools.chain([first], source), max_in_flight, on_progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dask_imap(
    client: Client,
    job: BatchJob,
    batches: Iterable[list[Item]],
    max_in_flight: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> Iterator[Output]:
    """Outputs of ``batches`` run as Dask tasks on ``client``'s cluster, in input order.

    At most ``max_in_flight`` batches (default: twice the cluster's threads) are read and not yet
    yielded. The model is preloaded on every worker, present and future.
    """
    from distributed import as_completed

    try:
        client.register_plugin(_preload_plugin(job))
    except Exception as exc:  # noqa: BLE001  (e.g. the model is not installed on a worker)
        raise WorkerError(f"Dask workers could not load the model {_describe(job)}: {exc}") from exc
    window = max_in_flight or max(2, 2 * sum(client.nthreads().values()))
    run_id = uuid.uuid4().hex[:12]
    source = enumerate(batches)
    todo: dict[int, list[Item]] = {}  # submitted, not back yet
    done: dict[int, list[Output]] = {}  # back, not yielded yet
    submitted: dict[str, tuple[int, Any]] = {}  # task key -> (batch id, future)
    pending = as_completed()
    next_id = finished = reported = 0
    exhausted = False
    try:
        while True:
            if on_progress is not None and finished != reported:
                reported = finished
                on_progress(reported)
            while next_id in done:
                yield from done.pop(next_id)
                next_id += 1
            while not exhausted and len(todo) + len(done) < window:
                entry = next(source, None)
                if entry is None:
                    exhausted = True
                    break
                batch_id, batch = entry
                answered = _all_read_failures(batch)
                if answered is not None:
                    done[batch_id] = answered
                    finished += len(batch)
                    continue
                todo[batch_id] = batch
                future = client.submit(
                    _dask_run_batch, job, batch, key=f"tidings-batch-{run_id}-{batch_id}",
                    retries=DASK_RETRIES, pure=False,
                )
                submitted[future.key] = (batch_id, future)
                pending.add(future)
            if next_id in done:
                continue
            if not todo:
                return  # nothing read is outstanding, so the input is exhausted
            future = next(pending)
            batch_id, _ = submitted.pop(future.key)
            batch = todo.pop(batch_id)
            done[batch_id] = _dask_outputs(future, batch)
            del future  # the result is dropped on the cluster once no future refers to it
            finished += len(batch)
    finally:
        if submitted:  # a consumer that stops early leaves nothing running on the cluster
            client.cancel([future for _, future in submitted.values()])


def _dask_outputs(future: Any, batch: list[Item]) -> list[Output]:
    """A finished task's outputs, or failures for its articles when it failed for good."""
    if future.status == "finished":
        return future.result()
    try:
        error: BaseException | None = future.exception()
    except BaseException as exc:  # noqa: BLE001  (cancelled: the scheduler lost it)
        error = exc
    if type(error).__name__ == "KilledWorker":  # the worker process died every time it ran this
        return failed_batch(batch, "worker crashed: every Dask worker that ran this batch died")
    return failed_batch(batch, f"worker failed: {type(error).__name__}: {error}")
