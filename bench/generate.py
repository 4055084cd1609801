#!/usr/bin/env python3
"""Write the benchmark's diaries into OUTDIR (see bench/README.md):

  year.toml     one diary of 365 days
  days/NNN/     one-day diaries, 100 to a folder (--files of them)
  big.toml      one diary of about --big-mb MB, days from 1800-01-01 on

Every entry names a food or supplement of foods/*.toml by its own name, with an
amount that bench/reference.py computes exactly as catrack does: grams, one of
the food's own portions, or a bare count of its default portion. The output
depends only on --seed and the food files, so every run times the same bytes.
"""

import argparse
import datetime
import json
import pathlib
import random
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Portion names that read naturally without a plural ("2 large", "2 tbsp").
NO_PLURAL = {"small", "medium", "large", "extra large", "jumbo", "mini", "big", "individual",
             "miniature", "half", "king size", "fun size", "bite size", "fl oz", "tbsp", "tsp"}
COUNTS = ["1/2", "1", "1 1/2", "2"]
COUNT_VALUE = {"1/2": 0.5, "1": 1, "1 1/2": 1.5, "2": 2}
# Past this an entry stops looking like one serving (and nears catrack's limits).
MAX_ENTRY_GRAMS = 500
TIMES = ["07:30", "08:00", "10:15", "12:30", "13:00", "16:00", "19:00", "21:30"]
# More everyday foods than snacks and mixed dishes, as a real diary has.
FILE_WEIGHT = {"dairy": 4, "everyday": 4, "grains": 2, "vegetables": 2, "fruits": 2}
SUPPLEMENTS = [
    '{ item = "calcium citrate", calcium_mg = 315, time = "%s" }',
    '{ item = "calcium carbonate", calcium_mg = 600, time = "%s" }',
    '{ item = "calcium carbonate", salt_mg = 1250, time = "%s" }',
    '{ item = "antacid tablet, regular strength", count = 2, time = "%s" }',
    '"calcium citrate malate 250 mg"',
    '{ item = "vitamin D3", iu = 1000 }',
    '{ item = "vitamin D3", vitamin_d_mcg = 25, time = "%s" }',
]
SUPPLEMENT_NAMES = {"calcium citrate", "calcium carbonate", "antacid tablet, regular strength",
                    "calcium citrate malate", "vitamin d3"}
NOTES = ["ate out", "travel day", "felt unwell, small meals", "new recipe"]


def load_foods(foods_dir):
    """Names and portions of every food, each weighted by its file."""
    foods, weights, supplements = [], [], set()
    for path in sorted(foods_dir.glob("*.toml")):
        with open(path, "rb") as f:
            table = tomllib.load(f)
        for food in table.get("food", []):
            portions = food.get("portions", {})
            default = food.get("default_portion") or (next(iter(portions)) if len(portions) == 1 else None)
            foods.append((food["name"], portions, default))
            weights.append(FILE_WEIGHT.get(path.stem, 1))
        supplements.update(s["name"] for s in table.get("supplement", []))
    missing = SUPPLEMENT_NAMES - supplements
    if missing:
        sys.exit(f"generate.py: {foods_dir} has no supplement {sorted(missing)}")
    return foods, weights


def toml_string(text):
    # A JSON string of ASCII text is a valid TOML basic string.
    return json.dumps(text)


def plural(portion, count):
    if count in ("1/2", "1") or portion in NO_PLURAL:
        return portion
    if portion.endswith("y") and portion[-2] not in "aeiou":
        return portion[:-1] + "ies"
    if portion.endswith("f"):
        return portion[:-1] + "ves"
    if portion.endswith(("s", "x", "ch", "sh")):
        return portion + "es"
    return portion + "s"


def amount(rng, portions, default):
    """An amount string, or None for one default portion."""
    if not portions:
        return f"{rng.choice([15, 28, 30, 40, 50, 85, 100, 120, 150, 200])} g"
    kind = rng.random()
    if kind < 0.2:
        grams = round(portions[default] * rng.choice([0.5, 0.75, 1, 1.5]))
        return f"{min(max(grams, 5), MAX_ENTRY_GRAMS)} g"
    if kind < 0.3:
        return None
    if kind < 0.45:
        counts = [c for c in ["1", "2"] if int(c) * portions[default] <= MAX_ENTRY_GRAMS]
        return rng.choice(counts) if counts else None
    portion = rng.choice(list(portions) + [default] * 2)
    counts = [c for c in COUNTS if COUNT_VALUE[c] * portions[portion] <= MAX_ENTRY_GRAMS]
    if not counts:
        return f"{MAX_ENTRY_GRAMS // 2} g"
    count = rng.choice(counts)
    return f"{count} {plural(portion, count)}"


def food_entry(rng, food):
    name, portions, default = food
    how_much = amount(rng, portions, default)
    # A name with a digit ("milk, 2 %") is given as a table, so that no
    # number in the name can be read as the amount.
    if rng.random() < 0.2 or any(c.isdigit() for c in name):
        fields = [f"item = {toml_string(name)}"]
        if how_much:
            fields.append(f"amount = {toml_string(how_much)}")
        if rng.random() < 0.7:
            fields.append(f'time = "{rng.choice(TIMES)}"')
        return "{ " + ", ".join(fields) + " }"
    return toml_string(f"{name} {how_much}" if how_much else name)


