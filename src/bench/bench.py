#!/usr/bin/env python3
"""Gantry's benchmark: whole-process wall time and peak memory, as ratios to the JVM floor.

    python3 src/bench/bench.py [--runs N] [--large-runs N] [--sizes 10,100,300,1000]

Each command runs once to warm the disk cache, then N times (`generate` and `generate --check` in turn,
so that a change of the machine's load weighs on both alike); a run's wall time is measured around the
process, its peak memory (maximum resident set size) is the kernel's figure for it. The JVM floor is
`java` starting a class that prints one line, measured at the start and at the end of the same run,
so that the ratios compare across machines. Commands: `./gantry generate` and `generate --check` on every example and on synthetic
projects (dev.gantry.training.SyntheticProject: N services in 4 environments using every target), in
copies of the folders that already hold the generated files (the pre-commit case: nothing to write);
`java -jar` without the launcher's options, for comparison; `docker-compose config` of one
generated compose file, as a reference point; and the stack floor (src/bench/StackFloor.java: Gantry's
libraries alone doing the least of Gantry's job on the largest example, with the launcher's JVM options),
which says how much of Gantry's time is its libraries' cold start. It ends with the goals of issue 12,
each met or not.
"""

import argparse
import json
import os
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GANTRY = ROOT / "gantry"
JAR = ROOT / "target" / "gantry.jar"
JVM_OPTIONS = ROOT / "src" / "main" / "launcher" / "jvm.options"


class Result:
    def __init__(self, label, walls, rss):
        self.label, self.walls, self.rss = label, walls, rss

    @property
    def median(self):
        return statistics.median(self.walls)


def run_process(command, cwd):
    """Wall seconds and the kernel's resource usage of one run of `command`; exits the benchmark if it fails."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            sys.exit(f"bench: `{' '.join(map(str, command))}` in {cwd} exited {code}:\n"
                     f"{err.read().decode(errors='replace')[-2000:]}")
    return wall, usage


def run_once(command, cwd):
    """Wall seconds and peak RSS (KB) of one run of `command`; exits the benchmark if it fails."""
    wall, usage = run_process(command, cwd)
    return wall, usage.ru_maxrss


def measure_together(commands, cwd, runs):
    """Runs each (label, command) once to warm up, then all of them in turn, `runs` rounds: a change of
    the machine's load during the rounds weighs on each command alike, so their medians compare."""
    for _, command in commands:
        run_once(command, cwd)
    walls, rss = [[] for _ in commands], [[] for _ in commands]
    for _ in range(runs):
        for i, (_, command) in enumerate(commands):
            wall, peak = run_once(command, cwd)
            walls[i].append(wall)
            rss[i].append(peak)
    return [Result(label, walls[i], rss[i]) for i, (label, _) in enumerate(commands)]


def measure(label, command, cwd, runs):
    return measure_together([(label, command)], cwd, runs)[0]


