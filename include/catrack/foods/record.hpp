#pragma once
// One food record from TOML, shared by food files and a diary's [foods].

#include "catrack/foods/food.hpp"
#include "catrack/toml/read.hpp"

#include <optional>
#include <string>

namespace catrack::foods {

struct RecordContext {
  util::FileName file;
  std::string origin;        // "bundled", a file name, "diary"
  bool require_source = false;
  FoodKind kind = FoodKind::food;
  bool kind_key_allowed = false; // a diary or user record may say kind = "supplement"
};

// `name` comes from the record's `name` key (food files) or from its key in
// [foods] (diaries); `name_at` is where it was written.
std::optional<Food> read_food_record(const toml::Node& record, std::optional<std::string> name,
                                     const util::Location& name_at, const RecordContext& context,
                                     util::Diagnostics& errors);

} // namespace catrack::foods
