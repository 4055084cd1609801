// read_any_diary: a diary in catrack's TOML or an app's CSV export, told
// apart by the first line (a TOML diary never starts with a CSV header).

#include "catrack/import/export_reader.hpp"

#include "catrack/diary/merge.hpp"

#include "import/csv.hpp"
#include "import/cells.hpp"
#include "import/formats.hpp"
#include "catrack/util/date.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace catrack::import {

using diary::DiaryRead;
using diary::Entry;
using diary::EntryKind;
using diary::merge_days;
using diary::read_diary;
using util::FileName;
using util::Location;
using util::sort_by_position;

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "toml") return InputFormat::toml;
  if (name == "cronometer") return InputFormat::cronometer;
  if (name == "mfp" || name == "myfitnesspal") return InputFormat::mfp;
  return std::nullopt;
}

ExportKind detect_export(std::string_view text) {
  std::vector<std::string> keys;
  for (const auto& cell : csv::header_cells(text, csv::guess_separator(text)))
    keys.push_back(column_key(cell));
  const auto has = [&](std::string_view key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
  if (has("day") && has("food name")) return ExportKind::cronometer_servings;
  if (!keys.empty() && keys.front() == "date") {
    if (has("meal") || has("repas")) return ExportKind::mfp_nutrition;
    if (has("calcium (mg)") || has("energy (kcal)") || has("completed")) return ExportKind::cronometer_daily;
  }
  return ExportKind::toml;
}

std::string_view describe(ExportKind kind) {
  switch (kind) {
  case ExportKind::toml: return "a catrack diary";
  case ExportKind::cronometer_servings: return "a Cronometer servings export";
  case ExportKind::cronometer_daily: return "a Cronometer Daily Nutrition export";
  case ExportKind::mfp_nutrition: return "a MyFitnessPal Nutrition-Summary export";
  }
  return "a catrack diary";
}

namespace {

bool is_cronometer(ExportKind kind) {
  return kind == ExportKind::cronometer_servings || kind == ExportKind::cronometer_daily;
}

// After a reader: the days in date order, same dates merged, and in each day
// the food entries before the supplements, as a diary lists them. The TOML
// written from it then reads back to the same entries in the same order, so
// its totals are the same to the last bit.
void finish(DiaryRead& out, std::size_t data_rows) {
  const std::string& file = out.value.file;
  if (out.errors.empty()) {
    for (auto& e : merge_days(out.value.days)) out.errors.push_back(std::move(e));
    for (auto& day : out.value.days)
      std::stable_partition(day.entries.begin(), day.entries.end(),
                            [](const Entry& e) { return e.kind == EntryKind::food; });
    if (out.value.days.empty())
      out.errors.push_back({{file, 0, 0},
                            data_rows == 0 ? "the export has no rows, only its header"
                                           : "no day in the export has a calcium value",
                            {"export a period with food logged"}});
  }
  if (!out.errors.empty()) out.value.days.clear(); // no partial totals
  sort_by_position(out.errors);
  sort_by_position(out.warnings);
}

} // namespace

DiaryRead read_any_diary(std::string_view text, const std::string& file_name, const ReadOptions& options) {
  const ExportKind kind = detect_export(text);
  if (options.format == InputFormat::toml || (options.format == InputFormat::automatic && kind == ExportKind::toml))
    return read_diary(text, file_name);

  DiaryRead out;
  out.value.file = file_name;
  const FileName file(file_name); // one copy of the name for every cell's location
  const Location start{file, 1, 1};
  if (options.format == InputFormat::cronometer && !is_cronometer(kind)) {
    out.errors.push_back({start, fmt::format("this is not a Cronometer export: its first line is not the header of "
                                             "a servings export (Day, ..., Food Name, ...) or a Daily Nutrition "
                                             "export (Date, ..., Calcium (mg), ...)"),
                          {"check which app made the file: catrack tells the exports apart by their first line"}});
  } else if (options.format == InputFormat::mfp && kind != ExportKind::mfp_nutrition) {
    out.errors.push_back({start, "this is not a MyFitnessPal export: its first line is not the header of a "
                                 "Nutrition-Summary export (Date, Meal, ..., Calcium, ...)",
                          {"check which app made the file: catrack tells the exports apart by their first line"}});
  }
  if (options.dv_basis_mg && *options.dv_basis_mg != 1300 && *options.dv_basis_mg != 1000)
    out.errors.push_back({{file, 0, 0}, "the Daily Value basis is 1300 (current US labels) or 1000 (labels "
                                             "before 2016)", {}});
  if (!out.errors.empty()) return out;

  const char separator = csv::guess_separator(text);
  const auto rows = csv::parse(text, separator, file, out.errors);
  if (rows && !rows->empty()) {
    switch (kind) {
    case ExportKind::cronometer_servings: read_cronometer_servings(*rows, out); break;
    case ExportKind::cronometer_daily: read_cronometer_daily(*rows, out); break;
    case ExportKind::mfp_nutrition: read_mfp_nutrition(*rows, separator == ';', options, out); break;
    case ExportKind::toml: break;
    }
  }
  finish(out, rows && !rows->empty() ? rows->size() - 1 : 0);
  return out;
}

} // namespace catrack::import
