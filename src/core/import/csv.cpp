#include "import/csv.hpp"

#include "catrack/util/utf8.hpp"

#include <fmt/format.h>

namespace catrack::import::csv {

using util::Diagnostics;
using util::FileName;
using util::Location;

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Walks the text keeping the line and column (in characters, as the error
// display counts them) of the next byte.
class Cursor {
public:
  Cursor(std::string_view text, FileName file) : text_(text), file_(std::move(file)) {}

  bool done() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  Location here() const { return {file_, line_, column_}; }

  // Moves past one byte; a new line after '\n'.
  char take() {
    const char c = text_[pos_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if (!continuation(static_cast<unsigned char>(c))) {
      ++column_;
    }
    return c;
  }

  // Ends a row: "\n", "\r\n", or a lone "\r".
  bool take_line_end() {
    if (peek() == '\r') {
      ++pos_;
      if (peek() == '\n') ++pos_;
      ++line_;
      column_ = 1;
      return true;
    }
    if (peek() == '\n') {
      take();
      return true;
    }
    return false;
  }

  bool at_line_end() const { return peek() == '\n' || peek() == '\r'; }

private:
  std::string_view text_;
  FileName file_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

std::string_view first_line(std::string_view text) {
  if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
  return text.substr(0, text.find_first_of("\r\n"));
}

} // namespace

char guess_separator(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  for (char c : first_line(text)) {
    commas += c == ',' ? 1 : 0;
    semicolons += c == ';' ? 1 : 0;
  }
  return semicolons > commas ? ';' : ',';
}

std::vector<std::string> header_cells(std::string_view text, char separator) {
  std::vector<std::string> cells;
  std::string cell;
  const auto finish = [&] {
    std::string_view v = cell;
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    cells.emplace_back(v);
    cell.clear();
  };
  for (char c : first_line(text)) {
    if (c == separator) finish();
    else cell += c;
  }
  finish();
  return cells;
}

std::optional<std::vector<Row>> parse(std::string_view text, char separator, const FileName& file,
                                      Diagnostics& errors) {
  // Invalid UTF-8 is refused whole, as for a diary: a name with broken bytes
  // could not be written back into a diary (TOML is UTF-8).
  {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t n = util::utf8_length(text, i);
      if (n == 0) {
        errors.push_back({{file, line, column}, "invalid UTF-8: the export must be UTF-8 text", {}});
        return std::nullopt;
      }
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
      i += n;
    }
  }

  Cursor cur(text, file);
  if (text.substr(0, bom.size()) == bom) {
    // The BOM is one (invisible) character of the first line.
    cur.take();
    cur.take();
    cur.take();
  }
  std::vector<Row> rows;
  while (!cur.done()) {
    Row row;
    row.at = cur.here();
    bool row_done = false;
    while (!row_done) {
      Cell cell;
      cell.at = cur.here();
      if (cur.peek() == '"') {
        const Location opened = cur.here();
        cur.take();
        for (;;) {
          if (cur.done()) {
            errors.push_back({opened, "this quoted cell is never closed: a \" is missing",
                              {"a quote inside a quoted cell is written twice: \"\"", "check the file is a whole export"}});
            return std::nullopt;
          }
          const char c = cur.take();
          if (c == '\r' && cur.peek() == '\n') {
            continue; // a line break inside a cell is "\n", whatever the file's line ends
          } else if (c != '"') {
            cell.text += c;
          } else if (cur.peek() == '"') {
            cur.take();
            cell.text += '"';
          } else {
            break;
          }
        }
        if (!cur.done() && cur.peek() != separator && !cur.at_line_end()) {
          errors.push_back({cur.here(), fmt::format("unexpected text after the closing quote of a cell; expected "
                                                    "'{}' or the end of the line",
                                                    separator),
                            {"a quote inside a quoted cell is written twice: \"\""}});
          return std::nullopt;
        }
      } else {
        while (!cur.done() && cur.peek() != separator && !cur.at_line_end()) cell.text += cur.take();
      }
      row.cells.push_back(std::move(cell));
      if (!cur.done() && cur.peek() == separator) {
        cur.take();
      } else {
        cur.take_line_end();
        row_done = true;
      }
    }
    const bool blank = row.cells.size() == 1 && row.cells[0].text.empty();
    if (!blank) rows.push_back(std::move(row));
  }
  return rows;
}

} // namespace catrack::import::csv
