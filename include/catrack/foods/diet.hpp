#pragma once
// The diet tags a profile may list, and whether a food fits them. A tag
// catrack does not know is an error in the diary, never silently ignored:
// a restriction that is dropped could suggest a food the person cannot eat.

#include "catrack/foods/food.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace catrack::foods {

// "vegan", "vegetarian", "lactose-free", "dairy-free", "no-fish",
// "no-shellfish", "no-meat", "no-egg", "no-nuts", "no-soy", "gluten-free".
const std::vector<std::string>& known_diet_tags();
bool is_known_diet_tag(std::string_view tag);

// True when the food's tags allow it under every one of `diet`.
bool fits_diet(const Food& food, const std::vector<std::string>& diet);

} // namespace catrack::foods
