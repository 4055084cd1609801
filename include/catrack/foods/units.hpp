#pragma once
// The generic units an amount may use. Food-specific portions (slice, can,
// stalk, ...) live on each food; these are the ones every food understands.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::foods {

enum class Dimension {
  mass,      // grams
  volume,    // millilitres
  vitamin_d, // international units
};

struct Unit {
  std::string_view name;    // canonical spelling, as printed
  Dimension dimension;
  double factor;            // grams, millilitres or IU in one unit
};

// Accepts the canonical name, long forms and plurals, any case:
// "g", "grams", "Cups", "fl oz", "fluid ounces", "IU", "mcg", "µg".
std::optional<Unit> find_unit(std::string_view text);

// Canonical names, for "known units are ..." hints.
std::vector<std::string> unit_names();

inline constexpr double ml_per_us_cup = 236.5882365;
inline constexpr double iu_per_mcg_vitamin_d = 40.0; // NRC: 1 µg vitamin D = 40 IU

} // namespace catrack::foods
