#include "catrack/foods/facts.hpp"

namespace catrack::foods {

const PortionFacts* FoodFacts::usual() const {
  for (const auto& p : portions)
    if (p.usual) return &p;
  return nullptr;
}

FoodFacts facts_of(const Food& food) {
  FoodFacts f;
  f.food = &food;
  if (auto m = measure(food, Amount{100, "g"}); m.has_value())
    f.calcium_mg_per_100g = m.value().per_units * food.calcium_mg;
  if (food.vitamin_d_iu && food.per.kind == Quantity::Kind::grams)
    f.vitamin_d_iu_per_100g = *food.vitamin_d_iu * 100 / food.per.value;
  for (const auto& p : food.portions) {
    auto m = measure(food, Amount{1, p.name});
    if (!m.has_value()) continue;
    const auto& measured = m.value();
    f.portions.push_back({p.name, measured.grams, measured.per_units * food.calcium_mg, p.name == food.default_portion});
  }
  return f;
}

} // namespace catrack::foods
