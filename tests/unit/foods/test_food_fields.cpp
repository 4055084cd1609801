// The food record's field table: every key documented, and what
// write_food_toml writes reads back to an equal record.

#include "catrack/bundled/table.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/foods/fields.hpp"
#include "catrack/foods/reader.hpp"
#include "catrack/toml/write.hpp"
#include "layers.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace catrack::layers;
using namespace catrack::testing;

namespace {

// The one record `text` holds, read as a user's food file or strictly, as
// the bundled files are.
Food read_one(const std::string& text, bool strict = false) {
  const FoodFile file = read_food_file(text, "back.toml", "back", strict);
  INFO(text, "\n", listed(file.errors));
  REQUIRE(file.errors.empty());
  REQUIRE(file.value.size() == 1u);
  return file.value[0];
}

// `food` written and read back, but for where it was read from.
void check_round_trip(const Food& food, bool strict = false) {
  const std::string text = write_food_toml(food);
  Food back = read_one(text, strict);
  back.origin = food.origin;
  back.defined_at = food.defined_at;
  INFO(text);
  CHECK(back == food);
  CHECK(write_food_toml(back) == text);
}

const std::string unknown_key_hint(const std::string& text) {
  const FoodFile file = read_food_file(text, "f.toml", "f", false);
  REQUIRE(!file.errors.empty());
  REQUIRE(!file.errors[0].hints.empty());
  return file.errors[0].hints[0];
}

} // namespace

