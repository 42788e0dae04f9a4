#!/usr/bin/env python3
"""Server load benchmark: wrk against app-server next to pgbench running the same queries straight
on PostgreSQL, so the table shows what the HTTP + JSON + service layers cost on top of the database.

Needs: a built server jar (mvn -q install -DskipTests), a demo hub in --data-dir (see
docs/benchmarks.md), and the Debian packages wrk and postgresql-client (pgbench). Loopback only.

    python3 app-server/src/bench/server-load.py --data-dir /tmp/sf-bench
"""
import argparse
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
JAR = ROOT / "app-server" / "target" / "app-server-0.1.0-SNAPSHOT-exec.jar"
EMAIL = "learnmore.nhamo.37@demo.smilefactory.africa"
PASSWORD = "demo-member-1"


def http(method, url, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"null")


def wait_for_health(base, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if http("GET", base + "/actuator/health")["status"] == "UP":
                return
        except Exception:
            pass
        time.sleep(1)
    sys.exit("server did not become healthy")


def wrk(url, token, connections, seconds):
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency",
                          "-H", "Authorization: Bearer " + token, url],
                         check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx:
        sys.exit(f"{url}: {non2xx.group(1)} error responses\n{out}")

    def pct(p):
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return rps, pct(50), pct(99)


def pgbench(port, password, script, connections, seconds, variables):
    with tempfile.TemporaryDirectory() as logs:
        args = ["pgbench", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-n", "-M", "prepared",
                "-c", str(connections), "-j", "2", "-T", str(seconds), "-f", str(script),
                "-l", "--log-prefix", os.path.join(logs, "tx")]
        for k, v in variables.items():
            args += ["-D", f"{k}={v}"]
        out = subprocess.run(args + ["postgres"], check=True, capture_output=True, text=True,
                             env=dict(os.environ, PGPASSWORD=password)).stdout
        tps = float(re.search(r"tps = ([\d.]+)", out).group(1))
        latencies = []
        for log in pathlib.Path(logs).iterdir():
            for line in log.read_text().splitlines():
                latencies.append(int(line.split()[2]) / 1000.0)  # microseconds -> ms
        latencies.sort()
        q = statistics.quantiles(latencies, n=100)
        return tps, q[49], q[98]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default="/tmp/sf-bench")
    parser.add_argument("--port", type=int, default=18081)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=8)
    parser.add_argument("--connections", default="16,64")
    parser.add_argument("--only", default="", help="comma-separated request names")
    parser.add_argument("--jar", default=str(JAR), help="server jar (e.g. an older build, to compare in the same window)")
    opts = parser.parse_args()

    base = f"http://127.0.0.1:{opts.port}"
    server = subprocess.Popen(["java", "-jar", opts.jar, f"--server.port={opts.port}",
                               f"--smilefactory.server.data-dir={opts.data_dir}",
                               "--smilefactory.server.pool-size=20"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_health(base)
        token = http("POST", base + "/api/v1/sessions", body={"email": EMAIL, "password": PASSWORD})["token"]
        viewer = http("GET", base + "/api/v1/accounts/me", token)["id"]
        entries = http("GET", base + "/api/v1/profiles?limit=50", token)["entries"]
        target = entries[len(entries) // 2]["memberId"]
        pid_file = pathlib.Path(opts.data_dir, "pgdata", "postmaster.pid").read_text().splitlines()
        pg_port = int(pid_file[3])
        password = pathlib.Path(opts.data_dir, "db.secret").read_text().strip()

        requests = [
            ("feed page", base + "/api/v1/feed?limit=20", "feed.sql"),
            ("directory page", base + "/api/v1/profiles?limit=50", "directory.sql"),
            ("profile read", base + f"/api/v1/profiles/{target}", "profile.sql"),
            ("search, common word", base + "/api/v1/profiles?text=fintech&limit=50", "search.sql"),
        ]
        only = [o.strip() for o in opts.only.split(",") if o.strip()]
        variables = {"viewer": viewer, "target": target}
        print("| request | connections | server req/s | server p50 | server p99 | pgbench tps | pgbench p50 | pgbench p99 | overhead (tps ratio) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, url, script in requests:
            if only and name not in only:
                continue
            if not (HERE / "pgbench" / script).exists():
                continue
            for c in [int(x) for x in opts.connections.split(",")]:
                wrk(url, token, c, opts.warmup)
                rps, p50, p99 = wrk(url, token, c, opts.seconds)
                tps, q50, q99 = pgbench(pg_port, password, HERE / "pgbench" / script, c, opts.seconds, variables)
                print(f"| {name} | {c} | {rps:,.0f} | {p50:.1f} ms | {p99:.1f} ms | {tps:,.0f} | {q50:.1f} ms | "
                      f"{q99:.1f} ms | {tps / rps:.2f}x |", flush=True)
        # a shared machine changes every number: say how busy it was
        print("load average (1, 5, 15 min) at the end: %.1f, %.1f, %.1f" % os.getloadavg(), flush=True)
    finally:
        server.terminate()
        server.wait(60)


if __name__ == "__main__":
    main()
