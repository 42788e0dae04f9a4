#!/usr/bin/env python3
"""CPU per feed request, split between the server's JVM, PostgreSQL (postmaster and its children) and
wrk: unlike requests/s, this hardly moves when other work shares the machine, so two builds can be
compared on a busy machine. "2-core bound" is 2,000 ms divided by the total: the feed pages/s two
otherwise idle cores could serve at best. Data folder as for server-load.py (a copy: it is opened).

    python3 app-server/src/bench/server-cpu.py TAG app-server/target/app-server-0.1.0-SNAPSHOT-exec.jar [runs] [data-dir]
"""
import sys, subprocess, time, os, importlib.util, pathlib, resource
spec = importlib.util.spec_from_file_location("sl", pathlib.Path(__file__).resolve().parent / "server-load.py")
sl = importlib.util.module_from_spec(spec); spec.loader.exec_module(sl)
tag, jar = sys.argv[1], sys.argv[2]; runs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
port = 18098; base = f"http://127.0.0.1:{port}"; data = sys.argv[4] if len(sys.argv) > 4 else "/tmp/sf-l"; TICK = os.sysconf("SC_CLK_TCK")
def cpu(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / TICK
    except Exception: return 0.0
def pg(postmaster):
    tot = cpu(postmaster)
    for p in pathlib.Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if open(p / "stat").read().rsplit(")", 1)[1].split()[1] == str(postmaster): tot += cpu(p.name)
            except Exception: pass
    return tot
def kids():
    r = resource.getrusage(resource.RUSAGE_CHILDREN); return r.ru_utime + r.ru_stime
server = subprocess.Popen(["java", "-jar", jar, f"--server.port={port}", f"--smilefactory.server.data-dir={data}",
    "--smilefactory.server.pool-size=20"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    sl.wait_for_health(base)
    token = sl.http("POST", base + "/api/v1/sessions", body={"email": sl.EMAIL, "password": sl.PASSWORD})["token"]
    viewer = sl.http("GET", base + "/api/v1/accounts/me", token)["id"]
    lines = pathlib.Path(data, "pgdata", "postmaster.pid").read_text().splitlines()
    postmaster, pg_port = int(lines[0]), int(lines[3]); password = pathlib.Path(data, "db.secret").read_text().strip()
    url = base + "/api/v1/feed?limit=20"
    sl.wrk(url, token, 64, 40)
    for r in range(runs):
        load = os.getloadavg()[0]
        j0, p0, k0, t0 = cpu(server.pid), pg(postmaster), kids(), time.time()
        rps, p50, p99 = sl.wrk(url, token, 64, 15)
        j1, p1, k1, t1 = cpu(server.pid), pg(postmaster), kids(), time.time()
        n = rps * (t1 - t0)
        jm, pm, wm = 1000 * (j1 - j0) / n, 1000 * (p1 - p0) / n, 1000 * (k1 - k0) / n
        print(f"{tag} run{r+1} load1 {load:.1f}: server {rps:,.0f} req/s p99 {p99:.0f} ms | CPU ms/req java {jm:.3f} pg {pm:.3f} wrk {wm:.3f} total {jm+pm+wm:.3f} -> 2-core bound {2000/(jm+pm+wm):,.0f}/s",
              flush=True)
finally:
    server.terminate(); server.wait(60)
