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

// A shorthand entry "<item> <amount>" split at the number that starts a
// valid amount ("milk, skim 1 cup" -> "milk, skim" + "1 cup"). Numbers inside
// names ("2% milk 1 cup") are kept in the item. No amount found: the whole
// text is the item.
struct Shorthand {
  std::string item;
  std::string amount;           // empty when absent
  std::size_t amount_offset = 0;
  // No valid amount, but something that tried to be one ("kale 0 cups"):
  // the error of the last such attempt, and `amount` holds its text.
  std::optional<AmountError> amount_error;
};

Shorthand split_shorthand(std::string_view text);

} // namespace catrack::foods
