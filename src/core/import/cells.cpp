#include "import/cells.hpp"

#include "catrack/util/text.hpp"
#include "catrack/util/date.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace catrack::import {

using util::Date;
using util::Diagnostics;
using util::lowercase;
using util::trim;

namespace {

bool digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view text) {
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// Shown in messages: a huge cell is cut, so one bad cell cannot flood the
// terminal.
std::string shown(std::string_view text) {
  constexpr std::size_t max_shown = 60;
  if (text.size() <= max_shown) return std::string(text);
  std::size_t cut = max_shown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

} // namespace

std::string column_key(std::string_view name) {
  std::string out;
  const std::string lower = lowercase(trim(name));
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 2, "\xC2\xB5") == 0 || lower.compare(i, 2, "\xCE\xBC") == 0) {
      out += 'u';
      ++i;
    } else {
      out += lower[i];
    }
  }
  return out;
}

std::string trimmed(const csv::Cell& cell) { return std::string(trim(cell.text)); }

Header::Header(const csv::Row& row) {
  for (const auto& cell : row.cells) {
    keys_.push_back(column_key(cell.text));
    names_.push_back(trimmed(cell));
    at_.push_back(cell.at);
  }
}

std::optional<std::size_t> Header::find(std::initializer_list<std::string_view> names) const {
  for (std::size_t i = 0; i < keys_.size(); ++i)
    for (auto name : names)
      if (keys_[i] == column_key(name)) return i;
  return std::nullopt;
}

bool has_header_shape(const csv::Row& row, const Header& header, Diagnostics& errors) {
  if (row.cells.size() == header.size()) return true;
  errors.push_back({row.at,
                    fmt::format("this row has {} cells, but the header has {} columns", row.cells.size(),
                                header.size()),
                    {"a cell with a separator or a line break in it must be in double quotes",
                     "export the file again from the app, rather than editing it"}});
  return false;
}

bool is_blank(const csv::Cell& cell) { return trim(cell.text).empty(); }

std::optional<double> read_number(const csv::Cell& cell, std::string_view column, bool decimal_comma,
                                  Diagnostics& errors) {
  std::string text = trimmed(cell);
  const auto fail = [&](std::string why) {
    errors.push_back({cell.at, fmt::format("\"{}\" is \"{}\": {}", column, shown(text), why),
                      {decimal_comma ? "numbers look like 276 or 276,5" : "numbers look like 276 or 276.5"}});
    return std::nullopt;
  };
  if (!text.empty() && text.front() == '-') return fail("it cannot be negative");
  const char point = decimal_comma ? ',' : '.';
  const auto at = text.find(point);
  std::string whole_part = text.substr(0, at);
  std::string fraction = at == std::string::npos ? std::string() : text.substr(at + 1);
  if (!digits(whole_part) || (at != std::string::npos && !digits(fraction)))
    return fail(decimal_comma ? "not a number (a decimal comma, no thousands separator)"
                              : "not a number (a decimal point, no thousands separator)");
  if (whole_part.size() > 12) return fail("the number is too long");
  if (decimal_comma && at != std::string::npos) text[at] = '.';
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return fail("not a number");
  return value;
}

std::optional<Date> read_date(const csv::Cell& cell, std::string_view column, Diagnostics& errors) {
  const std::string text = trimmed(cell);
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4)) &&
                      digits(text.substr(5, 2)) && digits(text.substr(8, 2));
  if (!shaped) {
    // 11/03/2026 could be March or November: never guessed.
    errors.push_back({cell.at, fmt::format("\"{}\" is \"{}\", not a date like 2026-11-24", column, shown(text)),
                      {"export with dates as YYYY-MM-DD"}});
    return std::nullopt;
  }
  const Date date{std::chrono::year{to_int(text.substr(0, 4))},
                  std::chrono::month{static_cast<unsigned>(to_int(text.substr(5, 2)))},
                  std::chrono::day{static_cast<unsigned>(to_int(text.substr(8, 2)))}};
  if (!date.ok()) {
    errors.push_back({cell.at, fmt::format("\"{}\" is {}, a date that does not exist", column, text), {}});
    return std::nullopt;
  }
  return date;
}

std::optional<int> read_clock(const csv::Cell& cell, std::string_view column, Diagnostics& errors) {
  const std::string text = lowercase(trimmed(cell));
  const auto fail = [&] {
    errors.push_back({cell.at, fmt::format("\"{}\" is \"{}\", not a time of day", column, shown(trimmed(cell))),
                      {"times look like 8:30 AM, 07:30 PM or 19:30"}});
    return std::nullopt;
  };
  std::string_view clock = text;
  std::optional<bool> pm;
  for (auto [suffix, is_pm] : {std::pair{"am", false}, std::pair{"pm", true}}) {
    if (clock.size() > 2 && clock.substr(clock.size() - 2) == suffix) {
      pm = is_pm;
      clock = trim(clock.substr(0, clock.size() - 2));
    }
  }
  const auto colon = clock.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2) return fail();
  const auto hours = clock.substr(0, colon);
  auto rest = clock.substr(colon + 1);
  if (rest.size() == 5 && rest[2] == ':' && digits(rest.substr(3)) && to_int(rest.substr(3)) <= 59)
    rest = rest.substr(0, 2); // seconds, not kept
  if (!digits(hours) || rest.size() != 2 || !digits(rest)) return fail();
  int hour = to_int(hours);
  const int minute = to_int(rest);
  if (minute > 59) return fail();
  if (pm) {
    if (hour < 1 || hour > 12) return fail();
    hour = hour % 12 + (*pm ? 12 : 0); // 12:05 AM is 00:05, 12:05 PM is 12:05
  } else if (hour > 23) {
    return fail();
  }
  return hour * 60 + minute;
}

} // namespace catrack::import
