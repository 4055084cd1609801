// The command line of every command, read with CLI11: the only file that
// sees it, so each command's options, help and examples are here together.

#include "cli/args/args.hpp"

#include "catrack/foods/diet.hpp"
#include "catrack/util/text.hpp"
#include "cli/exit.hpp"
#include "cli/io/io.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <algorithm>
#include <iostream>

#ifndef CATRACK_VERSION
#define CATRACK_VERSION "0"
#endif

namespace catrack::cli::args {

namespace {

const char* report_examples = R"(Examples:
  catrack diary.toml                  each day against your reference intake
  catrack --detail diary.toml         ... and each entry with its food
  catrack -b 2026-11 --weekly d.toml  November, week by week, with a chart
  catrack check exports/              every *.toml below exports/, in parallel
  catrack check --files-from list.txt the files listed, one a line (- = stdin)
  catrack check servings.csv          a Cronometer or MyFitnessPal export
  catrack --format csv a.toml b.toml  one CSV row per diary-day
  catrack d.toml -o report.html       a page with charts for your care team
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

const char* import_examples = R"(Examples:
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

// --format: `formats`, and the page formats when `pages` (catrack report).
// A page format elsewhere is named as such, so the fix is plain.
CLI::Option* add_format(CLI::App& app, std::string& format, const std::string& text, bool pages = false) {
  std::vector<std::string> names(std::begin(formats), std::end(formats));
  if (pages) names.insert(names.end(), std::begin(page_formats), std::end(page_formats));
  const std::string choices = "{" + util::join(names, ",") + "}";
  const auto check = [names, choices](const std::string& value) -> std::string {
    if (std::find(names.begin(), names.end(), value) != names.end()) return {};
    if (std::find(std::begin(page_formats), std::end(page_formats), value) != std::end(page_formats))
      return fmt::format("{} is a page for people, made only by catrack report (catrack --format {} FILE)", value,
                         value);
    return fmt::format("{} not in {}", value, choices);
  };
  return app.add_option("--format", format, text)->check(CLI::Validator(check, choices));
}

void add_food_files(CLI::App& app, FoodFiles& files) {
  app.add_option("--foods", files.files, "Your own food file (repeatable)")->type_name("FILE")->allow_extra_args(false);
  app.add_flag("--no-config", files.no_config, "Do not read $XDG_CONFIG_HOME/catrack/foods.toml");
}

// Parses `words` into `app`: the exit status when the command should stop
// here, after --help or --version (0) or on a usage error (2).
std::optional<int> run_parser(CLI::App& app, const std::vector<std::string>& words, Streams io) {
  app.set_version_flag("-V,--version", fmt::format("catrack {}", CATRACK_VERSION));
  std::vector<std::string> reversed(words.rbegin(), words.rend()); // CLI11 takes them last first
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return exit_ok;
  } catch (const CLI::CallForVersion&) {
    io.out << fmt::format("catrack {}\n", CATRACK_VERSION);
    return exit_ok;
  } catch (const CLI::ParseError& e) {
    return io::usage_error(io.err, e.what());
  }
  return std::nullopt;
}

} // namespace

std::optional<int> parse(const std::vector<std::string>& words, Report& o, Streams io, std::string_view about) {
  CLI::App app{o.check ? "Check diaries in a batch: one verdict per diary-day, and an exit status\nfor scripts."
                       : std::string(about),
               o.check ? "catrack check" : "catrack"};
  app.add_option("files", o.files, "Diaries, or folders of *.toml; - is standard input")
      ->type_name("FILE");
  app.add_option("--files-from", o.files_from, "Paths to read, one a line (- = stdin)")
      ->type_name("FILE");
  if (o.check) add_format(app, o.format, "Output: text (default), json, ndjson, csv or tsv");
  else add_format(app, o.format, "Output: text, json, ndjson, csv, tsv, html, md", true);
  app.add_option("--color,--colour", o.color, "auto (terminal, no NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("-o,--output", o.output, "Write to FILE (format from .json/.csv/.html/...)")->type_name("FILE");
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
  add_food_files(app, o.foods);
  if (!o.check) {
    app.add_flag("-d,--detail", o.detail, "List each entry and the food it matched");
  } else {
    app.add_option("--fail-on", o.fail_on, "Exit 1 on a note this severe or more")
        ->check(CLI::IsMember({"info", "warn", "alert"}));
  }
  app.footer(report_examples);
  return run_parser(app, words, io);
}

std::optional<int> parse(const std::vector<std::string>& words, Foods& o, Streams io) {
  CLI::App app{"Search the food table: calcium per 100 g and per usual portion, absorption,\n"
               "texture, tags and source. Exit 1 when nothing matches.",
               "catrack foods"};
  app.add_option("query", o.words, "Words to look for, e.g. greek yogurt (none: every food)");
  app.add_option("--show", o.show, "Print one food's full record")->type_name("NAME");
  app.add_option("-n,--limit", o.limit, "How many results (default 10; 0 for all)");
  add_format(app, o.format, "text (default), json, ndjson, csv or tsv");
  add_food_files(app, o.foods);
  return run_parser(app, words, io);
}

std::optional<int> parse(const std::vector<std::string>& words, Rules& o, Streams io) {
  CLI::App app{"What each note code means: when it fires, its threshold, why, and its source.", "catrack rules"};
  app.add_option("code", o.code, "One note code, e.g. dose-over-500");
  add_format(app, o.format, "text (default), json, ndjson, csv or tsv");
  return run_parser(app, words, io);
}

std::optional<int> parse(const std::vector<std::string>& words, Suggest& o, Streams io) {
  CLI::App app{"Foods that would close a calcium gap, ranked by absorbable calcium per usual\n"
               "portion, respecting diet tags and dysphagia, preferring foods a diary holds.\n"
               "catrack proposes foods only, never a supplement.",
               "catrack suggest"};
  app.add_option("--gap", o.gap, "The gap to close, in mg of calcium")->check(CLI::Range(1, 5000));
  app.add_option("--from", o.from, "Take the mean daily gap, profile and foods from this diary")->type_name("DIARY");
  app.add_option("--diet", o.diet, "A diet tag to respect (repeatable): " + util::join_or(foods::known_diet_tags()))
      ->allow_extra_args(false);
  app.add_option("--dysphagia", o.dysphagia, "yes, or an IDDSI level 0-7: limits textures (a default to check)");
  app.add_option("-n,--limit", o.limit, "How many foods (default 3)")->check(CLI::Range(1, 50));
  add_format(app, o.format, "text (default), json, ndjson, csv or tsv");
  add_food_files(app, o.foods);
  return run_parser(app, words, io);
}

std::optional<int> parse(const std::vector<std::string>& words, Import& o, Streams io) {
  CLI::App app{"Turn a Cronometer or MyFitnessPal CSV export into a catrack diary (TOML).", "catrack import"};
  app.add_option("app", o.app, "Which app made the export: cronometer or mfp")
      ->check(CLI::IsMember({"cronometer", "mfp"}))
      ->required();
  app.add_option("file", o.file, "The CSV export; - reads standard input")->type_name("FILE")->required();
  app.add_option("-o,--output", o.output, "Write the diary to FILE (replaced only once complete)")->type_name("FILE");
  app.add_option("--dv-basis", o.dv_basis, "mfp: the mg that 100 % Daily Value means: 1300 or 1000")
      ->check(CLI::IsMember({"1300", "1000"}))
      ->type_name("MG");
  app.footer(import_examples);
  return run_parser(app, words, io);
}

} // namespace catrack::cli::args
