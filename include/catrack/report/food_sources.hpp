#pragma once
// Where a period's food calcium came from: each food's share, largest first.

#include "catrack/report/report.hpp"

#include <span>
#include <string>
#include <vector>

namespace catrack::report {

struct FoodSource {
  std::string food;   // the food matched, or the item as written for label values
  std::string source; // the food row's source ("USDA SR28 01079"), "label", or where the food is defined
  double calcium_mg = 0; // over the period
  int entries = 0;
  int days = 0;          // days it was eaten on
  double share = 0;      // of the period's food calcium, 0-1
};

// The `limit` foods that gave the most calcium over `days`, most first (ties
// by name, so the order never depends on the diary's). Days known only by
// their total have no entries and add nothing. The report must have kept
// its entries (ReportOptions::keep_entries).
std::vector<FoodSource> top_food_sources(std::span<const ReportDay> days, std::size_t limit);

} // namespace catrack::report
