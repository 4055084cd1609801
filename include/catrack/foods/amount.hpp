#pragma once
// Amount strings as people write them: "2", "1.5 cups", "1/2 cup",
// "1 1/2 slices", "170g", "315 mg".

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace catrack::foods {

struct Amount {
  double number = 1;
  std::string unit; // as written, trimmed; empty = a count of the default portion
};

struct AmountError {
  std::string message;
  std::size_t offset = 0; // where in the text the problem starts
};

std::variant<Amount, AmountError> parse_amount(std::string_view text);


} // namespace catrack::foods
