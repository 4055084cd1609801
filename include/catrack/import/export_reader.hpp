#pragma once
// Any diary catrack can read: its own TOML, or the CSV exports of Cronometer
// (servings, daily nutrition) and MyFitnessPal (nutrition summary), told
// apart by their header line (docs/FORMAT.md §17).
//
// An export becomes an ordinary Diary, so everything after reading (lookup,
// totals, notes, renderers) is the same. What an export cannot say is never
// filled in: an empty calcium cell is looked up in catrack's table (and said
// so in `warnings`), and a daily total has no food/supplement split
// (Day::total).

#include "catrack/diary/reader.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace catrack::import {

enum class InputFormat { automatic, toml, cronometer, mfp };

// "auto", "toml", "cronometer", "mfp" (as --input-format takes them).
std::optional<InputFormat> parse_input_format(std::string_view name);

struct ReadOptions {
  InputFormat format = InputFormat::automatic;
  // What 100 % Daily Value of calcium means in a MyFitnessPal export: 1300
  // (current US labels) or 1000 (before 2016). Unset: 1300, with a warning.
  std::optional<double> dv_basis_mg;
};

// What a text is, from its first line.
enum class ExportKind { toml, cronometer_servings, cronometer_daily, mfp_nutrition };

ExportKind detect_export(std::string_view text);

// "a Cronometer servings export", ... for messages and the import header.
std::string_view describe(ExportKind kind);

// Reads `text` as `options.format` says, or as detect_export() finds it.
// Errors and warnings are located in `file_name`; an export with any error
// gives no days, as a diary with an error does.
diary::DiaryRead read_any_diary(std::string_view text, const std::string& file_name, const ReadOptions& options);

} // namespace catrack::import
