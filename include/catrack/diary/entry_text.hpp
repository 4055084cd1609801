#pragma once
// How a diary's entry strings are read: "<item> <amount>" ("milk, skim 1
// cup"), and for a string that starts with a number, the amount-first
// readings ("2 slices swiss", "3 almonds") that the lookup tries when the
// usual reading finds no food. Only text here: the food table is consulted
// once, by the resolve step (calc/resolve.hpp).

#include "catrack/foods/amount.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::diary {

// A shorthand entry "<item> <amount>" split at the number that starts a
// valid amount ("milk, skim 1 cup" -> "milk, skim" + "1 cup"). Numbers inside
// names ("2% milk 1 cup") are kept in the item. No amount found: the whole
// text is the item.
struct Shorthand {
  std::string item;
  std::string amount;           // as written; empty when absent
  foods::Amount value;          // `amount` read, when it is valid
  std::size_t amount_offset = 0;
  // No valid amount, but something that tried to be one ("kale 0 cups"):
  // the error of the last such attempt, and `amount` holds its text.
  // Its where.column is the byte of `amount` where the problem starts.
  std::optional<util::Diagnostic> amount_error;
};

Shorthand split_shorthand(std::string_view text);

// One amount-first reading of a string: the number, then a unit of up to
// two words (or none, a count), then the item.
struct AmountFirst {
  std::string item;
  std::string amount_text; // "2 slices", or "3" for a bare count
  foods::Amount amount;
  std::string last_word;   // of the whole text: a count may name the food's own portion ("3 almonds")
};

// The readings in the order they are tried: a two-word number before one
// word, and for each a two-word unit, then one word, then none. Empty when
// the text does not start with a number.
std::vector<AmountFirst> amount_first_readings(std::string_view text);

} // namespace catrack::diary
