#include "catrack/rules/doses.hpp"

#include "catrack/util/numbers.hpp"

#include <algorithm>
#include <map>

namespace catrack::rules {

std::vector<Dose> supplement_doses(const calc::DayResult& day) {
  std::map<int, Dose> timed;
  std::vector<Dose> untimed;
  for (const auto& r : day.entries) {
    if (r.entry.kind != diary::EntryKind::supplement || r.calcium_mg <= 0) continue;
    if (!r.entry.minute_of_day) {
      untimed.push_back({std::nullopt, r.calcium_mg, {r.entry.item}, r.entry.count == 1});
      continue;
    }
    Dose& dose = timed[*r.entry.minute_of_day];
    dose.minute = r.entry.minute_of_day;
    dose.calcium_mg += r.calcium_mg;
    if (std::find(dose.items.begin(), dose.items.end(), r.entry.item) == dose.items.end())
      dose.items.push_back(r.entry.item);
  }
  std::vector<Dose> out;
  out.reserve(timed.size() + untimed.size());
  for (auto& [minute, dose] : timed) out.push_back(std::move(dose));
  out.insert(out.end(), std::make_move_iterator(untimed.begin()), std::make_move_iterator(untimed.end()));
  return out;
}

bool over_dose_limit(const Dose& dose) { return dose.one_dose && util::whole(dose.calcium_mg) > max_dose_mg; }

} // namespace catrack::rules
