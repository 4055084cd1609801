#include "catrack/calc/calculator.hpp"

#include "catrack/diary/reader.hpp"
#include "catrack/util/text.hpp"
#include "catrack/util/numbers.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace catrack::calc {

using diary::Day;
using diary::DayTotal;
using diary::Diary;
using diary::Entry;
using diary::EntryKind;
using diary::duplicate_total_errors;
using foods::Amount;
using foods::AmountError;
using foods::Dimension;
using foods::Food;
using foods::FoodKind;
using foods::FoodTable;
using foods::Measure;
using foods::Portion;
using foods::describe_quantity;
using foods::find_unit;
using foods::measure;
using foods::parse_amount;
using util::Diagnostic;
using util::Location;
using util::format_number;
using util::join_or;
using util::trim;

namespace {

// Plausibility limits (docs/FORMAT.md, "Limits"): past them an entry is far
// more likely a typo than a meal, and a typo must not become a total.
constexpr double max_grams_per_entry = 5000;
constexpr double max_supplement_mg_per_entry = 5000;
constexpr double max_food_mg_per_entry = 5000;
constexpr double max_vitamin_d_iu_per_entry = 1000000;
// A whole day's total from an export: far above any real day, well below
// what a unit mix-up (mg for ug, a summed year) gives.
constexpr double max_day_total_mg = 20000;

const std::vector<std::string> amount_hints{
    "amounts look like \"1 cup\", \"170 g\", \"1/2 cup\", \"1 1/2 slices\" or \"2\""};

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

} // namespace

// "2 slices swiss", "1 cup skim milk": a shorthand with the amount first.
// Tried only when the usual "<item> <amount>" reading finds no food: the
// number, then a unit of up to two words (or none), then a known food. A
// bare count ("2 sardines") counts the food's portion of that name, never a
// default cup or can: "3 almonds" is three nuts, not three cups.
std::optional<Entry> amount_first(const Entry& e, const FoodTable& table) {
  const std::string_view text = trim(e.shorthand);
  if (text.empty() || !(std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '.'))
    return std::nullopt;
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);

  std::optional<Entry> unit_unknown; // a food was found but does not know the unit
  const auto entry = [&](const std::string& item, const std::string& amount) {
    Entry out = e;
    out.item = item;
    out.amount = amount;
    out.amount_at = e.item_at;
    return out;
  };
  for (std::size_t number_words : {2u, 1u}) {
    if (words.size() <= number_words) continue;
    std::string number;
    for (std::size_t i = 0; i < number_words; ++i) number += (i ? " " : "") + words[i];
    auto n = parse_amount(number);
    if (!std::holds_alternative<Amount>(n) || !std::get<Amount>(n).unit.empty()) continue;
    for (std::size_t unit_words : {2u, 1u, 0u}) {
      if (words.size() <= number_words + unit_words) continue;
      std::string unit, item;
      for (std::size_t i = number_words; i < number_words + unit_words; ++i)
        unit += (unit.empty() ? "" : " ") + words[i];
      for (std::size_t i = number_words + unit_words; i < words.size(); ++i)
        item += (item.empty() ? "" : " ") + words[i];
      const Food* food = table.find(item);
      if (!food) continue;
      if (unit.empty()) {
        const Portion* own = food->find_portion(words.back());
        if (own) return entry(item, number + " " + own->name);
        // "2 eggs", "2 bananas": the usual size of a whole thing.
        static const std::vector<std::string> sizes{"small", "medium", "large", "extra large", "jumbo", "piece", "whole"};
        const bool whole_thing = std::find(sizes.begin(), sizes.end(), food->default_portion) != sizes.end();
        if (food->kind == FoodKind::food && !whole_thing) continue;
        return entry(item, number);
      }
      const std::string amount = number + " " + unit;
      auto parsed = parse_amount(amount);
      if (!std::holds_alternative<Amount>(parsed)) continue;
      if (food->kind == FoodKind::food && !std::holds_alternative<Measure>(measure(*food, std::get<Amount>(parsed)))) {
        unit_unknown = entry(item, amount); // the last tried has the longest food name
        continue;
      }
      return entry(item, amount);
    }
  }
  return unit_unknown;
}

