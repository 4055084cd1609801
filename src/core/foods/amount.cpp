#include "catrack/foods/amount.hpp"

#include "catrack/util/text.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <optional>

namespace catrack::foods {

using util::trim;

namespace {

// A problem in the text and where it starts, before it becomes a Diagnostic.
struct AmountError {
  std::string message;
  std::size_t offset = 0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Plain digits[.digits] as a double. std::from_chars gives the same
// correctly rounded value as std::stod without a string copy or the locale;
// it runs for every amount of every entry. Too many digits is infinity, as
// strtod has it, not stod's exception.
double to_double(std::string_view digits) {
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc::result_out_of_range ? HUGE_VAL : value;
}

// Reads digits[.digits] or .digits at `pos`; advances `pos`.
std::optional<double> read_decimal(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  if (pos < text.size() && text[pos] == '.' && pos + 1 < text.size() && is_digit(text[pos + 1])) {
    ++pos;
    while (pos < text.size() && is_digit(text[pos])) ++pos;
  }
  if (pos == start) return std::nullopt;
  // Long digit runs are refused before they can overflow into inf.
  if (pos - start > 12) return std::nullopt;
  return to_double(text.substr(start, pos - start));
}

bool only_digits(std::string_view text, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  for (std::size_t i = from; i < to; ++i)
    if (!is_digit(text[i])) return false;
  return true;
}

struct Number {
  double value;
  std::size_t end;
};

std::variant<Number, AmountError> read_number(std::string_view text) {
  std::size_t pos = 0;
  const auto first = read_decimal(text, pos);
  if (!first) {
    if (pos > 12) return AmountError{"the number is too long", 0};
    return AmountError{"an amount starts with a number, like 1, 1.5, 1/2 or 1 1/2", 0};
  }
  const bool first_is_integer = only_digits(text, 0, pos);
  double value = *first;

  const auto read_denominator = [&](std::size_t slash) -> std::variant<double, AmountError> {
    std::size_t p = slash + 1;
    const auto den = read_decimal(text, p);
    if (!den || !only_digits(text, slash + 1, p))
      return AmountError{"a fraction needs whole numbers on both sides of '/', like 1/2", slash};
    if (*den == 0) return AmountError{"a fraction cannot divide by zero", slash + 1};
    pos = p;
    return *den;
  };

  if (pos < text.size() && text[pos] == '/') {
    if (!first_is_integer)
      return AmountError{"a fraction needs whole numbers on both sides of '/', like 1/2", 0};
    auto den = read_denominator(pos);
    if (auto* e = std::get_if<AmountError>(&den)) return *e;
    value /= std::get<double>(den);
    return Number{value, pos};
  }

  // A mixed number: "1 1/2".
  if (first_is_integer) {
    std::size_t p = pos;
    while (p < text.size() && text[p] == ' ') ++p;
    std::size_t q = p;
    while (q < text.size() && is_digit(text[q])) ++q;
    if (p > pos && q > p && q < text.size() && text[q] == '/') {
      const double numerator = to_double(text.substr(p, q - p));
      pos = q;
      auto den = read_denominator(q);
      if (auto* e = std::get_if<AmountError>(&den)) return *e;
      const double fraction = numerator / std::get<double>(den);
      if (fraction >= 1)
        return AmountError{"in a mixed number the fraction is less than 1, like 1 1/2", p};
      value += fraction;
    }
  }
  return Number{value, pos};
}

bool is_unit_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalpha(u) || u >= 0x80 || c == ' ' || c == '.' || c == '-' || c == '\'';
}

std::variant<Amount, AmountError> read_amount(std::string_view raw) {
  const std::string_view text = trim(raw);
  const std::size_t lead = static_cast<std::size_t>(text.data() - raw.data());
  const auto shift = [&](AmountError e) {
    e.offset += lead;
    return e;
  };
  if (text.empty()) return AmountError{"the amount is empty; write a number and a unit, like \"1 cup\"", 0};
  if (text.front() == '-' || text.front() == '+') {
    if (text.front() == '-') return shift({"an amount must be more than zero", 0});
    return shift({"write the number without a sign", 0});
  }
  auto number = read_number(text);
  if (auto* e = std::get_if<AmountError>(&number)) return shift(*e);
  const auto [value, end] = std::get<Number>(number);

  if (end < text.size() && text[end] == ',' && end + 1 < text.size() && is_digit(text[end + 1]))
    return shift({"use a decimal point, not a comma: 1.5, not 1,5", end});
  if (end < text.size() && (text[end] == '.' || text[end] == '/' || is_digit(text[end])))
    return shift({"this is not a number: use 1, 1.5, 1/2 or 1 1/2", end});

  const std::string_view unit = trim(text.substr(end));
  for (std::size_t i = 0; i < unit.size(); ++i) {
    if (!is_unit_char(unit[i])) {
      const std::size_t at = static_cast<std::size_t>(unit.data() - text.data()) + i;
      return shift({fmt::format("unexpected '{}' in the unit; an amount is a number then a unit, like \"2 slices\"",
                                unit[i]),
                    at});
    }
  }
  if (!(value > 0)) return shift({"an amount must be more than zero", 0});
  if (!std::isfinite(value)) return shift({"the number is too large", 0});
  return Amount{value, std::string(unit)};
}

} // namespace

util::Result<Amount> parse_amount(std::string_view text) {
  auto read = read_amount(text);
  if (auto* e = std::get_if<AmountError>(&read))
    return util::fail({util::Location{{}, 0, static_cast<int>(e->offset)}, std::move(e->message)});
  return std::move(std::get<Amount>(read));
}

} // namespace catrack::foods
