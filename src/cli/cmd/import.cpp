// catrack import cronometer|mfp FILE: an app's CSV export -> a catrack diary
// (TOML), on standard output or -o FILE. Nothing is looked up here: the
// diary is checked by catrack check or report, like one written by hand.

#include "cli/cmd/commands.hpp"

#include "catrack/diary/writer.hpp"
#include "catrack/import/export_reader.hpp"
#include "cli/exit.hpp"
#include "cli/term/diagnostics.hpp"
#include "cli/io/io.hpp"

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

int run_import(const args::Import& a, Streams io) {
  const std::string& output = a.output;
  if (a.dv_basis && a.app != "mfp")
    return usage_error(io.err, "--dv-basis is for MyFitnessPal exports (Cronometer gives calcium in mg)");

  const Style err_style{use_color(ColorMode::automatic, io.env.stderr_is_tty, io.env)};
  const auto got = read_input(a.file, io.in);
  if (!got) {
    print_errors(io.err, {got.error()}, {}, err_style);
    return exit_input_error;
  }
  const Input& input = *got;
  const std::map<std::string, std::string> sources{{input.name, input.text}};
  const ReadOptions options{a.app == "mfp" ? InputFormat::mfp : InputFormat::cronometer, a.dv_basis};
  const DiaryRead read = read_any_diary(input.text, input.name, options);
  for (const auto& w : read.warnings) io.err << format_diagnostic(w, input.text, err_style, "warning");
  if (!read.errors.empty()) {
    print_errors(io.err, read.errors, sources, err_style);
    return exit_input_error;
  }

  const std::string diary = header_comment(input.name, detect_export(input.text), read.warnings) +
                            write_diary_toml(read.value);
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
