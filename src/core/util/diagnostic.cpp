#include "catrack/util/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace catrack::util {

void sort_by_position(Diagnostics& errors) {
  std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) < std::tie(b.where.file, b.where.line, b.where.column);
  });
}

} // namespace catrack::util
