#pragma once
// The catrack command line: arguments in, reports and errors out. Kept apart
// from main() so tests can run it with their own streams and environment.

#include "cli/exit.hpp"
#include "cli/term/terminal.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace catrack::cli {

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
        const term::Environment& env);

} // namespace catrack::cli
