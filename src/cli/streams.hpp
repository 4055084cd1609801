#pragma once
// What a command reads and writes: its streams and the environment it runs in.

#include "cli/term/terminal.hpp"

#include <iosfwd>

namespace catrack::cli {

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  const term::Environment& env;
};

} // namespace catrack::cli
