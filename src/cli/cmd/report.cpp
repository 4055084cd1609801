// catrack report and catrack check: diaries in, reports out.

#include "cli/cmd/commands.hpp"

#include "catrack/diary/reader.hpp"
#include "catrack/import/export_reader.hpp"
#include "cli/app.hpp"
#include "catrack/report/report.hpp"
#include "catrack/report/period.hpp"
#include "cli/cmd/batch.hpp"
#include "cli/term/diagnostics.hpp"
#include "cli/io/paths.hpp"
#include "cli/io/io.hpp"
#include "cli/term/progress.hpp"
#include "cli/render/render.hpp"
#include "cli/io/food_files.hpp"
#include "catrack/util/date.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <thread>

namespace catrack::cli::cmd {

using cli::exit_findings;
using cli::exit_input_error;
using cli::exit_ok;
using io::FoodOptions;
using io::FoodTables;
using io::Input;
using io::Sink;
using io::add_food_options;
using io::expand_inputs;
using io::format_from_extension;
using io::load_food_tables;
using io::parse_format;
using io::print_errors;
using io::read_input;
using io::read_path_list;
using io::usage_error;
using render::Command;
using render::Format;
using render::RenderOptions;
using render::Renderer;
using render::make_renderer;
using term::ColorMode;
using term::Environment;
using term::Progress;
using term::Style;
using term::format_diagnostic;
using term::use_color;
using diary::Diary;
using diary::DiaryRead;
using diary::ProfileRead;
using diary::merge_days;
using diary::read_profile_file;
using foods::FoodTable;
using import::InputFormat;
using import::ReadOptions;
using import::parse_input_format;
using import::read_any_diary;
using report::DateRange;
using report::DiaryReport;
using report::Interval;
using report::build_report;
using report::keep_days_in;
using report::parse_range_date;
using rules::Note;
using rules::Severity;
using rules::parse_severity;
using util::Date;
using util::Diagnostics;
using util::format_date;
using util::merge_diagnostics;

namespace {

struct Options {
  Command command = Command::report;
  std::vector<std::string> files;
  std::string files_from;
  std::string format;
  std::string color = "auto";
  std::string output;
  std::string profile_file;
  std::string fail_on = "warn";
  std::string begin;
  std::string end;
  bool weekly = false;
  bool monthly = false;
  bool merge = false;
  bool detail = false;
  bool quiet = false;
  unsigned jobs = 0; // 0: one per core
  std::string input_format = "auto";
  std::optional<double> dv_basis;
  FoodOptions foods;
};

const char* examples_text = R"(Examples:
  catrack diary.toml                  each day against your reference intake
  catrack --detail diary.toml         ... and each entry with its food
  catrack -b 2026-11 --weekly d.toml  November, week by week, with a chart
  catrack check exports/              every *.toml below exports/, in parallel
  catrack check --files-from list.txt the files listed, one a line (- = stdin)
  catrack check servings.csv          a Cronometer or MyFitnessPal export
  catrack --format csv a.toml b.toml  one CSV row per diary-day
  cat diary.toml | catrack -          read a diary from standard input

A diary is TOML:
  [profile]
  age = 58
  sex = "female"

