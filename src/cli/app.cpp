#include "cli/app.hpp"

#include "catrack/util/text.hpp"
#include "cli/cmd/commands.hpp"
#include "cli/io/io.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>

namespace catrack::cli {

namespace {

// One command: how it is called and what it does, for the top-level help,
// and how it runs.
struct Command {
  std::string_view name;
  std::string_view usage;   // after "catrack ", in the top-level help
  std::string_view summary; // one line
  int (*run)(const std::vector<std::string>& words, Streams io);
};

template <class Args, int (*Run)(const Args&, Streams)>
int parse_and_run(const std::vector<std::string>& words, Streams io) {
  Args args;
  if (auto status = args::parse(words, args, io)) return *status;
  return Run(args, io);
}

int report(const std::vector<std::string>& words, Streams io);
int check(const std::vector<std::string>& words, Streams io);
int help(const std::vector<std::string>& words, Streams io);

const Command commands[] = {
    {"report", "[report] FILE...", "the report (the default command)", report},
    {"check", "check FILE...", "one verdict per diary-day", check},
    {"foods", "foods [QUERY]", "search the food table", parse_and_run<args::Foods, cmd::run_foods>},
    {"suggest", "suggest --gap MG", "foods that close a calcium gap", parse_and_run<args::Suggest, cmd::run_suggest>},
    {"rules", "rules [CODE]", "what each note means, its threshold and source",
     parse_and_run<args::Rules, cmd::run_rules>},
    {"import", "import APP FILE", "a Cronometer or MyFitnessPal export as a diary",
     parse_and_run<args::Import, cmd::run_import>},
    {"help", "help [COMMAND]", "a command's options and examples", help},
};

// What `catrack --help` says above the default command's options.
std::string about() {
  std::string out = "Calcium intake from a TOML food diary: totals against your reference intake,\n"
                    "food vs supplements, absorbable estimate and notes, each with its source.\n\n"
                    "Commands:\n";
  for (const auto& c : commands) {
    if (c.name == "help") continue; // "Each command has --help", below
    out += fmt::format("  catrack {:<18} {}\n", c.usage, c.summary);
  }
  return out + "Each command has --help. FILE may also be such an export, or a folder.\n";
}

int report_or_check(bool check, const std::vector<std::string>& words, Streams io) {
  args::Report args;
  args.check = check;
  if (auto status = args::parse(words, args, io, about())) return *status;
  return cmd::run_report(args, io);
}

int report(const std::vector<std::string>& words, Streams io) { return report_or_check(false, words, io); }
int check(const std::vector<std::string>& words, Streams io) { return report_or_check(true, words, io); }

const Command* find_command(std::string_view name) {
  for (const auto& c : commands)
    if (c.name == name) return &c;
  return nullptr;
}

// "chek" when there is no file of that name: a mistyped command, not a
// diary. Only plain words are taken for commands (not paths or patterns).
const Command* near_command(const std::string& word) {
  if (word.size() < 3 || word.find_first_of("./*?[-") != std::string::npos) return nullptr;
  std::error_code ec;
  if (std::filesystem::exists(word, ec)) return nullptr;
  const Command* best = nullptr;
  std::size_t best_distance = 3;
  for (const auto& c : commands) {
    const std::size_t d = util::edit_distance(word, c.name);
    if (d < best_distance && d < c.name.size() / 2 + 1) {
      best = &c;
      best_distance = d;
    }
  }
  return best;
}

int help(const std::vector<std::string>& words, Streams io) {
  if (words.empty()) return report({"--help"}, io);
  if (const Command* c = find_command(words.front()); c && c->name != "help") return c->run({"--help"}, io);
  return io::usage_error(io.err, fmt::format("no command \"{}\": the commands are {}", words.front(), [] {
                           std::vector<std::string> names;
                           for (const auto& c : commands) names.emplace_back(c.name);
                           return util::join_or(names);
                         }()));
}

} // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
        const term::Environment& env) {
  const Streams io{in, out, err, env};
  try {
    if (!args.empty()) {
      const std::vector<std::string> rest(args.begin() + 1, args.end());
      if (const Command* c = find_command(args.front())) return c->run(rest, io);
      if (const Command* c = near_command(args.front()))
        return io::usage_error(err, fmt::format("unknown command \"{}\"; did you mean \"{}\"?",
                                                args.front(), c->name));
    }
    // No command word: a report of the files given.
    return report(args, io);
  } catch (const std::exception& e) {
    err << "catrack: internal error: " << e.what() << "\n";
    return exit_internal_error;
  }
}

} // namespace catrack::cli
