// catrack foods [QUERY]: search the food table like a search box;
// catrack foods --show NAME: one food's full record.

#include "cli/cmd/commands.hpp"

#include "catrack/foods/amount.hpp"
#include "catrack/calc/calculator.hpp"
#include "catrack/util/text.hpp"
#include "cli/app.hpp"
#include "cli/io/io.hpp"
#include "cli/render/json_writer.hpp"
#include "cli/io/food_files.hpp"
#include "catrack/util/numbers.hpp"

#include <CLI/CLI.hpp>
#include <cmath>
#include <fmt/format.h>
#include <iostream>

namespace catrack::cli::cmd {

using calc::default_absorption;
using cli::exit_findings;
using cli::exit_input_error;
using cli::exit_ok;
using io::FoodOptions;
using io::FoodTables;
using io::add_food_options;
using io::load_food_tables;
using io::print_errors;
using render::JsonWriter;
using render::csv_cell;
using term::Style;
using term::printable;
using foods::Amount;
using foods::Food;
using foods::FoodKind;
using foods::FoodTable;
using foods::Measure;
using foods::Quantity;
using foods::describe_per;
using foods::measure;
using util::format_number;
using util::whole;

namespace {

struct PortionCalcium {
  std::string name;
  std::optional<double> grams;
  double calcium_mg;
};

std::vector<PortionCalcium> portion_calcium(const Food& food) {
  std::vector<PortionCalcium> out;
  for (const auto& p : food.portions) {
    auto m = measure(food, Amount{1, p.name});
    if (!std::holds_alternative<Measure>(m)) continue;
    const auto& measured = std::get<Measure>(m);
    out.push_back({p.name, measured.grams, measured.per_units * food.calcium_mg});
  }
  return out;
}

// Calcium per 100 g when the food's weight can be known.
std::optional<double> per_100_g(const Food& food) {
  auto m = measure(food, Amount{100, "g"});
  if (!std::holds_alternative<Measure>(m)) return std::nullopt;
  return std::get<Measure>(m).per_units * food.calcium_mg;
}

std::string absorption_text(const Food& food) {
  if (food.kind == FoodKind::supplement && !food.has_calcium()) return "-";
  return food.absorption ? format_number(*food.absorption * 100) + " %"
                         : format_number(default_absorption * 100) + " % (default)";
}

std::string usual_portion(const Food& food) {
  for (const auto& pc : portion_calcium(food))
    if (pc.name == food.default_portion)
      return fmt::format("{} mg per {}{}", whole(pc.calcium_mg), pc.name,
                         pc.grams ? fmt::format(" ({} g)", format_number(*pc.grams)) : "");
  return {};
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

std::string calcium_text(const Food& food) {
  if (food.kind == FoodKind::supplement) {
    if (food.calcium_fraction) return format_number(*food.calcium_fraction * 100) + " % elemental";
    if (food.calcium_mg > 0) return usual_portion(food);
    return food.has_calcium() ? "label value needed" : "no calcium";
  }
  const auto per100 = per_100_g(food);
  std::string out = per100 ? fmt::format("{} mg/100 g", whole(*per100))
                           : fmt::format("{} mg per {}", format_number(food.calcium_mg), describe_per(food));
  const auto usual = usual_portion(food);
  if (!usual.empty()) out += ", " + usual;
  return out;
}

std::string list_text(const std::vector<const Food*>& foods) {
  std::string out;
  for (const Food* f : foods) {
    out += printable(f->name) + "\n";
    std::vector<std::string> facts{calcium_text(*f)};
    if (f->kind == FoodKind::food) facts.push_back("absorbed " + absorption_text(*f));
    if (!f->texture.empty()) facts.push_back(f->texture);
    if (!f->tags.empty()) facts.push_back(join(f->tags, ", "));
    facts.push_back(printable(f->source.empty() ? f->origin : f->source));
    std::string line = "    " + join(facts, "; ");
    out += line + "\n";
  }
  return out;
}

std::string show_text(const Food& f, const FoodTable& table) {
  std::string out = printable(f.name) + "\n";
  const auto row = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) out += fmt::format("  {:<12} {}\n", key, printable(value));
  };
  row("kind", f.kind == FoodKind::food ? "food" : "supplement");
  row("aliases", join(f.aliases, ", "));
  row("calcium", calcium_text(f));
  if (f.vitamin_d_iu)
    row("vitamin D", fmt::format("{} IU per {}", format_number(*f.vitamin_d_iu), describe_per(f)));
  std::vector<std::string> portions;
  for (const auto& pc : portion_calcium(f))
    portions.push_back(fmt::format("{}{}: {} mg{}", pc.name, pc.grams ? " (" + format_number(*pc.grams) + " g)" : "",
                                   whole(pc.calcium_mg), pc.name == f.default_portion ? " (usual)" : ""));
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

void food_json(JsonWriter& w, const Food& f) {
  w.begin_object();
  w.field("name", f.name);
  w.key("aliases").begin_array();
  for (const auto& a : f.aliases) w.value(a);
  w.end_array();
  w.field("kind", f.kind == FoodKind::food ? "food" : "supplement");
  w.key("calcium_mg_per_100g");
  if (auto v = per_100_g(f); v && f.kind == FoodKind::food) w.value(*v);
  else w.null();
  w.key("vitamin_d_iu_per_100g");
  if (f.vitamin_d_iu && f.per.kind == Quantity::Kind::grams) w.value(*f.vitamin_d_iu * 100 / f.per.value);
  else w.null();
  w.key("portions").begin_array();
  for (const auto& pc : portion_calcium(f)) {
    w.begin_object();
    w.field("name", pc.name);
    w.key("grams");
    if (pc.grams) w.value(*pc.grams);
    else w.null();
    w.field("calcium_mg", std::round(pc.calcium_mg * 10) / 10);
    w.field("usual", pc.name == f.default_portion);
    w.end_object();
  }
  w.end_array();
  w.key("absorption");
  if (f.absorption) w.value(*f.absorption);
  else w.null();
  w.field("absorption_source", f.absorption_source);
  w.key("calcium_fraction");
  if (f.calcium_fraction) w.value(*f.calcium_fraction);
  else w.null();
  w.field("form", f.form);
  w.field("texture", f.texture);
  w.key("tags").begin_array();
  for (const auto& t : f.tags) w.value(t);
  w.end_array();
  w.field("source", f.source);
  w.field("origin", f.origin);
  w.end_object();
}


std::string csv_rows(const std::vector<const Food*>& foods, char sep) {
  std::string out = fmt::format(
      "name{0}kind{0}calcium_mg_per_100g{0}usual_portion{0}usual_portion_g{0}usual_portion_calcium_mg{0}absorption{0}"
      "texture{0}tags{0}source\n",
      sep);
  for (const Food* f : foods) {
    std::string portion, grams, calcium;
    for (const auto& pc : portion_calcium(*f))
      if (pc.name == f->default_portion) {
        portion = pc.name;
        grams = pc.grams ? format_number(*pc.grams) : "";
        calcium = fmt::format("{}", whole(pc.calcium_mg));
      }
    const auto per100 = f->kind == FoodKind::food ? per_100_g(*f) : std::nullopt;
    out += join({csv_cell(f->name, sep), f->kind == FoodKind::food ? "food" : "supplement",
                 per100 ? fmt::format("{}", *per100) : "", csv_cell(portion, sep), grams, calcium,
                 f->absorption ? format_number(*f->absorption) : "", f->texture, csv_cell(join(f->tags, ";"), sep),
                 csv_cell(f->source, sep)},
                std::string(1, sep)) +
           "\n";
  }
  return out;
}

} // namespace

int run_foods(const std::vector<std::string>& args, Streams io) {
  std::vector<std::string> words;
  std::string show;
  std::string format = "text";
  std::size_t limit = 10;
  FoodOptions food_options;
  CLI::App app{"Search the food table: calcium per 100 g and per usual portion, absorption,\n"
               "texture, tags and source. Exit 1 when nothing matches.",
               "catrack foods"};
  app.add_option("query", words, "Words to look for, e.g. greek yogurt (none: every food)");
  app.add_option("--show", show, "Print one food's full record")->type_name("NAME");
  app.add_option("-n,--limit", limit, "How many results (default 10; 0 for all)");
  app.add_option("--format", format, "text (default), json, ndjson, csv or tsv")
      ->check(CLI::IsMember({"text", "json", "ndjson", "csv", "tsv"}));
  add_food_options(app, food_options);
  if (auto status = parse_arguments(app, args, io)) return *status;

  const FoodTables tables = load_food_tables(food_options, io.in, io.env);
  if (!tables.errors.empty()) {
    print_errors(io.err, tables.errors, tables.sources, Style{});
    return exit_input_error;
  }
  const FoodTable& table = tables.top();

  std::vector<const Food*> found;
  if (!show.empty()) {
    const Food* food = table.find(show);
    if (!food) {
      const auto near = table.suggest(show);
      io.err << fmt::format("catrack: no food named \"{}\"{}\n", printable(show),
                            near.empty() ? "" : "; did you mean \"" + join(near, "\", \"") + "\"?");
      return exit_findings;
    }
    found.push_back(food);
  } else {
    const std::string query = join(words, " ");
    found = table.search(query, limit == 0 ? static_cast<std::size_t>(-1) : limit);
    if (found.empty()) {
      io.err << fmt::format("catrack: no food matches \"{}\"\n", printable(query));
      return exit_findings;
    }
  }

  std::string out;
  if (format == "json") {
    JsonWriter w(out);
    w.begin_array();
    for (const Food* f : found) food_json(w, *f);
    w.end_array();
    out += "\n";
  } else if (format == "ndjson") {
    for (const Food* f : found) {
      JsonWriter w(out);
      food_json(w, *f);
      out += "\n";
    }
  } else if (format == "csv" || format == "tsv") {
    out = csv_rows(found, format == "csv" ? ',' : '\t');
  } else {
    out = show.empty() ? list_text(found) : show_text(*found.front(), table);
  }
  io.out << out;
  return exit_ok;
}

} // namespace catrack::cli::cmd
