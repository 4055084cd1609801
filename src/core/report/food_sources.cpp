#include "catrack/report/food_sources.hpp"

#include <algorithm>
#include <map>

namespace catrack::report {

std::vector<FoodSource> top_food_sources(std::span<const ReportDay> days, std::size_t limit) {
  std::map<std::string, FoodSource> by_food;
  double food_total = 0;
  for (const auto& day : days) {
    std::vector<const FoodSource*> seen_today;
    for (const auto& r : day.result.entries) {
      if (r.entry.kind != diary::EntryKind::food) continue;
      const std::string& name = r.food.empty() ? r.entry.item : r.food;
      FoodSource& f = by_food[name];
      if (f.entries == 0) {
        f.food = name;
        // A food of the diary's own or of a food file cites where it is written.
        f.source = !r.source.empty() ? r.source : r.origin == "diary" ? "the diary's [foods]" : r.origin;
      }
      f.calcium_mg += r.calcium_mg;
      ++f.entries;
      if (std::find(seen_today.begin(), seen_today.end(), &f) == seen_today.end()) {
        seen_today.push_back(&f);
        ++f.days;
      }
      food_total += r.calcium_mg;
    }
  }
  std::vector<FoodSource> out;
  out.reserve(by_food.size());
  for (auto& [name, f] : by_food) {
    f.share = food_total > 0 ? f.calcium_mg / food_total : 0;
    out.push_back(std::move(f));
  }
  // stable_sort keeps the map's name order among equals.
  std::stable_sort(out.begin(), out.end(),
                   [](const FoodSource& a, const FoodSource& b) { return a.calcium_mg > b.calcium_mg; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

} // namespace catrack::report
