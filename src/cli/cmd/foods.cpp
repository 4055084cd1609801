// catrack foods [QUERY]: search the food table like a search box;
// catrack foods --show NAME: one food's full record.

#include "cli/cmd/commands.hpp"

#include "catrack/calc/resolve.hpp"
#include "catrack/foods/facts.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/text.hpp"
#include "cli/exit.hpp"
#include "cli/io/food_files.hpp"
#include "cli/io/io.hpp"
#include "cli/render/records.hpp"

#include <cmath>
#include <fmt/format.h>
#include <iostream>

namespace catrack::cli::cmd {

using foods::Food;
using foods::FoodFacts;
using foods::FoodKind;
using foods::FoodTable;
using render::Fields;
using render::Value;
using term::printable;
using util::format_number;
using util::join;
using util::whole;

namespace {

std::string absorption_text(const Food& food) {
  if (food.kind == FoodKind::supplement && !food.has_calcium()) return "-";
  return food.absorption ? format_number(*food.absorption * 100) + " %"
                         : format_number(calc::default_absorption * 100) + " % (default)";
}

std::string usual_portion_text(const FoodFacts& facts) {
  const auto* usual = facts.usual();
  if (!usual) return {};
  return fmt::format("{} mg per {}{}", whole(usual->calcium_mg), usual->name,
                     usual->grams ? fmt::format(" ({} g)", format_number(*usual->grams)) : "");
}

std::string calcium_text(const FoodFacts& facts) {
  const Food& food = *facts.food;
  if (food.kind == FoodKind::supplement) {
    if (food.calcium_fraction) return format_number(*food.calcium_fraction * 100) + " % elemental";
    if (food.calcium_mg > 0) return usual_portion_text(facts);
    return food.has_calcium() ? "label value needed" : "no calcium";
  }
  std::string out = facts.calcium_mg_per_100g
                        ? fmt::format("{} mg/100 g", whole(*facts.calcium_mg_per_100g))
                        : fmt::format("{} mg per {}", format_number(food.calcium_mg), describe_per(food));
  if (const auto usual = usual_portion_text(facts); !usual.empty()) out += ", " + usual;
  return out;
}

std::string list_text(const std::vector<const Food*>& found) {
  std::string out;
  for (const Food* f : found) {
    out += printable(f->name) + "\n";
    std::vector<std::string> facts{calcium_text(foods::facts_of(*f))};
    if (f->kind == FoodKind::food) facts.push_back("absorbed " + absorption_text(*f));
    if (!f->texture.empty()) facts.push_back(f->texture);
    if (!f->tags.empty()) facts.push_back(join(f->tags, ", "));
    facts.push_back(printable(f->source.empty() ? f->origin : f->source));
    out += "    " + join(facts, "; ") + "\n";
  }
  return out;
}

std::string show_text(const Food& f, const FoodTable& table) {
  const FoodFacts facts = foods::facts_of(f);
  std::string out = printable(f.name) + "\n";
  const auto row = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) out += fmt::format("  {:<12} {}\n", key, printable(value));
  };
  row("kind", f.kind == FoodKind::food ? "food" : "supplement");
  row("aliases", join(f.aliases, ", "));
  row("calcium", calcium_text(facts));
  if (f.vitamin_d_iu) row("vitamin D", fmt::format("{} IU per {}", format_number(*f.vitamin_d_iu), describe_per(f)));
  std::vector<std::string> portions;
  for (const auto& p : facts.portions)
    portions.push_back(fmt::format("{}{}: {} mg{}", p.name, p.grams ? " (" + format_number(*p.grams) + " g)" : "",
                                   whole(p.calcium_mg), p.usual ? " (usual)" : ""));
  row("portions", join(portions, "; "));
  if (f.kind == FoodKind::food || f.has_calcium())
    row("absorbed", absorption_text(f) + (f.absorption_source.empty() ? "" : ", " + f.absorption_source));
  row("form", f.form);
  if (f.calcium_fraction) row("fraction", f.fraction_source);
  row("texture", f.texture.empty() ? "" : f.texture + " (catrack's default class; not an IDDSI assessment)");
  row("tags", join(f.tags, ", "));
  row("source", f.source);
  row("from", f.origin == "bundled" ? "bundled table" : f.origin);
  if (f.origin != "bundled" && table.shadows_lower(f)) row("note", "replaces the bundled food of this name");
  return out;
}

double one_decimal(double x) { return std::round(x * 10) / 10; }

Fields food_fields(const Food& f) {
  const FoodFacts facts = foods::facts_of(f);
  const auto* usual = facts.usual();
  Value::Table portions;
  for (const auto& p : facts.portions)
    portions.push_back(
        Fields{{"name", p.name}, {"grams", p.grams}, {"calcium_mg", one_decimal(p.calcium_mg)}, {"usual", p.usual}});
  const bool is_food = f.kind == FoodKind::food;
  return {{"name", f.name},
          {"aliases", Value::List(f.aliases)},
          {"kind", is_food ? "food" : "supplement"},
          {"calcium_mg_per_100g", is_food ? Value(facts.calcium_mg_per_100g) : Value()},
          {"vitamin_d_iu_per_100g", facts.vitamin_d_iu_per_100g},
          {"usual_portion", usual ? Value(usual->name) : Value()},
          {"usual_portion_g", usual ? Value(usual->grams) : Value()},
          {"usual_portion_calcium_mg", usual ? Value(whole(usual->calcium_mg)) : Value()},
          {"portions", std::move(portions)},
          {"absorption", f.absorption},
          {"absorption_source", f.absorption_source},
          {"calcium_fraction", f.calcium_fraction},
          {"form", f.form},
          {"texture", f.texture},
          {"tags", Value::List(f.tags)},
          {"source", f.source},
          {"origin", f.origin}};
}

// The foods asked for: the one --show names, or the search's results; or the
// exit status after saying there are none.
std::variant<std::vector<const Food*>, int> find_foods(const args::Foods& a, const FoodTable& table, Streams io) {
  if (!a.show.empty()) {
    if (const Food* food = table.find(a.show)) return std::vector<const Food*>{food};
    const auto near = table.suggest(a.show);
    io.err << fmt::format("catrack: no food named \"{}\"{}\n", printable(a.show),
                          near.empty() ? "" : "; did you mean \"" + join(near, "\", \"") + "\"?");
    return exit_findings;
  }
  const std::string query = join(a.words, " ");
  auto found = table.search(query, a.limit == 0 ? static_cast<std::size_t>(-1) : a.limit);
  if (found.empty()) {
    io.err << fmt::format("catrack: no food matches \"{}\"\n", printable(query));
    return exit_findings;
  }
  return found;
}

} // namespace

int run_foods(const args::Foods& a, Streams io) {
  const io::FoodTables tables = io::load_food_tables(a.foods, io.in, io.env);
  if (!tables.errors.empty()) {
    io::print_errors(io.err, tables.errors, tables.sources, term::Style{});
    return exit_input_error;
  }
  const FoodTable& table = tables.top();
  auto found = find_foods(a, table, io);
  if (auto* status = std::get_if<int>(&found)) return *status;
  const auto& foods = std::get<std::vector<const Food*>>(found);

  const render::Format format = io::parse_format(a.format);
  if (format == render::Format::text) {
    io.out << (a.show.empty() ? list_text(foods) : show_text(*foods.front(), table));
    return exit_ok;
  }
  render::Records records{"foods", "food", {}, food_fields(Food{})};
  for (const Food* f : foods) records.items.push_back(food_fields(*f));
  io.out << render::render_records(records, format);
  return exit_ok;
}

} // namespace catrack::cli::cmd
