#pragma once
// When supplement calcium was taken over a period, and how much at a time:
// one row per time of day, from the same doses dose-over-500 checks.

#include "catrack/report/report.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace catrack::report {

struct ScheduleRow {
  std::optional<int> minute;      // none: the entries logged without a time
  std::vector<std::string> items; // as written, first seen first
  int doses = 0;                  // days with a dose at this time (untimed: entries)
  double mean_mg = 0;             // per dose
  double largest_mg = 0;
  int over_limit = 0;             // doses above rules::max_dose_mg taken at once
};

// Rows in time order, the untimed row last. Days known only by their total
// have no entries and add nothing. The report must have kept its entries.
std::vector<ScheduleRow> supplement_schedule(std::span<const ReportDay> days);

} // namespace catrack::report
