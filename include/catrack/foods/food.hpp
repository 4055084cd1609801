#pragma once
// One food or supplement record, from the bundled table, a user food file or
// a diary's [foods] table. All three share one schema (docs/FORMAT.md §4).

#include "catrack/foods/amount.hpp"
#include "catrack/util/result.hpp"
#include "catrack/util/diagnostic.hpp"
#include "catrack/foods/units.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace catrack::foods {

enum class FoodKind { food, supplement };

// A quantity of a food: grams, millilitres, or a number of a named portion.
struct Quantity {
  double value = 0;
  enum class Kind { grams, millilitres, portion } kind = Kind::grams;
  std::string portion; // the portion's name when kind == portion

  bool operator==(const Quantity&) const = default;
};

struct Portion {
  std::string name; // singular, lowercase: "cup", "slice", "fl oz"
  Quantity size;    // grams or millilitres in one portion; kind == portion: size unknown

  bool operator==(const Portion&) const = default;
};

// The keys of a record are read and written by the table of fields.hpp.
struct Food {
  std::string name;
  std::vector<std::string> aliases;
  FoodKind kind = FoodKind::food;

  double calcium_mg = 0;                      // in `per`
  Quantity per{100, Quantity::Kind::grams, {}};
  std::optional<double> vitamin_d_iu;         // in `per`; absent = unknown
  // In `per` too, absent = unknown (never 0); read and kept, not shown yet.
  std::optional<double> magnesium_mg;
  std::optional<double> energy_kcal;
  std::optional<double> protein_g;
  std::optional<double> phosphorus_mg;
  std::vector<Portion> portions;
  std::string default_portion;                // empty = an amount needs a unit

  std::optional<double> absorption;           // fraction absorbed, 0-1
  std::string absorption_source;

  // Supplements: the salt (for form-specific rules) and, for a bare salt,
  // the elemental calcium fraction that converts a compound weight.
  std::string form;
  std::optional<double> calcium_fraction;
  std::string fraction_source;

  std::optional<int> iddsi_level;             // a level a clinician assigned (user foods only)
  // catrack's default texture class: "liquid", "smooth", "soft" or "regular".
  // A starting point to check for dysphagia, never an IDDSI assessment.
  std::string texture;
  std::vector<std::string> tags;
  std::string source;                         // e.g. "USDA SR28 01077"

  std::string origin;                         // "bundled", a file name, or "diary"
  util::Location defined_at;

  // Vitamin D products are the only records that give no calcium; a salt
  // without a fixed fraction (citrate malate) still does, from its label.
  bool has_calcium() const {
    return calcium_mg > 0 || calcium_fraction.has_value() || (!form.empty() && form != "vitamin-d");
  }
  const Portion* find_portion(std::string_view wanted_name) const;

  bool operator==(const Food&) const = default;
};

// How much of a food an amount is, in the food's `per` basis.
struct Measure {
  double per_units = 0;         // calcium = per_units * food.calcium_mg
  std::optional<double> grams;  // when the weight can be known
};

// The amount's unit may be a mass, a volume (needs a volume portion or the
// food's own volume basis), a portion of the food, or empty (the default
// portion). The error names what would be valid.
util::Result<Measure> measure(const Food& food, const Amount& amount);

// The food's basis for its calcium and vitamin D: "100 g", "100 ml", "1 slice".
std::string describe_per(const Food& food);
std::string describe_quantity(const Quantity& q);

// The portions a food understands, for hints: "cup (244 g)", "slice (28 g)".
std::vector<std::string> describe_portions(const Food& food);

} // namespace catrack::foods
