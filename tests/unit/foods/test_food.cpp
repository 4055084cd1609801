// measure(): how much of a food an amount is, in the food's own basis
// (per 100 g, per 100 ml or per a portion), and the portions it understands.

#include "catrack/foods/food.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <string>
#include <variant>

using namespace catrack::layers;
using Kind = Quantity::Kind;

namespace {

Food per_100_g(std::string name, double calcium_mg) {
  Food f;
  f.name = std::move(name);
  f.calcium_mg = calcium_mg;
  f.per = Quantity{100, Kind::grams, {}};
  return f;
}

Portion grams(std::string name, double g) { return Portion{std::move(name), Quantity{g, Kind::grams, {}}}; }
Portion millilitres(std::string name, double ml) {
  return Portion{std::move(name), Quantity{ml, Kind::millilitres, {}}};
}

// A milk-like food whose tbsp is listed before its cup, so that its density
// comes from the tbsp (15 g in 14.78676478125 ml) while the cup has its own
// SR-style weight (244 g; the density would give 236.5882365 x 15 / 14.78676478125 = 240 g).
Food milk_like() {
  Food f = per_100_g("test milk", 120);
  f.portions = {grams("tbsp", 15), grams("cup", 244), grams("fl oz", 30.5)};
  f.default_portion = "cup";
  return f;
}

Measure ok(const Food& food, double number, std::string unit) {
  auto m = measure(food, Amount{number, unit});
  const auto* d = (m ? nullptr : &m.error());
  INFO(food.name, ": ", number, " ", unit, d ? " error: " + d->message : std::string());
  REQUIRE(m.has_value());
  return m.value();
}

Diagnostic bad(const Food& food, double number, std::string unit) {
  auto m = measure(food, Amount{number, unit});
  INFO(food.name, ": ", number, " ", unit);
  REQUIRE(!m.has_value());
  return m.error();
}

bool mentions(const Diagnostic& d, std::string_view text) {
  if (d.message.find(text) != std::string::npos) return true;
  for (const auto& h : d.hints)
    if (h.find(text) != std::string::npos) return true;
  return false;
}

} // namespace

