#pragma once
// Resolved entries and day totals: calcium, vitamin D, the dietary and
// supplement split, and the absorbable-calcium estimate.

#include "catrack/util/diagnostic.hpp"
#include "catrack/util/result.hpp"
#include "catrack/diary/diary.hpp"
#include "catrack/calc/resolve.hpp"
#include "catrack/foods/table.hpp"
#include "catrack/calc/reference.hpp"
#include "catrack/util/date.hpp"

#include <optional>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace catrack::calc {

struct DayResult {
  util::Date date;
  std::vector<EntryResult> entries;
  std::vector<std::string> notes_text; // the day's free-text notes
  double calcium_mg = 0;
  double dietary_mg = 0;
  double supplement_mg = 0;
  double absorbable_mg = 0;
  double vitamin_d_iu = 0;
  double vitamin_d_dietary_iu = 0;
  double vitamin_d_supplement_iu = 0;
  ReferenceValues reference;
  // False for a day known only by its total (Day::total): dietary_mg,
  // supplement_mg, absorbable_mg and the vitamin D split are then unknown
  // (left at 0 here; shown as "-", null or an empty cell, never as 0).
  bool split_known = true;
  // False when the day's vitamin D is unknown (a day total without it):
  // vitamin_d_iu is then 0 here and must be shown as unknown.
  bool vitamin_d_known = true;
  // Supplement entries with calcium and no time: per-dose checks could not
  // place them. Counted here so that a summary needs no entries.
  int untimed_supplements = 0;
};

// A diary's days worked out; with any error, none (no partial totals).
using DiaryResult = util::Parsed<std::vector<DayResult>>;

// Works out a diary one day at a time, so that a caller can finish with a
// day (its notes, its output) before the next: a diary of years need not be
// held twice over, as entries and as results.
class Calculator {
public:
  // Both must outlive the calculator.
  Calculator(const diary::Diary& diary, const foods::FoodTable& table);
  // The day's entries move into the result.
  DayResult day(diary::Day& day);
  // Everything wrong so far; any error means no totals should be shown.
  const util::Diagnostics& errors() const { return errors_; }
  util::Diagnostics take_errors() { return std::move(errors_); }

private:
  const diary::Profile& profile_;
  const diary::ProfilePlaces& profile_places_;
  FoundFoods found_;
  util::Diagnostics errors_;
  bool reference_error_seen_ = false; // the profile's error, said once
};

// Takes the diary by value: its entries move into the results (a diary of
// years is large). std::move it in when it is not needed after.
DiaryResult calculate(diary::Diary diary, const foods::FoodTable& table);

} // namespace catrack::calc
