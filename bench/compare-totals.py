#!/usr/bin/env python3
"""Check that bench/reference.py and catrack agree on the generated diaries.

    compare-totals.py --catrack BIN DATADIR

Runs `catrack check --format csv` and reference.py on DATADIR/year.toml and
every --every'th one-day file, and compares total, dietary and supplement
calcium (whole mg) for every diary-day. A benchmark that compared a fast
program with a reference that computes something else would mean nothing.
Exit status 0 when all agree, 1 on any mismatch.
"""

import argparse
import csv
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
COLUMNS = ["calcium_mg", "dietary_mg", "supplement_mg"]


def totals(command, allowed):
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode not in allowed:
        sys.exit(f"compare-totals.py: {command[0]} exited {run.returncode}:\n{run.stderr}")
    rows = csv.DictReader(run.stdout.splitlines())
    return {(r["file"], r["date"]): [r[c] for c in COLUMNS] for r in rows}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datadir", type=pathlib.Path)
    parser.add_argument("--catrack", required=True)
    parser.add_argument("--every", type=int, default=50, help="compare every Nth one-day file (default 50)")
    args = parser.parse_args()

    files = [args.datadir / "year.toml"] + sorted((args.datadir / "days").rglob("*.toml"))[:: args.every]
    names = [str(f) for f in files]
    # --no-config: a user's own food file must not change catrack's totals here.
    # catrack check exits 1 when it has notes to raise; 2 is a diary it could not read.
    ours = totals([args.catrack, "check", "--no-config", "--format", "csv", *names], (0, 1))
    theirs = totals([sys.executable, str(HERE / "reference.py"), *names], (0,))

    mismatches = [(key, ours.get(key), theirs.get(key)) for key in sorted(ours.keys() | theirs.keys())
                  if ours.get(key) != theirs.get(key)]
    for (file, date), catrack_mg, reference_mg in mismatches[:20]:
        print(f"MISMATCH {file} {date}: catrack {catrack_mg}, reference {reference_mg} ({', '.join(COLUMNS)})")
    print(f"compare-totals: {len(files)} diaries, {len(ours)} diary-days: "
          f"{'all agree' if not mismatches else f'{len(mismatches)} disagree'}")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