TEST_SUITE("food_fields") {

TEST_CASE("every key of the table is in foods/README.md §3, and every key there is in the table") {
  std::vector<std::string> keys;
  for (const FoodField& field : food_fields()) keys.emplace_back(field.key);
  check_documented(keys, "foods/README.md", "## 3. The record schema");
  CHECK(std::equal(keys.begin(), keys.end(), food_keys().begin(), food_keys().end()));
}

TEST_CASE("every bundled record written out reads back equal, in the strict mode of the bundled files") {
  const auto records = bundled_food_records();
  REQUIRE(records.size() > 700u);
  for (const Food& food : records) {
    INFO(food.name);
    check_round_trip(food, true);
  }
}

TEST_CASE("what the bundled files do not show reads back too") {
  SUBCASE("per a volume, portions in ml and named after a volume unit, an IDDSI level") {
    check_round_trip(read_one(R"([[food]]
name = "syrup"
aliases = ["my \"syrup\""]
calcium_mg = 12.5
per = "1 tbsp"
portions = { "fl oz" = "1 fl oz", cup = 250, spoonful = "2 tsp", jar = "1.5 l" }
default_portion = "cup"
iddsi = 3
texture = "liquid"
)"));
  }
  SUBCASE("per a portion of unknown weight") {
    const Food f = read_one("[[food]]\nname = \"lasagne\"\ncalcium_mg = 310\nper = \"2 slices\"\n");
    check_round_trip(f);
    CHECK(write_food_toml(f) == "[[food]]\nname = \"lasagne\"\ncalcium_mg = 310\nper = \"2 slices\"\n"
                                "default_portion = \"slices\"\n");
  }
  SUBCASE("a salt by its fraction writes no calcium_mg") {
    const Food f = read_one("[[supplement]]\nname = \"salt\"\nform = \"carbonate\"\ncalcium_fraction = 0.4\n"
                            "fraction_source = \"x\"\n");
    check_round_trip(f);
    CHECK(write_food_toml(f).find("calcium_mg") == std::string::npos);
  }
  SUBCASE("a diary's food with kind = \"supplement\" is written as a [[supplement]]") {
    const DiaryRead r = read_diary("[foods]\n\"my d\" = { kind = \"supplement\", vitamin_d_iu = 400, "
                                   "per = \"1 tablet\" }\n[[day]]\ndate = 2026-11-24\n",
                                   "d.toml");
    REQUIRE(r.value.foods.size() == 1u);
    check_round_trip(r.value.foods[0]);
    CHECK(write_food_toml(r.value.foods[0]).rfind("[[supplement]]\n", 0) == 0);
  }
}

TEST_CASE("the valid keys a hint lists, in the table's order") {
  CHECK(unknown_key_hint("[[food]]\nname = \"x\"\ncalcium_mg = 1\ncalcum = 2\n") ==
        "valid keys in a food record: name, aliases, calcium_mg, per, vitamin_d_iu, magnesium_mg, energy_kcal, "
        "protein_g, phosphorus_mg, portions, default_portion, "
        "absorption, absorption_source, tags, source, iddsi, texture, kind, form, calcium_fraction or "
        "fraction_source");
  const DiaryRead r = read_diary("[foods]\nx = { calcium_mg = 1, nmae = \"x\" }\n[[day]]\ndate = 2026-11-24\n", "d.toml");
  REQUIRE(!r.errors.empty());
  REQUIRE(!r.errors[0].hints.empty());
  CHECK(r.errors[0].hints[0] ==
        "valid keys in food \"x\": aliases, calcium_mg, per, vitamin_d_iu, magnesium_mg, energy_kcal, protein_g, "
        "phosphorus_mg, portions, default_portion, absorption, "
        "absorption_source, tags, source, iddsi, texture, kind, form, calcium_fraction or fraction_source");
}

TEST_CASE("magnesium_mg, energy_kcal, protein_g and phosphorus_mg: numbers >= 0 in `per`, absent = unknown") {
  const std::string head = "[[food]]\nname = \"bar\"\ncalcium_mg = 100\nper = \"1 bar\"\n";
  struct Key {
    std::string_view key;
    std::optional<double> Food::*member;
  };
  for (const Key k : {Key{"magnesium_mg", &Food::magnesium_mg}, Key{"energy_kcal", &Food::energy_kcal},
                      Key{"protein_g", &Food::protein_g}, Key{"phosphorus_mg", &Food::phosphorus_mg}}) {
    const std::string key(k.key);
    INFO(key);
    // Absent: unknown, not 0.
    CHECK_FALSE((read_one(head).*k.member).has_value());
    // Read, 0 included, written and read back.
    for (double value : {0.0, 12.0, 0.35}) {
      const Food f = read_one(head + key + " = " + catrack::toml::number(value) + "\n");
      REQUIRE((f.*k.member).has_value());
      CHECK(*(f.*k.member) == value);
      CHECK(write_food_toml(f).find(key + " = " + catrack::toml::number(value) + "\n") != std::string::npos);
      check_round_trip(f);
    }
    { // refused when negative, at the value
      const FoodFile file = read_food_file(head + key + " = -1\n", "f.toml", "f", false);
      REQUIRE(file.errors.size() == 1u);
      CHECK(file.errors[0].message == "\"" + key + "\" cannot be negative");
      CHECK(file.errors[0].where.line == 5);
      CHECK(file.errors[0].where.column == static_cast<int>(key.size()) + 4);
      CHECK(file.value.empty());
    }
    { // refused when a string
      const FoodFile file = read_food_file(head + key + " = \"12\"\n", "f.toml", "f", false);
      REQUIRE(file.errors.size() == 1u);
      CHECK(file.errors[0].message == "\"" + key + "\" must be a number, not a string");
      REQUIRE(file.errors[0].hints.size() == 1u);
      CHECK(file.errors[0].hints[0] == "write numbers without quotes: " + key + " = 12");
    }
    { // in a diary's [foods] too
      const DiaryRead r = read_diary("[foods]\nbar = { calcium_mg = 1, " + key + " = 7 }\n[[day]]\ndate = 2026-11-24\n",
                                     "d.toml");
      INFO(listed(r.errors));
      REQUIRE(r.errors.empty());
      REQUIRE(r.value.foods.size() == 1u);
      CHECK(r.value.foods[0].*k.member == 7.0);
    }
  }
}

} // TEST_SUITE
