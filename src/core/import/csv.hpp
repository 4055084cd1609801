#pragma once
// CSV text -> rows of cells, each cell with the line and column where it
// starts, so that an error in an export points at the cell like an error in
// a diary does. RFC 4180 quoting (separators, doubled quotes and line breaks
// inside quotes), a UTF-8 BOM, LF or CRLF line ends. Not a public header: the
// export readers (export_reader.cpp) are its only users.

#include "catrack/util/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::import::csv {

struct Cell {
  std::string text; // unquoted, as written otherwise (not trimmed)
  util::Location at;      // where the cell starts (its opening quote, if quoted)
};

struct Row {
  std::vector<Cell> cells;
  util::Location at; // the row's first cell
};

// ',' unless the first line has more ';' than ',' (exports for locales that
// write a decimal comma use ';').
char guess_separator(std::string_view text);

// All the rows, blank lines left out. nullopt after adding an error for text
// that is not CSV: invalid UTF-8, a quote never closed, text after a closing
// quote.
std::optional<std::vector<Row>> parse(std::string_view text, char separator, const util::FileName& file,
                                      util::Diagnostics& errors);

// The first line's cells, split simply (for recognising a header before
// reading the whole file); quotes around a cell are removed.
std::vector<std::string> header_cells(std::string_view text, char separator);

} // namespace catrack::import::csv
