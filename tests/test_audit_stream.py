"""The streamed audit (issue 12): worker processes, their limits, the spill file, --jsonl, --min-severity,
--quiet and the progress bar."""

from __future__ import annotations

import io
import json
import os
import signal
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.audit import audit_paths
from jixiao.audit.spill import Spill
from jixiao.audit.stream import audit_stream, collect
from jixiao.audit.workers import Limits, run_in_workers
from jixiao.cli import app
from jixiao.report import jsonout
from jixiao.report.progress import Progress

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED_001 = str(SAMPLES / "001_cf1bceb3fa2c9cc3.txt")
SEED_004 = str(SAMPLES / "004_7e677134512249db.txt")
runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_one_job_and_four_give_byte_identical_json() -> None:
    one = run("audit", str(SAMPLES), "--json", "--jobs", "1")
    four = run("audit", str(SAMPLES), "--json", "--jobs", "4")
    assert one.exit_code == four.exit_code == 0, (one.output, four.output)
    assert one.stdout == four.stdout
    data = json.loads(one.stdout)
    # five seeds and the two budget PDFs (one disclosure each), and seed 002's “三公”经费执行表 on its own;
    # samples/README.md describes the folder
    assert data["summary"]["files"] == 7 and data["summary"]["documents"] == 41
    # and the same as the audit held in memory in this process
    assert json.loads(one.stdout) == audit_paths([str(SAMPLES)]).to_json()


def test_streamed_json_is_the_json_of_the_whole_result() -> None:
    result = audit_paths([SEED_001, SEED_004])
    out = io.StringIO()
    jsonout.write_json(result, out, "en", "suspect")
    assert out.getvalue() == json.dumps(result.to_json("en", "suspect"), ensure_ascii=False, indent=2) + "\n"
    empty = audit_paths([])
    out = io.StringIO()
    jsonout.write_json(empty, out)
    assert json.loads(out.getvalue()) == empty.to_json() and '"documents": []' in out.getvalue()


# Work functions for the pool: module level, so a worker process can run them.
def _square_or_misbehave(n: int) -> int:
    if n == 3:
        time.sleep(60)  # a file that never finishes
    if n == 5:
        os.kill(os.getpid(), signal.SIGKILL)  # a worker killed mid-run (the OOM killer, a crash)
    if n == 7:
        raise ValueError("damaged")
    return n * n


def _failed(n: int, zh: str, en: str) -> int:
    return -n


def _why(n: int, zh: str, en: str) -> str:
    return f"{n}: {en}"


def test_a_worker_timed_out_or_killed_fails_its_item_and_the_others_complete() -> None:
    t0 = time.monotonic()
    got = list(run_in_workers(range(10), _square_or_misbehave, _why, 2, Limits(seconds=2, memory_mb=0)))
    assert [g for g in got if isinstance(g, int)] == [0, 1, 4, 16, 36, 64, 81]
    assert got[3] == "3: timed out (over 2 s), skipped"  # in order, whatever finished first
    assert got[5] == "5: the worker process handling it ended unexpectedly (signal 9), skipped"
    assert got[7] == "7: failed while processing (ValueError: damaged), skipped"
    assert time.monotonic() - t0 < 20  # the hung item was given up at its limit, not waited for


def _allocate(n: int) -> int:
    if n == 1:
        blob = bytearray(600 * 1024 * 1024)  # over the worker's memory limit
        return len(blob)
    return n


def _address_space_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(line.split()[1]) // 1024 for line in f if line.startswith("VmSize:"))


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="Linux only")
def test_a_worker_over_its_memory_limit_fails_that_item_only() -> None:
    limit = _address_space_mb() + 300  # the worker starts as a copy of this process
    got = list(run_in_workers(range(3), _allocate, _failed, 1, Limits(seconds=30, memory_mb=limit)))
    assert got == [0, -1, 2]


def _hang_on_seed_001(path: str):  # type: ignore[no-untyped-def]
    from jixiao.audit import audit_one

    if path.endswith("001_cf1bceb3fa2c9cc3.txt"):
        time.sleep(60)
    return audit_one(path)


