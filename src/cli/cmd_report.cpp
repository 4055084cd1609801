// catrack report and catrack check: diaries in, reports out.

#include "cli/commands.hpp"

#include "catrack/diary_reader.hpp"
#include "cli/app.hpp"
#include "catrack/report.hpp"
#include "cli/io.hpp"
#include "cli/render.hpp"
#include "cli/user_foods.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <optional>
#include <tuple>

namespace catrack::cli {

namespace {

struct Options {
  Command command = Command::report;
  std::vector<std::string> files;
  std::string format;
  std::string color = "auto";
  std::string output;
  std::string profile_file;
  std::string fail_on = "warn";
  bool merge = false;
  bool detail = false;
  FoodOptions foods;
};

const char* examples_text = R"(Examples:
  catrack diary.toml                  each day against your reference intake
  catrack --detail diary.toml         ... and each entry with its food
  catrack check exports/*.toml        a verdict per diary-day; 1 on findings
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
             2 an input or usage error.
Format and notes: README.md and docs/FORMAT.md. An estimate, not medical advice.)";

void add_options(CLI::App& app, Options& o) {
  app.add_option("files", o.files, "Diary files; - reads standard input")->type_name("FILE");
  app.add_option("--format", o.format, "Output: text (default), json, ndjson, csv or tsv")
      ->check(CLI::IsMember({"text", "json", "ndjson", "csv", "tsv"}));
  app.add_option("--color,--colour", o.color, "auto (terminal, no NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("-o,--output", o.output, "Write to FILE (format from .json/.csv/...)")->type_name("FILE");
  app.add_option("--profile", o.profile_file, "A profile for diaries that have none")
      ->type_name("FILE");
  app.add_flag("--merge", o.merge, "Read all the files as one diary");
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
        profile_from = &r.diary;
      } else if (!(r.diary.profile == profile_from->profile)) {
        errors.push_back({r.diary.profile.at,
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
  const bool to_terminal = o.output.empty() && env.stdout_is_tty;
  ropts.color = fmt_ == Format::text && (o.output.empty() ? use_color(color, env.stdout_is_tty, env) : color == ColorMode::always);
  ropts.unicode = to_terminal && env.utf8;
  const Severity fail_on = parse_severity(o.fail_on).value_or(Severity::warn);

  if (o.files.empty()) return usage_error(err, "no diary given: name one or more files, or - for standard input");
  int stdin_uses = 0;
  for (const auto& f : o.files) stdin_uses += f == "-" ? 1 : 0;
  if (stdin_uses > 1) return usage_error(err, "standard input (-) can be read only once");

  const FoodTables foods = load_food_tables(o.foods, in, env);
  if (!foods.errors.empty()) {
    print_errors(err, foods.errors, foods.sources, err_style);
    return exit_input_error;
  }

  std::optional<Profile> fallback_profile;
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
    fallback_profile = read.profile;
    fallback_profile->present = true;
  }

  Sink sink(out, o.output);
  if (!sink.ok()) return usage_error(err, fmt::format("cannot write {}", o.output));
  auto renderer = make_renderer(fmt_, ropts);
  sink.write(renderer->begin());

  bool any_error = false;
  bool any_finding = false;
  const auto finish = [&](const Diary& diary, Diagnostics read_errors, const std::map<std::string, std::string>& sources) {
    // Entries that did read are still looked up, so one run lists every
    // mistake; any error at all means the diary gives no totals.
    Diary with_profile = diary;
    if (!with_profile.profile.present && fallback_profile) with_profile.profile = *fallback_profile;
    DiaryReport report = build_report(with_profile, foods.top());
    if (!read_errors.empty()) {
      report.days.clear();
      report.summary = {};
      report.errors.insert(report.errors.begin(), read_errors.begin(), read_errors.end());
      sort_by_position(report.errors);
    }
    if (!report.ok()) {
      any_error = true;
      print_errors(err, report.errors, sources, err_style);
    }
    for (const auto& day : report.days)
      for (const auto& note : day.notes)
        if (note.severity >= fail_on) any_finding = true;
    sink.write(renderer->diary(report));
  };

  if (o.merge) {
    std::map<std::string, std::string> sources;
    std::vector<DiaryRead> reads;
    Diagnostics errors;
    for (const auto& path : o.files) {
      Input input = read_input(path, in);
      if (input.error) {
        errors.push_back(*input.error);
        continue;
      }
      auto read = read_diary(input.text, input.name);
      errors.insert(errors.end(), read.errors.begin(), read.errors.end());
      sources[input.name] = std::move(input.text);
      reads.push_back(std::move(read));
    }
    Diary merged = merge_diaries(reads, errors);
    if (reads.empty()) merged.file = o.files.front();
    finish(merged, std::move(errors), sources);
  } else {
    for (const auto& path : o.files) {
      Input input = read_input(path, in);
      std::map<std::string, std::string> sources;
      if (input.error) {
        Diary empty;
        empty.file = input.name;
        finish(empty, {*input.error}, sources);
        continue;
      }
      auto read = read_diary(input.text, input.name);
      sources[input.name] = std::move(input.text);
      finish(read.diary, std::move(read.errors), sources);
    }
  }

  sink.write(renderer->end());
  if (!sink.commit()) {
    sink.abandon();
    err << "catrack: error: cannot write " << (o.output.empty() ? "standard output" : o.output) << "\n";
    return exit_input_error;
  }
  if (any_error) return exit_input_error;
  if (o.command == Command::check && any_finding) return exit_findings;
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
                     "Each command has --help.\n",
               command == Command::check ? "catrack check" : "catrack"};
  add_options(app, o);
  if (auto status = parse_arguments(app, args, io)) return *status;
  return execute(o, io);
}

} // namespace catrack::cli