TEST_SUITE("food") {

TEST_CASE("measure: mass units on a per-100 g food") {
  const Food milk = milk_like();
  SUBCASE("grams") {
    const Measure m = ok(milk, 244, "g");
    CHECK(m.per_units == doctest::Approx(2.44)); // 244 g / 100 g
    REQUIRE(m.grams);
    CHECK(*m.grams == doctest::Approx(244));
  }
  SUBCASE("other mass units") {
    CHECK(*ok(milk, 0.5, "kg").grams == doctest::Approx(500));         // 0.5 x 1000 g
    CHECK(*ok(milk, 1, "oz").grams == doctest::Approx(28.349523125));  // avoirdupois ounce
    CHECK(ok(milk, 1, "oz").per_units == doctest::Approx(0.28349523125));
    CHECK(*ok(milk, 1, "lb").grams == doctest::Approx(453.59237));
    CHECK(*ok(milk, 2, "grams").grams == doctest::Approx(2));
  }
}

TEST_CASE("measure: a food's own portion wins over the generic unit") {
  const Food milk = milk_like();
  SUBCASE("cup: the SR weight, not the density guess") {
    const Measure m = ok(milk, 1, "cup");
    CHECK(*m.grams == doctest::Approx(244)); // not 240
    CHECK(m.per_units == doctest::Approx(2.44));
  }
  SUBCASE("plural and case of a portion") {
    CHECK(*ok(milk, 2, "cups").grams == doctest::Approx(488)); // 2 x 244 g
    CHECK(*ok(milk, 2, "Cups").grams == doctest::Approx(488));
    CHECK(*ok(milk, 3, "tbsp").grams == doctest::Approx(45)); // 3 x 15 g
    CHECK(*ok(milk, 2, "fl oz").grams == doctest::Approx(61)); // 2 x 30.5 g
  }
  SUBCASE("a named portion that is not a unit") {
    Food cheese = per_100_g("test cheddar", 710);
    cheese.portions = {grams("slice", 28)};
    const Measure m = ok(cheese, 2, "slices");
    CHECK(*m.grams == doctest::Approx(56));      // 2 x 28 g
    CHECK(m.per_units == doctest::Approx(0.56)); // 56 g / 100 g
  }
}

TEST_CASE("measure: volume through the food's own volume portion (density)") {
  const Food milk = milk_like();
  SUBCASE("a generic volume unit the food has no portion for") {
    // tsp = 4.92892159375 ml; density = 15 g / 14.78676478125 ml (its tbsp),
    // so 2 tsp = 2 x 4.92892159375 x 15 / 14.78676478125 = 10 g.
    const Measure m = ok(milk, 2, "tsp");
    CHECK(*m.grams == doctest::Approx(10));
    CHECK(m.per_units == doctest::Approx(0.1));
  }
  SUBCASE("millilitres") {
    // 100 ml x 15 g / 14.78676478125 ml = 101.442... g
    const Measure m = ok(milk, 100, "ml");
    CHECK(*m.grams == doctest::Approx(100 * 15 / 14.78676478125));
  }
  SUBCASE("a single cup portion gives the density for other volumes") {
    Food kale = per_100_g("test kale, cooked", 72);
    kale.portions = {grams("cup", 130)};
    kale.default_portion = "cup";
    // 1 tbsp = cup / 16 = 130 / 16 = 8.125 g
    CHECK(*ok(kale, 1, "tbsp").grams == doctest::Approx(8.125));
    // 1/2 cup = 65 g; 72 mg per 100 g -> per_units 0.65
    CHECK(ok(kale, 0.5, "cup").per_units == doctest::Approx(0.65));
  }
}

TEST_CASE("measure: no unit means the default portion") {
  const Food milk = milk_like();
  const Measure m = ok(milk, 2, "");
  CHECK(*m.grams == doctest::Approx(488)); // 2 x cup 244 g
  CHECK(m.per_units == doctest::Approx(4.88));

  SUBCASE("a food without a default portion asks for a unit") {
    Food beans = per_100_g("test beans", 90);
    beans.portions = {grams("cup", 179), grams("tbsp", 11.2)};
    const Diagnostic d = bad(beans, 2, "");
    CHECK(d.message.find("no default portion") != std::string::npos);
    CHECK(mentions(d, "cup (179 g)"));
  }
}

TEST_CASE("measure: errors name what would be valid") {
  const Food milk = milk_like();
  SUBCASE("mg of a food is ambiguous") {
    const Diagnostic d = bad(milk, 300, "mg");
    CHECK(d.message.find("calcium_mg") != std::string::npos);
  }
  SUBCASE("a vitamin D unit on a food") {
    CHECK(bad(milk, 1000, "IU").message.find("vitamin D") != std::string::npos);
    CHECK(bad(milk, 25, "mcg").message.find("vitamin D") != std::string::npos);
  }
  SUBCASE("an unknown unit lists the units and the food's portions") {
    const Diagnostic d = bad(milk, 1, "handful");
    CHECK(d.message.find("handful") != std::string::npos);
    CHECK(mentions(d, "tbsp"));
    CHECK(mentions(d, "cup (244 g)"));
    CHECK(mentions(d, "fl oz (30.5 g)"));
  }
  SUBCASE("a volume on a food with no volume portion names its portions") {
    Food almonds = per_100_g("test almonds", 269);
    almonds.portions = {grams("almond", 1.2)};
    almonds.default_portion = "almond";
    const Diagnostic d = bad(almonds, 1, "cup");
    CHECK(d.message.find("no volume portion") != std::string::npos);
    CHECK(mentions(d, "almond (1.2 g)"));
    // Its own portion still works: 10 x 1.2 g = 12 g.
    CHECK(*ok(almonds, 10, "almonds").grams == doctest::Approx(12));
  }
}

TEST_CASE("measure: foods given per slice") {
  // A diary food: { calcium_mg = 310, per = "1 slice" }; the food reader adds
  // a "slice" portion of unknown size and makes it the default.
  Food lasagne;
  lasagne.name = "mum's lasagne";
  lasagne.calcium_mg = 310;
  lasagne.per = Quantity{1, Kind::portion, "slice"};
  lasagne.portions = {Portion{"slice", Quantity{1, Kind::portion, "slice"}}};
  lasagne.default_portion = "slice";

  SUBCASE("slices are counted; their weight is unknown") {
    const Measure m = ok(lasagne, 2, "slices");
    CHECK(m.per_units == doctest::Approx(2)); // 620 mg at 310 mg a slice
    CHECK_FALSE(m.grams.has_value());
    CHECK(ok(lasagne, 1, "slice").per_units == doctest::Approx(1));
  }
  SUBCASE("no unit: slices") {
    CHECK(ok(lasagne, 3, "").per_units == doctest::Approx(3));
  }
  SUBCASE("grams cannot be turned into slices without a weight") {
    const Diagnostic d = bad(lasagne, 100, "g");
    CHECK(d.message.find("slice") != std::string::npos);
    CHECK(d.message.find("not known") != std::string::npos);
  }
  SUBCASE("with a weight for the slice, grams work") {
    Food weighed = lasagne;
    weighed.portions = {grams("slice", 250)};
    const Measure m = ok(weighed, 100, "g");
    CHECK(m.per_units == doctest::Approx(0.4)); // 100 g / 250 g a slice
    CHECK(*m.grams == doctest::Approx(100));
    const Measure two = ok(weighed, 2, "slices");
    CHECK(two.per_units == doctest::Approx(2));
    CHECK(*two.grams == doctest::Approx(500)); // 2 x 250 g
  }
}

TEST_CASE("measure: foods given per 100 ml") {
  Food drink;
  drink.name = "oat drink, brand X";
  drink.calcium_mg = 120;
  drink.per = Quantity{100, Kind::millilitres, {}};

  SUBCASE("millilitres and litres") {
    CHECK(ok(drink, 250, "ml").per_units == doctest::Approx(2.5));
    CHECK(ok(drink, 1, "l").per_units == doctest::Approx(10));
    CHECK_FALSE(ok(drink, 250, "ml").grams.has_value()); // no weight known
  }
  SUBCASE("cups are US cups: 236.5882365 ml") {
    CHECK(ok(drink, 1, "cup").per_units == doctest::Approx(2.365882365));
    CHECK(ok(drink, 2, "cups").per_units == doctest::Approx(4.73176473));
  }
  SUBCASE("grams need a weight for a volume") {
    const Diagnostic d = bad(drink, 100, "g");
    CHECK(d.message.find("per 100 ml") != std::string::npos);
  }
  SUBCASE("a cup portion in ml") {
    Food measured = drink;
    measured.portions = {millilitres("cup", 240)};
    CHECK(ok(measured, 1, "cup").per_units == doctest::Approx(2.4)); // 240 ml / 100 ml
  }
  SUBCASE("a cup portion in grams gives the weight and the density") {
    Food weighed = drink;
    weighed.portions = {grams("cup", 240)}; // spec §1: portions = { cup = 240 }
    // 1 cup: 240 g; density 240 g / 236.5882365 ml, so 240 g = 236.5882365 ml
    const Measure m = ok(weighed, 1, "cup");
    CHECK(*m.grams == doctest::Approx(240));
    CHECK(m.per_units == doctest::Approx(2.365882365));
    // 100 ml = 100 x 240 / 236.5882365 g
    CHECK(*ok(weighed, 100, "ml").grams == doctest::Approx(100 * 240 / 236.5882365));
    CHECK(ok(weighed, 240, "g").per_units == doctest::Approx(2.365882365));
  }
}

TEST_CASE("find_portion matches singular and plural forms") {
  Food f = per_100_g("test", 1);
  f.portions = {grams("slice", 28), grams("glass", 200), grams("berry", 1.36)};
  REQUIRE(f.find_portion("slices"));
  CHECK(f.find_portion("slices")->name == "slice");
  CHECK(f.find_portion("Slice")->name == "slice");
  CHECK(f.find_portion("glass")->name == "glass");
  CHECK(f.find_portion("glasses")->name == "glass");
  CHECK(f.find_portion("berries")->name == "berry");
  CHECK(f.find_portion("can") == nullptr);
}

TEST_CASE("describe_portions lists each portion with its size") {
  Food f = per_100_g("test", 1);
  f.portions = {grams("cup", 244), grams("fl oz", 30.5), millilitres("glass", 250),
                Portion{"slice", Quantity{1, Kind::portion, "slice"}}};
  const auto d = describe_portions(f);
  REQUIRE(d.size() == 4u);
  CHECK(d[0] == "cup (244 g)");
  CHECK(d[1] == "fl oz (30.5 g)");
  CHECK(d[2] == "glass (250 ml)");
  CHECK(d[3] == "slice");
  CHECK(describe_portions(per_100_g("bare", 1)).empty());
}

TEST_CASE("has_calcium") {
  CHECK(per_100_g("a", 10).has_calcium());
  CHECK_FALSE(per_100_g("a", 0).has_calcium());
  Food salt;
  salt.kind = FoodKind::supplement;
  salt.calcium_fraction = 0.4;
  CHECK(salt.has_calcium());
  // A salt without a fixed fraction (citrate malate) gives calcium from its
  // label; a vitamin D product gives none.
  Food ccm;
  ccm.kind = FoodKind::supplement;
  ccm.form = "citrate-malate";
  CHECK(ccm.has_calcium());
  Food d3;
  d3.kind = FoodKind::supplement;
  d3.form = "vitamin-d";
  CHECK_FALSE(d3.has_calcium());
}

} // TEST_SUITE