def test_a_file_that_hangs_is_a_located_error_and_the_others_are_audited(monkeypatch: pytest.MonkeyPatch) -> None:
    import jixiao.audit.stream as stream

    monkeypatch.setattr(stream, "audit_one", lambda path, framework=None, keep_read=True: _hang_on_seed_001(path))
    result = collect(audit_stream([SEED_001, SEED_004], jobs=2, limits=Limits(seconds=3, memory_mb=0)))
    hung, done = list(result.files)
    assert hung.path == SEED_001 and hung.error is not None and hung.error.startswith(f"{SEED_001}: 处理超时")
    assert hung.error_text("en") == f"{SEED_001}: timed out (over 3 s), skipped"
    assert len(done.documents) == 7 and done.findings
    assert result.totals.unreadable == [SEED_001]


def test_the_spill_file_holds_the_files_and_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Spill(str(tmp_path)) as spill:
        result = collect(audit_stream([SEED_001, SEED_004]), spill)
        assert os.path.exists(spill.path) and spill.size > 0 and len(spill) == 2
        assert [len(fa.documents) for fa in result.files] == [23, 7]
        assert json.dumps(result.to_json()) == json.dumps(audit_paths([SEED_001, SEED_004]).to_json())
    assert not list(tmp_path.iterdir())
    # the command removes its spill file, also when a report cannot be written
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert run("audit", SEED_004, "--html", str(tmp_path / "r.html"), "--xlsx", str(tmp_path / "r.xlsx")).exit_code == 0
    r = run("audit", SEED_004, "--html", str(tmp_path))
    assert r.exit_code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.xlsx"]


def test_findings_for_a_spilled_document_are_its_own() -> None:
    with Spill() as spill:
        result = collect(audit_stream([SEED_004]), spill)
        fa = result.files[0]
        held = audit_paths([SEED_004])
        for j, d in enumerate(fa.documents):
            assert result.counts_for(d) == held.counts_for(held.files[0].documents[j])
            assert result.framework_id(d) == held.framework_id(held.files[0].documents[j]) is not None


