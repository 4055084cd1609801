#include "catrack/util/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace catrack::util {

void sort_by_position(Diagnostics& errors) {
  std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) < std::tie(b.where.file, b.where.line, b.where.column);
  });
}

Diagnostic placed(Diagnostic in_text, const Location& text_at) {
  const int offset = in_text.where.column;
  in_text.where = text_at;
  in_text.where.column += offset;
  return in_text;
}

} // namespace catrack::util
