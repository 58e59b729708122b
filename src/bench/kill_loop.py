#!/usr/bin/env python3
"""Kills `gantry generate` with SIGKILL at random moments and checks what it leaves behind.

    python3 src/bench/kill_loop.py [--runs 180] [--services 60] [--seed 1] [--gantry CMD]

A synthetic project (dev.gantry.training.SyntheticProject, N services, every target) is written in two
versions, A and B, that differ in nearly every generated file (the PHP version and the project name).
Each round switches the folder's environment.yaml to the other version, starts `generate`, and kills it
with SIGKILL after a random delay, uniform between 0 and 1.1 times the median time of an uninterrupted
run that rewrites the whole set (the last 9 such runs: the rounds' repairing runs that found the old set
count, so the window follows the machine's load). Then it looks at the folder before any other command
runs: every generated file must be old or
new; the set is *mixed* when some are old and some new. Then it runs the commands that read the
output, in turn `generate --check` or `diff`, and checks that the folder they read was not mixed (a
journal they complete first is fine); then `generate`, which must leave exactly version B's files
(*repaired*). It prints the counts and exits 1 when any round broke a promise: a file neither old nor
new, a mixed set without a journal, a reader that acted on a mixed set, or a set not repaired.

`--gantry` is the command that runs Gantry (default: ./gantry of this repository); point it at another
build to measure that one, e.g. `--gantry "java -jar /tmp/old/target/gantry.jar"`.
"""

import argparse
import os
import random
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
JAR = ROOT / "target" / "gantry.jar"
JOURNAL = ".gantry/journal.json"
MANIFEST = ".gantry/manifest.json"


def files(folder):
    """Every file below `folder` (environment.yaml, the journal and temporary files aside), by path."""
    out = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = Path(directory) / name
            rel = path.relative_to(folder).as_posix()
            if rel in ("environment.yaml", JOURNAL) or name.endswith(".gantry-tmp"):
                continue
            out[rel] = path.read_bytes()
    return out


def classify(folder, old, new):
    """('old' | 'new' | 'mixed' | 'corrupt', the paths that are neither old nor new) of the files that differ."""
    disk = files(folder)
    olds, news, neither = 0, 0, []
    for path in set(old) | set(new):
        if old.get(path) == new.get(path):
            continue
        now = disk.get(path)
        if now == old.get(path):
            olds += 1
        elif now == new.get(path):
            news += 1
        else:
            neither.append(path)
    if neither:
        return "corrupt", neither
    if olds and news:
        return "mixed", []
    return ("new" if news else "old"), []


def run(command, cwd):
    return subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def reference(gantry, yaml, work, name):
    folder = work / name
    folder.mkdir()
    (folder / "environment.yaml").write_text(yaml)
    result = run([*gantry, "generate"], folder)
    if result.returncode != 0:
        sys.exit(f"kill_loop: generate of version {name} failed:\n{result.stderr}")
    return files(folder)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=180)
    parser.add_argument("--services", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gantry", default=str(ROOT / "gantry"))
    args = parser.parse_args()
    gantry = shlex.split(args.gantry)
    rng = random.Random(args.seed)
    if not JAR.exists():
        subprocess.run([str(ROOT / "gantry"), "--version"], check=True, stdout=subprocess.DEVNULL)

    with tempfile.TemporaryDirectory(prefix="gantry-kill-") as tmp:
        work = Path(tmp)
        source = work / "synthetic.yaml"
        subprocess.run(["java", "-cp", str(JAR), "dev.gantry.training.SyntheticProject", str(args.services),
                        str(source)], check=True, stderr=subprocess.DEVNULL)
        versions = [source.read_text()]
        versions.append(versions[0].replace("php:8.3-fpm-bookworm", "php:8.4-fpm-bookworm")
                        .replace("  name: synth\n", "  name: synthb\n"))
        sets = [reference(gantry, yaml, work, name) for yaml, name in zip(versions, "AB")]
        changing = sum(1 for p in set(sets[0]) | set(sets[1]) if sets[0].get(p) != sets[1].get(p))

        folder = work / "project"
        shutil.copytree(work / "A", folder)
        durations = []
        for i in range(5):
            (folder / "environment.yaml").write_text(versions[(i + 1) % 2])
            start = time.perf_counter()
            run([*gantry, "generate"], folder)
            durations.append(time.perf_counter() - start)
        current = 1  # the folder holds version B after five runs
        windows = []

        counts = dict(runs=0, killed=0, old=0, new=0, mixed=0, mixed_with_journal=0, reader_saw_mixed=0,
                      reader_completed=0, repaired=0, corrupt=0)
        broken = []
        for round_ in range(args.runs):
            target = 1 - current
            old, new = sets[current], sets[target]
            (folder / "environment.yaml").write_text(versions[target])
            window = 1.1 * statistics.median(durations[-9:])
            windows.append(window)
            delay = rng.uniform(0, window)
            process = subprocess.Popen([*gantry, "generate"], cwd=folder, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            time.sleep(delay)
            counts["runs"] += 1
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                counts["killed"] += 1
            process.wait()
            state, neither = classify(folder, old, new)
            journal = (folder / JOURNAL).exists()
            counts[state] += 1
            if state == "corrupt":
                broken.append(f"round {round_}: neither old nor new: {', '.join(sorted(neither)[:5])}")
            if state == "mixed":
                counts["mixed_with_journal"] += journal
                if not journal:
                    broken.append(f"round {round_}: a mixed set without a journal")

            reader = ["generate", "--check"] if round_ % 2 == 0 else ["diff"]
            result = run([*gantry, *reader], folder)
            if "was interrupted" in result.stderr:
                counts["reader_completed"] += 1
            after_reader, _ = classify(folder, old, new)
            if after_reader == "mixed":
                counts["reader_saw_mixed"] += 1
                broken.append(f"round {round_}: `{' '.join(reader)}` read a mixed set")

            start = time.perf_counter()
            result = run([*gantry, "generate"], folder)
            if after_reader == "old":
                durations.append(time.perf_counter() - start)
            if result.returncode == 0 and files(folder) == new and not (folder / JOURNAL).exists():
                counts["repaired"] += 1
            else:
                broken.append(f"round {round_}: the next generate (exit {result.returncode}) did not leave"
                              f" version {'AB'[target]}: {result.stderr[-500:]}")
            current = target

        print(f"gantry: {' '.join(gantry)}")
        print(f"project: {args.services} services, {len(sets[1])} generated files, {changing} differ between"
              f" the two versions; kill window 0 to {statistics.median(windows) * 1000:.0f} ms (median; 1.1 x the"
              f" median full run, from {min(windows) * 1000:.0f} to {max(windows) * 1000:.0f} ms), seed {args.seed}")
        print(f"runs {counts['runs']}, killed {counts['killed']}")
        print(f"left before the next command: all old {counts['old']}, all new {counts['new']},"
              f" mixed {counts['mixed']} (with a journal: {counts['mixed_with_journal']}),"
              f" a file neither old nor new {counts['corrupt']}")
        print(f"next reader (generate --check or diff): completed an interrupted run {counts['reader_completed']},"
              f" read a mixed set {counts['reader_saw_mixed']}")
        print(f"repaired by the next generate: {counts['repaired']} of {counts['runs']}")
        for line in broken[:20]:
            print("BROKEN " + line)
        return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
