#include "catrack/calc/resolve.hpp"

#include "calc/limits.hpp"

#include "catrack/util/numbers.hpp"
#include "catrack/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::calc {

using diary::Entry;
using diary::EntryKind;
using foods::Amount;
using foods::Dimension;
using foods::Food;
using foods::FoodKind;
using foods::FoodTable;
using foods::Measure;
using foods::Portion;
using foods::describe_quantity;
using foods::find_unit;
using foods::measure;
using util::Diagnostic;
using util::Location;
using util::format_number;
using util::join_or;

namespace {

Diagnostic located(Diagnostic d, const Location& at) {
  d.where = at;
  return d;
}

Diagnostic error(const Location& at, std::string message, std::vector<std::string> hints = {}) {
  return {at, std::move(message), std::move(hints)};
}

using Basis = Working::Basis;

// Label values (calcium_mg, dv_percent) give the calcium of the whole entry.
std::optional<double> label_calcium(const Entry& e, Working& how) {
  if (e.calcium_mg) {
    how.basis = Basis::label_mg;
    how.mg = *e.calcium_mg;
    return *e.calcium_mg;
  }
  if (e.dv_percent) {
    how.basis = Basis::label_dv;
    how.dv_percent = *e.dv_percent;
    how.dv_basis_mg = e.dv_basis_mg;
    return *e.dv_percent / 100.0 * e.dv_basis_mg;
  }
  return std::nullopt;
}

Working per_food(const Food& food) {
  Working how;
  how.basis = Basis::per_food;
  how.mg = food.calcium_mg;
  how.per = food.per;
  return how;
}

// "2 slices swiss", "1 cup skim milk": a shorthand with the amount first,
// tried only when the usual "<item> <amount>" reading finds no food; the
// reader has worked out the readings (diary::amount_first_readings). A bare
// count ("2 sardines") counts the food's portion of that name, never a
// default cup or can: "3 almonds" is three nuts, not three cups.
std::optional<Entry> amount_first(const Entry& e, FoundFoods& found) {
  std::optional<Entry> unit_unknown; // a food was found but does not know the unit
  const auto entry = [&](const std::string& item, Amount amount, std::string text) {
    Entry out = e;
    out.item = item;
    out.amount = diary::WrittenAmount{std::move(amount), std::move(text), e.item_at};
    out.amount_first.clear();
    return out;
  };
  for (const auto& reading : e.amount_first) {
    const Food* food = found.find(reading.item);
    if (!food) continue;
    if (reading.amount.unit.empty()) {
      if (const Portion* own = food->find_portion(reading.last_word))
        return entry(reading.item, Amount{reading.amount.number, own->name}, reading.amount_text + " " + own->name);
      // "2 eggs", "2 bananas": the usual size of a whole thing.
      static const std::vector<std::string> sizes{"small", "medium", "large", "extra large", "jumbo", "piece", "whole"};
      const bool whole_thing = std::find(sizes.begin(), sizes.end(), food->default_portion) != sizes.end();
      if (food->kind == FoodKind::food && !whole_thing) continue;
      return entry(reading.item, reading.amount, reading.amount_text);
    }
    if (food->kind == FoodKind::food && !measure(*food, reading.amount)) {
      unit_unknown = entry(reading.item, reading.amount, reading.amount_text); // the last tried has the longest food name
      continue;
    }
    return entry(reading.item, reading.amount, reading.amount_text);
  }
  return unit_unknown;
}

// Works `e` out into `r`, all but r.entry, which the caller moves in; `food`
// is what the table found for its item.
std::optional<Diagnostic> resolve(const Entry& e, const Food* food, const FoodTable& table, EntryResult& r) {
  const bool supplement = e.kind == EntryKind::supplement;
  Working& how = r.working;
  const auto label = label_calcium(e, how);

  if (!food) {
    if (const auto several = table.ambiguous(e.item); !several.empty() && !label) {
      std::vector<std::string> names;
      for (const Food* f : several) names.push_back("\"" + f->name + "\"");
      return error(e.item_at, fmt::format("\"{}\" could be more than one food: write the one you mean", e.item),
                   {"one of " + join_or(names)});
    }
    if (!label) {
      auto names = table.suggest(e.item);
      Diagnostic d = error(e.item_at, fmt::format("unknown {} \"{}\"", supplement ? "supplement" : "food", e.item));
      for (auto& n : names) n = "\"" + n + "\"";
      if (!names.empty()) d.hints.push_back("did you mean " + join_or(names) + "?");
      d.hints.push_back("or give its calcium from the label: calcium_mg = ... or dv_percent = ...");
      d.hints.push_back("or define it under [foods] in the diary");
      return d;
    }
    r.source = "label";
    r.origin = "label";
  } else {
    if (supplement && food->kind == FoodKind::food)
      return error(e.item_at, fmt::format("\"{}\" is a food: list it under food, not supplement", food->name));
    if (!supplement && food->kind == FoodKind::supplement)
      return error(e.item_at, fmt::format("\"{}\" is a supplement: list it under supplement, so it counts as "
                                          "supplement calcium", food->name));
    r.food = food->name;
    r.source = food->source;
    r.origin = food->origin;
    r.shadows_bundled = food->origin != "bundled" && table.shadows_lower(*food);
    r.form = food->form;
    if (food->absorption) {
      r.absorption = *food->absorption;
      r.absorption_is_default = false;
    }
  }

  const std::optional<Amount> amount = e.amount ? std::optional<Amount>(e.amount->value) : std::nullopt;
  const Location& amount_at = e.amount ? e.amount->at : e.at;
  const auto unit = amount ? find_unit(amount->unit) : std::nullopt;
  const bool unit_is_vitamin_d = unit && unit->dimension == Dimension::vitamin_d;
  const double unit_factor = unit ? unit->factor : 1.0;
  const bool unit_is_mg = unit && unit->name == "mg";

  double calcium = 0;
  double vitamin_d = 0;
  if (label) {
    calcium = *label * e.count;
    // The amount tells the weight, when it can, and the table still gives
    // the vitamin D: a label value replaces only the calcium.
    if (food && amount && !unit_is_vitamin_d && !unit_is_mg)
      if (auto m = measure(*food, *amount); m.has_value()) {
        r.grams = m.value().grams;
        if (food->vitamin_d_iu) vitamin_d = m.value().per_units * *food->vitamin_d_iu * e.count;
      }
    if (!food && unit && unit->dimension == Dimension::mass && !unit_is_mg) r.grams = amount->number * unit->factor;
    if (r.grams) *r.grams *= e.count;
  } else if (e.salt_mg) {
    if (!food->calcium_fraction)
      return error(e.at, fmt::format("\"{}\" has no single calcium fraction: give calcium_mg, the elemental "
                                      "calcium printed on the label", food->name));
    calcium = *e.salt_mg * *food->calcium_fraction * e.count;
    how.basis = Basis::salt;
    how.mg = *e.salt_mg;
    how.calcium_fraction = *food->calcium_fraction;
  } else if (supplement) {
    if (amount && unit_is_mg) {
      if (!food->has_calcium())
        return error(amount_at, fmt::format("\"{}\" has no calcium; give its vitamin D as iu = ... or "
                                              "\"1000 IU\"", food->name));
      calcium = amount->number * e.count;
      how.basis = Basis::elemental_mg;
      how.mg = amount->number;
    } else if (amount && unit_is_vitamin_d) {
      if (food->has_calcium())
        return error(e.at, fmt::format("how much calcium is in this \"{}\"? give calcium_mg (elemental, from the "
                                       "label), salt_mg, or an amount like \"500 mg\"; vitamin D goes in iu = ...",
                                       food->name));
      vitamin_d = amount->number * unit_factor * e.count;
    } else if (food->calcium_mg > 0) {
      auto m = measure(*food, amount.value_or(Amount{1, {}}));
      if (!m) return located(m.error(), amount ? amount_at : e.at);
      const double units = m.value().per_units;
      calcium = units * food->calcium_mg * e.count;
      if (food->vitamin_d_iu) vitamin_d = units * *food->vitamin_d_iu * e.count;
      how = per_food(*food);
    } else if (food->has_calcium()) {
      return error(e.at,
                   fmt::format("how much calcium? give calcium_mg (elemental, from the label), salt_mg (the "
                               "compound's weight), or an amount like \"{} 500 mg\"", e.item),
                   {"calcium_mg = 500 is the elemental calcium printed on Supplement Facts labels"});
    } else if (!e.vitamin_d_iu) {
      return error(e.at, fmt::format("how much vitamin D? give iu = 1000, vitamin_d_mcg = 25, or \"{} 1000 IU\"",
                                     e.item));
    }
  } else {
    if (amount && unit_is_vitamin_d)
      return error(amount_at, fmt::format("{} is a vitamin D unit: give the food's amount, and its vitamin D as "
                                            "iu = ...", unit->name));
    auto m = measure(*food, amount.value_or(Amount{1, {}}));
    if (!m) return located(m.error(), amount ? amount_at : e.item_at);
    const auto& measured = m.value();
    calcium = measured.per_units * food->calcium_mg * e.count;
    if (food->vitamin_d_iu) vitamin_d = measured.per_units * *food->vitamin_d_iu * e.count;
    if (measured.grams) r.grams = *measured.grams * e.count;
    if (r.grams && *r.grams > limits::grams_per_entry)
      return error(amount ? amount_at : e.item_at,
                   fmt::format("{} g of one food in one entry is more than the limit of {} g: check the amount",
                               format_number(*r.grams), limits::grams_per_entry));
    how = per_food(*food);
  }
  if (!supplement && calcium > limits::food_mg_per_entry)
    return error(e.at, fmt::format("{} mg of calcium in one food entry is more than the limit of {} mg: check the "
                                   "amount", format_number(calcium), limits::food_mg_per_entry));
  if (supplement && calcium > limits::supplement_mg_per_entry)
    return error(e.at, fmt::format("{} mg of elemental calcium in one supplement entry is more than the limit of {} "
                                   "mg: check the amount (salt_mg is the compound's weight; calcium_mg and \"mg\" "
                                   "amounts are elemental calcium)",
                                   format_number(calcium), limits::supplement_mg_per_entry));

  if (e.vitamin_d_iu) vitamin_d = *e.vitamin_d_iu * e.count;
  if (vitamin_d > limits::vitamin_d_iu_per_entry)
    return error(e.at, fmt::format("{} IU of vitamin D in one entry is more than the limit of {} IU: check the "
                                   "amount (1 mcg = 40 IU)", format_number(vitamin_d), limits::vitamin_d_iu_per_entry));
  r.calcium_mg = calcium;
  r.vitamin_d_iu = vitamin_d;
  r.absorbable_mg = calcium * r.absorption;
  return std::nullopt;
}

} // namespace

