#!/usr/bin/env python3
"""Time catrack, the toml++ floor and the Python reference side by side.

    measure.py --catrack BIN --floor BIN [--repeat 3] [--startup-runs 200] DATADIR

DATADIR is a data set from bench/generate.py. Each timing is the median wall
clock of --repeat runs (time.perf_counter around the process), start-up the
mean of --startup-runs; peak memory is the largest resident set over the runs,
as GNU time (/usr/bin/time -f %M) reports it. Prints the machine, every
timing, and each target with PASS or FAIL, as Markdown. Exit status 1 if a
target is missed; a program that fails stops the benchmark.
"""

import argparse
import datetime
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
MIB = 1024 * 1024


def run_once(argv, allowed, env, rss):
    """Wall seconds of one run, and with rss its peak resident set in bytes.

    Peak memory comes from GNU time: the kernel's own figure for a child of
    this Python process would include Python's memory, inherited through
    fork and exec. Start-up runs go without it, as its fork would count."""
    with tempfile.NamedTemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as peak:
        if rss:
            argv = ["/usr/bin/time", "-f", "%M", "-o", peak.name, *argv]
        start = time.perf_counter()
        status = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=errors, env=env).returncode
        seconds = time.perf_counter() - start
        if status not in allowed:
            errors.seek(0)
            message = errors.read().decode(errors="replace")[:2000]
            sys.exit(f"measure.py: {' '.join(argv[:8])} ... exited {status}\n{message}")
        # GNU time writes "Command exited with non-zero status 1" first when it did.
        kib = int(peak.read().split()[-1]) if rss else 0
    return seconds, kib * 1024


def measure(argv, runs, statistic, allowed=(0,), env=None, rss=True):
    results = [run_once(argv, allowed, env, rss) for _ in range(runs)]
    return statistic([s for s, _ in results]), max(peak for _, peak in results)


