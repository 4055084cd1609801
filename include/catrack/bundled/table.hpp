#pragma once
// The food table compiled into catrack from foods/*.toml (see foods/README.md).
// The records are checked and turned into C++ at build time by
// tools/foodgen.cpp, so catrack reads no data file at run time.

#include "catrack/foods/food.hpp"
#include "catrack/foods/table.hpp"

#include <vector>

namespace catrack::bundled {

std::vector<foods::Food> bundled_food_records(); // generated

// A fresh table holding every bundled record.
foods::FoodTable bundled_table();

// One bundled table for the whole run, built on first use; safe to share
// between threads, as nothing changes it.
const foods::FoodTable& shared_bundled_table();

} // namespace catrack::bundled
