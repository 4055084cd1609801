#pragma once
// A diary's calcium gap as `catrack suggest --from` takes it, and what the
// diary adds to a request for suggestions.

#include "catrack/plan/suggest.hpp"
#include "catrack/report/report.hpp"

#include <optional>

namespace catrack::report {

// A diary's mean daily gap, in whole mg: the days' targets can differ (a
// birthday, a glucocorticoid start), so it is their mean target less their
// mean total. nullopt for a report without days.
struct MeanGap {
  double target_mg = 0;
  double mean_mg = 0;
  double gap_mg = 0; // zero or less: nothing to close
};
std::optional<MeanGap> mean_gap(const DiaryReport& report);

// What a diary adds to a request: its profile's diet tags and dysphagia
// (the request's own win), and the foods it holds.
void add_diary(plan::SuggestRequest& request, const DiaryReport& report);

} // namespace catrack::report
