#include "catrack/bundled.hpp"

namespace catrack {

FoodTable bundled_table() {
  FoodTable table;
  // The generator has already refused duplicate names, so add() cannot fail.
  for (auto& food : bundled_food_records()) table.add(std::move(food));
  return table;
}

} // namespace catrack