def test_jsonl_is_one_object_a_line_per_file_then_the_summary(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    r = run("audit", SEED_001, missing, SEED_004, "--jsonl", "--jobs", "2", "--min-severity", "suspect")
    assert r.exit_code == 2  # the missing file
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [line.get("file") for line in lines] == [missing, SEED_001, SEED_004, None]
    assert lines[0]["error"].startswith(missing) and lines[0]["findings"][0]["kind"] == "not_recognised"
    assert len(lines[1]["documents"]) == 23 and len(lines[2]["documents"]) == 7
    assert all(f["severity"] in ("error", "suspect") for line in lines[:3] for f in line["findings"])
    summary = lines[-1]["summary"]
    assert summary["files"] == 3 and summary["documents"] == 30 and summary["unreadable"] == [missing]
    assert run("audit", SEED_001, "--jsonl", "--json").exit_code == 2


def test_min_severity_lists_only_what_is_asked_and_counts_everything() -> None:
    full = json.loads(run("audit", SEED_004, "--json").stdout)
    errors = json.loads(run("audit", SEED_004, "--json", "--min-severity", "error").stdout)
    assert {f["severity"] for f in full["findings"]} == {"error", "suspect", "info"}
    assert errors["findings"] == [f for f in full["findings"] if f["severity"] == "error"] != []
    assert errors["summary"] == full["summary"]
    terminal = run("audit", SEED_004, "--min-severity", "error").stdout
    assert "浮点残迹" not in terminal.split("按类型")[0]  # a suspect finding, not listed
    assert "浮点残迹" in run("audit", SEED_004).stdout
    assert run("audit", SEED_004, "--min-severity", "bad").exit_code == 2


def test_quiet_prints_the_summary_only_and_it_comes_last() -> None:
    loud = run("audit", SEED_004).stdout
    quiet = run("audit", SEED_004, "--quiet").stdout
    last = "共审核 1 个文件、7 份文档"
    assert loud.rstrip().splitlines()[-1].startswith(last) and quiet.rstrip().splitlines()[-1].startswith(last)
    assert "审核发现" not in quiet and "审核的文档" not in quiet and len(quiet.splitlines()) < 15


def test_no_progress_bar_when_piped_and_one_on_a_terminal() -> None:
    r = run("audit", SEED_001, SEED_004, "--json")
    assert r.stderr == ""  # CliRunner's stderr is not a terminal: nothing drawn
    tty = io.StringIO()
    bar = Progress(2, "en", stream=tty, enabled=True, every=0)
    bar.start(SEED_001)
    bar.done()
    bar.start(SEED_004)
    bar.done()
    bar.close()
    drawn = tty.getvalue()
    assert "2/2" in drawn and "004_7e677134512249db.txt" in drawn and "files/s" in drawn
    piped = io.StringIO()
    silent = Progress(2, stream=piped)
    silent.start(SEED_001)
    silent.done()
    silent.close()
    assert piped.getvalue() == ""


def test_recognisers_stop_once_every_table_is_claimed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of project forms is not searched for score tables; a file whose forms leave a table unclaimed
    (seed 003: a score table beside the final accounts; seed 004: policy forms after project forms) is."""
    import jixiao.read.recognise as rec
    from jixiao.read import read_path

    called: list[str] = []

    def spy(name: str, fn):  # type: ignore[no-untyped-def]
        def run(fr):  # type: ignore[no-untyped-def]
            called.append(name)
            return fn(fr)

        return run

    spied = tuple((name, spy(name, fn)) for name, fn in rec.RECOGNISERS)
    monkeypatch.setattr(rec, "RECOGNISERS", spied)
    docs = read_path(SEED_001).documents
    assert len(docs) == 23 and called == ["project_self_evaluation"]
    called.clear()
    assert {d.type for d in read_path(SEED_004).documents} == {"project_self_evaluation", "policy_self_evaluation"}
    assert called[:2] == ["project_self_evaluation", "policy_self_evaluation"]
    called.clear()
    seed_003 = str(SAMPLES / "003_0eb4043571347fc0.txt")
    assert {d.type for d in read_path(seed_003).documents} == {"dept_evaluation", "final_accounts"}
    assert called == [name for name, _ in spied]


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="Linux only")
def test_the_time_limit_counts_the_workers_cpu_time() -> None:
    """On a shared machine the clock runs ahead of the work: the limit is CPU time, read from /proc."""
    from jixiao.audit.workers import cpu_seconds

    before = cpu_seconds(os.getpid())
    t0 = time.process_time()
    while time.process_time() - t0 < 0.3:
        pass
    after = cpu_seconds(os.getpid())
    assert before is not None and after is not None and after - before >= 0.2
    assert cpu_seconds(2**22 + 12345) is None  # no such process


def _square_unless_one(n: int) -> int:
    if n == 1:
        os.kill(os.getpid(), signal.SIGKILL)  # dies on the second item of its batch
    return n * n


def test_the_rest_of_a_dead_workers_batch_is_given_again() -> None:
    """Items go to a worker a few at a time (workers.BATCH): when it dies on one, that one fails and the
    items after it in its batch are audited by a fresh worker, in order."""
    from jixiao.audit import workers

    assert workers.BATCH > 2  # items 0-3 go to the one worker together
    got = list(run_in_workers(range(6), _square_unless_one, _why, 1, Limits(seconds=5, memory_mb=0)))
    assert got == [0, "1: the worker process handling it ended unexpectedly (signal 9), skipped", 4, 9, 16, 25]


def test_each_item_of_a_batch_is_timed_on_its_own() -> None:
    """An item's CPU limit counts from when the item before it finished, not from when the batch was sent."""
    got = list(run_in_workers(range(4), _spin, _why, 1, Limits(seconds=2, memory_mb=0)))
    assert got == [0, 1, 2, 3]  # four items of 0.8 s CPU each, one batch: 3.2 s in all, none over 2 s


def _spin(n: int) -> int:
    end = time.process_time() + 0.8
    while time.process_time() < end:
        pass
    return n
