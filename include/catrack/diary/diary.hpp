#pragma once
// A diary as written: days of food and supplement entries, the person's
// profile and their own foods. Nothing is looked up or computed yet.

#include "catrack/util/diagnostic.hpp"
#include "catrack/foods/food.hpp"
#include "catrack/diary/entry_text.hpp"
#include "catrack/diary/profile.hpp"
#include "catrack/util/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace catrack::diary {

enum class EntryKind { food, supplement };

// An amount as the diary wrote it, read once by the reader.
struct WrittenAmount {
  foods::Amount value; // its number and unit
  std::string text;    // as written, for output: "1 cup"
  util::Location at;
};

struct Entry {
  EntryKind kind = EntryKind::food;
  util::Location at;               // the entry (its string or table)

  std::string item;
  util::Location item_at;
  std::string shorthand; // the whole string, when written "<item> <amount>"
  std::optional<WrittenAmount> amount;
  // A shorthand that starts with a number ("2 slices swiss"): its
  // amount-first readings, for the lookup to try when `item` finds no food.
  std::vector<AmountFirst> amount_first;

  double count = 1;
  std::optional<int> minute_of_day; // from `time`
  std::string meal;

  // Label values that override the table lookup.
  std::optional<double> calcium_mg;
  std::optional<double> dv_percent;
  double dv_basis_mg = 1300;        // current US label; 1000 for pre-2016 labels
  std::optional<double> salt_mg;
  std::optional<double> vitamin_d_iu;
  std::string note = {}; // free text (`note`), ignored by the calculation
};

// A day known only by its totals (docs/FORMAT.md §5, `total`), as daily
// exports of other apps give it: no entries, so the split between food and
// supplements is unknown and must never be invented.
struct DayTotal {
  double calcium_mg = 0;
  std::optional<double> vitamin_d_iu; // absent = not known
  util::Location at;
};

struct Day {
  util::Date date;
  util::Location at;
  std::vector<Entry> entries; // food and supplements, in diary order
  std::vector<std::string> notes;
  // Set: the day is this total, and has no entries. (Initialised so that
  // Day{date, at, entries, notes} still compiles cleanly.)
  std::optional<DayTotal> total = std::nullopt;
};

struct Diary {
  std::string file;
  Profile profile;
  ProfilePlaces profile_places; // where `profile` was written
  std::vector<foods::Food> foods;    // the diary's own [foods]
  std::vector<Day> days;      // sorted by date, same dates merged
};


} // namespace catrack::diary