def generate_and_check(name, folder, runs, others=()):
    """`generate` and `generate --check` in the same up-to-date folder, run in turn (with `others`, if any)."""
    return measure_together([(f"generate {name}", [str(GANTRY), "generate", "-f", "environment.yaml"]),
                             (f"generate --check {name}",
                              [str(GANTRY), "generate", "--check", "-f", "environment.yaml"]), *others], folder, runs)


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def floor_class(work):
    source = work / "Hello.java"
    source.write_text('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    subprocess.run(["javac", "-d", str(work), str(source)], check=True)
    return ["java", "-cp", str(work), "Hello"]


def launcher_jvm_options():
    """The JVM options the launcher runs Gantry with: its java argument file."""
    return [f"@{JVM_OPTIONS}"]


def stack_floor(work, folder):
    """src/bench/StackFloor.java compiled against Gantry's jar, with a class-data sharing archive of its own,
    run as the launcher runs Gantry: the least that Gantry's libraries take to do Gantry's job, on a cold JVM."""
    classes = work / "stack-floor"
    subprocess.run(["javac", "--release", "17", "-cp", str(JAR), "-d", str(classes),
                    str(ROOT / "src" / "bench" / "StackFloor.java")], check=True)
    jar = work / "stack-floor.jar"
    with zipfile.ZipFile(jar, "w") as archive:
        for path in sorted(classes.rglob("*.class")):
            archive.write(path, path.relative_to(classes).as_posix())
    java = ["java", *launcher_jvm_options()]
    program = ["-cp", f"{JAR}{os.pathsep}{jar}", "StackFloor", str(ROOT), "-f", "environment.yaml"]
    cds = work / "stack-floor.jsa"
    subprocess.run([*java, f"-XX:ArchiveClassesAtExit={cds}", *program], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)
    return [*java, f"-XX:SharedArchiveFile={cds}", *program]


def prepare(folder, work):
    """A copy of the folder, brought up to date with `gantry generate`."""
    copy = work / folder.name
    shutil.copytree(folder, copy, symlinks=True)
    subprocess.run([str(GANTRY), "generate", "-f", "environment.yaml"], cwd=copy, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return copy


def synthetic(services, work):
    folder = work / f"synthetic-{services}"
    subprocess.run(["java", "-cp", str(JAR), "dev.gantry.training.SyntheticProject", str(services),
                    str(folder / "environment.yaml")], check=True, stderr=subprocess.DEVNULL if services > 10 else None)
    subprocess.run([str(GANTRY), "generate", "-f", "environment.yaml"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return folder


def generated_files(folder):
    manifest = folder / ".gantry" / "manifest.json"
    return len(json.loads(manifest.read_text())["files"]) if manifest.exists() else 0


def row(result, floor):
    walls = result.walls
    return (f"{result.label:<52} {len(walls):>4} {1000 * result.median:>9.1f} "
            f"{1000 * min(walls):>7.1f}-{1000 * max(walls):<7.1f} {result.median / floor.median:>7.2f} "
            f"{statistics.median(result.rss) / 1024:>9.0f}")


def quartiles(values):
    q1, _, q3 = statistics.quantiles(values, n=4)
    return q1, q3


def bootstrap_median(values, rounds=4000):
    """The 95% interval of the median of `values`, by resampling them (seeded: the same runs give the same interval)."""
    rng = random.Random(0)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(rounds))
    return medians[int(0.025 * rounds)], medians[int(0.975 * rounds) - 1]


def compared_jar(jar, home, example, command):
    """The command that runs `jar` as the launcher runs Gantry (its JVM options, a class-data sharing archive
    recorded from the jar's own training run), in a copy of the example brought up to date by that jar."""
    home.mkdir()
    java = ["java", *launcher_jvm_options()]
    archive, refused = home / "gantry.jsa", home / "refused.log"
    subprocess.run([*java, f"-XX:ArchiveClassesAtExit={archive}", "-cp", str(jar), "dev.gantry.training.Training"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not archive.exists() or archive.stat().st_size == 0:
        sys.exit(f"bench: no class-data sharing archive recorded for {jar}")
    folder = home / example.name
    shutil.copytree(example, folder, symlinks=True)
    run = [*java, f"-XX:SharedArchiveFile={archive}", f"-Xlog:cds*=warning:file={refused}::filecount=0", "-jar",
           str(jar)]
    stale = subprocess.run([*run, "generate", "--check", "-f", "environment.yaml"], cwd=folder,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    if stale != 0:
        print(f"note: {jar} does not generate the files of examples/{example.name} as committed"
              f" (--check exited {stale}); it is measured on its own output")
        subprocess.run([*run, "generate", "-f", "environment.yaml"], cwd=folder, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [*run, *command], folder, refused


def compare(jars, example, command, runs):
    """Runs `command` with each of two jars in turn (A B, then B A, ...), `runs` times each after a warm-up, and
    prints each jar's median wall and CPU (user + system) time and the median of B - A, paired by round."""
    load_before = load()
    walls, cpus = [[], []], [[], []]
    with tempfile.TemporaryDirectory(prefix="gantry-compare-") as temp:
        runners = [compared_jar(jar, Path(temp) / name, example, command) for jar, name in zip(jars, "AB")]
        for run, folder, _ in runners * 2:
            run_process(run, folder)
        for round_ in range(runs):
            for i in ((0, 1) if round_ % 2 == 0 else (1, 0)):
                run, folder, _ = runners[i]
                wall, usage = run_process(run, folder)
                walls[i].append(1000 * wall)
                cpus[i].append(1000 * (usage.ru_utime + usage.ru_stime))
        refused = [jar for jar, (_, _, log) in zip(jars, runners) if log.exists() and log.stat().st_size]
    load_after = load()

    print(f"Gantry comparison: `{' '.join(command)}` on a copy of examples/{example.name} (up to date), {runs} runs"
          f" of each jar, interleaved; {os.cpu_count()} CPUs, load average {load_before} before and {load_after}"
          " after (1, 5, 15 min)")
    print(subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0])
    print("Each jar runs as the launcher runs it: its JVM options and a class-data sharing archive of its own.")
    for name, jar in zip("AB", jars):
        print(f"  {name}: {jar}")
    for jar in refused:
        print(f"WARNING: the JVM refused the archive of {jar}: its figures are without class-data sharing")
    print(f"\n{'':<6} {'wall ms':>8} {'q1-q3':^15} {'min-max':^15}   {'cpu ms':>8} {'q1-q3':^15} {'min-max':^15}")
    for i, name in enumerate("AB"):
        print(f"{name:<6} {statistics.median(walls[i]):>8.1f} {'%.1f-%.1f' % quartiles(walls[i]):^15}"
              f" {'%.1f-%.1f' % (min(walls[i]), max(walls[i])):^15}   {statistics.median(cpus[i]):>8.1f}"
              f" {'%.1f-%.1f' % quartiles(cpus[i]):^15} {'%.1f-%.1f' % (min(cpus[i]), max(cpus[i])):^15}")
    print("\nB - A, paired by round (negative: B is faster); 95% interval of the median by resampling:")
    for label, values in (("wall", walls), ("cpu", cpus)):
        differences = [b - a for a, b in zip(*values)]
        low, high = bootstrap_median(differences)
        base = statistics.median(values[0])
        print(f"  {label:<4} {statistics.median(differences):>+7.1f} ms ({low:+.1f} to {high:+.1f}),"
              f" {100 * statistics.median(differences) / base:+.1f}% of A ({100 * low / base:+.1f}% to"
              f" {100 * high / base:+.1f}%)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, help="runs of each command (default 10; 40 with --compare)")
    parser.add_argument("--large-runs", type=int, default=5, help="runs on the 1,000-service project (default 5)")
    parser.add_argument("--sizes", default="10,100,300,1000", help="synthetic project sizes (default 10,100,300,1000)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A.jar", "B.jar"),
                        help="only compare two jars: `generate` on the largest example, in turn")
    parser.add_argument("--example", default="ezplatform", help="the example --compare runs on (default ezplatform)")
    args = parser.parse_args()
    if args.compare:
        compare([jar.resolve() for jar in args.compare], ROOT / "examples" / args.example,
                ["generate", "-f", "environment.yaml"], args.runs or 40)
        return
    args.runs = args.runs or 10
    sizes = [int(s) for s in args.sizes.split(",")]

    # Builds the jar and records the class-data sharing archive when needed, before any measurement.
    subprocess.run([str(GANTRY), "--version"], check=True, stdout=subprocess.DEVNULL)
    load_before = load()
    results = []
    with tempfile.TemporaryDirectory(prefix="gantry-bench-") as temp:
        work = Path(temp)
        hello = floor_class(work)
        floor = measure("JVM floor: java Hello (prints one line)", hello, work, args.runs)
        examples = [prepare(folder, work) for folder in sorted((ROOT / "examples").iterdir())
                    if (folder / "environment.yaml").exists()]
        largest = max(examples, key=lambda f: (generated_files(f), (f / "environment.yaml").stat().st_size))
        floor_of_stack = [(f"stack floor: libraries alone on {largest.name}",
                           stack_floor(work, largest))]
        for folder in examples:
            results.extend(generate_and_check(f"examples/{folder.name}", folder, args.runs,
                                              floor_of_stack if folder == largest else ()))
        plain = measure(f"java -jar (no launcher) --check {largest.name}",
                        ["java", "-jar", str(JAR), "generate", "--check", "-f", "environment.yaml"], largest, args.runs)
        by_size = {}
        for services in sizes:
            folder = synthetic(services, work)
            runs = args.large_runs if services >= 1000 else args.runs
            generate, check = generate_and_check(f"synthetic {services} services", folder, runs)
            results.extend([generate, check])
            by_size[services] = {"generate": generate, "check": check}
        compose = None
        compose_file = next(iter(sorted(largest.glob("docker-compose.*.yml"))), None)
        if shutil.which("docker-compose") and compose_file:
            env_file = largest / ".env"
            if not env_file.exists() and (largest / ".env.example").exists():
                shutil.copy(largest / ".env.example", env_file)
            compose = measure(f"docker-compose -f {compose_file.name} config ({largest.name})",
                              ["docker-compose", "-f", compose_file.name, "config"], largest, args.runs)
        # The floor again at the end, so that a change of the machine's load during the run shows in it.
        again = measure("", hello, work, args.runs)
        floor = Result(floor.label, floor.walls + again.walls, floor.rss + again.rss)
    load_after = load()

    print(f"Gantry benchmark: {os.cpu_count()} CPUs, load average {load_before} before and {load_after} after"
          " (1, 5, 15 min)")
    print(subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0])
    print("Times are whole-process wall times in ms; x floor = median / the JVM floor's median; RSS = peak memory.\n")
    print(f"{'command':<52} {'runs':>4} {'median':>9} {'min-max':^15} {'x floor':>7} {'RSS MB':>9}")
    for result in [floor] + results + [plain] + ([compose] if compose else []):
        print(row(result, floor))
    if not compose:
        print("(docker-compose is not installed: no reference point)")

    print("\nGoals (issue 12):")
    generate = next(r for r in results if r.label == f"generate examples/{largest.name}")
    check = next(r for r in results if r.label == f"generate --check examples/{largest.name}")
    ratio = generate.median / floor.median
    stack = next(r for r in results if r.label.startswith("stack floor"))
    goals = [(f"generate on the largest example ({largest.name}) <= 5x the JVM floor (stretch 3x): {ratio:.2f}x"
              f" (the stack floor alone: {stack.median / floor.median:.2f}x; generate is"
              f" {generate.median / stack.median:.2f}x the stack floor)", ratio <= 5),
             (f"generate --check no slower than generate (2% for noise): {1000 * check.median:.1f} vs"
              f" {1000 * generate.median:.1f} ms", check.median <= generate.median * 1.02)]
    if 1000 in by_size:
        big = by_size[1000]["generate"]
        goals.append((f"1,000 services x 4 environments, every target: {big.median:.2f} s < 3 s, peak "
                       f"{max(big.rss) / 1024:.0f} MB < 512 MB", big.median < 3 and max(big.rss) < 512 * 1024))
    if 300 in by_size and 1000 in by_size:
        growth = by_size[1000]["generate"].median / by_size[300]["generate"].median
        goals.append((f"300 -> 1,000 services multiplies the time by {growth:.2f} <= 4", growth <= 4))
    if compose:
        goals.append((f"generate {largest.name} ({1000 * generate.median:.1f} ms) faster than docker-compose config of"
                      f" one of its files ({1000 * compose.median:.1f} ms)", generate.median < compose.median))
    for text, met in goals:
        print(f"  [{'met' if met else 'NOT MET'}] {text}")


if __name__ == "__main__":
    main()
