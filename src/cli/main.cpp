#include "cli/app.hpp"

#include <iostream>

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  return catrack::cli::run(args, std::cin, std::cout, std::cerr, catrack::cli::read_environment());
}
