#pragma once
// What many unit tests share: the bundled table, built once; a list of
// diagnostics to show when a check fails; a file of the repository.

#include "catrack/bundled/table.hpp"
#include "catrack/util/diagnostic.hpp"
#include "catrack/foods/table.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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

// The keys a Markdown section documents in its tables: each `name` in
// backquotes in a row's first cell ("| `calcinosis`, `scleroderma` | ..."),
// from the line that starts with `heading` to the next "## ".
inline std::vector<std::string> documented_keys(const std::string& markdown, std::string_view heading) {
  std::vector<std::string> keys;
  const std::size_t start = markdown.find("\n" + std::string(heading));
  REQUIRE_MESSAGE(start != std::string::npos, "no section " << heading);
  const std::size_t end = markdown.find("\n## ", start + 1);
  std::istringstream section(markdown.substr(start + 1, end == std::string::npos ? end : end - start - 1));
  for (std::string line; std::getline(section, line);) {
    if (line.rfind("| `", 0) != 0) continue;
    const std::string cell = line.substr(1, line.find('|', 1) - 1);
    for (std::size_t open = cell.find('`'); open != std::string::npos; open = cell.find('`', open + 1)) {
      const std::size_t close = cell.find('`', open + 1);
      keys.push_back(cell.substr(open + 1, close - open - 1));
      open = close;
    }
  }
  return keys;
}

// A field table's keys and its docs' table agree: each key documented, each
// documented key in the table.
inline void check_documented(const std::vector<std::string>& keys, const std::string& doc, std::string_view heading) {
  const auto documented = documented_keys(repo_file(doc), heading);
  const auto in = [](const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
  };
  for (const auto& key : keys) CHECK_MESSAGE(in(documented, key), key, " is not in ", doc, " ", heading);
  for (const auto& key : documented) CHECK_MESSAGE(in(keys, key), key, " is in ", doc, " but not in the table");
}

} // namespace catrack::testing
