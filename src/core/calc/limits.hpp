#pragma once
// Plausibility limits (docs/FORMAT.md, "Limits"): past them an entry is far
// more likely a typo than a meal, and a typo must not become a total. Not a
// public header.

namespace catrack::calc::limits {

inline constexpr double grams_per_entry = 5000;
inline constexpr double supplement_mg_per_entry = 5000;
inline constexpr double food_mg_per_entry = 5000;
inline constexpr double vitamin_d_iu_per_entry = 1000000;
// A whole day's total from an export: far above any real day, well below
// what a unit mix-up (mg for ug, a summed year) gives.
inline constexpr double day_total_mg = 20000;

} // namespace catrack::calc::limits