namespace {

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

  std::optional<Amount> amount;
  if (e.amount) {
    auto parsed = parse_amount(*e.amount);
    if (auto* err = std::get_if<AmountError>(&parsed))
      return error(e.amount_at, fmt::format("invalid amount \"{}\": {}", *e.amount, err->message), amount_hints);
    amount = std::move(std::get<Amount>(parsed));
  }
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
      if (auto m = measure(*food, *amount); std::holds_alternative<Measure>(m)) {
        r.grams = std::get<Measure>(m).grams;
        if (food->vitamin_d_iu) vitamin_d = std::get<Measure>(m).per_units * *food->vitamin_d_iu * e.count;
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
        return error(e.amount_at, fmt::format("\"{}\" has no calcium; give its vitamin D as iu = ... or "
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
      if (auto* d = std::get_if<Diagnostic>(&m)) return located(*d, amount ? e.amount_at : e.at);
      const double units = std::get<Measure>(m).per_units;
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
      return error(e.amount_at, fmt::format("{} is a vitamin D unit: give the food's amount, and its vitamin D as "
                                            "iu = ...", unit->name));
    auto m = measure(*food, amount.value_or(Amount{1, {}}));
    if (auto* d = std::get_if<Diagnostic>(&m)) return located(*d, amount ? e.amount_at : e.item_at);
    const auto& measured = std::get<Measure>(m);
    calcium = measured.per_units * food->calcium_mg * e.count;
    if (food->vitamin_d_iu) vitamin_d = measured.per_units * *food->vitamin_d_iu * e.count;
    if (measured.grams) r.grams = *measured.grams * e.count;
    if (r.grams && *r.grams > max_grams_per_entry)
      return error(amount ? e.amount_at : e.item_at,
                   fmt::format("{} g of one food in one entry is more than the limit of {} g: check the amount",
                               format_number(*r.grams), max_grams_per_entry));
    how = per_food(*food);
  }
  if (!supplement && calcium > max_food_mg_per_entry)
    return error(e.at, fmt::format("{} mg of calcium in one food entry is more than the limit of {} mg: check the "
                                   "amount", format_number(calcium), max_food_mg_per_entry));
  if (supplement && calcium > max_supplement_mg_per_entry)
    return error(e.at, fmt::format("{} mg of elemental calcium in one supplement entry is more than the limit of {} "
                                   "mg: check the amount (salt_mg is the compound's weight; calcium_mg and \"mg\" "
                                   "amounts are elemental calcium)",
                                   format_number(calcium), max_supplement_mg_per_entry));

  if (e.vitamin_d_iu) vitamin_d = *e.vitamin_d_iu * e.count;
  if (vitamin_d > max_vitamin_d_iu_per_entry)
    return error(e.at, fmt::format("{} IU of vitamin D in one entry is more than the limit of {} IU: check the "
                                   "amount (1 mcg = 40 IU)", format_number(vitamin_d), max_vitamin_d_iu_per_entry));
  r.calcium_mg = calcium;
  r.vitamin_d_iu = vitamin_d;
  r.absorbable_mg = calcium * r.absorption;
  return std::nullopt;
}

// resolve_entry into `r`, which can be the day's own slot: an EntryResult is
// large to move.
std::optional<Diagnostic> resolve_into(Entry&& e, const FoodTable& table, EntryResult& r,
                                       FoundFoods* found = nullptr) {
  const Food* food = found ? found->find(e.item) : table.find(e.item);
  if (!food)
    if (auto flipped = amount_first(e, table)) {
      e = std::move(*flipped);
      food = table.find(e.item);
    }
  if (auto problem = resolve(e, food, table, r)) return problem;
  r.entry = std::move(e);
  return std::nullopt;
}

} // namespace

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

std::variant<EntryResult, Diagnostic> resolve_entry(Entry e, const FoodTable& table) {
  EntryResult r;
  if (auto problem = resolve_into(std::move(e), table, r)) return std::move(*problem);
  return r;
}

namespace {

// A day known only by its total: the total is all there is; the split and
// the absorbable estimate stay unknown rather than guessed.
std::optional<Diagnostic> take_total(const DayTotal& total, DayResult& d) {
  if (total.calcium_mg > max_day_total_mg)
    return error(total.at, fmt::format("a day total of {} mg of calcium is more than the limit of {} mg: check the "
                                       "export",
                                       format_number(total.calcium_mg), max_day_total_mg));
  if (total.vitamin_d_iu && *total.vitamin_d_iu > max_vitamin_d_iu_per_entry)
    return error(total.at, fmt::format("a day total of {} IU of vitamin D is more than the limit of {} IU: check "
                                       "the export",
                                       format_number(*total.vitamin_d_iu), max_vitamin_d_iu_per_entry));
  d.split_known = false;
  d.calcium_mg = total.calcium_mg;
  d.vitamin_d_known = total.vitamin_d_iu.has_value();
  d.vitamin_d_iu = total.vitamin_d_iu.value_or(0);
  return std::nullopt;
}

} // namespace

const Food* FoundFoods::find(std::string_view name) {
  if (auto it = found_.find(name); it != found_.end()) return it->second;
  const Food* food = table_.find(name);
  found_.emplace(std::string(name), food);
  return food;
}

Calculator::Calculator(const Diary& diary, const FoodTable& table)
    : profile_(diary.profile), profile_places_(diary.profile_places), table_(table), found_(table), errors_(duplicate_total_errors(diary.days)) {}

DayResult Calculator::day(Day& day) {
  DayResult d;
  d.date = day.date;
  d.notes_text = std::move(day.notes);
  d.entries.reserve(day.entries.size());
  if (day.total) {
    if (!day.entries.empty())
      errors_.push_back(error(day.total->at, "a day total is the whole day: it cannot also have entries"));
    else if (auto problem = take_total(*day.total, d))
      errors_.push_back(std::move(*problem));
  }
  for (Entry& e : day.entries) {
    EntryResult& r = d.entries.emplace_back();
    if (auto problem = resolve_into(std::move(e), table_, r, &found_)) {
      d.entries.pop_back();
      errors_.push_back(std::move(*problem));
      continue;
    }
    d.calcium_mg += r.calcium_mg;
    d.absorbable_mg += r.absorbable_mg;
    d.vitamin_d_iu += r.vitamin_d_iu;
    if (r.entry.kind == EntryKind::supplement) {
      d.supplement_mg += r.calcium_mg;
      d.vitamin_d_supplement_iu += r.vitamin_d_iu;
      if (r.calcium_mg > 0 && !r.entry.minute_of_day) ++d.untimed_supplements;
    } else {
      d.dietary_mg += r.calcium_mg;
      d.vitamin_d_dietary_iu += r.vitamin_d_iu;
    }
  }
  // The entries now live on in the results: release their moved-from
  // shells, so that a long diary is not held twice over.
  std::vector<Entry>().swap(day.entries);
  auto ref = reference_values(profile_, profile_places_, day.date);
  if (auto* diag = std::get_if<Diagnostic>(&ref)) {
    if (!reference_error_seen_) errors_.push_back(*diag);
    reference_error_seen_ = true;
  } else {
    d.reference = std::get<ReferenceValues>(ref);
  }
  return d;
}

DiaryResult calculate(Diary diary, const FoodTable& table) {
  DiaryResult out;
  Calculator calculator(diary, table);
  out.days.reserve(diary.days.size());
  for (Day& day : diary.days) out.days.push_back(calculator.day(day));
  out.errors = calculator.take_errors();
  if (!out.errors.empty()) out.days.clear();
  return out;
}

} // namespace catrack::calc
