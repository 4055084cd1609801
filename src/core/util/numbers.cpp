#include "catrack/util/numbers.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace catrack::util {

double whole(double value) { return std::round(value); }

std::string format_number(double value) {
  // Huge values only reach messages about limits; keep them short.
  if (std::fabs(value) >= 1e9) return fmt::format("{:.3g}", value);
  // As printf("%.2f") rounds, without a format string to parse: this runs
  // for every entry of every diary.
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2).ptr;
  std::string s(buffer, end);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string format_whole(double value) {
  // fmt writes whole numbers below 1e16 in full, where a bare std::to_chars
  // would take the shorter "1e+05" for 100000.
  if (!(std::fabs(value) < 1e16)) return fmt::format("{}", value);
  char buffer[32];
  // As an integer when it is one (and not -0): several times quicker.
  const bool integer = value == std::trunc(value) && !(value == 0 && std::signbit(value));
  const auto end = integer ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(value)).ptr
                           : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed).ptr;
  return std::string(buffer, end);
}

} // namespace catrack::util
