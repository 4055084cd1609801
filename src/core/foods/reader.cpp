#include "catrack/foods/reader.hpp"

#include "catrack/util/text.hpp"
#include "catrack/foods/record.hpp"
#include "catrack/toml/parse.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace catrack::foods {

using toml::location_of;
using util::Diagnostics;
using util::FileName;
using util::Location;
using util::lowercase;
using util::sort_by_position;
using util::trim;

namespace {

using Kind = Quantity::Kind;
using toml::location_of;

// "100 g", "240 ml", "1 slice": a quantity in grams, millilitres or a portion.
std::optional<Quantity> read_quantity(const toml::Node& node, std::string_view key, bool number_is_grams,
                                      const FileName& file, Diagnostics& errors) {
  if (number_is_grams && (node.is_integer() || node.is_floating_point())) {
    auto grams = toml::read_number(node, key, file, errors);
    if (!grams) return std::nullopt;
    if (*grams <= 0) {
      errors.push_back({location_of(node, file), fmt::format("\"{}\" must be more than zero grams", key), {}});
      return std::nullopt;
    }
    return Quantity{*grams, Kind::grams, {}};
  }
  auto text = toml::read_string(node, key, file, errors);
  if (!text) return std::nullopt;
  auto parsed = parse_amount(*text);
  if (!parsed) {
    errors.push_back({location_of(node, file), fmt::format("\"{}\": {}", key, parsed.error().message), {}});
    return std::nullopt;
  }
  const Amount& amount = *parsed;
  if (amount.unit.empty()) {
    errors.push_back({location_of(node, file),
                      fmt::format("\"{}\" needs a unit: \"100 g\", \"100 ml\" or \"1 slice\"", key), {}});
    return std::nullopt;
  }
  if (auto unit = find_unit(amount.unit)) {
    if (unit->dimension == Dimension::vitamin_d) {
      errors.push_back({location_of(node, file), fmt::format("\"{}\" cannot be in {}", key, unit->name), {}});
      return std::nullopt;
    }
    return Quantity{amount.number * unit->factor,
                    unit->dimension == Dimension::mass ? Kind::grams : Kind::millilitres, {}};
  }
  return Quantity{amount.number, Kind::portion, lowercase(trim(amount.unit))};
}

bool is_fraction(double x) { return x > 0 && x <= 1; }

} // namespace

