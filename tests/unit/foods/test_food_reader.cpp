// read_food_file on literal TOML: a valid record, and each validation error
// at the line and column of the offending key or value.

#include "catrack/foods/reader.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace catrack::layers;
using Kind = Quantity::Kind;

namespace {

FoodFile read(std::string_view text, bool require_source = true) {
  return read_food_file(text, "foods.toml", "test", require_source);
}

// The one error a text must give, with its location.
Diagnostic one_error(std::string_view text, bool require_source = true) {
  const FoodFile file = read(text, require_source);
  std::string seen;
  for (const auto& e : file.errors)
    seen += std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message + "\n";
  INFO(std::string(text), "\nerrors:\n", seen);
  REQUIRE(file.errors.size() == 1u);
  CHECK(file.value.empty());
  CHECK(file.errors[0].where.file.str() == "foods.toml");
  return file.errors[0];
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_SUITE("food_reader") {

TEST_CASE("a valid food record") {
  const FoodFile file = read(R"(# comment
[[food]]
name = "kale, cooked"
aliases = ["boiled kale", "steamed kale"]
calcium_mg = 72
vitamin_d_iu = 0
portions = { cup = 130 }
absorption = 0.493
absorption_source = "COR17 Table 1: kale 49.3 %"
tags = ["vegan", "vegetarian"]
iddsi = 6
source = "USDA SR28 11234"
)");
  CHECK(file.errors.empty());
  REQUIRE(file.value.size() == 1u);
  const Food& f = file.value[0];
  CHECK(f.name == "kale, cooked");
  CHECK(f.kind == FoodKind::food);
  CHECK(f.aliases == std::vector<std::string>{"boiled kale", "steamed kale"});
  CHECK(f.calcium_mg == 72.0);
  CHECK(f.per.kind == Kind::grams); // per 100 g unless "per" says otherwise
  CHECK(f.per.value == 100.0);
  REQUIRE(f.vitamin_d_iu.has_value());
  CHECK(*f.vitamin_d_iu == 0.0);
  REQUIRE(f.portions.size() == 1u);
  CHECK(f.portions[0].name == "cup");
  CHECK(f.portions[0].size.kind == Kind::grams);
  CHECK(f.portions[0].size.value == 130.0);
  CHECK(f.default_portion == "cup"); // the only portion
  REQUIRE(f.absorption.has_value());
  CHECK(*f.absorption == 0.493);
  CHECK(f.absorption_source == "COR17 Table 1: kale 49.3 %");
  CHECK(f.tags == std::vector<std::string>{"vegan", "vegetarian"});
  REQUIRE(f.iddsi_level.has_value());
  CHECK(*f.iddsi_level == 6);
  CHECK(f.source == "USDA SR28 11234");
  CHECK(f.origin == "test");
  // Located at its name's value: line 3, after `name = ` (7 characters).
  CHECK(f.defined_at.file.str() == "foods.toml");
  CHECK(f.defined_at.line == 3);
  CHECK(f.defined_at.column == 8);
}

TEST_CASE("valid supplement records and portions in ml") {
  const FoodFile file = read(R"([[supplement]]
name = "calcium carbonate"
form = "carbonate"
calcium_fraction = 0.40
fraction_source = "HealthLinkBC"
source = "HealthLinkBC"

[[supplement]]
name = "antacid"
calcium_mg = 200
per = "1 tablet"
source = "label"

[[food]]
name = "oat drink"
calcium_mg = 120
per = "100 ml"
portions = { cup = "240 ml", glass = 250 }
default_portion = "cups"
source = "label"
)");
  CHECK(file.errors.empty());
  REQUIRE(file.value.size() == 3u);
  // Foods come first ([[food]] is read before [[supplement]]).
  const Food& drink = file.value[0];
  CHECK(drink.name == "oat drink");
  CHECK(drink.per.kind == Kind::millilitres);
  CHECK(drink.per.value == 100.0);
  REQUIRE(drink.portions.size() == 2u);
  CHECK(drink.portions[0].name == "cup");
  CHECK(drink.portions[0].size.kind == Kind::millilitres);
  CHECK(drink.portions[0].size.value == 240.0);
  CHECK(drink.portions[1].size.kind == Kind::grams);
  CHECK(drink.default_portion == "cup"); // "cups" names the cup portion

  const Food& carbonate = file.value[1];
  CHECK(carbonate.kind == FoodKind::supplement);
  CHECK(carbonate.form == "carbonate");
  REQUIRE(carbonate.calcium_fraction.has_value());
  CHECK(*carbonate.calcium_fraction == 0.40);
  CHECK(carbonate.has_calcium());

  const Food& antacid = file.value[2];
  CHECK(antacid.per.kind == Kind::portion);
  CHECK(antacid.per.portion == "tablet");
  CHECK(antacid.default_portion == "tablet");
  REQUIRE(antacid.find_portion("tablets") != nullptr);
}

TEST_CASE("a food without a source is fine in a user file, not in the bundled table") {
  const char* text = "[[food]]\nname = \"toast\"\ncalcium_mg = 50\n";
  CHECK(read(text, false).errors.empty());
  const Diagnostic d = one_error(text, true);
  CHECK(has(d.message, "needs a source"));
  CHECK(d.where.line == 2);
  CHECK(d.where.column == 8);
}

TEST_CASE("validation errors are located") {
  SUBCASE("missing name: at the record's [[food]] header") {
    const Diagnostic d = one_error("[[food]]\ncalcium_mg = 72\nsource = \"x\"\n");
    CHECK(has(d.message, "needs a name"));
    CHECK(d.where.line == 1);
    CHECK(d.where.column == 1);
  }
  SUBCASE("missing calcium_mg on a food: at its name") {
    const Diagnostic d = one_error("\n[[food]]\nname = \"kale\"\nsource = \"x\"\n");
    CHECK(has(d.message, "calcium_mg"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 8);
  }
  SUBCASE("a supplement may leave calcium out (vitamin D only)") {
    CHECK(read("[[supplement]]\nname = \"vitamin d3\"\nsource = \"x\"\n").errors.empty());
  }
  SUBCASE("negative calcium: at the value") {
    const Diagnostic d = one_error("[[food]]\nname = \"kale\"\ncalcium_mg = -5\nsource = \"x\"\n");
    CHECK(has(d.message, "negative"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 14); // after `calcium_mg = ` (13 characters)
  }
  SUBCASE("absorption above 1") {
    const Diagnostic d = one_error("[[food]]\nname = \"kale\"\ncalcium_mg = 72\nabsorption = 1.5\n"
                                   "absorption_source = \"x\"\nsource = \"x\"\n");
    CHECK(has(d.message, "absorption"));
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 14); // after `absorption = `
  }
  SUBCASE("absorption of zero") {
    const Diagnostic d = one_error("[[food]]\nname = \"kale\"\ncalcium_mg = 72\nabsorption = 0\n"
                                   "absorption_source = \"x\"\nsource = \"x\"\n");
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 14);
  }
  SUBCASE("absorption of exactly 1 is allowed") {
    CHECK(read("[[food]]\nname = \"kale\"\ncalcium_mg = 72\nabsorption = 1\nabsorption_source = \"x\"\n"
               "source = \"x\"\n")
              .errors.empty());
  }
  SUBCASE("absorption without absorption_source: at the name, only when sources are required") {
    const char* text = "[[food]]\nname = \"kale\"\ncalcium_mg = 72\nabsorption = 0.5\nsource = \"x\"\n";
    const Diagnostic d = one_error(text);
    CHECK(has(d.message, "absorption_source"));
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 8);
    CHECK(read(text, false).errors.empty());
  }
  SUBCASE("calcium_fraction without fraction_source") {
    const char* text = "[[supplement]]\nname = \"calcium carbonate\"\ncalcium_fraction = 0.4\nsource = \"x\"\n";
    const Diagnostic d = one_error(text);
    CHECK(has(d.message, "fraction_source"));
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 8);
    CHECK(read(text, false).errors.empty());
  }
  SUBCASE("calcium_fraction out of (0, 1]") {
    const Diagnostic d =
        one_error("[[supplement]]\nname = \"c\"\ncalcium_fraction = 40\nfraction_source = \"x\"\nsource = \"x\"\n");
    CHECK(has(d.message, "calcium_fraction"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 20); // after `calcium_fraction = ` (19 characters)
  }
  SUBCASE("a mass unit's name as a portion: at the portion's key") {
    const Diagnostic d =
        one_error("[[food]]\nname = \"kale\"\ncalcium_mg = 72\nportions = { g = 100 }\nsource = \"x\"\n");
    CHECK(has(d.message, "\"g\" is already a unit"));
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 14); // after `portions = { ` (13 characters)
  }
  SUBCASE("mg and oz cannot be portions either") {
    CHECK(has(one_error("[[food]]\nname = \"k\"\ncalcium_mg = 72\nportions = { mg = 1 }\nsource = \"x\"\n").message,
              "already a unit"));
    CHECK(has(one_error("[[food]]\nname = \"k\"\ncalcium_mg = 72\nportions = { oz = 28 }\nsource = \"x\"\n").message,
              "already a unit"));
  }
  SUBCASE("default_portion that is not a portion: at its value") {
    const Diagnostic d = one_error("[[food]]\nname = \"kale\"\ncalcium_mg = 72\nportions = { cup = 130 }\n"
                                   "default_portion = \"bowl\"\nsource = \"x\"\n");
    CHECK(has(d.message, "bowl"));
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 19); // after `default_portion = ` (18 characters)
  }
  SUBCASE("several portions without default_portion: at the name, only when sources are required") {
    const char* text = "[[food]]\nname = \"kale\"\ncalcium_mg = 72\nportions = { cup = 130, leaf = 10 }\nsource = \"x\"\n";
    const Diagnostic d = one_error(text);
    CHECK(has(d.message, "default_portion"));
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 8);
    const FoodFile user = read(text, false);
    CHECK(user.errors.empty());
    REQUIRE(user.value.size() == 1u);
    CHECK(user.value[0].default_portion.empty());
  }
  SUBCASE("an unknown key names the nearest valid one: at the key") {
    // The misspelt key also leaves the food without calcium: two errors, in
    // file order (the name on line 2, the key on line 3).
    const FoodFile file = read("[[food]]\nname = \"kale\"\ncalcum_mg = 72\nsource = \"x\"\n");
    REQUIRE(file.errors.size() == 2u);
    CHECK(has(file.errors[0].message, "needs its calcium"));
    const Diagnostic& d = file.errors[1];
    CHECK(has(d.message, "calcum_mg"));
    CHECK(has(d.message, "did you mean \"calcium_mg\"?"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 1);
    REQUIRE_FALSE(d.hints.empty());
    CHECK(has(d.hints[0], "calcium_mg"));
  }
  SUBCASE("\"kind\" in a food file: at its value") {
    const Diagnostic d =
        one_error("[[food]]\nname = \"kale\"\ncalcium_mg = 72\nkind = \"supplement\"\nsource = \"x\"\n");
    CHECK(has(d.message, "kind"));
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 8); // after `kind = `
  }
  SUBCASE("an unknown top-level table") {
    const Diagnostic d = one_error("[[fod]]\nname = \"kale\"\n");
    CHECK(has(d.message, "did you mean \"food\"?"));
    CHECK(d.where.line == 1);
  }
  SUBCASE("a wrong type names the key") {
    const Diagnostic d = one_error("[[food]]\nname = \"kale\"\ncalcium_mg = \"72\"\nsource = \"x\"\n");
    CHECK(has(d.message, "\"calcium_mg\" must be a number, not a string"));
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 14);
  }
  SUBCASE("invalid TOML") {
    const FoodFile file = read("[[food]]\nname = \"kale\nsource = \"x\"\n");
    REQUIRE(file.errors.size() == 1u);
    CHECK(has(file.errors[0].message, "invalid TOML"));
    CHECK(file.errors[0].where.line == 2);
    CHECK(file.value.empty());
  }
}

TEST_CASE("several errors are all reported, in file order, and no record is kept") {
  const FoodFile file = read("[[food]]\nname = \"a\"\ncalcium_mg = -1\nsource = \"x\"\n\n"
                             "[[food]]\nname = \"b\"\ncalcium_mg = 10\nabsorption = 2\nabsorption_source = \"x\"\n"
                             "source = \"x\"\n\n"
                             "[[food]]\nname = \"c\"\ncalcium_mg = 10\nsource = \"x\"\n");
  REQUIRE(file.errors.size() == 2u);
  CHECK(file.errors[0].where.line == 3);
  CHECK(file.errors[1].where.line == 9);
  REQUIRE(file.value.size() == 1u);
  CHECK(file.value[0].name == "c");
}

} // TEST_SUITE
