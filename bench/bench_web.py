"""The web API under load: ``jixiao serve`` on 127.0.0.1 over a fresh SQLite file (or DATABASE_URL) holding
500 forms of 50 units; 50 concurrent users, each looping for a bounded time: list the 500 forms (the 财政
view), open one of its own forms and save it with a changed actual value (the live score recomputed on
save). Prints p50/p95/max and errors of each kind. Targets (issue 11): list p95 < 200 ms, save p95 < 300 ms.

The clients run in this process (threads, keep-alive connections); the server is a separate process. Every
wait is bounded: the server is killed at the end whatever happens."""

from __future__ import annotations

import http.client
import json
import os
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


def _user(port: int, finance: str, me: dict[str, Any], stop: float, out: dict[str, list[Any]], n: int) -> None:
    lister, saver = Client(port, finance), Client(port, me["token"])
    i = 0
    while time.perf_counter() < stop:
        status, body, ms = lister.call("GET", "/api/v1/forms?limit=500")
        ok = status == 200 and isinstance(body, list) and len(body) == 500
        out["list"].append((ms, ok))
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
        out: dict[str, list[Any]] = {"list": [], "save": []}
        stop = time.perf_counter() + SECONDS
        threads = [threading.Thread(target=_user, args=(port, tokens["finance"], tokens["users"][n], stop, out, n))
                   for n in range(USERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=SECONDS + 120)
        load = os.getloadavg()[0]
        print(f"   {USERS} users for {SECONDS:.0f} s against {jixiao} serve (load average {load:.1f} on "
              f"{os.cpu_count()} cores at the end)")
        for kind in ("list", "save"):
            ms = [m for m, ok in out[kind] if ok]
            errors = sum(not ok for _, ok in out[kind])
            p95 = _pct(ms, 95)
            verdict = "ok" if p95 < TARGETS[kind] else "MISSED"
            print(f"   {kind:<4} {len(out[kind]):>5} requests, errors {errors}: p50 {_pct(ms, 50):7.1f} ms  "
                  f"p95 {p95:7.1f} ms  max {max(ms, default=float('nan')):7.1f} ms   target p95 < "
                  f"{TARGETS[kind]:.0f} ms: {verdict}", flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
