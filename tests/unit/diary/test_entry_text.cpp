// How entry strings are read: "<item> <amount>" and, for a string that
// starts with a number, the amount-first readings the lookup may try.

#include "catrack/diary/entry_text.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

using namespace catrack::layers;

TEST_CASE("split_shorthand splits \"<item> <amount>\"") {
  SUBCASE("a name with a comma") {
    const Shorthand s = split_shorthand("milk, skim 1 cup");
    CHECK(s.item == "milk, skim");
    CHECK(s.amount == "1 cup");
    CHECK(s.amount_offset == 11u); // "milk, skim " is 11 characters
    CHECK_FALSE(s.amount_error.has_value());
  }
  SUBCASE("a mixed number stays whole") {
    const Shorthand s = split_shorthand("yogurt 1 1/2 cups");
    CHECK(s.item == "yogurt");
    CHECK(s.amount == "1 1/2 cups");
    CHECK(s.amount_offset == 7u);
    CHECK_FALSE(s.amount_error.has_value());
  }
  SUBCASE("a number at the start of the name stays in the name") {
    const Shorthand s = split_shorthand("2% milk 1 cup");
    CHECK(s.item == "2% milk");
    CHECK(s.amount == "1 cup");
    CHECK(s.amount_offset == 8u);
  }
  SUBCASE("a number inside the name that is not a valid amount stays in the name") {
    const Shorthand s = split_shorthand("7 grain bread 2 slices");
    CHECK(s.item == "7 grain bread");
    CHECK(s.amount == "2 slices");
    CHECK_FALSE(s.amount_error.has_value());
  }
  SUBCASE("a supplement's mg") {
    const Shorthand s = split_shorthand("calcium citrate 315 mg");
    CHECK(s.item == "calcium citrate");
    CHECK(s.amount == "315 mg");
    CHECK(s.amount_offset == 16u);
  }
  SUBCASE("a leading-dot amount") {
    const Shorthand s = split_shorthand("cheddar .5 oz");
    CHECK(s.item == "cheddar");
    CHECK(s.amount == ".5 oz");
  }
  SUBCASE("no amount: the whole text is the item") {
    const Shorthand s = split_shorthand("kale, cooked");
    CHECK(s.item == "kale, cooked");
    CHECK(s.amount.empty());
    CHECK_FALSE(s.amount_error.has_value());
    const Shorthand t = split_shorthand("vitamin b12");
    CHECK(t.item == "vitamin b12");
    CHECK(t.amount.empty());
  }
  SUBCASE("leading spaces count in the offset") {
    const Shorthand s = split_shorthand("  milk 2 cups");
    CHECK(s.item == "milk");
    CHECK(s.amount == "2 cups");
    CHECK(s.amount_offset == 7u); // 2 spaces + "milk "
  }
  SUBCASE("an amount that tries and fails is reported") {
    const Shorthand s = split_shorthand("kale 0 cups");
    CHECK(s.item == "kale");
    CHECK(s.amount == "0 cups");
    CHECK(s.amount_offset == 5u);
    REQUIRE(s.amount_error.has_value());
    CHECK(s.amount_error->where.column == 0);
    CHECK(s.amount_error->message.find("more than zero") != std::string::npos);
  }
  SUBCASE("a negative amount is reported, not taken as part of the name") {
    const Shorthand s = split_shorthand("milk -1 cup");
    CHECK(s.item == "milk");
    CHECK(s.amount == "-1 cup");
    CHECK(s.amount_error.has_value());
  }
}

TEST_CASE("split_shorthand reads the amount it splits off, once") {
  const Shorthand s = split_shorthand("yogurt 1 1/2 cups");
  CHECK(s.value.number == doctest::Approx(1.5));
  CHECK(s.value.unit == "cups");
}

TEST_CASE("amount_first_readings: number, unit of two words, one word or none, then the item") {
  const auto r = amount_first_readings("2 slices swiss cheese");
  REQUIRE(r.size() == 3u);
  CHECK(r[0].amount_text == "2 slices swiss");
  CHECK(r[0].item == "cheese");
  CHECK(r[1].amount_text == "2 slices");
  CHECK(r[1].item == "swiss cheese");
  CHECK(r[1].amount.unit == "slices");
  CHECK(r[2].amount_text == "2");
  CHECK(r[2].item == "slices swiss cheese");
  CHECK(r[2].amount.unit.empty());
  CHECK(r[2].last_word == "cheese");
}

TEST_CASE("amount_first_readings: a two-word number comes first") {
  const auto r = amount_first_readings("1 1/2 cups milk");
  REQUIRE(r.size() == 5u);
  CHECK(r[0].amount_text == "1 1/2 cups"); // a two-word unit would leave no item
  CHECK(r[0].item == "milk");
  CHECK(r[0].amount.number == doctest::Approx(1.5));
  CHECK(r[1].amount_text == "1 1/2");
  CHECK(r[1].item == "cups milk");
  CHECK(r[4].amount_text == "1"); // then "1" with units of two words, one word and none
  CHECK(r[4].item == "1/2 cups milk");
}

TEST_CASE("amount_first_readings: nothing for a text that does not start with a number") {
  CHECK(amount_first_readings("milk 1 cup").empty());
  CHECK(amount_first_readings("").empty());
  CHECK(amount_first_readings("3").empty()); // a number and no item
}
