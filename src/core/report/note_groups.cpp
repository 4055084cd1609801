#include "catrack/report/note_groups.hpp"

#include <algorithm>
#include <chrono>

namespace catrack::report {

std::vector<NoteGroup> group_notes(std::span<const ReportDay> days) {
  std::vector<NoteGroup> groups;
  for (const auto& day : days)
    for (const auto& note : day.notes) {
      auto it = std::find_if(groups.begin(), groups.end(), [&](const NoteGroup& g) { return g.code == note.code; });
      if (it == groups.end()) {
        groups.push_back({note.code, note.severity, note.scope, {}, note.message, true, {}});
        it = groups.end() - 1;
      } else if (note.message != it->first_message) {
        it->same_every_day = false;
      }
      if (it->days.empty() || it->days.back() != day.result.date) it->days.push_back(day.result.date);
      if (std::find(it->sources.begin(), it->sources.end(), note.source) == it->sources.end())
        it->sources.push_back(note.source);
    }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const NoteGroup& a, const NoteGroup& b) { return a.severity > b.severity; });
  return groups;
}

std::vector<std::pair<util::Date, util::Date>> date_runs(std::span<const util::Date> dates) {
  std::vector<std::pair<util::Date, util::Date>> runs;
  for (const auto& d : dates) {
    if (!runs.empty() &&
        std::chrono::sys_days(runs.back().second) + std::chrono::days(1) == std::chrono::sys_days(d))
      runs.back().second = d;
    else
      runs.emplace_back(d, d);
  }
  return runs;
}

} // namespace catrack::report
