#pragma once
// The shape of the bundled table as compiled in: plain constant data that
// tools/foodgen.cpp writes and bundled/table.cpp turns into Food records at start.
// Plain arrays (not code) keep the compile fast however large the table grows.
//
// A row holds the fields of foods::food_fields() by what they hold, each
// array in the table's order, so a new number, string or list field needs no
// change here, in foodgen or in table.cpp. Only what has code of its own
// (kind, per, portions) and the record's place have members.

#include "catrack/foods/table.hpp"

#include <cstddef>
#include <optional>

namespace catrack::bundled {

struct PortionRow {
  const char* name;
  double value;
  int kind; // Quantity::Kind as int
};

struct ListRow {
  const char* const* items;
  std::size_t count;
};

struct FoodRow {
  const std::optional<double>* numbers; // the table's number fields
  const char* const* texts;             // its string fields
  const ListRow* lists;                 // its list fields
  int supplement; // 1 for [[supplement]]
  double per_value;
  int per_kind;
  const char* per_portion;
  const PortionRow* portions;
  std::size_t portion_count;
  const char* file;
  int line;
  int column;
};

// Generated.
const FoodRow* rows(std::size_t& count);
// The rows' lookup keys (FoodTable::keys_of), worked out and sorted at build time.
const foods::FoodTable::SortedKeys& sorted_keys();

} // namespace catrack::bundled
