#pragma once
// Reads a food file ([[food]] and [[supplement]] records, docs/FORMAT.md §4).
// The bundled table is read by the same code at build time.

#include "catrack/util/diagnostic.hpp"
#include "catrack/util/result.hpp"
#include "catrack/foods/food.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace catrack::foods {

// The records of a food file, with every error found in it.
using FoodFile = util::Parsed<std::vector<Food>>;

// `origin` labels the records ("bundled", or the file's name) in --detail.
// Bundled records must cite a source; user records may leave it out.
FoodFile read_food_file(std::string_view text, const std::string& file_name,
                        const std::string& origin, bool require_source);

} // namespace catrack::foods
