// catrack report and catrack check: diaries in, reports out.

#include "cli/cmd/commands.hpp"

#include "catrack/diary/merge.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/import/export_reader.hpp"
#include "catrack/report/period.hpp"
#include "catrack/report/report.hpp"
#include "catrack/util/text.hpp"
#include "cli/cmd/batch.hpp"
#include "cli/cmd/config.hpp"
#include "cli/exit.hpp"
#include "cli/io/food_files.hpp"
#include "cli/io/io.hpp"
#include "cli/io/paths.hpp"
#include "cli/render/render.hpp"
#include "cli/term/diagnostics.hpp"
#include "cli/term/progress.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <thread>

namespace catrack::cli::cmd {

using io::FoodTables;
using io::Input;
using io::Sink;
using io::print_errors;
using io::read_input;
using io::usage_error;
using render::Renderer;
using term::Progress;
using term::Style;
using term::format_diagnostic;
using diary::Diary;
using diary::DiaryRead;
using foods::FoodTable;
using import::ReadOptions;
using import::read_any_diary;
using report::DateRange;
using report::DiaryReport;
using report::build_report;
using report::keep_days_in;
using rules::Note;
using rules::Severity;
using util::Diagnostics;
using util::plural;
using util::sort_by_position;

namespace {

// What every diary in a run shares.
struct Context {
  const FoodTable& foods;
  ReadOptions read;
  std::optional<diary::PlacedProfile> fallback_profile; // --profile
  DateRange range;
  bool suggestions = true;
  Style err_style;
  const Renderer& renderer;
  Severity fail_on = Severity::warn;
};

// One diary, done: its rendered output, what to print on standard error
// about it, and what the exit status and the summary line need. Rendered
// where it was read (on a worker), so the report itself is freed there.
struct FileReport {
  std::string output;
  std::string messages; // located warnings and errors
  bool ok = true;
  std::size_t days = 0;
  std::size_t days_with_findings = 0;
};

// Entries that did read are still looked up, so one run lists every
// mistake; any error at all means the diary gives no totals.
FileReport report_diary(Diary diary, Diagnostics read_errors, const std::map<std::string, std::string>& sources,
                        const Context& ctx, bool first) {
  keep_days_in(diary, ctx.range);
  if (!diary.profile.present && ctx.fallback_profile) {
    diary.profile = ctx.fallback_profile->profile;
    diary.profile_places = ctx.fallback_profile->places;
  }
  DiaryReport report =
      build_report(std::move(diary), ctx.foods, {.suggest = ctx.suggestions, .keep_entries = ctx.renderer.lists_entries()});
  FileReport out;
  if (!read_errors.empty()) {
    report.days.clear();
    report.summary = {};
    // Each error has one owner (the reader, the merge or the lookup), so
    // none is said twice.
    read_errors.insert(read_errors.end(), report.errors.begin(), report.errors.end());
    sort_by_position(read_errors);
    report.errors = std::move(read_errors);
  }
  if (!report.ok()) {
    std::ostringstream text;
    print_errors(text, report.errors, sources, ctx.err_style);
    out.messages = text.str();
  }
  out.ok = report.ok();
  out.days = report.days.size();
  for (const auto& day : report.days)
    if (std::any_of(day.notes.begin(), day.notes.end(), [&](const Note& n) { return n.severity >= ctx.fail_on; }))
      ++out.days_with_findings;
  out.output = ctx.renderer.diary(report, first);
  return out;
}

FileReport report_file(const std::string& path, std::istream& in, const Context& ctx, bool first) {
  auto got = read_input(path, in);
  if (!got) {
    Diary empty;
    empty.file = got.error().where.file.str();
    return report_diary(std::move(empty), {got.error()}, {}, ctx, first);
  }
  Input& input = *got;
  DiaryRead read = read_any_diary(input.text, input.name, ctx.read);
  std::string warnings;
  for (const auto& w : read.warnings) warnings += format_diagnostic(w, input.text, ctx.err_style, "warning");
  // Lookups can fail too: the text stays until the report is built, to show
  // the lines of any errors.
  std::map<std::string, std::string> sources;
  sources.emplace(input.name, std::move(input.text));
  FileReport out = report_diary(std::move(read.value), std::move(read.errors), sources, ctx, first);
  out.messages.insert(0, warnings);
  return out;
}

// How a batch went, for the exit status and the summary line.
struct Tally {
  std::size_t files = 0;
  std::size_t files_with_errors = 0;
  std::size_t days = 0;
  std::size_t days_with_findings = 0;
};

std::string summary_line(const Tally& t, bool check, const std::string& fail_on) {
  std::string line = fmt::format("catrack: {} {} ({})", check ? "checked" : "read",
                                 plural(t.files, "file", "files"), plural(t.days, "day", "days"));
  if (check)
    line += fmt::format(": {} with notes at {} or above", plural(t.days_with_findings, "day", "days"), fail_on);
  if (t.files_with_errors > 0) line += fmt::format("; {} with errors", plural(t.files_with_errors, "file", "files"));
  return line + "\n";
}

// The diaries to read: the files given, then those --files-from lists, with
// folders and patterns expanded; or the usage error that stops the run.
util::Result<std::vector<std::string>> diary_paths(const args::Report& a, std::istream& in) {
  std::vector<std::string> given = a.files;
  if (!a.files_from.empty()) {
    std::ifstream list_file;
    if (a.files_from != "-") {
      list_file.open(a.files_from);
      if (!list_file) return util::fail({{}, fmt::format("--files-from {}: cannot read it", a.files_from)});
    }
    const auto listed = io::read_path_list(a.files_from == "-" ? in : list_file);
    given.insert(given.end(), listed.begin(), listed.end());
  }
  if (given.empty()) {
    if (!a.files_from.empty()) return util::fail({{}, fmt::format("--files-from {} lists no files", a.files_from)});
    return util::fail({{}, "no diary given: name one or more files, or - for standard input"});
  }
  std::vector<std::string> paths = io::expand_inputs(given);
  if (stdin_uses(paths, a) > 1) return util::fail({{}, "standard input (-) can be read only once"});
  return paths;
}

// --profile FILE, for the diaries that have none; false after saying why it
// cannot be used.
bool read_fallback_profile(const std::string& path, Context& ctx, Streams io) {
  const auto got = read_input(path, io.in);
  if (!got) {
    print_errors(io.err, {got.error()}, {}, ctx.err_style);
    return false;
  }
  const Input& input = *got;
  std::map<std::string, std::string> sources{{input.name, input.text}};
  auto read = diary::read_profile_file(input.text, input.name);
  if (!read.errors.empty()) {
    print_errors(io.err, read.errors, sources, ctx.err_style);
    return false;
  }
  ctx.fallback_profile = std::move(read.value);
  ctx.fallback_profile->profile.present = true;
  return true;
}

// --merge: every file read, then one report of them all.
FileReport report_merged(const std::vector<std::string>& paths, const Context& ctx, Streams io) {
  std::map<std::string, std::string> sources;
  std::vector<Diary> diaries;
  Diagnostics errors;
  for (const auto& path : paths) {
    auto got = read_input(path, io.in);
    if (!got) {
      errors.push_back(got.error());
      continue;
    }
    Input& input = *got;
    auto read = read_any_diary(input.text, input.name, ctx.read);
    errors.insert(errors.end(), read.errors.begin(), read.errors.end());
    for (const auto& w : read.warnings) io.err << format_diagnostic(w, input.text, ctx.err_style, "warning");
    sources[input.name] = std::move(input.text);
    diaries.push_back(std::move(read.value));
  }
  const bool none_read = diaries.empty();
  auto merged = diary::merge_diaries(std::move(diaries));
  errors.insert(errors.end(), merged.errors.begin(), merged.errors.end());
  if (none_read) merged.value.file = paths.front();
  return report_diary(std::move(merged.value), std::move(errors), sources, ctx, true);
}

int execute(const ReportConfig& c, Streams io) {
  const args::Report& a = c.args;
  auto paths = diary_paths(a, io.in);
  if (!paths) return usage_error(io.err, paths.error().message);

  const FoodTables foods = io::load_food_tables(a.foods, io.in, io.env);
  if (!foods.errors.empty()) {
    print_errors(io.err, foods.errors, foods.sources, c.err_style);
    return exit_input_error;
  }
  const auto renderer = render::make_renderer(c.format, c.render);
  Context ctx{foods.top(), c.read, std::nullopt, c.range, !a.check, c.err_style, *renderer, c.fail_on};
  if (!a.profile_file.empty() && !read_fallback_profile(a.profile_file, ctx, io)) return exit_input_error;

  Sink sink(io.out, a.output, io.env.stdout_is_tty);
  if (!sink.ok()) return usage_error(io.err, fmt::format("cannot write {}", a.output));
  sink.write(renderer->begin());
  Tally tally;
  const auto emit = [&](const FileReport& done) {
    ++tally.files;
    if (!done.ok) ++tally.files_with_errors;
    tally.days += done.days;
    tally.days_with_findings += done.days_with_findings;
    io.err << done.messages;
    sink.write(done.output);
  };
  if (a.merge) {
    emit(report_merged(*paths, ctx, io));
  } else {
    const unsigned jobs = a.jobs > 0 ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
    Progress progress(io.err, c.progress, paths->size(), io.env.utf8);
    run_in_order<FileReport>(
        paths->size(), jobs, [&](std::size_t i) { return report_file((*paths)[i], io.in, ctx, i == 0); },
        [&](std::size_t i, FileReport done) {
          if (!done.messages.empty()) progress.clear();
          emit(done);
          progress.update(i + 1);
          return sink.good();
        },
        [&] { sink.flush(); });
    progress.clear();
  }
  sink.write(renderer->end());
  if (!sink.commit()) {
    sink.abandon();
    io.err << "catrack: error: cannot write " << (a.output.empty() ? "standard output" : a.output) << "\n";
    return exit_input_error;
  }
  if (!a.quiet && paths->size() > 1 && !a.merge) io.err << summary_line(tally, a.check, a.fail_on);
  if (tally.files_with_errors > 0) return exit_input_error;
  if (a.check && tally.days_with_findings > 0) return exit_findings;
  return exit_ok;
}

} // namespace

int run_report(const args::Report& a, Streams io) {
  auto config = resolve(a, io.env);
  if (!config) return usage_error(io.err, config.error().message);
  return execute(*config, io);
}

} // namespace catrack::cli::cmd
