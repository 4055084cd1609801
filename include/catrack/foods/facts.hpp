#pragma once
// What `catrack foods` shows of a record, worked out once: calcium per 100 g
// and in each of its portions, and its usual portion.

#include "catrack/foods/food.hpp"

#include <optional>
#include <string>
#include <vector>

namespace catrack::foods {

struct PortionFacts {
  std::string name;
  std::optional<double> grams; // when the portion's weight is known
  double calcium_mg = 0;
  bool usual = false;          // the food's default portion
};

struct FoodFacts {
  const Food* food = nullptr;
  std::optional<double> calcium_mg_per_100g;   // when its weight can be known
  std::optional<double> vitamin_d_iu_per_100g; // a food given per 100 g with its vitamin D
  std::vector<PortionFacts> portions;          // those whose calcium can be worked out
  const PortionFacts* usual() const;
};

FoodFacts facts_of(const Food& food);

} // namespace catrack::foods
