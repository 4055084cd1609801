// catrack import cronometer|mfp FILE: an app's CSV export -> a catrack diary
// (TOML), on standard output or -o FILE. Nothing is looked up here: the
// diary is checked by catrack check or report, like one written by hand.

#include "cli/cmd/commands.hpp"

#include "catrack/diary/writer.hpp"
#include "catrack/import/export_reader.hpp"
#include "cli/app.hpp"
#include "cli/term/diagnostics.hpp"
#include "cli/io/io.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

namespace catrack::cli::cmd {

using cli::exit_input_error;
using cli::exit_internal_error;
using cli::exit_ok;
using io::Input;
using io::Sink;
using io::print_errors;
using io::read_input;
using io::usage_error;
using term::ColorMode;
using term::Style;
using term::format_diagnostic;
using term::printable;
using term::use_color;
using diary::DiaryRead;
using diary::read_diary;
using diary::write_diary_toml;
using import::ExportKind;
using import::InputFormat;
using import::ReadOptions;
using import::detect_export;
using import::read_any_diary;
using util::Diagnostics;

namespace {

const char* examples_text = R"(Examples:
  catrack import cronometer servings.csv -o diary.toml
  catrack import cronometer dailysummary.csv > days.toml
  catrack import mfp --dv-basis 1300 Nutrition-Summary.csv -o diary.toml
  cat servings.csv | catrack import cronometer -

  then: catrack check diary.toml

Cronometer: a Servings export (one row per food, with Calcium (mg)) keeps each
food and supplement; an empty Calcium (mg) cell is looked up in catrack's food
table, and the entry says so. A Daily Nutrition export gives one total per day:
the split between food and supplements is unknown, and the report says so.
MyFitnessPal: one row per meal, calcium as a % of the Daily Value; give
--dv-basis 1300 (current US labels) or 1000 (before 2016); without it 1300 is
used, with a warning. Each day is a total, without vitamin D.

Warnings go to standard error and into the diary as comments.
Exit status: 0 imported; 2 an error in the export (located, nothing written),
or a usage error. Format: docs/FORMAT.md.)";

// The comment block at the top of an imported diary: where it came from and
// what to know about it. Control characters from the export never reach it
// raw (a line break would end the comment).
std::string header_comment(const std::string& file, ExportKind kind, const Diagnostics& warnings) {
  std::string out = fmt::format("# Imported by catrack from {} ({}).\n", printable(file), describe(kind));
  for (const auto& w : warnings) {
    std::string where = printable(w.where.file.str());
    if (w.where.line > 0) where += fmt::format(":{}", w.where.line);
    if (w.where.line > 0 && w.where.column > 0) where += fmt::format(":{}", w.where.column);
    out += fmt::format("# warning: {}: {}\n", where, printable(w.message));
  }
  return out + "\n";
}

} // namespace

int run_import(const std::vector<std::string>& args, Streams io) {
  std::string from;
  std::string file;
  std::string output;
  std::optional<double> dv_basis;
  CLI::App app{"Turn a Cronometer or MyFitnessPal CSV export into a catrack diary (TOML).", "catrack import"};
  app.add_option("app", from, "Which app made the export: cronometer or mfp")
      ->check(CLI::IsMember({"cronometer", "mfp"}))
      ->required();
  app.add_option("file", file, "The CSV export; - reads standard input")->type_name("FILE")->required();
  app.add_option("-o,--output", output, "Write the diary to FILE (replaced only once complete)")->type_name("FILE");
  app.add_option("--dv-basis", dv_basis, "mfp: the mg that 100 % Daily Value means: 1300 or 1000")
      ->check(CLI::IsMember({"1300", "1000"}))
      ->type_name("MG");
  app.footer(examples_text);
  if (auto status = parse_arguments(app, args, io)) return *status;
  if (dv_basis && from != "mfp")
    return usage_error(io.err, "--dv-basis is for MyFitnessPal exports (Cronometer gives calcium in mg)");

  const Style err_style{use_color(ColorMode::automatic, io.env.stderr_is_tty, io.env)};
  Input input = read_input(file, io.in);
  const std::map<std::string, std::string> sources{{input.name, input.text}};
  if (input.error) {
    print_errors(io.err, {*input.error}, sources, err_style);
    return exit_input_error;
  }
  const ReadOptions options{from == "mfp" ? InputFormat::mfp : InputFormat::cronometer, dv_basis};
  const DiaryRead read = read_any_diary(input.text, input.name, options);
  for (const auto& w : read.warnings) io.err << format_diagnostic(w, input.text, err_style, "warning");
  if (!read.errors.empty()) {
    print_errors(io.err, read.errors, sources, err_style);
    return exit_input_error;
  }

  const std::string diary = header_comment(input.name, detect_export(input.text), read.warnings) +
                            write_diary_toml(read.diary);
  // What was written must read back as a diary: a failure here is a bug in
  // catrack, never a half-right file.
  if (const auto back = read_diary(diary, "<import>"); !back.errors.empty()) {
    io.err << "catrack: internal error: the imported diary does not read back: " << back.errors.front().message
           << "\n";
    return exit_internal_error;
  }
  Sink sink(io.out, output);
  if (!sink.ok()) {
    io.err << fmt::format("catrack: error: cannot write {}\n", printable(output));
    return exit_input_error;
  }
  sink.write(diary);
  if (!sink.commit()) {
    sink.abandon();
    io.err << fmt::format("catrack: error: cannot write {}\n", printable(output.empty() ? "standard output" : output));
    return exit_input_error;
  }
  return exit_ok;
}

} // namespace catrack::cli::cmd
