#include "catrack/plan/suggest.hpp"

#include "catrack/calc/calculator.hpp"
#include "catrack/foods/diet.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/util/numbers.hpp"

#include <algorithm>
#include <cmath>

namespace catrack::plan {

using calc::default_absorption;
using foods::Amount;
using foods::Food;
using foods::FoodKind;
using foods::FoodTable;
using foods::Measure;
using foods::fits_diet;
using foods::measure;
using util::whole;

std::vector<std::string> allowed_textures(bool dysphagia, std::optional<int> level) {
  if (!dysphagia || (level && *level >= 7)) return {"liquid", "smooth", "soft", "regular"};
  // Drinks are left out whenever dysphagia is set: their safe thickness is
  // an IDDSI drink level that only the care team can give. Foods: level 5-6
  // (minced and moist, soft and bite-sized) allow smooth and soft; level 4
  // and below (pureed, liquidised) smooth only; `true` without a level is
  // read as soft. A default to check, never an assessment (clinical.md §7).
  if (level && *level <= 4) return {"smooth"};
  return {"smooth", "soft"};
}

std::string describe_serving(const Suggestion& s) {
  const std::string head = s.food.substr(0, s.food.find(','));
  if (head.find(s.portion) != std::string::npos) return std::to_string(s.portions_to_close) + " x " + s.food;
  std::string portion = s.portion;
  if (s.portions_to_close > 1 && !portion.empty() && portion.back() != 's' && portion.find(' ') == std::string::npos)
    portion += "s";
  return std::to_string(s.portions_to_close) + " " + portion + " " + s.food;
}

std::vector<Suggestion> suggestion_candidates(const FoodTable& table, const SuggestRequest& request) {
  const auto textures = allowed_textures(request.dysphagia, request.dysphagia_level);
  std::vector<Suggestion> found;
  for (const FoodTable* layer = &table; layer; layer = layer->below()) {
    for (const auto& owned : layer->own_foods()) {
      const Food& food = *owned;
      // The upper layer's record is the one in force.
      if (!table.in_force(food)) continue;
      if (food.kind != FoodKind::food || food.default_portion.empty()) continue;
      if (std::find(textures.begin(), textures.end(), food.texture) == textures.end()) continue;
      if (!fits_diet(food, request.diet)) continue;
      // Spinach-like calcium (under 10 % absorbed) does not close a gap.
      if (food.absorption && *food.absorption < 0.10) continue;
      auto m = measure(food, Amount{1, {}});
      if (!m.has_value()) continue;
      const auto& measured = m.value();
      Suggestion s;
      s.food = food.name;
      s.source = food.source;
      s.portion = food.default_portion;
      s.grams = measured.grams.value_or(0);
      s.calcium_mg = measured.per_units * food.calcium_mg;
      if (s.calcium_mg < min_suggestion_mg) continue;
      s.absorbable_mg = s.calcium_mg * food.absorption.value_or(default_absorption);
      s.in_diary = request.diary_foods.count(food.name) > 0;
      found.push_back(s);
    }
  }
  return found;
}

std::vector<Suggestion> rank_suggestions(const std::vector<Suggestion>& candidates, double gap_mg,
                                         std::size_t limit) {
  std::vector<Suggestion> found;
  for (Suggestion s : candidates) {
    s.portions_to_close = gap_mg > 0 ? static_cast<int>(std::ceil(gap_mg / s.calcium_mg - 1e-9)) : 1;
    if (s.portions_to_close > max_portions_to_close) continue;
    const double towards_gap = gap_mg > 0 ? std::min(s.calcium_mg * s.portions_to_close, gap_mg) : s.calcium_mg;
    s.score = towards_gap * (s.absorbable_mg / s.calcium_mg) / s.portions_to_close;
    found.push_back(s);
  }
  std::sort(found.begin(), found.end(), [](const Suggestion& a, const Suggestion& b) {
    if (a.in_diary != b.in_diary) return a.in_diary;
    if (whole(a.score) != whole(b.score)) return a.score > b.score;
    const double overshoot_a = a.calcium_mg * a.portions_to_close, overshoot_b = b.calcium_mg * b.portions_to_close;
    if (overshoot_a != overshoot_b) return overshoot_a < overshoot_b;
    return a.food < b.food;
  });
  // One of a kind: three almond drinks are one idea, not three.
  std::vector<Suggestion> out;
  std::set<std::string> heads;
  for (const auto& s : found) {
    if (out.size() == limit) break;
    if (heads.insert(s.food.substr(0, s.food.find(','))).second) out.push_back(s);
  }
  return out;
}

std::vector<Suggestion> suggest_foods(const FoodTable& table, const SuggestRequest& request) {
  return rank_suggestions(suggestion_candidates(table, request), request.gap_mg, request.limit);
}

} // namespace catrack::plan
