"""The web API under load: ``jixiao serve`` (gunicorn, one worker per core: what users get) on 127.0.0.1 over
a fresh SQLite file (or DATABASE_URL) holding 500 forms of 50 units; 50 concurrent users, each looping for a
bounded time: list the 500 forms (the 财政 view), open one of its own forms and save it with a changed actual
value (the live score recomputed on save). Prints p50/p95/max and errors of each kind, against the targets
of issue 11: list p95 < 200 ms, save p95 < 300 ms.

Two runs of the same loop:
- ``users``: each user pauses between actions (0.5-1.5 s, 1 s on average, as people do and as locust users
  do with a wait time): 50 people working at once. The targets are judged on this run.
- ``saturated``: no pause at all, every user sends its next request the moment the last one is answered
  (about 50 x 5 requests per second): the server's throughput, and the latency when 50 requests always
  wait in line for 2 cores. Printed for what it is; the targets are not meant for it.

The clients run in this process (threads, keep-alive connections) and share the machine's cores with the
server. Every wait is bounded: the server is stopped at the end whatever happens."""

from __future__ import annotations

import http.client
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

USERS = 50
SECONDS = float(os.environ.get("JIXIAO_BENCH_SECONDS", "20"))
THINK = (0.5, 1.5)  # seconds a user pauses between actions in the ``users`` run
TARGETS = {"list": 200.0, "save": 300.0}


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


class Client:
    def __init__(self, port: int, token: str) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any, float]:
        t0 = time.perf_counter()
        try:
            self.conn.request(method, path, body=None if body is None else json.dumps(body), headers=self.headers)
            r = self.conn.getresponse()
            data = r.read()
            status = r.status
        except (OSError, http.client.HTTPException):
            self.conn.close()
            return 0, None, (time.perf_counter() - t0) * 1000
        ms = (time.perf_counter() - t0) * 1000
        try:
            return status, json.loads(data), ms
        except ValueError:
            return status, None, ms


def _user(port: int, finance: str, me: dict[str, Any], stop: float, out: dict[str, list[Any]], n: int,
          think: bool) -> None:
    lister, saver = Client(port, finance), Client(port, me["token"])
    rng = random.Random(n)

    def pause() -> None:
        if think:
            time.sleep(min(rng.uniform(*THINK), max(0.0, stop - time.perf_counter())))

    i = 0
    if think:
        time.sleep(rng.uniform(0, THINK[1]))  # users do not all start in the same millisecond
    while time.perf_counter() < stop:
        status, body, ms = lister.call("GET", "/api/v1/forms?limit=500")
        ok = status == 200 and isinstance(body, list) and len(body) == 500
        out["list"].append((ms, ok))
        pause()
        pk = me["forms"][i % len(me["forms"])]
        status, form, _ = saver.call("GET", f"/api/v1/forms/{pk}")
        if status != 200 or not isinstance(form, dict):
            out["save"].append((0.0, False))
            i += 1
            continue
        data = form["data"]
        data["indicators"][0]["actual"] = f"{2 + (n + i) % 2}.00(次)"
        status, saved, ms = saver.call("PUT", f"/api/v1/forms/{pk}", {"version": form["version"], "data": data})
        out["save"].append((ms, status == 200 and isinstance(saved, dict) and saved.get("total") is not None))
        i += 1
        pause()


def _run(port: int, tokens: dict[str, Any], think: bool) -> None:
    out: dict[str, list[Any]] = {"list": [], "save": []}
    stop = time.perf_counter() + SECONDS
    threads = [threading.Thread(target=_user, args=(port, tokens["finance"], tokens["users"][n], stop, out, n, think))
               for n in range(USERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=SECONDS + 120)
    load = os.getloadavg()[0]
    name = "users" if think else "saturated"
    how = f"pausing {THINK[0]}-{THINK[1]} s between actions" if think else "no pause (throughput; no target)"
    total = len(out["list"]) + 2 * len(out["save"])
    print(f"   {name}: {USERS} users for {SECONDS:.0f} s, {how}: {total / SECONDS:.0f} requests/s "
          f"(load average {load:.1f} on {os.cpu_count()} cores at the end)")
    for kind in ("list", "save"):
        ms = [m for m, ok in out[kind] if ok]
        errors = sum(not ok for _, ok in out[kind])
        p95 = _pct(ms, 95)
        verdict = "ok" if p95 < TARGETS[kind] and not errors else "MISSED"
        target = f"target p95 < {TARGETS[kind]:.0f} ms: {verdict}" if think else "(no target)"
        print(f"   {name:<9} {kind:<4} {len(out[kind]):>5} requests, errors {errors}: p50 {_pct(ms, 50):7.1f} ms  "
              f"p95 {p95:7.1f} ms  max {max(ms, default=float('nan')):7.1f} ms   {target}", flush=True)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="jixiao-bench-web-"))
    env = {**os.environ, "JIXIAO_SECRET_KEY": "bench", "JIXIAO_DB": str(tmp / "bench.sqlite3")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bench.web_data", str(tmp / "tokens.json")], env=env, check=True,
                   timeout=900)
    print(f"   500 forms of 50 units created in {time.perf_counter() - t0:.1f} s "
          f"({'PostgreSQL' if env.get('DATABASE_URL') else 'SQLite'})", flush=True)
    tokens = json.loads((tmp / "tokens.json").read_text(encoding="utf-8"))
    port = _port()
    jixiao = str(Path(sys.executable).with_name("jixiao"))
    server = subprocess.Popen([jixiao, "serve", "--port", str(port)], cwd=tmp, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        Client(port, tokens["finance"]).call("GET", "/api/v1/forms?limit=500")  # warm-up
        print(f"   server: {jixiao} serve (gunicorn, {os.cpu_count()} worker processes)")
        _run(port, tokens, think=True)
        _run(port, tokens, think=False)
    finally:
        server.terminate()  # gunicorn stops its workers gracefully on SIGTERM
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
