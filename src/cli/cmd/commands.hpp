#pragma once
// One function per command; app.cpp picks one from the first argument.

#include "cli/render/render.hpp"
#include "cli/term/terminal.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace catrack::cli::cmd {

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  const term::Environment& env;
};

int run_report(render::Command command, const std::vector<std::string>& args, Streams io);
int run_rules(const std::vector<std::string>& args, Streams io);
int run_suggest(const std::vector<std::string>& args, Streams io);
int run_foods(const std::vector<std::string>& args, Streams io);
int run_import(const std::vector<std::string>& args, Streams io);

// Parses `args` into `app`. Returns the exit status when the command should
// stop here: after --help or --version (0), or on a usage error (2).
std::optional<int> parse_arguments(CLI::App& app, const std::vector<std::string>& args, Streams io);

} // namespace catrack::cli::cmd
