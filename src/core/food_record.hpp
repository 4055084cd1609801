#pragma once
// One food record from TOML, shared by food files and a diary's [foods].

#include "catrack/food.hpp"
#include "toml_support.hpp"

#include <optional>
#include <string>

namespace catrack {

struct RecordContext {
  FileName file;
  std::string origin;        // "bundled", a file name, "diary"
  bool require_source = false;
  FoodKind kind = FoodKind::food;
  bool kind_key_allowed = false; // a diary or user record may say kind = "supplement"
};

// `name` comes from the record's `name` key (food files) or from its key in
// [foods] (diaries); `name_at` is where it was written.
std::optional<Food> read_food_record(const tomlx::Node& record, std::optional<std::string> name,
                                     const Location& name_at, const RecordContext& context,
                                     Diagnostics& errors);

} // namespace catrack
