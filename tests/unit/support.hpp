#pragma once
// What many unit tests share: the bundled table, built once; a list of
// diagnostics to show when a check fails; a file of the repository.

#include "catrack/bundled/table.hpp"
#include "catrack/util/diagnostic.hpp"
#include "catrack/foods/table.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace catrack::testing {

inline const foods::FoodTable& bundled_foods() {
  static const foods::FoodTable table = bundled::bundled_table();
  return table;
}

// "LINE:COL message" a line, for INFO() and failure messages.
inline std::string listed(const util::Diagnostics& list) {
  std::string out;
  for (const auto& e : list)
    out += std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message + "\n";
  return out;
}

// A file of the repository, by its path from the root.
inline std::string repo_file(const std::string& relative) {
  const std::string path = std::string(CATRACK_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace catrack::testing
