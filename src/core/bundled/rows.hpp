#pragma once
// The shape of the bundled table as compiled in: plain constant data that
// tools/foodgen.cpp writes and bundled/table.cpp turns into Food records at start.
// Plain arrays (not code) keep the compile fast however large the table grows.

#include "catrack/foods/table.hpp"

#include <cstddef>

namespace catrack::bundled {

struct PortionRow {
  const char* name;
  double value;
  int kind; // Quantity::Kind as int
};

struct FoodRow {
  const char* name;
  const char* const* aliases;
  std::size_t alias_count;
  int supplement; // 1 for [[supplement]]
  double calcium_mg;
  double per_value;
  int per_kind;
  const char* per_portion;
  int has_vitamin_d;
  double vitamin_d_iu;
  const PortionRow* portions;
  std::size_t portion_count;
  const char* default_portion;
  int has_absorption;
  double absorption;
  const char* absorption_source;
  const char* form;
  int has_fraction;
  double calcium_fraction;
  const char* fraction_source;
  int iddsi_level; // -1 = none
  const char* texture;
  const char* const* tags;
  std::size_t tag_count;
  const char* source;
  const char* file;
  int line;
  int column;
};

// Generated.
const FoodRow* rows(std::size_t& count);
// The rows' lookup keys (FoodTable::keys_of), worked out and sorted at build time.
const foods::FoodTable::SortedKeys& sorted_keys();

} // namespace catrack::bundled
