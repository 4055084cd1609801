#pragma once
// A day's supplement calcium as doses: what dose-over-500 checks and what the
// report's supplement schedule shows, worked out one way for both.

#include "catrack/calc/calculator.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace catrack::rules {

// Supplement calcium above this at one time is poorly absorbed: BW ("little
// added benefit ... greater than 500 milligrams at a time"), UAB (clinical.md §4.2).
inline constexpr double max_dose_mg = 500;

struct Dose {
  std::optional<int> minute;      // none: an entry logged without a time
  double calcium_mg = 0;          // elemental
  // As the diary named them, in diary order: views into the day's entries,
  // valid while the day is (doses are worked out for every day of a check).
  std::vector<std::string_view> items;
  // False for an untimed entry of several tablets (count > 1): they may
  // have been taken apart, so it is not judged as one dose.
  bool one_dose = true;
};

// Entries with calcium and the same time (to the minute) are one dose, in
// time order; then each untimed entry is a dose of its own, in diary order.
std::vector<Dose> supplement_doses(const calc::DayResult& day);

// Whether `dose` is more than max_dose_mg taken at once (in whole mg, as printed).
bool over_dose_limit(const Dose& dose);

} // namespace catrack::rules