std::optional<Diagnostic> resolve_entry(Entry e, FoundFoods& found, EntryResult& r) {
  const Food* food = found.find(e.item);
  if (!food)
    if (auto flipped = amount_first(e, found)) {
      e = std::move(*flipped);
      food = found.find(e.item);
    }
  if (auto problem = resolve(e, food, found.table(), r)) return problem;
  r.entry = std::move(e);
  return std::nullopt;
}

std::string how_text(const EntryResult& r) {
  const Working& w = r.working;
  std::string out;
  switch (w.basis) {
  case Basis::none: break;
  case Basis::label_mg: out = format_number(w.mg) + " mg from the label"; break;
  case Basis::label_dv:
    out = format_number(w.dv_percent) + " % DV x " + format_number(w.dv_basis_mg) + " mg from the label";
    break;
  case Basis::salt:
    out = "salt " + format_number(w.mg) + " mg x " + format_number(w.calcium_fraction * 100) + " % elemental";
    break;
  case Basis::elemental_mg: out = format_number(w.mg) + " mg elemental calcium from the label"; break;
  case Basis::per_food: out = format_number(w.mg) + " mg per " + describe_quantity(w.per); break;
  }
  if (r.entry.count != 1) out += " x " + format_number(r.entry.count);
  return out;
}

util::Result<EntryResult> resolve_entry(Entry e, const FoodTable& table) {
  FoundFoods found(table);
  EntryResult r;
  if (auto problem = resolve_entry(std::move(e), found, r)) return util::fail(std::move(*problem));
  return r;
}

const Food* FoundFoods::find(std::string_view name) {
  if (auto it = found_.find(name); it != found_.end()) return it->second;
  const Food* food = table_.find(name);
  found_.emplace(std::string(name), food);
  return food;
}

} // namespace catrack::calc