def first_line(argv):
    return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0]


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    memory_kib = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return [
        ("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("cores (nproc)", str(len(os.sched_getaffinity(0)))),
        ("CPU", cpu),
        ("memory", f"{memory_kib / MIB:.1f} GiB"),
        ("kernel", platform.release()),
        ("compiler", first_line(["g++", "--version"])),
        ("python", platform.python_version()),
        # Other work on the machine slows every figure; the ratios less so.
        ("load average at start (1, 5, 15 min)", ", ".join(f"{x:.2f}" for x in os.getloadavg())),
    ]


def seconds_text(s):
    return f"{s * 1000:.2f} ms" if s < 1 else f"{s:.2f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datadir", type=pathlib.Path)
    parser.add_argument("--catrack", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--startup-runs", type=int, default=200)
    args = parser.parse_args()

    days = args.datadir / "days"
    big = args.datadir / "big.toml"
    year = args.datadir / "year.toml"
    one_day = min(days.rglob("*.toml"))
    files = len(list(days.rglob("*.toml")))
    big_mb = big.stat().st_size / 1e6
    # A user's own food file (~/.config/catrack/foods.toml) must not enter the timings.
    env = dict(os.environ, XDG_CONFIG_HOME=str(args.datadir))
    # check exits 1 when a day has notes to raise; 2 would be a diary it could not read.
    checked = (0, 1)

    help_text = subprocess.run([args.catrack, "check", "--help"], capture_output=True, text=True).stdout
    if " -j" not in help_text or "--quiet" not in help_text:
        sys.exit(f"measure.py: {args.catrack} has no `check -j N --quiet DIR` (see `catrack check --help`);\n"
                 "  the targets are stated for that command: build a catrack that has it.")

    def check(path, jobs=None):
        return [args.catrack, "check", *([f"-j{jobs}"] if jobs else []), "--quiet", "--format", "csv", str(path)]

    median = statistics.median
    about = machine()
    print(f"Timing {files} one-day files, big.toml of {big_mb:.0f} MB and {one_day.name}: "
          f"median of {args.repeat} runs, start-up the mean of {args.startup_runs} ...", file=sys.stderr)
    python_s, python_rss = measure([sys.executable, str(HERE / "reference.py"), str(days)], args.repeat, median)
    j2_s, j2_rss = measure(check(days, 2), args.repeat, median, checked, env)
    j1_s, j1_rss = measure(check(days, 1), args.repeat, median, checked, env)
    floor_s, floor_rss = measure([args.floor, str(days)], args.repeat, median)
    big_s, big_rss = measure(check(big), args.repeat, median, checked, env)
    floor_big_s, floor_big_rss = measure([args.floor, str(big)], args.repeat, median)
    report_s, _ = measure([args.catrack, str(one_day)], args.startup_runs, statistics.mean, (0,), env, rss=False)
    # The printable page of a year against the text report of the same year
    # (issue 15); standard output goes to /dev/null, as for every run here.
    year_text_s, _ = measure([args.catrack, str(year)], args.repeat, median, (0,), env, rss=False)
    year_html_s, year_html_rss = measure([args.catrack, "--format", "html", str(year)], args.repeat, median, (0,), env)
    floor_one_s, _ = measure([args.floor, str(one_day)], args.startup_runs, statistics.mean, rss=False)

    print("## Machine\n")
    print("| | |\n|---|---|")
    for name, value in about + [("catrack", first_line([args.catrack, "--version"]))]:
        print(f"| {name} | {value} |")

    print("\n## Timings\n")
    print("| what | command | wall | peak RSS |\n|---|---|---|---|")
    rows = [
        (f"{files} one-day files", "python3 bench/reference.py DIR", python_s, python_rss),
        (f"{files} one-day files", "catrack check -j2 --quiet --format csv DIR", j2_s, j2_rss),
        (f"{files} one-day files", "catrack check -j1 --quiet --format csv DIR", j1_s, j1_rss),
        (f"{files} one-day files", "toml_floor DIR", floor_s, floor_rss),
        (f"big.toml, {big_mb:.0f} MB", "catrack check --quiet --format csv big.toml", big_s, big_rss),
        (f"big.toml, {big_mb:.0f} MB", "toml_floor big.toml", floor_big_s, floor_big_rss),
        ("one-day report, start-up", "catrack ONE_DAY_FILE", report_s, None),
        ("one-day report, start-up", "toml_floor ONE_DAY_FILE", floor_one_s, None),
        ("a year's report, text", "catrack year.toml", year_text_s, None),
        ("a year's report, HTML", "catrack --format html year.toml", year_html_s, year_html_rss),
    ]
    for what, command, seconds, rss in rows:
        print(f"| {what} | `{command}` | {seconds_text(seconds)} | {f'{rss / MIB:.1f} MiB' if rss else ''} |")

    print("\n## Targets\n")
    print("| target | measured | needed | result |\n|---|---|---|---|")
    targets = [
        (f"{files} files: Python reference / catrack -j2", python_s / j2_s, "x", ">= 12x", python_s / j2_s >= 12),
        (f"{files} files: catrack -j1 / floor", j1_s / floor_s, "x", "<= 1.15x", j1_s / floor_s <= 1.15),
        (f"big.toml ({big_mb:.0f} MB): catrack / floor", big_s / floor_big_s, "x", "<= 1.15x",
         big_s / floor_big_s <= 1.15),
        ("one-day report / floor start-up", report_s / floor_one_s, "x", "<= 2x", report_s / floor_one_s <= 2),
        ("year.toml: HTML report / text report", year_html_s / year_text_s, "x", "<= 3x",
         year_html_s / year_text_s <= 3),
        (f"{files} files: peak memory of catrack -j2", j2_rss / MIB, " MiB", "< 50 MiB", j2_rss < 50 * MIB),
    ]
    for name, value, unit, needed, ok in targets:
        print(f"| {name} | {value:.2f}{unit} | {needed} | {'PASS' if ok else 'FAIL'} |")
    missed = sum(not ok for *_, ok in targets)
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
