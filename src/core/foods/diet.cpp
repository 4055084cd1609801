#include "catrack/foods/diet.hpp"

#include <algorithm>

namespace catrack::foods {

namespace {

bool has(const Food& food, std::string_view tag) {
  return std::find(food.tags.begin(), food.tags.end(), tag) != food.tags.end();
}

} // namespace

const std::vector<std::string>& known_diet_tags() {
  static const std::vector<std::string> tags{"vegan",       "vegetarian", "lactose-free", "dairy-free",
                                             "no-fish",     "no-shellfish", "no-meat",    "no-egg",
                                             "no-nuts",     "no-soy",     "gluten-free"};
  return tags;
}

bool is_known_diet_tag(std::string_view tag) {
  const auto& tags = known_diet_tags();
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

// Foods carry positive tags (vegan, vegetarian, dairy, fish, ...). A diet
// that needs a property the food does not claim excludes it: an untagged
// food is not assumed vegan.
bool fits_diet(const Food& food, const std::vector<std::string>& diet) {
  for (const auto& d : diet) {
    if (d == "vegan" && !has(food, "vegan")) return false;
    if (d == "vegetarian" && !has(food, "vegetarian") && !has(food, "vegan")) return false;
    if (d == "lactose-free" && has(food, "dairy") && !has(food, "lactose-free")) return false;
    if (d == "dairy-free" && has(food, "dairy")) return false;
    if (d == "no-fish" && has(food, "fish")) return false;
    if (d == "no-shellfish" && has(food, "shellfish")) return false;
    if (d == "no-meat" && has(food, "meat")) return false;
    if (d == "no-egg" && has(food, "egg")) return false;
    if (d == "no-nuts" && has(food, "nuts")) return false;
    if (d == "no-soy" && has(food, "soy")) return false;
    if (d == "gluten-free" && has(food, "gluten")) return false;
  }
  return true;
}

} // namespace catrack::foods
