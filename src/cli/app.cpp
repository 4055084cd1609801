#include "cli/app.hpp"

#include "catrack/bundled.hpp"
#include "catrack/diary_reader.hpp"
#include "catrack/report.hpp"
#include "cli/diagnostics.hpp"
#include "cli/render.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <tuple>

#ifndef CATRACK_VERSION
#define CATRACK_VERSION "0"
#endif

namespace catrack::cli {

namespace {

namespace fs = std::filesystem;

// Larger files are refused before reading: a diary of years is a few MB.
constexpr std::uintmax_t max_file_bytes = 256u * 1024 * 1024;

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
  if (o.command == Command::report) {
    app.add_flag("-d,--detail", o.detail, "List each entry and the food it matched");
  } else {
    app.add_option("--fail-on", o.fail_on, "Exit 1 on a note this severe or more")
        ->check(CLI::IsMember({"info", "warn", "alert"}));
  }
  app.footer(examples_text);
}

struct Input {
  std::string name;
  std::string text;
  std::optional<Diagnostic> error; // could not be read
};

Input read_input(const std::string& path, std::istream& in) {
  Input input;
  input.name = path == "-" ? "<stdin>" : path;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    input.text = buffer.str();
    return input;
  }
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    input.error = Diagnostic{{input.name, 0, 0}, "cannot read: no such file", {}};
    return input;
  }
  if (fs::is_directory(status)) {
    input.error = Diagnostic{{input.name, 0, 0}, "cannot read: it is a directory", {"give the diary files in it, like dir/*.toml"}};
    return input;
  }
  if (fs::is_regular_file(status)) {
    const auto size = fs::file_size(path, ec);
    if (!ec && size > max_file_bytes) {
      input.error = Diagnostic{{input.name, 0, 0},
                               fmt::format("cannot read: {} MB is larger than the {} MB limit for one diary",
                                           size / (1024 * 1024), max_file_bytes / (1024 * 1024)),
                               {"split the diary into one file per month or year"}};
      return input;
    }
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    input.error = Diagnostic{{input.name, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno)), {}};
    return input;
  }
  std::ostringstream buffer;
  buffer << file.rdbuf();
  input.text = buffer.str();
  return input;
}

// Where the report goes: standard output, or a temporary file renamed over
// -o FILE when everything was written, so a failed run leaves no half file.
class Sink {
public:
  Sink(std::ostream& out, const std::string& path) : out_(out), path_(path) {
    if (!path_.empty()) {
      temp_ = path_ + ".catrack-tmp";
      file_.open(temp_, std::ios::binary | std::ios::trunc);
    }
  }
  bool ok() const { return path_.empty() || static_cast<bool>(file_); }
  void write(const std::string& text) {
    if (path_.empty()) out_ << text << std::flush;
    else file_ << text;
  }
  bool commit() {
    if (path_.empty()) return static_cast<bool>(out_);
    file_.close();
    if (!file_) return false;
    std::error_code ec;
    fs::rename(temp_, path_, ec);
    return !ec;
  }
  void abandon() {
    if (path_.empty()) return;
    file_.close();
    std::error_code ec;
    fs::remove(temp_, ec);
  }

private:
  std::ostream& out_;
  std::string path_;
  std::string temp_;
  std::ofstream file_;
};

std::optional<Format> format_from_extension(const std::string& path) {
  const auto ext = fs::path(path).extension().string();
  if (ext == ".json") return Format::json;
  if (ext == ".ndjson" || ext == ".jsonl") return Format::ndjson;
  if (ext == ".csv") return Format::csv;
  if (ext == ".tsv") return Format::tsv;
  return std::nullopt;
}

Format parse_format(const std::string& name) {
  if (name == "json") return Format::json;
  if (name == "ndjson") return Format::ndjson;
  if (name == "csv") return Format::csv;
  if (name == "tsv") return Format::tsv;
  return Format::text;
}

int usage_error(std::ostream& err, const std::string& message) {
  err << "catrack: error: " << message << "\n";
  err << "Try 'catrack --help' for usage.\n";
  return exit_input_error;
}

void print_errors(std::ostream& err, const Diagnostics& errors, const std::map<std::string, std::string>& sources,
                  const Style& style) {
  for (const auto& d : errors) {
    auto it = sources.find(d.where.file);
    err << format_diagnostic(d, it == sources.end() ? std::string_view{} : std::string_view(it->second), style);
  }
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
  std::stable_sort(merged.days.begin(), merged.days.end(), [](const Day& a, const Day& b) { return a.date < b.date; });
  std::vector<Day> days;
  for (auto& d : merged.days) {
    if (!days.empty() && days.back().date == d.date) {
      days.back().entries.insert(days.back().entries.end(), d.entries.begin(), d.entries.end());
      days.back().notes.insert(days.back().notes.end(), d.notes.begin(), d.notes.end());
    } else {
      days.push_back(std::move(d));
    }
  }
  merged.days = std::move(days);
  return merged;
}

int execute(const Options& o, std::istream& in, std::ostream& out, std::ostream& err, const Environment& env) {
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

  const FoodTable bundled = bundled_table();

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
    DiaryReport report = build_report(with_profile, bundled);
    if (!read_errors.empty()) {
      report.days.clear();
      report.summary = {};
      report.errors.insert(report.errors.begin(), read_errors.begin(), read_errors.end());
      std::stable_sort(report.errors.begin(), report.errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
      });
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

int run(const std::vector<std::string>& args_in, std::istream& in, std::ostream& out, std::ostream& err,
        const Environment& env) {
  try {
    std::vector<std::string> args = args_in;
    Options o;
    std::string name = "catrack";
    if (!args.empty() && (args.front() == "report" || args.front() == "check")) {
      o.command = args.front() == "check" ? Command::check : Command::report;
      name += " " + args.front();
      args.erase(args.begin());
    }
    CLI::App app{o.command == Command::check
                     ? "Check diaries in a batch: one verdict per diary-day, and an exit status\nfor scripts."
                     : "Calcium intake from a TOML food diary: totals against your reference intake,\n"
                       "food vs supplements, absorbable estimate and notes, each with its source.\n\n"
                       "Commands:\n"
                       "  catrack [report] FILE...   the report (the default command)\n"
                       "  catrack check FILE...      one verdict per diary-day (catrack check --help)\n",
                 name};
    app.set_version_flag("-V,--version", fmt::format("catrack {}", CATRACK_VERSION));
    add_options(app, o);
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
      app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
      out << app.help();
      return exit_ok;
    } catch (const CLI::CallForVersion&) {
      out << fmt::format("catrack {}\n", CATRACK_VERSION);
      return exit_ok;
    } catch (const CLI::ParseError& e) {
      return usage_error(err, e.what());
    }
    return execute(o, in, out, err, env);
  } catch (const std::exception& e) {
    err << "catrack: internal error: " << e.what() << "\n";
    return exit_internal_error;
  }
}

} // namespace catrack::cli
