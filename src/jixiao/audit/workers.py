"""Worker processes for the audit: each file in a process of its own, under a time and a memory limit.

``run_in_workers(items, work, failed, jobs, limits)`` hands the items to ``jobs`` worker processes, a few at a
time (each item under its own limit), and yields the results in the items' order whatever finishes first (so output does not depend on the
number of jobs). A worker that spends more than ``limits.seconds`` of CPU on one item (or four times that
on the clock, for one that hangs without computing) is killed; one that dies (out of
memory under ``limits.memory_mb``, a crash in a format library) is replaced; either way that item's result
is ``failed(item, zh, en)``, located by the item, and the others go on. Results wait in a window of a few
per worker, so memory stays flat however many items there are.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
Out = TypeVar("Out")

DEFAULT_SECONDS = 300.0
DEFAULT_MEMORY_MB = 2048


@dataclass(frozen=True, slots=True)
class Limits:
    """Per item: CPU seconds (wall seconds where the CPU time of a process cannot be read; four times as
    many on the clock in any case), and address space of the worker in MB (0: no limit). CPU time, because
    on a machine shared with other work the clock runs several times faster than a file is worked on."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB


def available_cores() -> int:
    """The cores this process may run on (its affinity), not the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


WALL_FACTOR = 4  # a worker that computes nothing (a hang) is given up after this many times the limit
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process so far (Linux ``/proc``), None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime (fields 14 and 15 of stat)
    except (OSError, IndexError, ValueError):
        return None


def _context() -> Any:
    # fork: the workers start with the parent's imports and loaded frameworks, in milliseconds.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def guarded(work: Callable[[Any], Out], failed: Callable[[Any, str, str], Out], item: Any, memory_mb: int = 0) -> Out:
    """``work`` on one item; a crash in it (a bug, a library's on a hostile file, memory) is that item's located
    failure, never a traceback, and the other items go on."""
    try:
        return work(item)
    except MemoryError:
        return failed(item, f"内存超出限制（{memory_mb} MB），已跳过", f"over the memory limit ({memory_mb} MB), skipped")
    except Exception as e:  # a bug or a library's crash on a hostile file: located, never a traceback
        return failed(item, f"处理时出错（{type(e).__name__}: {e}），已跳过",
                      f"failed while processing ({type(e).__name__}: {e}), skipped")


def _serve(conn: Connection, work: Callable[[Any], Any], failed: Callable[[Any, str, str], Any], memory_mb: int) -> None:
    """A worker's loop: a batch of items in, each one's result out as soon as it is done (with the worker's
    CPU time then, where the next item's clock starts), until told to stop (None) or the parent goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        for seq, item in batch:
            out = guarded(work, failed, item, memory_mb)
            try:
                conn.send((seq, out, time.process_time()))
            except Exception as e:  # the result could not be sent back (too big, not picklable)
                conn.send((seq, failed(item, f"结果无法传回（{type(e).__name__}），已跳过",
                                       f"the result could not be passed back ({type(e).__name__}), skipped"),
                           time.process_time()))


@dataclass(slots=True)
class _Worker(Generic[Item]):
    proc: BaseProcess
    conn: Connection
    queue: deque[tuple[int, Any]] = field(default_factory=deque)  # items sent, not yet done; the first is running
    started: float = 0.0  # when the first of ``queue`` started (the clock)
    cpu0: float = 0.0  # the worker's CPU time then (a new worker starts at 0)

    def over(self, seconds: float, now: float) -> bool:
        """Past its limit on the current item: CPU seconds where readable, else the clock; the clock at
        ``WALL_FACTOR`` times the limit in any case."""
        wall = now - self.started
        if wall >= WALL_FACTOR * seconds:
            return True
        if wall * _CORES < seconds:
            return False  # it cannot have spent the limit yet: no need to read its CPU time
        cpu = cpu_seconds(self.proc.pid) if self.proc.pid else None
        if cpu is None:
            return wall >= seconds
        return cpu - self.cpu0 >= seconds


_CORES = os.cpu_count() or 1  # CPU time grows at most this many times as fast as the clock
BATCH = 4  # items sent to a worker at once (fewer messages and wake-ups; each item keeps its own limit)


class _Pool(Generic[Item, Out]):
    def __init__(self, work: Callable[[Item], Out], failed: Callable[[Item, str, str], Out], limits: Limits) -> None:
        self.work, self.failed, self.limits = work, failed, limits
        self.ctx = _context()

    def spawn(self) -> _Worker[Item]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(child, self.work, self.failed, self.limits.memory_mb), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def stop(self, w: _Worker[Item], kill: bool = False) -> None:
        if kill:
            w.proc.kill()
        else:
            try:
                w.conn.send(None)
            except OSError:
                w.proc.kill()
        w.proc.join(5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join()
        w.conn.close()


def run_in_workers(
    items: Iterable[Item],
    work: Callable[[Item], Out],
    failed: Callable[[Item, str, str], Out],
    jobs: int,
    limits: Limits = Limits(),
    on_start: Callable[[Item], None] | None = None,
) -> Iterator[Out]:
    """``work(item)`` for each item in ``jobs`` worker processes; results in the items' order.

    Items go to an idle worker a few at a time (``BATCH``); each is timed from when the one before it came
    back. When a worker is killed or dies, its current item fails and the rest of its batch is given again."""
    pool: _Pool[Item, Out] = _Pool(work, failed, limits)
    todo = iter(enumerate(items))
    known = len(items) if isinstance(items, Sized) else None
    again: deque[tuple[int, Any]] = deque()  # the rest of a failed worker's batch, given again first
    window = 4 * jobs + 16  # results held while an earlier item is still running
    done: dict[int, Out] = {}
    emitted = 0
    issued = 0
    exhausted = False
    workers = [pool.spawn() for _ in range(max(1, jobs))]

    def take(n: int) -> list[tuple[int, Any]]:
        nonlocal exhausted
        out: list[tuple[int, Any]] = []
        while len(out) < n and again:
            out.append(again.popleft())
        while len(out) < n and not exhausted:
            nxt = next(todo, None)
            if nxt is None:
                exhausted = True
            else:
                out.append(nxt)
        return out

    def begin(w: _Worker[Item], cpu: float) -> None:
        w.started, w.cpu0 = time.monotonic(), cpu
        if on_start is not None and w.queue:
            on_start(w.queue[0][1])

    try:
        while True:
            for k, w in enumerate(workers):
                if w.queue or (exhausted and not again):
                    continue
                room = window - (issued - emitted)
                left = known - issued if known is not None else BATCH
                batch = take(min(BATCH, room, max(1, -(-left // len(workers)))))
                if not batch:
                    continue
                try:
                    w.conn.send(batch)
                except OSError:  # the worker went between two batches: a fresh one takes it
                    pool.stop(w, kill=True)
                    w = workers[k] = pool.spawn()
                    w.conn.send(batch)
                w.queue.extend(batch)
                issued += len(batch)
                begin(w, w.cpu0)
            busy = [w for w in workers if w.queue]
            if not busy:
                if exhausted and not again and emitted == issued:
                    return
            else:
                now = time.monotonic()
                # look again at least every quarter second: CPU time is only seen by looking
                timeout = min(0.25, max(0.05, min(w.started + limits.seconds - now for w in busy)))
                ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
                for k, w in enumerate(workers):
                    if not w.queue:
                        continue
                    got = False
                    while w.queue and w.conn.poll():
                        try:
                            got_seq, out, cpu = w.conn.recv()
                        except (EOFError, OSError):
                            break
                        done[got_seq] = out
                        w.queue.popleft()
                        begin(w, cpu)
                        got = True
                    if got or not w.queue:
                        continue
                    seq, item = w.queue[0]
                    if w.proc.sentinel in ready or not w.proc.is_alive():
                        w.proc.join(1)
                        code = w.proc.exitcode
                        how = f"信号 {-code}" if code is not None and code < 0 else f"退出码 {code}"
                        how_en = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
                        done[seq] = failed(item, f"处理它的工作进程意外终止（{how}），已跳过",
                                           f"the worker process handling it ended unexpectedly ({how_en}), skipped")
                    elif w.over(limits.seconds, time.monotonic()):
                        done[seq] = failed(item, f"处理超时（超过 {limits.seconds:g} 秒），已跳过",
                                           f"timed out (over {limits.seconds:g} s), skipped")
                    else:
                        continue
                    w.queue.popleft()
                    again.extendleft(reversed(w.queue))  # the rest of its batch, first in line again
                    issued -= len(w.queue)
                    w.queue.clear()
                    pool.stop(w, kill=True)
                    workers[k] = pool.spawn()
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
    finally:
        for w in workers:
            pool.stop(w, kill=bool(w.queue))
