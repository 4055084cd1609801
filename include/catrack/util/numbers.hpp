#pragma once
// Numbers as catrack prints them: calcium in whole mg, amounts with up to two
// decimals.

#include <string>

namespace catrack::util {

// Calcium amounts are compared as printed: rounded to whole mg (and IU).
double whole(double value);

// "1 1/2" style output for display: up to two decimals, no trailing zeros.
std::string format_number(double value);

// A whole number as fmt's "{}" writes it ("2054", "100000", "-0", "1e+21"),
// without parsing a format string: totals are printed for every day.
std::string format_whole(double value);

} // namespace catrack::util
