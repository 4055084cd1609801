#pragma once
// The catrack command line: arguments in, reports and errors out. Kept apart
// from main() so tests can run it with their own streams and environment.

#include "cli/term/terminal.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace catrack::cli {

// Exit statuses (README "Exit status"; spec §5).
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_input_error = 2;
inline constexpr int exit_internal_error = 3;

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
        const term::Environment& env);

} // namespace catrack::cli
