#pragma once
// Reading the cells of an app's CSV export: its header, numbers, dates and
// clock times, each problem a located error. Shared by the Cronometer and
// MyFitnessPal readers. Not a public header.

#include "catrack/util/diagnostic.hpp"
#include "catrack/diary/profile.hpp"
#include "import/csv.hpp"
#include "catrack/util/date.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace catrack::import {

// A column name compared loosely: case, surrounding spaces and the micro
// sign (U+00B5, or a Greek mu U+03BC written for it) do not matter:
// "Vitamin D (µg)" = "vitamin d (ug)".
std::string column_key(std::string_view name);

class Header {
public:
  explicit Header(const csv::Row& row);
  // The index of the first column with one of these names.
  std::optional<std::size_t> find(std::initializer_list<std::string_view> names) const;
  std::size_t size() const { return keys_.size(); }
  const std::string& name(std::size_t column) const { return names_[column]; }
  const util::Location& at(std::size_t column) const { return at_[column]; }

private:
  std::vector<std::string> keys_;
  std::vector<std::string> names_;
  std::vector<util::Location> at_;
};

// A row with more or fewer cells than the header is an error (a broken
// export, or a quote lost in editing): reading it by position would take
// one column's value for another's.
bool has_header_shape(const csv::Row& row, const Header& header, util::Diagnostics& errors);

bool is_blank(const csv::Cell& cell);

// A number of 0 or more: digits with one decimal point (or comma, with
// `decimal_comma`). Nothing else: no sign, exponent, thousands separator,
// NaN or infinity. An error (naming the column) when it is not one.
std::optional<double> read_number(const csv::Cell& cell, std::string_view column, bool decimal_comma,
                                  util::Diagnostics& errors);

// YYYY-MM-DD, a date that exists.
std::optional<util::Date> read_date(const csv::Cell& cell, std::string_view column, util::Diagnostics& errors);

// "8:30 AM", "07:30 PM", "19:30", "7:30:15 pm": minutes after midnight.
std::optional<int> read_clock(const csv::Cell& cell, std::string_view column, util::Diagnostics& errors);

// The cell's text without surrounding spaces (and line breaks).
std::string trimmed(const csv::Cell& cell);

} // namespace catrack::import
