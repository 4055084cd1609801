#include "catrack/report/schedule.hpp"

#include "catrack/rules/doses.hpp"

#include <algorithm>
#include <map>

namespace catrack::report {

std::vector<ScheduleRow> supplement_schedule(std::span<const ReportDay> days) {
  // -1 keys the untimed entries, so that they sort last only after the map.
  std::map<int, ScheduleRow> rows;
  for (const auto& day : days)
    for (const rules::Dose& dose : rules::supplement_doses(day.result)) {
      ScheduleRow& row = rows[dose.minute.value_or(-1)];
      row.minute = dose.minute;
      for (const auto& item : dose.items)
        if (std::find(row.items.begin(), row.items.end(), item) == row.items.end()) row.items.emplace_back(item);
      ++row.doses;
      row.mean_mg += dose.calcium_mg; // a sum until the end
      row.largest_mg = std::max(row.largest_mg, dose.calcium_mg);
      if (rules::over_dose_limit(dose)) ++row.over_limit;
    }
  std::vector<ScheduleRow> out;
  out.reserve(rows.size());
  for (auto& [minute, row] : rows) {
    row.mean_mg /= row.doses;
    out.push_back(std::move(row));
  }
  std::stable_partition(out.begin(), out.end(), [](const ScheduleRow& r) { return r.minute.has_value(); });
  return out;
}

} // namespace catrack::report
