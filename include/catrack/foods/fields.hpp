#pragma once
// The keys of a food record (foods/README.md §3), one row each: the key, the
// Food member it fills, how its value is read and checked, how it is written
// back. The key check, the record reader, write_food_toml and the bundled
// rows that tools/foodgen.cpp compiles in all go by this table, so a new
// number, string or list key is one row (and its member, docs and tests).
// What involves several keys (calcium_mg or calcium_fraction, the default
// portion, the sources the bundled files need) is in reader.cpp.

#include "catrack/foods/food.hpp"
#include "catrack/foods/record.hpp"
#include "catrack/toml/doc.hpp"
#include "catrack/util/diagnostic.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace catrack::foods {

// A number member of any type (double, optional<double>, optional<int>),
// through the one type the generic code knows.
struct NumberMember {
  std::optional<double> (*get)(const Food& food);
  void (*set)(Food& food, double value);
};

// What a field holds, for the code that treats all fields of a kind alike
// (the compiled-in rows, the generic readers and writers). monostate: the
// field's own code does all of it (kind, per, portions).
using Member = std::variant<std::monostate, NumberMember, std::string Food::*, std::vector<std::string> Food::*>;

// The numbers a number field takes, and the end of its error otherwise
// ("\"calcium_mg\" cannot be negative").
struct Range {
  bool (*accepts)(double value) = nullptr;
  std::string_view otherwise;
};

struct FoodField {
  std::string_view key;
  Member member;
  // Reads the key's value into `food`; errors are located and name the key.
  // None for `name`, which the record reader reads (a diary gives it as the key).
  void (*read)(const FoodField& field, const toml::Node& value, Food& food, const RecordContext& context,
               util::Diagnostics& errors) = nullptr;
  // The value as TOML, or "" when the record leaves the key out.
  std::string (*write)(const FoodField& field, const Food& food) = nullptr;
  Range range = {};              // a number's
  std::string_view example = {}; // a list's, for its error: aliases = ["..."]
};

// In the order they are checked, read and written; `name` first.
std::span<const FoodField> food_fields();
// The keys, in the same order: all of them for a food file's record; without
// the first (`name`) for a diary's, which is named by its key.
std::span<const std::string_view> food_keys();

// One [[food]] or [[supplement]] record of a food file, which read_food_file
// reads back to an equal Food (but for `origin` and `defined_at`).
std::string write_food_toml(const Food& food);

} // namespace catrack::foods