std::optional<Food> read_food_record(const toml::Node& record, std::optional<std::string> name,
                                     const Location& name_at, const RecordContext& ctx, Diagnostics& errors) {
  const std::size_t errors_before = errors.size();
  const FileName& file = ctx.file;
  Food food;
  food.kind = ctx.kind;
  food.origin = ctx.origin;
  food.defined_at = name_at;

  if (name) {
    toml::check_keys(record,
                      {"aliases", "calcium_mg", "per", "vitamin_d_iu", "portions", "default_portion", "absorption",
                       "absorption_source", "tags", "source", "iddsi", "texture", "kind", "form",
                       "calcium_fraction", "fraction_source"},
                      fmt::format("food \"{}\"", *name), file, errors);
  } else {
    toml::check_keys(record,
                      {"name", "aliases", "calcium_mg", "per", "vitamin_d_iu", "portions", "default_portion",
                       "absorption", "absorption_source", "tags", "source", "iddsi", "texture", "kind", "form",
                       "calcium_fraction", "fraction_source"},
                      "a food record", file, errors);
    if (auto n = record.get("name")) {
      name = toml::read_string(*n, "name", file, errors);
      food.defined_at = location_of(*n, file);
    } else {
      errors.push_back({name_at, "a food record needs a name: name = \"...\"", {}});
    }
  }
  if (!name) return std::nullopt;
  food.name = std::string(trim(*name));
  if (food.name.empty()) errors.push_back({food.defined_at, "a food's name cannot be empty", {}});
  if (food.name.size() > 200)
    errors.push_back({food.defined_at, fmt::format("a food's name is at most 200 bytes, not {}", food.name.size()), {}});

  if (auto k = record.get("kind")) {
    if (!ctx.kind_key_allowed) {
      errors.push_back({location_of(*k, file), "\"kind\" is given by the table: [[food]] or [[supplement]]", {}});
    } else if (auto s = toml::read_string(*k, "kind", file, errors)) {
      if (*s == "food") food.kind = FoodKind::food;
      else if (*s == "supplement") food.kind = FoodKind::supplement;
      else errors.push_back({location_of(*k, file), "\"kind\" must be \"food\" or \"supplement\"", {}});
    }
  }

  if (auto a = record.get("aliases")) {
    if (auto arr = a->as_array()) {
      for (const auto& el : *arr)
        if (auto s = toml::read_string(el, "aliases", file, errors)) food.aliases.push_back(*s);
    } else {
      errors.push_back({location_of(*a, file), "\"aliases\" must be a list of strings: aliases = [\"...\"]", {}});
    }
  }

  if (auto per = record.get("per")) {
    if (auto q = read_quantity(*per, "per", false, file, errors)) food.per = *q;
  }

  if (auto c = record.get("calcium_mg")) {
    if (auto v = toml::read_number(*c, "calcium_mg", file, errors)) {
      if (*v < 0) errors.push_back({location_of(*c, file), "\"calcium_mg\" cannot be negative", {}});
      else food.calcium_mg = *v;
    }
  }
  if (auto f = record.get("calcium_fraction")) {
    if (auto v = toml::read_number(*f, "calcium_fraction", file, errors)) {
      if (!is_fraction(*v))
        errors.push_back({location_of(*f, file), "\"calcium_fraction\" must be more than 0 and at most 1 "
                                                 "(0.40 for carbonate)", {}});
      else food.calcium_fraction = *v;
    }
  }
  if (!record.contains("calcium_mg") && !record.contains("calcium_fraction") && food.kind == FoodKind::food)
    errors.push_back({food.defined_at, fmt::format("food \"{}\" needs its calcium: calcium_mg = ... (per 100 g, or "
                                                   "per the amount in \"per\")", food.name), {}});
  if (record.contains("calcium_mg") && record.contains("calcium_fraction"))
    errors.push_back({food.defined_at, "give calcium_mg or calcium_fraction, not both", {}});

  if (auto d = record.get("vitamin_d_iu")) {
    if (auto v = toml::read_number(*d, "vitamin_d_iu", file, errors)) {
      if (*v < 0) errors.push_back({location_of(*d, file), "\"vitamin_d_iu\" cannot be negative", {}});
      else food.vitamin_d_iu = *v;
    }
  }

  if (auto p = record.get("portions")) {
    if (auto tbl = p->as_table()) {
      for (const toml::Node& value : *tbl) {
        const std::string pname = lowercase(trim(value.key));
        if (auto unit = find_unit(pname); unit && unit->dimension != Dimension::volume) {
          errors.push_back({toml::key_location_of(value, file),
                            fmt::format("\"{}\" is already a unit and cannot be a portion", pname), {}});
          continue;
        }
        if (auto q = read_quantity(value, "portion " + pname, true, file, errors)) {
          if (q->kind == Kind::portion) {
            errors.push_back({location_of(value, file),
                              fmt::format("portion \"{}\" must be grams (a number) or an amount in g or ml", pname),
                              {}});
            continue;
          }
          food.portions.push_back({pname, *q});
        }
      }
    } else {
      errors.push_back({location_of(*p, file), "\"portions\" must be a table: portions = { cup = 240, slice = 28 }",
                        {}});
    }
  }
  // A food given "per 1 slice" understands slices even when their weight
  // is unknown.
  if (food.per.kind == Kind::portion && !food.find_portion(food.per.portion))
    food.portions.push_back({food.per.portion, Quantity{1, Kind::portion, food.per.portion}});

  if (auto d = record.get("default_portion")) {
    if (auto s = toml::read_string(*d, "default_portion", file, errors)) {
      if (const Portion* portion = food.find_portion(*s)) food.default_portion = portion->name;
      else
        errors.push_back({location_of(*d, file), fmt::format("default_portion \"{}\" is not one of the portions", *s),
                          {}});
    }
  } else if (food.per.kind == Kind::portion) {
    food.default_portion = food.per.portion;
  } else if (food.portions.size() == 1) {
    food.default_portion = food.portions.front().name;
  } else if (food.portions.size() > 1 && ctx.require_source) {
    errors.push_back({food.defined_at, fmt::format("food \"{}\" has several portions: name its default_portion",
                                                   food.name), {}});
  }

  if (auto a = record.get("absorption")) {
    if (auto v = toml::read_number(*a, "absorption", file, errors)) {
      if (!is_fraction(*v))
        errors.push_back({location_of(*a, file), "\"absorption\" is a fraction: more than 0, at most 1 (0.321 "
                                                 "for milk)", {}});
      else food.absorption = *v;
    }
  }
  if (auto s = record.get("absorption_source"))
    if (auto v = toml::read_string(*s, "absorption_source", file, errors)) food.absorption_source = *v;
  if (food.absorption && food.absorption_source.empty() && ctx.require_source)
    errors.push_back({food.defined_at, "an absorption value needs its absorption_source", {}});

  if (auto s = record.get("fraction_source"))
    if (auto v = toml::read_string(*s, "fraction_source", file, errors)) food.fraction_source = *v;
  if (food.calcium_fraction && food.fraction_source.empty() && ctx.require_source)
    errors.push_back({food.defined_at, "a calcium_fraction needs its fraction_source", {}});

  if (auto f = record.get("form"))
    if (auto v = toml::read_string(*f, "form", file, errors)) food.form = *v;

  if (auto t = record.get("tags")) {
    if (auto arr = t->as_array()) {
      for (const auto& el : *arr)
        if (auto s = toml::read_string(el, "tags", file, errors)) food.tags.push_back(*s);
    } else {
      errors.push_back({location_of(*t, file), "\"tags\" must be a list of strings: tags = [\"vegan\"]", {}});
    }
  }

  if (auto i = record.get("iddsi")) {
    if (auto v = toml::read_number(*i, "iddsi", file, errors)) {
      if (*v < 0 || *v > 7 || *v != static_cast<int>(*v))
        errors.push_back({location_of(*i, file), "\"iddsi\" is an IDDSI level, a whole number from 0 to 7", {}});
      else food.iddsi_level = static_cast<int>(*v);
    }
  }

  if (auto t = record.get("texture")) {
    if (auto v = toml::read_string(*t, "texture", file, errors)) {
      if (*v == "liquid" || *v == "smooth" || *v == "soft" || *v == "regular") food.texture = *v;
      else
        errors.push_back({location_of(*t, file), fmt::format("unknown texture \"{}\"", *v),
                          {"texture = \"liquid\", \"smooth\", \"soft\" or \"regular\""}});
    }
  }

  if (auto s = record.get("source")) {
    if (auto v = toml::read_string(*s, "source", file, errors)) food.source = *v;
  } else if (ctx.require_source) {
    errors.push_back({food.defined_at, fmt::format("food \"{}\" needs a source, like \"USDA SR28 01077\"", food.name),
                      {}});
  }

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
        out.foods.push_back(std::move(*food));
    }
  }
  sort_by_position(out.errors);
  return out;
}

} // namespace catrack::foods
