#include "cli/render/text_parts.hpp"

#include "catrack/util/date.hpp"

namespace catrack::cli::render {

using report::Interval;
using rules::Severity;

std::string period_label(const report::Period& p) {
  const std::string begin = util::format_date(p.begin);
  return p.interval == Interval::month ? begin.substr(0, 7) : begin;
}

std::string wrap(const std::string& text, std::size_t first_column, std::size_t indent) {
  std::string out;
  std::size_t column = first_column;
  std::size_t pos = 0;
  bool line_start = true;
  while (pos < text.size()) {
    auto end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (!line_start && column + 1 + word.size() > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      line_start = true;
    }
    if (!line_start) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    line_start = false;
  }
  return out;
}

const char* severity_color(Severity s) {
  switch (s) {
  case Severity::info: return "36";
  case Severity::warn: return "33";
  case Severity::alert: return "1;31";
  }
  return "0";
}

} // namespace catrack::cli::render
