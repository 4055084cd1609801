#include "cli/term/diagnostics.hpp"

#include <fmt/format.h>

namespace catrack::cli::term {

using util::Diagnostic;

namespace {

std::string_view line_of(std::string_view text, int line) {
  int current = 1;
  std::size_t start = 0;
  while (current < line) {
    const auto nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
    ++current;
  }
  auto end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  auto l = text.substr(start, end - start);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

// Columns count characters (UTF-8 code points), as toml++ reports them.
std::size_t byte_offset(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

} // namespace

std::string format_diagnostic(const Diagnostic& d, std::string_view source, const Style& style,
                              std::string_view label) {
  std::string out;
  std::string where = printable(d.where.file.str());
  if (d.where.line > 0) where += fmt::format(":{}", d.where.line);
  if (d.where.line > 0 && d.where.column > 0) where += fmt::format(":{}", d.where.column);
  out += fmt::format("{}: {} {}\n", style.paint(where, "1"), style.paint(std::string(label) + ":", label == "error" ? "1;31" : "1;35"), printable(d.message));

  const auto line = d.where.line > 0 ? line_of(source, d.where.line) : std::string_view{};
  if (!line.empty()) {
    const std::string number = std::to_string(d.where.line);
    const std::string gutter(number.size(), ' ');
    // Tabs are kept so the caret lines up under them.
    std::string shown = printable(line);
    if (shown.size() > 200) shown = shown.substr(0, 200) + "...";
    out += fmt::format(" {} | {}\n", number, shown);
    if (d.where.column > 0) {
      std::string pad;
      const auto upto = line.substr(0, byte_offset(line, d.where.column));
      for (char c : printable(upto)) {
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
        pad += c == '\t' ? '\t' : ' ';
      }
      if (pad.size() <= 200) out += fmt::format(" {} | {}{}\n", gutter, pad, style.paint("^", "1;32"));
    }
  }
  for (const auto& hint : d.hints) out += fmt::format("  {}\n", printable(hint));
  return out;
}

} // namespace catrack::cli::term
