#include "catrack/foods/units.hpp"

#include "catrack/util/text.hpp"

#include <array>

namespace catrack::foods {

using util::match_singular;
using util::trim;

namespace {

struct Spelling {
  std::string_view spelling;
  Unit unit;
};

constexpr double grams_per_oz = 28.349523125;   // avoirdupois ounce
constexpr double grams_per_lb = 453.59237;
constexpr double ml_per_tbsp = ml_per_us_cup / 16;
constexpr double ml_per_tsp = ml_per_us_cup / 48;
constexpr double ml_per_fl_oz = ml_per_us_cup / 8;

constexpr Unit g{"g", Dimension::mass, 1};
constexpr Unit kg{"kg", Dimension::mass, 1000};
constexpr Unit mg{"mg", Dimension::mass, 0.001};
constexpr Unit oz{"oz", Dimension::mass, grams_per_oz};
constexpr Unit lb{"lb", Dimension::mass, grams_per_lb};
constexpr Unit ml{"ml", Dimension::volume, 1};
constexpr Unit l{"l", Dimension::volume, 1000};
constexpr Unit cup{"cup", Dimension::volume, ml_per_us_cup};
constexpr Unit tbsp{"tbsp", Dimension::volume, ml_per_tbsp};
constexpr Unit tsp{"tsp", Dimension::volume, ml_per_tsp};
constexpr Unit fl_oz{"fl oz", Dimension::volume, ml_per_fl_oz};
constexpr Unit iu{"IU", Dimension::vitamin_d, 1};
constexpr Unit mcg{"mcg", Dimension::vitamin_d, iu_per_mcg_vitamin_d};

// Singular spellings; plurals are handled by match_singular().
constexpr std::array spellings{
    Spelling{"g", g},          Spelling{"gram", g},          Spelling{"gramme", g},
    Spelling{"kg", kg},        Spelling{"kilogram", kg},     Spelling{"mg", mg},
    Spelling{"milligram", mg}, Spelling{"oz", oz},           Spelling{"ounce", oz},
    Spelling{"lb", lb},        Spelling{"pound", lb},        Spelling{"ml", ml},
    Spelling{"millilitre", ml}, Spelling{"milliliter", ml},  Spelling{"l", l},
    Spelling{"litre", l},      Spelling{"liter", l},         Spelling{"cup", cup},
    Spelling{"tbsp", tbsp},    Spelling{"tablespoon", tbsp}, Spelling{"tbs", tbsp},
    Spelling{"tsp", tsp},      Spelling{"teaspoon", tsp},    Spelling{"fl oz", fl_oz},
    Spelling{"fluid ounce", fl_oz}, Spelling{"floz", fl_oz}, Spelling{"iu", iu},
    Spelling{"mcg", mcg},      Spelling{"µg", mcg},          Spelling{"ug", mcg},
    Spelling{"microgram", mcg},
    Spelling{"lbs", lb},
};

constexpr auto spelling_names = [] {
  std::array<std::string_view, spellings.size()> names{};
  for (std::size_t i = 0; i < spellings.size(); ++i) names[i] = spellings[i].spelling;
  return names;
}();

} // namespace

std::optional<Unit> find_unit(std::string_view text) {
  // Collapse inner runs of spaces and drop a trailing period ("oz.").
  std::string cleaned;
  for (char c : trim(text)) {
    if (c == ' ' && !cleaned.empty() && cleaned.back() == ' ') continue;
    cleaned += c;
  }
  if (!cleaned.empty() && cleaned.back() == '.') cleaned.pop_back();
  if (const auto i = match_singular(cleaned, spelling_names)) return spellings[*i].unit;
  return std::nullopt;
}

std::vector<std::string> unit_names() {
  return {"g", "kg", "oz", "lb", "ml", "l", "cup", "tbsp", "tsp", "fl oz"};
}

} // namespace catrack::foods