def day(rng, foods, weights, date):
    lines = ["[[day]]", f"date = {date.isoformat()}"]
    if rng.random() < 0.05:
        lines.append(f"note = {toml_string(rng.choice(NOTES))}")
    picked = rng.choices(foods, weights, k=rng.randint(4, 10))
    lines.append("food = [")
    lines += [f"  {food_entry(rng, food)}," for food in picked]
    lines.append("]")
    supplements = rng.sample(SUPPLEMENTS, rng.choice([0, 0, 1, 1, 2]))
    if supplements:
        lines.append("supplement = [")
        lines += ["  " + (s % rng.choice(TIMES) if "%s" in s else s) + "," for s in supplements]
        lines.append("]")
    return "\n".join(lines) + "\n\n"


def profile(rng, first_date, by_birth_date):
    """A [profile] of varied age, sex and conditions; some diaries have none."""
    if rng.random() < 0.1:
        return ""
    age = rng.choice([rng.randint(9, 18), rng.randint(19, 50), rng.randint(51, 70), rng.randint(71, 95)])
    lines = ["[profile]"]
    if by_birth_date:
        born = first_date - datetime.timedelta(days=age * 365 + rng.randint(0, 300))
        lines.append(f"birth_date = {born.isoformat()}")
    else:
        lines.append(f"age = {age}")
    lines.append(f'sex = "{rng.choice(["female", "female", "male"])}"')
    if rng.random() < 0.25:
        since = first_date - datetime.timedelta(days=rng.randint(30, 400))
        dose = rng.choice([2.5, 5, 7.5, 10])
        lines.append(f'glucocorticoids = {{ drug = "prednisone", mg_per_day = {dose}, since = {since.isoformat()} }}')
    elif rng.random() < 0.1:
        lines.append("glucocorticoids = true")
    for flag, chance in [("scleroderma", 0.3), ("calcinosis", 0.15), ("ppi", 0.2), ("malabsorption", 0.05),
                         ("kidney_stones", 0.05)]:
        if rng.random() < chance:
            lines.append(f"{flag} = true")
    if rng.random() < 0.1:
        lines.append(f"dysphagia = {rng.choice(['true', '5', '6'])}")
    if rng.random() < 0.15:
        lines.append(f'diet = ["{rng.choice(["vegetarian", "lactose-free", "no-fish", "gluten-free"])}"]')
    if rng.random() < 0.1:
        lines.append(f"target_mg = {rng.choice([1000, 1200, 1500])}")
    return "\n".join(lines) + "\n\n"


def diary(rng, foods, weights, first_date, days, by_birth_date):
    parts = [profile(rng, first_date, by_birth_date)]
    parts += [day(rng, foods, weights, first_date + datetime.timedelta(days=i)) for i in range(days)]
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", type=pathlib.Path)
    parser.add_argument("--files", type=int, default=10000, help="one-day diaries (default 10000)")
    parser.add_argument("--big-mb", type=float, default=50.0, help="size of big.toml in MB (default 50)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--foods", type=pathlib.Path, default=ROOT / "foods")
    args = parser.parse_args()

    # The manifest is written last: present and equal means a complete set.
    manifest = args.outdir / "manifest.json"
    wanted = {"files": args.files, "big_mb": args.big_mb, "seed": args.seed}
    if manifest.exists():
        if json.loads(manifest.read_text()) == wanted:
            print(f"generate.py: {args.outdir} already holds this data set")
            return
        sys.exit(f"generate.py: {args.outdir} holds another data set; remove it first")

    foods, weights = load_foods(args.foods)
    rng = random.Random(args.seed)
    args.outdir.mkdir(parents=True, exist_ok=True)
    (args.outdir / "year.toml").write_text(diary(rng, foods, weights, datetime.date(2025, 1, 1), 365, True))

    start = datetime.date(2020, 1, 1)
    for i in range(args.files):
        folder = args.outdir / "days" / f"{i // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        date = start + datetime.timedelta(days=rng.randint(0, 2500))
        (folder / f"{i:05d}.toml").write_text(diary(rng, foods, weights, date, 1, rng.random() < 0.3))

    # Written a day at a time: one profile, then consecutive dates until the size is reached.
    limit = int(args.big_mb * 1_000_000)
    date = datetime.date(1800, 1, 1)
    with open(args.outdir / "big.toml", "w") as out:
        size = out.write(profile(rng, date, False))
        while size < limit:
            size += out.write(day(rng, foods, weights, date))
            date += datetime.timedelta(days=1)

    manifest.write_text(json.dumps(wanted) + "\n")
    print(f"generate.py: wrote {args.outdir} (year.toml, {args.files} one-day files, "
          f"big.toml of {size / 1e6:.1f} MB, last date {date - datetime.timedelta(days=1)})")


if __name__ == "__main__":
    main()
