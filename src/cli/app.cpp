#include "cli/app.hpp"

#include "cli/cmd/commands.hpp"
#include "cli/io/io.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

#ifndef CATRACK_VERSION
#define CATRACK_VERSION "0"
#endif

namespace catrack::cli {

using cmd::Streams;

using cmd::run_foods;
using cmd::run_import;
using cmd::run_report;
using cmd::run_rules;
using cmd::run_suggest;
using io::usage_error;
using render::Command;
using term::Environment;

std::optional<int> cmd::parse_arguments(CLI::App& app, const std::vector<std::string>& args, Streams io) {
  app.set_version_flag("-V,--version", fmt::format("catrack {}", CATRACK_VERSION));
  std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 takes them last first
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return exit_ok;
  } catch (const CLI::CallForVersion&) {
    io.out << fmt::format("catrack {}\n", CATRACK_VERSION);
    return exit_ok;
  } catch (const CLI::ParseError& e) {
    return usage_error(io.err, e.what());
  }
  return std::nullopt;
}

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
        const Environment& env) {
  const Streams io{in, out, err, env};
  try {
    const std::string first = args.empty() ? "" : args.front();
    const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
    if (first == "report") return run_report(Command::report, rest, io);
    if (first == "check") return run_report(Command::check, rest, io);
    if (first == "rules") return run_rules(rest, io);
    if (first == "suggest") return run_suggest(rest, io);
    if (first == "foods") return run_foods(rest, io);
    if (first == "import") return run_import(rest, io);
    // No command word: a report of the files given.
    return run_report(Command::report, args, io);
  } catch (const std::exception& e) {
    err << "catrack: internal error: " << e.what() << "\n";
    return exit_internal_error;
  }
}

} // namespace catrack::cli
