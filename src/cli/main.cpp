#include "cli/app.hpp"

#include <csignal>
#include <iostream>

int main(int argc, char** argv) {
  // `catrack check ... | head` ends quietly, as cat and grep do, even when
  // the parent ignores SIGPIPE.
  std::signal(SIGPIPE, SIG_DFL);
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  return catrack::cli::run(args, std::cin, std::cout, std::cerr, catrack::cli::term::read_environment());
}
