// catrack suggest: foods that would close a calcium gap, for a gap given in
// mg or the mean daily gap of a diary. Foods only, never a supplement.

#include "cli/cmd/commands.hpp"

#include "catrack/diary/reader.hpp"
#include "catrack/import/export_reader.hpp"
#include "catrack/foods/diet.hpp"
#include "catrack/rules/rules.hpp"
#include "catrack/report/report.hpp"
#include "catrack/plan/suggest.hpp"
#include "catrack/util/text.hpp"
#include "cli/app.hpp"
#include "cli/io/io.hpp"
#include "cli/render/json_writer.hpp"
#include "cli/io/food_files.hpp"
#include "catrack/util/numbers.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

namespace catrack::cli::cmd {

using cli::exit_input_error;
using cli::exit_ok;
using io::FoodOptions;
using io::FoodTables;
using io::Input;
using io::add_food_options;
using io::load_food_tables;
using io::print_errors;
using io::read_input;
using io::usage_error;
using render::JsonWriter;
using render::csv_cell;
using render::reminder;
using term::Style;
using term::printable;
using diary::Profile;
using foods::is_known_diet_tag;
using foods::known_diet_tags;
using import::read_any_diary;
using plan::SuggestRequest;
using plan::Suggestion;
using plan::describe_serving;
using plan::suggest_foods;
using report::DiaryReport;
using report::build_report;
using util::Diagnostic;
using util::join_or;
using util::lowercase;
using util::whole;

int run_suggest(const std::vector<std::string>& args, Streams io) {
  double gap = 0;
  std::string from;
  std::vector<std::string> diet;
  std::string dysphagia;
  std::string format = "text";
  std::size_t limit = 3;
  FoodOptions food_options;
  CLI::App app{"Foods that would close a calcium gap, ranked by absorbable calcium per usual\n"
               "portion, respecting diet tags and dysphagia, preferring foods a diary holds.\n"
               "catrack proposes foods only, never a supplement.",
               "catrack suggest"};
  auto* gap_option = app.add_option("--gap", gap, "The gap to close, in mg of calcium")->check(CLI::Range(1, 5000));
  app.add_option("--from", from, "Take the mean daily gap, profile and foods from this diary")->type_name("DIARY");
  app.add_option("--diet", diet, "A diet tag to respect (repeatable): " + join_or(known_diet_tags()))
      ->allow_extra_args(false);
  app.add_option("--dysphagia", dysphagia, "yes, or an IDDSI level 0-7: limits textures (a default to check)");
  app.add_option("-n,--limit", limit, "How many foods (default 3)")->check(CLI::Range(1, 50));
  app.add_option("--format", format, "text (default), json, ndjson, csv or tsv")
      ->check(CLI::IsMember({"text", "json", "ndjson", "csv", "tsv"}));
  add_food_options(app, food_options);
  if (auto status = parse_arguments(app, args, io)) return *status;
  if (!*gap_option && from.empty()) return usage_error(io.err, "give --gap MG, --from DIARY, or both");

  SuggestRequest request;
  request.limit = limit;
  for (const auto& d : diet) {
    const std::string tag = lowercase(d);
    if (!is_known_diet_tag(tag))
      return usage_error(io.err, fmt::format("unknown diet tag \"{}\"; known: {}", d, join_or(known_diet_tags())));
    request.diet.push_back(tag);
  }
  if (!dysphagia.empty()) {
    request.dysphagia = true;
    if (dysphagia != "yes" && dysphagia != "true") {
      if (dysphagia.size() != 1 || dysphagia[0] < '0' || dysphagia[0] > '7')
        return usage_error(io.err, "--dysphagia takes yes or an IDDSI level from 0 to 7");
      request.dysphagia_level = dysphagia[0] - '0';
    }
  }

  const FoodTables tables = load_food_tables(food_options, io.in, io.env);
  if (!tables.errors.empty()) {
    print_errors(io.err, tables.errors, tables.sources, Style{});
    return exit_input_error;
  }

  std::string basis = *gap_option ? fmt::format("a gap of {} mg", whole(gap)) : std::string();
  if (!from.empty()) {
    Input input = read_input(from, io.in);
    std::map<std::string, std::string> sources;
    if (input.error) {
      print_errors(io.err, {*input.error}, sources, Style{});
      return exit_input_error;
    }
    auto read = read_any_diary(input.text, input.name, {});
    sources[input.name] = input.text;
    DiaryReport report = build_report(read.diary, tables.top());
    if (!read.errors.empty() || !report.ok()) {
      print_errors(io.err, read.errors.empty() ? report.errors : read.errors, sources, Style{});
      return exit_input_error;
    }
    const Profile& p = read.diary.profile;
    for (const auto& d : p.diet)
      if (std::find(request.diet.begin(), request.diet.end(), d) == request.diet.end()) request.diet.push_back(d);
    if (p.dysphagia && !request.dysphagia) {
      request.dysphagia = true;
      request.dysphagia_level = p.dysphagia_level;
    }
    for (const auto& day : report.days)
      for (const auto& e : day.result.entries)
        if (!e.food.empty()) request.diary_foods.insert(e.food);
    if (!*gap_option && report.days.empty()) {
      const Diagnostic no_days{{input.name, 0, 0}, "the diary has no days to take a gap from", {"give --gap MG"}};
      print_errors(io.err, {no_days}, sources, Style{});
      return exit_input_error;
    }
    if (!*gap_option) {
      // The days' targets can differ (a birthday, a glucocorticoid start):
      // the gap is the mean target less the mean total.
      double targets = 0;
      for (const auto& day : report.days) targets += day.result.reference.target_mg;
      const double target = whole(targets / static_cast<double>(report.days.size()));
      const double mean = whole(report.summary.mean_calcium_mg);
      gap = target - mean;
      basis = fmt::format("{}: mean {} mg a day against a {} mg target", input.name, mean, target);
      if (gap <= 0) {
        if (format == "text") io.out << fmt::format("No gap to close: {}.\n", basis);
        else if (format == "json") io.out << "[]\n";
        else if (format == "csv" || format == "tsv")
          io.out << fmt::format("food{0}portions{0}portion{0}calcium_mg{0}absorbable_mg{0}in_diary{0}source\n",
                                format == "csv" ? ',' : '\t');
        return exit_ok;
      }
      basis = fmt::format("a gap of {} mg ({})", gap, basis);
    }
  }
  request.gap_mg = gap;
  const auto found = suggest_foods(tables.top(), request);

  std::string out;
  if (format == "json" || format == "ndjson") {
    const auto one = [&](JsonWriter& w, const Suggestion& s) {
      w.begin_object();
      w.field("food", s.food);
      w.field("portions", s.portions_to_close);
      w.field("portion", s.portion);
      w.field("calcium_mg", whole(s.calcium_mg * s.portions_to_close));
      w.field("absorbable_mg", whole(s.absorbable_mg * s.portions_to_close));
      w.field("in_diary", s.in_diary);
      w.field("source", s.source);
      w.end_object();
    };
    if (format == "json") {
      JsonWriter w(out);
      w.begin_array();
      for (const auto& s : found) one(w, s);
      w.end_array();
      out += "\n";
    } else {
      for (const auto& s : found) {
        JsonWriter w(out);
        one(w, s);
        out += "\n";
      }
    }
  } else if (format == "csv" || format == "tsv") {
    const char sep = format == "csv" ? ',' : '\t';
    out += fmt::format("food{0}portions{0}portion{0}calcium_mg{0}absorbable_mg{0}in_diary{0}source\n", sep);
    for (const auto& s : found)
      out += fmt::format("{1}{0}{2}{0}{3}{0}{4}{0}{5}{0}{6}{0}{7}\n", sep, csv_cell(s.food, sep),
                         s.portions_to_close, csv_cell(s.portion, sep), whole(s.calcium_mg * s.portions_to_close),
                         whole(s.absorbable_mg * s.portions_to_close), s.in_diary ? "yes" : "no",
                         csv_cell(s.source, sep));
  } else {
    out += fmt::format("Foods that would close {}:\n", basis);
    if (found.empty()) out += "  none in the table fits the diet and texture limits in 3 usual portions or fewer\n";
    for (const auto& s : found)
      out += fmt::format("  {}: {} mg, about {} mg absorbed{}\n", printable(describe_serving(s)),
                         whole(s.calcium_mg * s.portions_to_close),
                         whole(s.absorbable_mg * s.portions_to_close), s.in_diary ? " (in your diary)" : "");
    if (request.dysphagia && request.dysphagia_level != 7)
      out += "Textures are catrack's default classes, not IDDSI assessments; drinks are left out.\n"
             "Check every food with your speech and language therapist.\n";
    out += std::string(reminder) + "\n";
  }
  io.out << out;
  return exit_ok;
}

} // namespace catrack::cli::cmd
