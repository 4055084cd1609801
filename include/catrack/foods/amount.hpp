#pragma once
// Amount strings as people write them: "2", "1.5 cups", "1/2 cup",
// "1 1/2 slices", "170g", "315 mg".

#include "catrack/util/result.hpp"

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

// The amount, or why the text is not one: the error's where.column is the
// byte in `text` where the problem starts (0 = the first), for the caller to
// place at the text's own place (util::placed).
util::Result<Amount> parse_amount(std::string_view text);

} // namespace catrack::foods
