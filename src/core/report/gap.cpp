#include "catrack/report/gap.hpp"

#include "catrack/util/numbers.hpp"

#include <algorithm>

namespace catrack::report {

using util::whole;

std::optional<MeanGap> mean_gap(const DiaryReport& report) {
  if (report.days.empty()) return std::nullopt;
  double targets = 0;
  for (const auto& day : report.days) targets += day.result.reference.target_mg;
  MeanGap g;
  g.target_mg = whole(targets / static_cast<double>(report.days.size()));
  g.mean_mg = whole(report.summary.mean_calcium_mg);
  g.gap_mg = g.target_mg - g.mean_mg;
  return g;
}

void add_diary(plan::SuggestRequest& request, const DiaryReport& report) {
  const diary::Profile& p = report.profile;
  for (const auto& d : p.diet)
    if (std::find(request.diet.begin(), request.diet.end(), d) == request.diet.end()) request.diet.push_back(d);
  if (p.dysphagia && !request.dysphagia) {
    request.dysphagia = true;
    request.dysphagia_level = p.dysphagia_level;
  }
  for (const auto& day : report.days)
    for (const auto& e : day.result.entries)
      if (!e.food.empty()) request.diary_foods.insert(e.food);
}

} // namespace catrack::report
