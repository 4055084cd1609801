#!/usr/bin/env python3
"""Calcium per diary-day, as a user would script it with tomllib.

    reference.py [--foods DIR] PATH...

Each PATH is a diary or a directory searched for *.toml. Prints CSV rows
file,date,calcium_mg,dietary_mg,supplement_mg (whole mg), the first columns of
`catrack check --format csv`.

It knows what the benchmark's diaries use (bench/generate.py): a food or
supplement named exactly as in foods/*.toml (any case), amounts in g, in the
food's own portions or as a bare count of its default portion, and calcium_mg,
salt_mg, count, "N mg" and vitamin D on supplements. The arithmetic follows
catrack's, operation for operation (src/core/foods/food.cpp, calculator.cpp), so that
a day that ends on half a mg rounds the same way in both.
"""

import argparse
import csv
import math
import pathlib
import sys
import tomllib
from fractions import Fraction

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_table(foods_dir):
    """Every food and supplement by its lowercased name and aliases."""
    table = {}
    for path in sorted(foods_dir.glob("*.toml")):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        for kind in ("food", "supplement"):
            for record in data.get(kind, []):
                record["kind"] = kind
                for name in [record["name"], *record.get("aliases", [])]:
                    table[name.lower()] = record
    return table


def split_shorthand(text):
    """"milk, skim 1 1/2 cups" -> ("milk, skim", "1 1/2 cups"): the amount starts
    at the first word that is a number; no number means no amount. (generate.py
    writes a name with a digit in it, "milk, 2 %", as a table.)"""
    words = text.split()
    for i in range(1, len(words)):
        if words[i][0].isdigit():
            return " ".join(words[:i]), " ".join(words[i:])
    return text, None


def parse_amount(text):
    """"1 1/2 cups" -> (1.5, "cups"); "2" -> (2.0, "")."""
    words = text.split()
    number = Fraction(words.pop(0))
    if words and "/" in words[0]:
        number += Fraction(words.pop(0))
    return float(number), " ".join(words)


def singular_forms(word):
    """The forms a plural unit may stand for: "slices" -> slice, "cherries" -> cherry."""
    forms = [word]
    for ending, replacement in (("ies", "y"), ("ves", "f"), ("es", ""), ("s", "")):
        if word.endswith(ending):
            forms.append(word[: -len(ending)] + replacement)
    return forms


def portion_grams(record, unit):
    for form in singular_forms(unit.lower()):
        if form in record.get("portions", {}):
            return record["portions"][form]
    raise ValueError(f'"{record["name"]}" has no portion "{unit}"')


def default_portion(record):
    return record.get("default_portion") or next(iter(record["portions"]))


def entry_calcium(entry, table):
    if isinstance(entry, str):
        item, amount = split_shorthand(entry)
        entry = {"item": item} if amount is None else {"item": item, "amount": amount}
    record = table[entry["item"].lower()]
    count = entry.get("count", 1)
    number, unit = parse_amount(entry["amount"]) if "amount" in entry else (1.0, "")

    if "calcium_mg" in entry:
        return entry["calcium_mg"] * count
    if "salt_mg" in entry:
        return entry["salt_mg"] * record["calcium_fraction"] * count
    if record["kind"] == "supplement":
        if unit == "mg":
            return number * count
        if "per" in record:  # a product such as "200 mg per 1 tablet"
            per_number = float(record["per"].split()[0])
            return number / per_number * record["calcium_mg"] * count
        return 0.0  # vitamin D only
    # A food: grams, then calcium per 100 g.
    if unit == "g":
        grams = number * 1
    else:
        grams = number * portion_grams(record, unit or default_portion(record))
    return grams / 100 * record["calcium_mg"] * count


def whole(mg):
    """Rounded half away from zero, as C++ std::round (Python's round() goes to even)."""
    below = math.floor(mg)
    return below + 1 if mg - below >= 0.5 else below


def diary_rows(path, table):
    with open(path, "rb") as f:
        diary = tomllib.load(f)
    days = {}
    for day in diary["day"]:
        # Days with the same date are one day, foods before supplements.
        totals = days.setdefault(day["date"], [0.0, 0.0, 0.0])
        for kind, column in (("food", 1), ("supplement", 2)):
            for entry in day.get(kind, []):
                mg = entry_calcium(entry, table)
                totals[0] += mg
                totals[column] += mg
    for date in sorted(days):
        yield [str(path), date.isoformat(), *(whole(mg) for mg in days[date])]


def diary_files(paths):
    for path in map(pathlib.Path, paths):
        if path.is_dir():
            yield from sorted(path.rglob("*.toml"))
        else:
            yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--foods", type=pathlib.Path, default=ROOT / "foods")
    args = parser.parse_args()

    table = load_table(args.foods)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["file", "date", "calcium_mg", "dietary_mg", "supplement_mg"])
    for path in diary_files(args.paths):
        out.writerows(diary_rows(path, table))


if __name__ == "__main__":
    main()
