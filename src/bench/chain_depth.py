#!/usr/bin/env python3
"""How `generate` scales with the depth of image nesting: a chain of images, each `from:` the one before.

    python3 src/bench/chain_depth.py [--depths 100,400,1000] [--runs 3] [--timeout 600] [--gantry CMD]

For each depth D it writes an environment.yaml with images i0 (from a published image) ... i(D-1), each
built from the one before with one stage, and runs `generate` into an empty folder, N times. It prints
for each depth the median wall time, the median CPU time (user + system, which a busy machine inflates
less than the wall time), the peak memory (maximum resident set size), the exit code, the size of what
was written and the first line of stderr. A run that passes the time limit is killed and reported as such.

Every stage file (.docker/<image>/Dockerfile.stage<N>) holds every image its image builds on, so the
output of a chain D deep grows as D squared: time that grows as D squared is linear in the output.

`--gantry` is the command that runs Gantry (default: ./gantry of this repository); point it at another
build to compare, e.g. `--gantry "java -jar /tmp/old/target/gantry.jar"`.
"""

import argparse
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def chain(depth):
    lines = ["gantry: 1", "project:", "  name: deep", "images:"]
    for i in range(depth):
        lines += [f"  i{i}:", f"    from: {'debian:bookworm-slim' if i == 0 else f'i{i - 1}'}", "    stages:",
                  "      - name: s", f"        run: [echo {i}]"]
    return "\n".join(lines) + "\n"


def size(folder):
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and f.name != "environment.yaml")


def run_once(command, folder, timeout):
    """(wall s, cpu s, peak RSS KB, exit code or None when killed, first line of stderr)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=err,
                                   start_new_session=True)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(process.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(process.pid, 0)
                status = None
                break
            time.sleep(0.05)
        wall = time.perf_counter() - start
        err.seek(0)
        first = next((line for line in err.read().decode(errors="replace").splitlines()
                      if "error" in line or "gantry:" in line), "")
    code = None if status is None else os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code, first


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", default="100,400,1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--gantry", default=str(ROOT / "gantry"))
    args = parser.parse_args()
    gantry = shlex.split(args.gantry)
    print(f"gantry: {args.gantry}; load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'depth':>6} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'exit':>6} {'written MB':>11}  stderr")
    with tempfile.TemporaryDirectory(prefix="gantry-chain-") as tmp:
        for depth in [int(d) for d in args.depths.split(",")]:
            results = []
            for _ in range(args.runs):
                folder = Path(tmp) / f"d{depth}"
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                (folder / "environment.yaml").write_text(chain(depth))
                result = run_once([*gantry, "generate"], folder, args.timeout)
                results.append((*result, size(folder)))
                if result[3] is None:
                    break
            walls = [r[0] for r in results]
            cpus = [r[1] for r in results]
            code = results[-1][3]
            print(f"{depth:>6} {statistics.median(walls):>8.2f} {statistics.median(cpus):>8.2f}"
                  f" {max(r[2] for r in results) / 1024:>8.0f} {'killed' if code is None else code:>6}"
                  f" {results[-1][5] / 1e6:>11.1f}  "
                  + (f"killed after {args.timeout:.0f} s" if code is None else results[-1][4][:100]))
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    sys.exit(main())
