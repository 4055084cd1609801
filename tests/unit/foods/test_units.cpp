// The generic units every food understands, their spellings and factors.

#include "catrack/foods/units.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace catrack::layers;

namespace {

// The unit a spelling names, by canonical name; "" when unknown.
std::string canonical(std::string_view spelling) {
  const auto unit = find_unit(spelling);
  return unit ? std::string(unit->name) : std::string();
}

} // namespace

TEST_SUITE("units") {

TEST_CASE("find_unit accepts canonical names, long forms, plurals and any case") {
  SUBCASE("mass") {
    CHECK(canonical("g") == "g");
    CHECK(canonical("gram") == "g");
    CHECK(canonical("grams") == "g");
    CHECK(canonical("G") == "g");
    CHECK(canonical("kg") == "kg");
    CHECK(canonical("kilograms") == "kg");
    CHECK(canonical("mg") == "mg");
    CHECK(canonical("milligrams") == "mg");
    CHECK(canonical("oz") == "oz");
    CHECK(canonical("ounces") == "oz");
    CHECK(canonical("oz.") == "oz"); // a trailing period
    CHECK(canonical("lb") == "lb");
    CHECK(canonical("lbs") == "lb");
    CHECK(canonical("pounds") == "lb");
    CHECK(canonical("LBS") == "lb");
  }
  SUBCASE("volume") {
    CHECK(canonical("cup") == "cup");
    CHECK(canonical("cups") == "cup");
    CHECK(canonical("Cups") == "cup");
    CHECK(canonical("CUP") == "cup");
    CHECK(canonical("ml") == "ml");
    CHECK(canonical("millilitres") == "ml");
    CHECK(canonical("milliliters") == "ml");
    CHECK(canonical("l") == "l");
    CHECK(canonical("litres") == "l");
    CHECK(canonical("liter") == "l");
    CHECK(canonical("tbsp") == "tbsp");
    CHECK(canonical("tablespoons") == "tbsp");
    CHECK(canonical("Tbsp") == "tbsp");
    CHECK(canonical("tsp") == "tsp");
    CHECK(canonical("teaspoons") == "tsp");
    CHECK(canonical("fl oz") == "fl oz");
    CHECK(canonical("fl  oz") == "fl oz"); // inner spaces collapse
    CHECK(canonical("fluid ounce") == "fl oz");
    CHECK(canonical("fluid ounces") == "fl oz");
    CHECK(canonical(" cups ") == "cup");
  }
  SUBCASE("vitamin D") {
    CHECK(canonical("IU") == "IU");
    CHECK(canonical("iu") == "IU");
    CHECK(canonical("mcg") == "mcg");
    CHECK(canonical("µg") == "mcg");
    CHECK(canonical("ug") == "mcg");
    CHECK(canonical("micrograms") == "mcg");
  }
}

TEST_CASE("units have the right dimension and factor") {
  // US customary cup: 8 US fl oz = 236.5882365 ml (exact by definition).
  REQUIRE(find_unit("cup"));
  CHECK(find_unit("cup")->dimension == Dimension::volume);
  CHECK(find_unit("cup")->factor == doctest::Approx(236.5882365));
  CHECK(ml_per_us_cup == 236.5882365);
  // tbsp = cup / 16 = 14.78676478125 ml; tsp = cup / 48 = 4.92892159375 ml;
  // fl oz = cup / 8 = 29.5735295625 ml.
  CHECK(find_unit("tbsp")->factor == doctest::Approx(14.78676478125));
  CHECK(find_unit("tsp")->factor == doctest::Approx(4.92892159375));
  CHECK(find_unit("fl oz")->factor == doctest::Approx(29.5735295625));
  CHECK(find_unit("tbsp")->factor == doctest::Approx(3 * find_unit("tsp")->factor)); // 1 tbsp = 3 tsp
  CHECK(find_unit("ml")->factor == 1.0);
  CHECK(find_unit("l")->factor == 1000.0);
  CHECK(find_unit("l")->dimension == Dimension::volume);

  // Avoirdupois: 1 oz = 28.349523125 g, 1 lb = 453.59237 g (= 16 oz).
  CHECK(find_unit("oz")->dimension == Dimension::mass);
  CHECK(find_unit("oz")->factor == doctest::Approx(28.349523125));
  CHECK(find_unit("lb")->factor == doctest::Approx(453.59237));
  CHECK(find_unit("lb")->factor == doctest::Approx(16 * find_unit("oz")->factor));
  CHECK(find_unit("g")->factor == 1.0);
  CHECK(find_unit("kg")->factor == 1000.0);
  CHECK(find_unit("mg")->factor == doctest::Approx(0.001));
  CHECK(find_unit("mg")->dimension == Dimension::mass);

  // NRC: 1 µg vitamin D = 40 IU.
  CHECK(find_unit("IU")->dimension == Dimension::vitamin_d);
  CHECK(find_unit("IU")->factor == 1.0);
  CHECK(find_unit("mcg")->dimension == Dimension::vitamin_d);
  CHECK(find_unit("mcg")->factor == 40.0);
  CHECK(iu_per_mcg_vitamin_d == 40.0);
}

TEST_CASE("unknown units are nullopt") {
  CHECK_FALSE(find_unit("slice"));
  CHECK_FALSE(find_unit("slices"));
  CHECK_FALSE(find_unit("handful"));
  CHECK_FALSE(find_unit("can"));
  CHECK_FALSE(find_unit("cupz"));
  CHECK_FALSE(find_unit(""));
  CHECK_FALSE(find_unit("   "));
  CHECK_FALSE(find_unit("fl"));
}

TEST_CASE("unit_names lists the generic units for hints") {
  const auto names = unit_names();
  for (const char* expected : {"g", "kg", "oz", "lb", "ml", "l", "cup", "tbsp", "tsp", "fl oz"}) {
    INFO(expected);
    CHECK(std::find(names.begin(), names.end(), expected) != names.end());
  }
  // Every listed name is a unit find_unit knows.
  for (const auto& name : names) {
    INFO(name);
    CHECK(find_unit(name).has_value());
  }
}

} // TEST_SUITE