  [[day]]
  date = 2026-11-24
  food = ["milk, skim 1 cup", "kale, cooked 1/2 cup"]
  supplement = [{ item = "calcium citrate", calcium_mg = 315, time = "08:00" }]

Exit status: 0 fine; 1 check found notes at or above --fail-on;
             2 an input or usage error in any file.
Format and notes: README.md and docs/FORMAT.md. An estimate, not medical advice.)";

void add_options(CLI::App& app, Options& o) {
  app.add_option("files", o.files, "Diaries, or folders of *.toml; - is standard input")
      ->type_name("FILE");
  app.add_option("--files-from", o.files_from, "Paths to read, one a line (- = stdin)")
      ->type_name("FILE");
  app.add_option("--format", o.format, "Output: text (default), json, ndjson, csv or tsv")
      ->check(CLI::IsMember({"text", "json", "ndjson", "csv", "tsv"}));
  app.add_option("--color,--colour", o.color, "auto (terminal, no NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("-o,--output", o.output, "Write to FILE (format from .json/.csv/...)")->type_name("FILE");
  app.add_option("--profile", o.profile_file, "A profile for diaries that have none")
      ->type_name("FILE");
  app.add_option("-b,--begin", o.begin, "Only days from DATE (YYYY-MM-DD, YYYY-MM or YYYY)")->type_name("DATE");
  app.add_option("-e,--end", o.end, "Only days before DATE (exclusive, as in hledger)")->type_name("DATE");
  app.add_flag("-W,--weekly", o.weekly, "Means and counts per week (Monday to Sunday)");
  app.add_flag("-M,--monthly", o.monthly, "Means and counts per calendar month");
  app.add_flag("--merge", o.merge, "Read all the files as one diary");
  app.add_option("--input-format", o.input_format, "auto (from the header), toml, cronometer or mfp")
      ->check(CLI::IsMember({"auto", "toml", "cronometer", "mfp"}));
  app.add_option("--dv-basis", o.dv_basis, "MyFitnessPal: mg of calcium that 100 % DV means")
      ->type_name("1300|1000")
      ->check(CLI::IsMember({"1300", "1000"}));
  app.add_option("-j,--jobs", o.jobs, "Read N files at once (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u));
  app.add_flag("-q,--quiet", o.quiet, "No progress bar or summary line");
  add_food_options(app, o.foods);
  if (o.command == Command::report) {
    app.add_flag("-d,--detail", o.detail, "List each entry and the food it matched");
  } else {
    app.add_option("--fail-on", o.fail_on, "Exit 1 on a note this severe or more")
        ->check(CLI::IsMember({"info", "warn", "alert"}));
  }
  app.footer(examples_text);
}

// --merge: one diary from many. They must agree on the profile.
Diary merge_diaries(std::vector<DiaryRead>& reads, Diagnostics& errors) {
  Diary merged;
  std::string names;
  const Diary* profile_from = nullptr;
  for (auto& r : reads) {
    names += (names.empty() ? "" : "+") + r.diary.file;
    if (r.diary.profile.present) {
      if (!profile_from) {
        merged.profile = r.diary.profile;
        merged.profile_places = r.diary.profile_places;
        profile_from = &r.diary;
      } else if (r.diary.profile != profile_from->profile) {
        errors.push_back({r.diary.profile_places.table,
                          fmt::format("this [profile] differs from the one in {}; merged diaries share one profile",
                                      profile_from->file),
                          {"remove one of them, or report the files separately (without --merge)"}});
      }
    }
    merged.foods.insert(merged.foods.end(), r.diary.foods.begin(), r.diary.foods.end());
    merged.days.insert(merged.days.end(), r.diary.days.begin(), r.diary.days.end());
  }
  merged.file = names;
  merge_days(merged.days);
  return merged;
}

// What every diary in a run shares.
struct Context {
  const FoodTable& foods;
  ReadOptions read;
  std::optional<ProfileRead> fallback_profile; // --profile
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
    merge_diagnostics(read_errors, report.errors);
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
  Input input = read_input(path, in);
  if (input.error) {
    Diary empty;
    empty.file = input.name;
    return report_diary(std::move(empty), {*input.error}, {}, ctx, first);
  }
  DiaryRead read = read_any_diary(input.text, input.name, ctx.read);
  std::string warnings;
  for (const auto& w : read.warnings) warnings += format_diagnostic(w, input.text, ctx.err_style, "warning");
  // Lookups can fail too: the text stays until the report is built, to show
  // the lines of any errors.
  std::map<std::string, std::string> sources;
  sources.emplace(input.name, std::move(input.text));
  FileReport out = report_diary(std::move(read.diary), std::move(read.errors), sources, ctx, first);
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

std::string plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string summary_line(const Tally& t, Command command, const std::string& fail_on) {
  std::string line = fmt::format("catrack: {} {} ({})", command == Command::check ? "checked" : "read",
                                 plural(t.files, "file", "files"), plural(t.days, "day", "days"));
  if (command == Command::check)
    line += fmt::format(": {} with notes at {} or above", plural(t.days_with_findings, "day", "days"), fail_on);
  if (t.files_with_errors > 0) line += fmt::format("; {} with errors", plural(t.files_with_errors, "file", "files"));
  return line + "\n";
}

std::optional<Date> range_date(const std::string& text, const char* flag, std::ostream& err, bool& bad) {
  if (text.empty()) return std::nullopt;
  auto parsed = parse_range_date(text);
  if (auto* message = std::get_if<std::string>(&parsed)) {
    usage_error(err, fmt::format("{} {}: {}", flag, text, *message));
    bad = true;
    return std::nullopt;
  }
  return std::get<Date>(parsed);
}

int execute(const Options& o, Streams io) {
  std::istream& in = io.in;
  std::ostream& out = io.out;
  std::ostream& err = io.err;
  const Environment& env = io.env;
  std::optional<Format> format;
  if (!o.format.empty()) format = parse_format(o.format);
  else if (!o.output.empty()) format = format_from_extension(o.output);
  const Format fmt_ = format.value_or(Format::text);

  const ColorMode color = o.color == "always" ? ColorMode::always : o.color == "never" ? ColorMode::never : ColorMode::automatic;
  const Style err_style{use_color(color, env.stderr_is_tty, env)};
  RenderOptions ropts;
  ropts.command = o.command;
  ropts.detail = o.detail;
  ropts.interval = o.weekly ? Interval::week : o.monthly ? Interval::month : Interval::day;
  const bool to_terminal = o.output.empty() && env.stdout_is_tty;
  ropts.color = fmt_ == Format::text && (o.output.empty() ? use_color(color, env.stdout_is_tty, env) : color == ColorMode::always);
  ropts.unicode = to_terminal && env.utf8;
  const Severity fail_on = parse_severity(o.fail_on).value_or(Severity::warn);

  if (o.weekly && o.monthly) return usage_error(err, "--weekly and --monthly: choose one");
  bool bad_range = false;
  DateRange range{range_date(o.begin, "--begin", err, bad_range), range_date(o.end, "--end", err, bad_range)};
  if (bad_range) return exit_input_error;
  if (range.begin && range.end && !(*range.begin < *range.end))
    return usage_error(err, fmt::format("--begin {} is not before --end {}: the end date is excluded", o.begin, o.end));

  if (range.begin) ropts.range = "from " + format_date(*range.begin);
  if (range.end) ropts.range += (ropts.range.empty() ? "" : " ") + std::string("before ") + format_date(*range.end);

  std::vector<std::string> args = o.files;
  if (!o.files_from.empty()) {
    std::ifstream list_file;
    if (o.files_from != "-") {
      list_file.open(o.files_from);
      if (!list_file) return usage_error(err, fmt::format("--files-from {}: cannot read it", o.files_from));
    }
    const auto listed = read_path_list(o.files_from == "-" ? in : list_file);
    args.insert(args.end(), listed.begin(), listed.end());
  }
  if (args.empty()) {
    if (!o.files_from.empty()) return usage_error(err, fmt::format("--files-from {} lists no files", o.files_from));
    return usage_error(err, "no diary given: name one or more files, or - for standard input");
  }
  const std::vector<std::string> paths = expand_inputs(args);
  const auto stdin_uses = std::count(paths.begin(), paths.end(), "-") + (o.files_from == "-" ? 1 : 0);
  if (stdin_uses > 1) return usage_error(err, "standard input (-) can be read only once");

  const FoodTables foods = load_food_tables(o.foods, in, env);
  if (!foods.errors.empty()) {
    print_errors(err, foods.errors, foods.sources, err_style);
    return exit_input_error;
  }

  const auto renderer = make_renderer(fmt_, ropts);
  Context ctx{foods.top(),
              {parse_input_format(o.input_format).value_or(InputFormat::automatic), o.dv_basis},
              std::nullopt,
              range,
              o.command == Command::report,
              err_style,
              *renderer,
              fail_on};
  if (!o.profile_file.empty()) {
    Input input = read_input(o.profile_file, in);
    std::map<std::string, std::string> sources{{input.name, input.text}};
    if (input.error) {
      print_errors(err, {*input.error}, sources, err_style);
      return exit_input_error;
    }
    auto read = read_profile_file(input.text, input.name);
    if (!read.errors.empty()) {
      print_errors(err, read.errors, sources, err_style);
      return exit_input_error;
    }
    ctx.fallback_profile = std::move(read);
    ctx.fallback_profile->profile.present = true;
  }

  Sink sink(out, o.output, env.stdout_is_tty);
  if (!sink.ok()) return usage_error(err, fmt::format("cannot write {}", o.output));
  sink.write(renderer->begin());

  Tally tally;
  const auto emit = [&](const FileReport& done) {
    ++tally.files;
    if (!done.ok) ++tally.files_with_errors;
    tally.days += done.days;
    tally.days_with_findings += done.days_with_findings;
    err << done.messages;
    sink.write(done.output);
  };

  if (o.merge) {
    std::map<std::string, std::string> sources;
    std::vector<DiaryRead> reads;
    Diagnostics errors;
    for (const auto& path : paths) {
      Input input = read_input(path, in);
      if (input.error) {
        errors.push_back(*input.error);
        continue;
      }
      auto read = read_any_diary(input.text, input.name, ctx.read);
      errors.insert(errors.end(), read.errors.begin(), read.errors.end());
      for (const auto& w : read.warnings) err << format_diagnostic(w, input.text, err_style, "warning");
      sources[input.name] = std::move(input.text);
      reads.push_back(std::move(read));
    }
    Diary merged = merge_diaries(reads, errors);
    if (reads.empty()) merged.file = paths.front();
    const FileReport done = report_diary(std::move(merged), std::move(errors), sources, ctx, true);
    emit(done);
  } else {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned jobs = o.jobs > 0 ? o.jobs : cores;
    Progress progress(err, !o.quiet && env.stderr_is_tty && !env.dumb_terminal, paths.size(), env.utf8);
    run_in_order<FileReport>(
        paths.size(), jobs, [&](std::size_t i) { return report_file(paths[i], in, ctx, i == 0); },
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
    err << "catrack: error: cannot write " << (o.output.empty() ? "standard output" : o.output) << "\n";
    return exit_input_error;
  }
  if (!o.quiet && paths.size() > 1 && !o.merge) err << summary_line(tally, o.command, o.fail_on);
  if (tally.files_with_errors > 0) return exit_input_error;
  if (o.command == Command::check && tally.days_with_findings > 0) return exit_findings;
  return exit_ok;
}

} // namespace
int run_report(Command command, const std::vector<std::string>& args, Streams io) {
  Options o;
  o.command = command;
  CLI::App app{command == Command::check
                   ? "Check diaries in a batch: one verdict per diary-day, and an exit status\nfor scripts."
                   : "Calcium intake from a TOML food diary: totals against your reference intake,\n"
                     "food vs supplements, absorbable estimate and notes, each with its source.\n\n"
                     "Commands:\n"
                     "  catrack [report] FILE...   the report (the default command)\n"
                     "  catrack check FILE...      one verdict per diary-day\n"
                     "  catrack foods [QUERY]      search the food table\n"
                     "  catrack suggest --gap MG   foods that close a calcium gap\n"
                     "  catrack rules [CODE]       what each note means, its threshold and source\n"
                     "  catrack import APP FILE    a Cronometer or MyFitnessPal export as a diary\n"
                     "Each command has --help. FILE may also be such an export, or a folder.\n",
               command == Command::check ? "catrack check" : "catrack"};
  add_options(app, o);
  if (auto status = parse_arguments(app, args, io)) return *status;
  return execute(o, io);
}

} // namespace catrack::cli::cmd
