#include "catrack/util/diagnostic.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

namespace catrack::util {

void sort_by_position(Diagnostics& errors) {
  std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) < std::tie(b.where.file, b.where.line, b.where.column);
  });
}

void merge_diagnostics(Diagnostics& into, const Diagnostics& more) {
  // A set, not a scan: a diary of years can have an error on every line.
  using Key = std::tuple<std::string, int, int, std::string>;
  const auto key = [](const Diagnostic& d) { return Key{d.where.file, d.where.line, d.where.column, d.message}; };
  std::set<Key> seen;
  for (const auto& d : into) seen.insert(key(d));
  for (const auto& d : more)
    if (seen.insert(key(d)).second) into.push_back(d);
  sort_by_position(into);
}

} // namespace catrack::util
