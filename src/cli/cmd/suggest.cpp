// catrack suggest: foods that would close a calcium gap, for a gap given in
// mg or the mean daily gap of a diary. Foods only, never a supplement.

#include "cli/cmd/commands.hpp"

#include "catrack/foods/diet.hpp"
#include "catrack/import/export_reader.hpp"
#include "catrack/plan/suggest.hpp"
#include "catrack/report/gap.hpp"
#include "catrack/report/report.hpp"
#include "catrack/util/numbers.hpp"
#include "catrack/util/result.hpp"
#include "catrack/util/text.hpp"
#include "cli/exit.hpp"
#include "cli/io/food_files.hpp"
#include "cli/io/io.hpp"
#include "cli/render/records.hpp"

#include <fmt/format.h>
#include <iostream>
#include <map>

namespace catrack::cli::cmd {

using io::usage_error;
using plan::SuggestRequest;
using plan::Suggestion;
using render::Fields;
using term::printable;
using util::whole;

namespace {

// The request the flags make, or the usage error in them.
util::Result<SuggestRequest> request_of(const args::Suggest& a) {
  if (!a.gap && a.from.empty()) return util::fail({{}, "give --gap MG, --from DIARY, or both"});
  SuggestRequest request;
  request.limit = a.limit;
  for (const auto& d : a.diet) {
    const std::string tag = util::lowercase(d);
    if (!foods::is_known_diet_tag(tag))
      return util::fail(
          {{}, fmt::format("unknown diet tag \"{}\"; known: {}", d, util::join_or(foods::known_diet_tags()))});
    request.diet.push_back(tag);
  }
  if (!a.dysphagia.empty()) {
    request.dysphagia = true;
    if (a.dysphagia != "yes" && a.dysphagia != "true") {
      if (a.dysphagia.size() != 1 || a.dysphagia[0] < '0' || a.dysphagia[0] > '7')
        return util::fail({{}, "--dysphagia takes yes or an IDDSI level from 0 to 7"});
      request.dysphagia_level = a.dysphagia[0] - '0';
    }
  }
  if (a.gap) request.gap_mg = *a.gap;
  return request;
}

Fields suggestion_fields(const Suggestion& s) {
  return {{"food", s.food},
          {"portions", s.portions_to_close},
          {"portion", s.portion},
          {"calcium_mg", whole(s.calcium_mg * s.portions_to_close)},
          {"absorbable_mg", whole(s.absorbable_mg * s.portions_to_close)},
          {"in_diary", s.in_diary},
          {"source", s.source}};
}

std::string suggestions_text(const std::vector<Suggestion>& found, const SuggestRequest& request,
                             const std::string& basis) {
  std::string out = fmt::format("Foods that would close {}:\n", basis);
  if (found.empty()) out += "  none in the table fits the diet and texture limits in 3 usual portions or fewer\n";
  for (const auto& s : found)
    out += fmt::format("  {}: {} mg, about {} mg absorbed{}\n", printable(describe_serving(s)),
                       whole(s.calcium_mg * s.portions_to_close), whole(s.absorbable_mg * s.portions_to_close),
                       s.in_diary ? " (in your diary)" : "");
  if (request.dysphagia && request.dysphagia_level != 7)
    out += "Textures are catrack's default classes, not IDDSI assessments; drinks are left out.\n"
           "Check every food with your speech and language therapist.\n";
  return out + std::string(render::reminder) + "\n";
}

// --from DIARY: its report, or false after its errors were printed.
std::optional<report::DiaryReport> report_of(const std::string& path, const foods::FoodTable& table, Streams io) {
  const auto got = io::read_input(path, io.in);
  if (!got) {
    io::print_errors(io.err, {got.error()}, {}, term::Style{});
    return std::nullopt;
  }
  const io::Input& input = *got;
  std::map<std::string, std::string> sources;
  auto read = import::read_any_diary(input.text, input.name, {});
  sources[input.name] = input.text;
  report::DiaryReport report = report::build_report(read.value, table);
  if (!read.errors.empty() || !report.ok()) {
    io::print_errors(io.err, read.errors.empty() ? report.errors : read.errors, sources, term::Style{});
    return std::nullopt;
  }
  return report;
}

} // namespace

int run_suggest(const args::Suggest& a, Streams io) {
  auto request = request_of(a);
  if (!request) return usage_error(io.err, request.error().message);
  const io::FoodTables tables = io::load_food_tables(a.foods, io.in, io.env);
  if (!tables.errors.empty()) {
    io::print_errors(io.err, tables.errors, tables.sources, term::Style{});
    return exit_input_error;
  }
  const render::Format format = io::parse_format(a.format);
  render::Records records{"suggestions", "suggestion", {}, suggestion_fields(Suggestion{})};

  std::string basis = a.gap ? fmt::format("a gap of {} mg", whole(*a.gap)) : std::string();
  if (!a.from.empty()) {
    const auto report = report_of(a.from, tables.top(), io);
    if (!report) return exit_input_error;
    report::add_diary(*request, *report);
    if (!a.gap) {
      const auto gap = report::mean_gap(*report);
      if (!gap) {
        const util::Diagnostic no_days{{report->file, 0, 0}, "the diary has no days to take a gap from",
                                       {"give --gap MG"}};
        io::print_errors(io.err, {no_days}, {}, term::Style{});
        return exit_input_error;
      }
      basis = fmt::format("{}: mean {} mg a day against a {} mg target", report->file, gap->mean_mg, gap->target_mg);
      if (gap->gap_mg <= 0) {
        io.out << (format == render::Format::text ? fmt::format("No gap to close: {}.\n", basis)
                                                  : render::render_records(records, format));
        return exit_ok;
      }
      request->gap_mg = gap->gap_mg;
      basis = fmt::format("a gap of {} mg ({})", gap->gap_mg, basis);
    }
  }
  const auto found = plan::suggest_foods(tables.top(), *request);
  if (format == render::Format::text) {
    io.out << suggestions_text(found, *request, basis);
    return exit_ok;
  }
  for (const auto& s : found) records.items.push_back(suggestion_fields(s));
  io.out << render::render_records(records, format);
  return exit_ok;
}

} // namespace catrack::cli::cmd
