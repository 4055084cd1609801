#include "catrack/foods/reader.hpp"

#include "catrack/foods/fields.hpp"
#include "catrack/foods/record.hpp"
#include "catrack/toml/parse.hpp"
#include "catrack/util/text.hpp"

#include <fmt/format.h>

namespace catrack::foods {

using toml::location_of;
using util::Diagnostics;
using util::FileName;
using util::Location;
using util::sort_by_position;
using util::trim;

namespace {

using Kind = Quantity::Kind;

// The record's name: from its key in a diary's [foods], else from `name`.
// False when it has none, and the record is not read further.
bool read_name(const toml::Node& record, std::optional<std::string> name, const RecordContext& ctx, Food& food,
               Diagnostics& errors) {
  const FileName& file = ctx.file;
  if (name) {
    toml::check_keys(record, food_keys().subspan(1), fmt::format("food \"{}\"", *name), file, errors);
  } else {
    toml::check_keys(record, food_keys(), "a food record", file, errors);
    if (auto n = record.get("name")) {
      name = toml::read_string(*n, "name", file, errors);
      food.defined_at = location_of(*n, file);
    } else {
      errors.push_back({food.defined_at, "a food record needs a name: name = \"...\"", {}});
    }
  }
  if (!name) return false;
  food.name = std::string(trim(*name));
  if (food.name.empty()) errors.push_back({food.defined_at, "a food's name cannot be empty", {}});
  if (food.name.size() > 200)
    errors.push_back({food.defined_at, fmt::format("a food's name is at most 200 bytes, not {}", food.name.size()), {}});
  return true;
}

// A food given "per 1 slice" understands slices even when their weight is
// unknown; the default portion is the one named, else the one it can only be.
void settle_portions(const toml::Node& record, const RecordContext& ctx, Food& food, Diagnostics& errors) {
  if (food.per.kind == Kind::portion && !food.find_portion(food.per.portion))
    food.portions.push_back({food.per.portion, Quantity{1, Kind::portion, food.per.portion}});
  if (const toml::Node* d = record.get("default_portion")) {
    if (!d->is_string()) return; // its field's reader has said so
    if (const Portion* portion = food.find_portion(food.default_portion)) food.default_portion = portion->name;
    else
      errors.push_back({location_of(*d, ctx.file),
                        fmt::format("default_portion \"{}\" is not one of the portions", food.default_portion), {}});
  } else if (food.per.kind == Kind::portion) {
    food.default_portion = food.per.portion;
  } else if (food.portions.size() == 1) {
    food.default_portion = food.portions.front().name;
  } else if (food.portions.size() > 1 && ctx.require_source) {
    errors.push_back({food.defined_at, fmt::format("food \"{}\" has several portions: name its default_portion",
                                                   food.name), {}});
  }
}

// What involves several keys, once each field has been read.
void check_rules(const toml::Node& record, const RecordContext& ctx, Food& food, Diagnostics& errors) {
  const bool mg = record.contains("calcium_mg");
  const bool fraction = record.contains("calcium_fraction");
  if (!mg && !fraction && food.kind == FoodKind::food)
    errors.push_back({food.defined_at, fmt::format("food \"{}\" needs its calcium: calcium_mg = ... (per 100 g, or "
                                                   "per the amount in \"per\")", food.name), {}});
  if (mg && fraction) errors.push_back({food.defined_at, "give calcium_mg or calcium_fraction, not both", {}});
  settle_portions(record, ctx, food, errors);
  if (!ctx.require_source) return;
  // The bundled files cite a source for each value.
  if (food.absorption && food.absorption_source.empty())
    errors.push_back({food.defined_at, "an absorption value needs its absorption_source", {}});
  if (food.calcium_fraction && food.fraction_source.empty())
    errors.push_back({food.defined_at, "a calcium_fraction needs its fraction_source", {}});
  if (!record.contains("source"))
    errors.push_back({food.defined_at, fmt::format("food \"{}\" needs a source, like \"USDA SR28 01077\"", food.name),
                      {}});
}

} // namespace

std::optional<Food> read_food_record(const toml::Node& record, std::optional<std::string> name,
                                     const Location& name_at, const RecordContext& ctx, Diagnostics& errors) {
  const std::size_t errors_before = errors.size();
  Food food;
  food.kind = ctx.kind;
  food.origin = ctx.origin;
  food.defined_at = name_at;
  if (!read_name(record, std::move(name), ctx, food, errors)) return std::nullopt;
  for (const FoodField& field : food_fields())
    if (field.read)
      if (const toml::Node* value = record.get(field.key)) field.read(field, *value, food, ctx, errors);
  check_rules(record, ctx, food, errors);
  if (errors.size() != errors_before) return std::nullopt;
  return food;
}

FoodFile read_food_file(std::string_view text, const std::string& name, const std::string& origin,
                        bool require_source) {
  FoodFile out;
  const FileName file_name(name);
  const auto doc = toml::parse(text, file_name);
  if (!doc) {
    out.errors.push_back(doc.error());
    return out;
  }
  const toml::Node* table = &doc->root();
  toml::check_keys(*table, {"food", "supplement"}, "a food file", file_name, out.errors);
  for (const auto& [key, kind] : {std::pair{"food", FoodKind::food}, std::pair{"supplement", FoodKind::supplement}}) {
    const toml::Node* node = table->get(key);
    if (!node) continue;
    const auto* records = node->as_array();
    if (!records) {
      out.errors.push_back({toml::location_of(*node, file_name),
                            fmt::format("\"{}\" must be a list of records: write [[{}]] above each one", key, key),
                            {}});
      continue;
    }
    RecordContext ctx{file_name, origin, require_source, kind, false};
    for (const auto& element : *records) {
      const auto* record = element.as_table();
      if (!record) {
        out.errors.push_back({toml::location_of(element, file_name),
                              fmt::format("each {} must be a table: [[{}]] then its keys", key, key), {}});
        continue;
      }
      if (auto food = read_food_record(*record, std::nullopt, toml::location_of(element, file_name), ctx,
                                       out.errors))
        out.value.push_back(std::move(*food));
    }
  }
  sort_by_position(out.errors);
  return out;
}

} // namespace catrack::foods
