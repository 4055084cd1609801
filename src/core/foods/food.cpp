#include "catrack/foods/food.hpp"

#include "catrack/util/text.hpp"
#include "catrack/util/numbers.hpp"

#include <fmt/format.h>

namespace catrack::foods {

using util::Diagnostic;
using util::format_number;
using util::join_or;
using util::same_singular;
using util::trim;

const Portion* Food::find_portion(std::string_view wanted_name) const {
  // Singular forms on both sides: "slices" finds "slice", "glass" finds "glass".
  for (const auto& portion : portions)
    if (same_singular(portion.name, wanted_name)) return &portion;
  return nullptr;
}

namespace {

using Kind = Quantity::Kind;

// Grams per millilitre, from a portion named after a volume unit whose size
// is in grams (SR28's "1 cup = 244 g"): the food's own density.
std::optional<double> density(const Food& food) {
  for (const auto& portion : food.portions) {
    const auto unit = find_unit(portion.name);
    if (unit && unit->dimension == Dimension::volume && portion.size.kind == Kind::grams)
      return portion.size.value / (unit->factor);
  }
  return std::nullopt;
}

// A quantity in grams or millilitres (portions expanded). nullopt when a
// portion has no size (a diary food given "per slice" without a weight).
std::optional<Quantity> expand(const Food& food, const Quantity& q) {
  if (q.kind != Kind::portion) return q;
  const Portion* p = food.find_portion(q.portion);
  if (!p || p->size.kind == Kind::portion) return std::nullopt;
  return Quantity{q.value * p->size.value, p->size.kind, {}};
}

std::optional<double> convert(const Food& food, const Quantity& from, Kind to) {
  const auto q = expand(food, from);
  if (!q) return std::nullopt;
  if (q->kind == to) return q->value;
  const auto d = density(food);
  if (!d) return std::nullopt;
  return to == Kind::grams ? q->value * *d : q->value / *d;
}

std::string portion_list(const Food& food) {
  const auto names = describe_portions(food);
  return names.empty() ? std::string() : join_or(names);
}

} // namespace

std::string describe_per(const Food& food) { return describe_quantity(food.per); }

std::string describe_quantity(const Quantity& q) {
  switch (q.kind) {
  case Quantity::Kind::grams: return format_number(q.value) + " g";
  case Quantity::Kind::millilitres: return format_number(q.value) + " ml";
  default: return format_number(q.value) + " " + q.portion;
  }
}

std::vector<std::string> describe_portions(const Food& food) {
  std::vector<std::string> out;
  for (const auto& p : food.portions) {
    if (p.size.kind == Kind::grams)
      out.push_back(fmt::format("{} ({} g)", p.name, format_number(p.size.value)));
    else if (p.size.kind == Kind::millilitres)
      out.push_back(fmt::format("{} ({} ml)", p.name, format_number(p.size.value)));
    else
      out.push_back(p.name);
  }
  return out;
}

util::Result<Measure> measure(const Food& food, const Amount& amount) {
  const auto fail = [&](std::string message) -> util::Result<Measure> {
    Diagnostic d;
    d.message = std::move(message);
    std::vector<std::string> units = unit_names();
    d.hints.push_back("units for any food: " + join_or(units));
    if (!food.portions.empty())
      d.hints.push_back(fmt::format("portions of \"{}\": {}", food.name, portion_list(food)));
    return util::fail(std::move(d));
  };

  Quantity q;
  const std::string_view unit_text = trim(amount.unit);
  if (unit_text.empty()) {
    if (food.default_portion.empty())
      return fail(fmt::format("\"{}\" has no default portion: give a unit, like \"{} g\"", food.name,
                              format_number(amount.number)));
    q = Quantity{amount.number, Kind::portion, food.default_portion};
  } else if (const Portion* p = food.find_portion(unit_text)) {
    // A food's own portion wins over a generic unit of the same name: SR28's
    // weight of a cup of kale beats a density guess.
    q = Quantity{amount.number, Kind::portion, p->name};
  } else if (const auto unit = find_unit(unit_text)) {
    if (unit->dimension == Dimension::vitamin_d)
      return fail(fmt::format("{} is a vitamin D unit; for a food, give its amount, and vitamin D as iu = ...",
                              unit->name));
    if (unit->name == "mg")
      return fail(fmt::format("\"{} mg\" of a food is ambiguous: give the food's weight in g, or its calcium "
                              "as calcium_mg = {}",
                              format_number(amount.number), format_number(amount.number)));
    q = Quantity{amount.number * unit->factor,
                 unit->dimension == Dimension::mass ? Kind::grams : Kind::millilitres, {}};
  } else {
    return fail(fmt::format("unknown unit \"{}\" for \"{}\"", unit_text, food.name));
  }

  Measure m;
  m.grams = convert(food, q, Kind::grams);
  if (food.per.kind == Kind::portion) {
    if (q.kind == Kind::portion && q.portion == food.per.portion) {
      m.per_units = q.value / food.per.value;
      return m;
    }
    // Both sides through grams (or millilitres) when the portion has a size.
    const Quantity per{food.per.value, Kind::portion, food.per.portion};
    for (Kind k : {Kind::grams, Kind::millilitres}) {
      const auto have = convert(food, q, k);
      const auto basis = convert(food, per, k);
      if (have && basis && *basis > 0) {
        m.per_units = *have / *basis;
        return m;
      }
    }
    return fail(fmt::format("\"{}\" is given per {}, and the weight of a {} is not known: give the amount in "
                            "{}s, or add its weight to the food's portions",
                            food.name, food.per.portion, food.per.portion, food.per.portion));
  }
  const auto have = food.per.kind == Kind::grams ? m.grams : convert(food, q, food.per.kind);
  if (!have) {
    if (food.per.kind == Kind::grams)
      return fail(fmt::format("\"{}\" has no volume portion, so \"{}\" cannot be weighed: give the amount in g "
                              "or oz",
                              food.name, amount.unit));
    return fail(fmt::format("\"{}\" is given per {} ml and has no weight for a volume: give the amount in ml, "
                            "l, cup, tbsp, tsp or fl oz",
                            food.name, format_number(food.per.value)));
  }
  m.per_units = *have / food.per.value;
  return m;
}

} // namespace catrack::foods
