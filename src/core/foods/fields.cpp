#include "catrack/foods/fields.hpp"

#include "catrack/foods/units.hpp"
#include "catrack/toml/read.hpp"
#include "catrack/toml/write.hpp"
#include "catrack/util/text.hpp"

#include <array>
#include <fmt/format.h>

namespace catrack::foods {

using toml::location_of;
using toml::Node;
using util::Diagnostics;
using util::FileName;
using util::lowercase;
using util::trim;
using Kind = Quantity::Kind;

namespace {

// "100 g", "240 ml", "1 slice": a quantity in grams, millilitres or a portion.
std::optional<Quantity> read_quantity(const Node& node, std::string_view key, bool number_is_grams,
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

bool reads_back(const std::string& text, double factor, double value) {
  const auto parsed = parse_amount(text);
  return parsed && parsed->number * factor == value;
}

// What read_quantity reads back to `q`. An amount's number has at most 12
// characters, so a volume such as 1 tbsp (14.78676478125 ml) is written in
// the unit that gives it exactly.
std::string amount_text(const Quantity& q) {
  if (q.kind == Kind::portion) return toml::number(q.value) + " " + q.portion;
  static constexpr std::array<std::string_view, 5> masses{"g", "oz", "lb", "kg", "mg"};
  static constexpr std::array<std::string_view, 6> volumes{"ml", "cup", "tbsp", "tsp", "fl oz", "l"};
  const auto units = q.kind == Kind::grams ? std::span<const std::string_view>(masses)
                                           : std::span<const std::string_view>(volumes);
  for (std::string_view name : units) {
    const double factor = find_unit(name)->factor;
    std::string text = toml::number(q.value / factor) + " " + std::string(name);
    if (reads_back(text, factor, q.value)) return text;
  }
  return fmt::format("{:.10g} {}", q.value, units.front()); // no unit gives it exactly: the nearest
}

// Generic fields: a number, a string or a list of strings.

void read_number(const FoodField& f, const Node& n, Food& food, const RecordContext& cx, Diagnostics& errors) {
  const auto v = toml::read_number(n, f.key, cx.file, errors);
  if (!v) return;
  if (f.range.accepts(*v)) std::get<NumberMember>(f.member).set(food, *v);
  else errors.push_back({location_of(n, cx.file), fmt::format("\"{}\" {}", f.key, f.range.otherwise), {}});
}

std::string write_number(const FoodField& f, const Food& food) {
  const auto v = std::get<NumberMember>(f.member).get(food);
  return v ? toml::number(*v) : "";
}

void read_text(const FoodField& f, const Node& n, Food& food, const RecordContext& cx, Diagnostics& errors) {
  if (auto v = toml::read_string(n, f.key, cx.file, errors)) food.*std::get<std::string Food::*>(f.member) = *v;
}

std::string write_text(const FoodField& f, const Food& food) {
  const std::string& v = food.*std::get<std::string Food::*>(f.member);
  return v.empty() ? "" : toml::quoted(v);
}

void read_list(const FoodField& f, const Node& n, Food& food, const RecordContext& cx, Diagnostics& errors) {
  const auto* arr = n.as_array();
  if (!arr) {
    errors.push_back({location_of(n, cx.file), fmt::format("\"{}\" must be a list of strings: {}", f.key, f.example),
                      {}});
    return;
  }
  auto& list = food.*std::get<std::vector<std::string> Food::*>(f.member);
  for (const auto& el : *arr)
    if (auto s = toml::read_string(el, f.key, cx.file, errors)) list.push_back(*s);
}

std::string write_list(const FoodField& f, const Food& food) {
  const auto& list = food.*std::get<std::vector<std::string> Food::*>(f.member);
  return list.empty() ? "" : toml::string_list(list);
}

std::optional<double> as_number(double x) { return x; }
std::optional<double> as_number(const std::optional<double>& x) { return x; }
std::optional<double> as_number(const std::optional<int>& x) {
  return x ? std::optional<double>(*x) : std::nullopt;
}
void assign(double& to, double x) { to = x; }
void assign(std::optional<double>& to, double x) { to = x; }
void assign(std::optional<int>& to, double x) { to = static_cast<int>(x); } // the range took whole numbers only

template <auto member>
constexpr NumberMember number_member() {
  return {[](const Food& f) { return as_number(f.*member); }, [](Food& f, double x) { assign(f.*member, x); }};
}

template <auto member>
constexpr FoodField number(std::string_view key, Range range) {
  return {key, number_member<member>(), read_number, write_number, range};
}

constexpr FoodField text(std::string_view key, std::string Food::*member) {
  return {key, member, read_text, write_text};
}

constexpr FoodField list(std::string_view key, std::vector<std::string> Food::*member, std::string_view example) {
  return {key, member, read_list, write_list, {}, example};
}

// The ranges.

bool is_fraction(double x) { return x > 0 && x <= 1; }

constexpr Range not_negative{[](double x) { return x >= 0; }, "cannot be negative"};
constexpr Range absorbed{is_fraction, "is a fraction: more than 0, at most 1 (0.321 for milk)"};
constexpr Range salt_fraction{is_fraction, "must be more than 0 and at most 1 (0.40 for carbonate)"};
constexpr Range iddsi_level{[](double x) { return x >= 0 && x <= 7 && x == static_cast<int>(x); },
                            "is an IDDSI level, a whole number from 0 to 7"};

// The fields with code of their own.

// A supplement given by its salt's fraction has no calcium_mg (not both).
std::string write_calcium_mg(const FoodField& f, const Food& food) {
  return food.calcium_fraction && food.calcium_mg == 0 ? "" : write_number(f, food);
}

void read_per(const FoodField& f, const Node& n, Food& food, const RecordContext& cx, Diagnostics& errors) {
  if (auto q = read_quantity(n, f.key, false, cx.file, errors)) food.per = *q;
}

std::string write_per(const FoodField&, const Food& food) {
  return food.per == Quantity{100, Kind::grams, {}} ? "" : toml::quoted(amount_text(food.per));
}

void read_portions(const FoodField&, const Node& n, Food& food, const RecordContext& cx, Diagnostics& errors) {
  if (!n.as_table()) {
    errors.push_back({location_of(n, cx.file), "\"portions\" must be a table: portions = { cup = 240, slice = 28 }",
                      {}});
    return;
  }
  for (const Node& value : n) {
    const std::string name = lowercase(trim(value.key));
    if (auto unit = find_unit(name); unit && unit->dimension != Dimension::volume) {
      errors.push_back({toml::key_location_of(value, cx.file),
                        fmt::format("\"{}\" is already a unit and cannot be a portion", name), {}});
      continue;
    }
    auto q = read_quantity(value, "portion " + name, true, cx.file, errors);
    if (!q) continue;
    if (q->kind == Kind::portion) {
      errors.push_back({location_of(value, cx.file),
                        fmt::format("portion \"{}\" must be grams (a number) or an amount in g or ml", name), {}});
      continue;
    }
    food.portions.push_back({name, *q});
  }
}

// A portion of unknown size comes from `per` ("1 slice") and is not written.
std::string write_portions(const FoodField&, const Food& food) {
  std::string out;
  for (const Portion& p : food.portions) {
    if (p.size.kind == Kind::portion) continue;
    const std::string size =
        p.size.kind == Kind::grams ? toml::number(p.size.value) : toml::quoted(amount_text(p.size));
    out += (out.empty() ? "{ " : ", ") + toml::key(p.name) + " = " + size;
  }
  return out.empty() ? "" : out + " }";
}

void read_texture(const FoodField& f, const Node& n, Food& food, const RecordContext& cx, Diagnostics& errors) {
  auto v = toml::read_string(n, f.key, cx.file, errors);
  if (!v) return;
  if (*v == "liquid" || *v == "smooth" || *v == "soft" || *v == "regular") food.texture = *v;
  else
    errors.push_back({location_of(n, cx.file), fmt::format("unknown texture \"{}\"", *v),
                      {"texture = \"liquid\", \"smooth\", \"soft\" or \"regular\""}});
}

void read_kind(const FoodField& f, const Node& n, Food& food, const RecordContext& cx, Diagnostics& errors) {
  if (!cx.kind_key_allowed) {
    errors.push_back({location_of(n, cx.file), "\"kind\" is given by the table: [[food]] or [[supplement]]", {}});
  } else if (auto s = toml::read_string(n, f.key, cx.file, errors)) {
    if (*s == "food") food.kind = FoodKind::food;
    else if (*s == "supplement") food.kind = FoodKind::supplement;
    else errors.push_back({location_of(n, cx.file), "\"kind\" must be \"food\" or \"supplement\"", {}});
  }
}

// A food file's record says its kind by its table, [[food]] or [[supplement]].
std::string write_kind(const FoodField&, const Food&) { return ""; }

constexpr FoodField fields[] = {
    {"name", &Food::name, nullptr, write_text},
    list("aliases", &Food::aliases, "aliases = [\"...\"]"),
    {"calcium_mg", number_member<&Food::calcium_mg>(), read_number, write_calcium_mg, not_negative},
    {"per", {}, read_per, write_per},
    number<&Food::vitamin_d_iu>("vitamin_d_iu", not_negative),
    number<&Food::magnesium_mg>("magnesium_mg", not_negative),
    number<&Food::energy_kcal>("energy_kcal", not_negative),
    number<&Food::protein_g>("protein_g", not_negative),
    number<&Food::phosphorus_mg>("phosphorus_mg", not_negative),
    {"portions", {}, read_portions, write_portions},
    text("default_portion", &Food::default_portion),
    number<&Food::absorption>("absorption", absorbed),
    text("absorption_source", &Food::absorption_source),
    list("tags", &Food::tags, "tags = [\"vegan\"]"),
    text("source", &Food::source),
    number<&Food::iddsi_level>("iddsi", iddsi_level),
    {"texture", &Food::texture, read_texture, write_text},
    {"kind", {}, read_kind, write_kind},
    text("form", &Food::form),
    number<&Food::calcium_fraction>("calcium_fraction", salt_fraction),
    text("fraction_source", &Food::fraction_source),
};
static_assert(fields[0].key == "name", "a diary's records are checked without the first key");

constexpr auto keys = [] {
  std::array<std::string_view, std::size(fields)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = fields[i].key;
  return out;
}();

} // namespace

std::span<const FoodField> food_fields() { return fields; }

std::span<const std::string_view> food_keys() { return keys; }

std::string write_food_toml(const Food& food) {
  std::string out = food.kind == FoodKind::supplement ? "[[supplement]]\n" : "[[food]]\n";
  for (const FoodField& field : fields)
    if (const std::string value = field.write(field, food); !value.empty())
      out += fmt::format("{} = {}\n", field.key, value);
  return out;
}

} // namespace catrack::foods
