// resolve_entry and calculate against the bundled table. Expected values are
// worked out by hand from foods/*.toml, whose numbers are USDA SR28 values:
// calcium = mg per 100 g x grams / 100.

#include "catrack/bundled/table.hpp"
#include "catrack/calc/calculator.hpp"
#include "catrack/diary/reader.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <variant>
#include "support.hpp"
#include "catrack/util/date.hpp"
#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::testing;
using namespace std::chrono;

namespace {

// An entry as the reader makes it: the amount read once, here.
Entry food_entry(std::string item, std::optional<std::string> amount = std::nullopt) {
  Entry e;
  e.kind = EntryKind::food;
  e.item = std::move(item);
  e.at = e.item_at = Location{"diary.toml", 5, 3};
  if (amount) {
    auto parsed = parse_amount(*amount);
    REQUIRE(parsed);
    e.amount = WrittenAmount{*parsed, *amount, e.at};
  }
  return e;
}

std::string amount_text(const Entry& e) { return e.amount ? e.amount->text : ""; }

Entry supplement_entry(std::string item, std::optional<std::string> amount = std::nullopt) {
  Entry e = food_entry(std::move(item), std::move(amount));
  e.kind = EntryKind::supplement;
  return e;
}

EntryResult ok(const Entry& e) {
  auto r = resolve_entry(e, bundled_foods());
  const auto* d = (r ? nullptr : &r.error());
  INFO(e.item, " ", amount_text(e), d ? " error: " + d->message : std::string());
  REQUIRE(r.has_value());
  return r.value();
}

Diagnostic bad(const Entry& e) {
  auto r = resolve_entry(e, bundled_foods());
  INFO(e.item, " ", amount_text(e));
  REQUIRE(!r.has_value());
  return r.error();
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

bool any_hint(const Diagnostic& d, std::string_view part) {
  for (const auto& h : d.hints)
    if (has(h, part)) return true;
  return false;
}

} // namespace

TEST_SUITE("calculator") {

TEST_CASE("a cup of skim milk") {
  // foods/dairy.toml "milk, skim": USDA SR28 01085, 122 mg calcium and 47 IU
  // vitamin D per 100 g, cup = 245 g, absorption 0.321 (COR17 milk).
  const EntryResult r = ok(food_entry("milk, skim", "1 cup"));
  CHECK(r.food == "milk, skim");
  CHECK(r.source == "USDA SR28 01085");
  CHECK(r.origin == "bundled");
  CHECK_FALSE(r.shadows_bundled);
  REQUIRE(r.grams.has_value());
  CHECK(*r.grams == doctest::Approx(245));
  CHECK(r.calcium_mg == doctest::Approx(298.9));     // 122 x 245 / 100
  CHECK(r.vitamin_d_iu == doctest::Approx(115.15));  // 47 x 245 / 100
  CHECK(r.absorption == doctest::Approx(0.321));
  CHECK_FALSE(r.absorption_is_default);
  CHECK(r.absorbable_mg == doctest::Approx(95.9469)); // 298.9 x 0.321
  CHECK(how_text(r) == "122 mg per 100 g");

  SUBCASE("the default portion is the cup") {
    CHECK(ok(food_entry("skim milk")).calcium_mg == doctest::Approx(298.9));
    CHECK(ok(food_entry("skim milk", "2")).calcium_mg == doctest::Approx(597.8)); // 2 x 298.9
  }
  SUBCASE("count multiplies") {
    Entry e = food_entry("milk, skim", "1 cup");
    e.count = 2;
    const EntryResult two = ok(e);
    CHECK(two.calcium_mg == doctest::Approx(597.8));
    CHECK(*two.grams == doctest::Approx(490)); // 2 x 245 g
  }
  SUBCASE("grams") {
    CHECK(ok(food_entry("milk, skim", "100 g")).calcium_mg == doctest::Approx(122));
  }
}

TEST_CASE("half a cup of cooked kale") {
  // foods/vegetables.toml "kale, cooked": SR28 11234, 72 mg per 100 g,
  // cup = 130 g, absorption 0.493 (COR17 kale).
  const EntryResult r = ok(food_entry("kale, cooked", "1/2 cup"));
  CHECK(r.source == "USDA SR28 11234");
  CHECK(*r.grams == doctest::Approx(65));             // 130 / 2
  CHECK(r.calcium_mg == doctest::Approx(46.8));       // 72 x 65 / 100
  CHECK(r.absorbable_mg == doctest::Approx(23.0724)); // 46.8 x 0.493
  CHECK(r.vitamin_d_iu == 0.0);
}

TEST_CASE("supplements") {
  SUBCASE("salt_mg 1250 of carbonate is 500 mg of calcium") {
    Entry e = supplement_entry("calcium carbonate");
    e.salt_mg = 1250;
    const EntryResult r = ok(e);
    CHECK(r.calcium_mg == doctest::Approx(500)); // 1250 x 0.40
    CHECK(r.form == "carbonate");
    CHECK(r.absorption_is_default);
    CHECK(r.absorbable_mg == doctest::Approx(160.5)); // 500 x 0.321
    CHECK_FALSE(r.grams.has_value());
  }
  SUBCASE("salt_mg of the other forms: clinical.md §4.1 fractions") {
    struct Case {
      const char* item;
      double salt_mg;
      double calcium_mg;
    };
    for (const Case& c : {Case{"calcium citrate", 1500, 315},     // 1500 x 0.21
                          Case{"calcium gluconate", 1000, 90},     // 1000 x 0.09
                          Case{"calcium lactate", 1000, 130},      // 1000 x 0.13
                          Case{"tricalcium phosphate", 1000, 390}, // 1000 x 0.39
                          Case{"calcium acetate", 667, 166.75}}) { // 667 x 0.25
      INFO(c.item);
      Entry e = supplement_entry(c.item);
      e.salt_mg = c.salt_mg;
      CHECK(ok(e).calcium_mg == doctest::Approx(c.calcium_mg));
    }
  }
  SUBCASE("citrate 315 mg x count 2 is 630 mg") {
    Entry e = supplement_entry("calcium citrate");
    e.calcium_mg = 315;
    e.count = 2;
    const EntryResult r = ok(e);
    CHECK(r.calcium_mg == doctest::Approx(630));
    CHECK(r.food == "calcium citrate");
    CHECK(r.form == "citrate");
  }
  SUBCASE("the shorthand \"calcium citrate 315 mg\": label mg are elemental") {
    const DiaryRead read = read_diary("[[day]]\ndate = 2026-11-24\nsupplement = [\"calcium citrate 315 mg\"]\n",
                                      "diary.toml");
    REQUIRE(read.errors.empty());
    REQUIRE(read.value.days.size() == 1u);
    REQUIRE(read.value.days[0].entries.size() == 1u);
    const EntryResult r = ok(read.value.days[0].entries[0]);
    CHECK(r.calcium_mg == doctest::Approx(315));
    CHECK(r.food == "calcium citrate");
  }
  SUBCASE("an antacid tablet: 200 mg each") {
    CHECK(ok(supplement_entry("antacid tablet, regular strength", "2 tablets")).calcium_mg ==
          doctest::Approx(400));
    CHECK(ok(supplement_entry("tums regular strength")).calcium_mg == doctest::Approx(200));
  }
  SUBCASE("vitamin D3 with iu") {
    Entry e = supplement_entry("vitamin D3");
    e.vitamin_d_iu = 1000;
    const EntryResult r = ok(e);
    CHECK(r.vitamin_d_iu == doctest::Approx(1000));
    CHECK(r.calcium_mg == 0.0);
  }
  SUBCASE("vitamin D in mcg: 25 mcg x 40 IU/mcg = 1000 IU") {
    CHECK(ok(supplement_entry("vitamin D3", "25 mcg")).vitamin_d_iu == doctest::Approx(1000));
    CHECK(ok(supplement_entry("vitamin D3", "1000 IU")).vitamin_d_iu == doctest::Approx(1000));
    const DiaryRead read =
        read_diary("[[day]]\ndate = 2026-11-24\nsupplement = [{ item = \"vitamin D3\", vitamin_d_mcg = 25 }]\n",
                   "diary.toml");
    REQUIRE(read.errors.empty());
    CHECK(ok(read.value.days[0].entries[0]).vitamin_d_iu == doctest::Approx(1000));
  }
}

TEST_CASE("label values from a Nutrition Facts panel") {
  SUBCASE("dv_percent 25 on the current label: 25 % of 1300 mg") {
    Entry e = food_entry("cereal, brand Y", "1 cup");
    e.dv_percent = 25;
    const EntryResult r = ok(e);
    CHECK(r.calcium_mg == doctest::Approx(325));
    CHECK(r.source == "label");
    CHECK(r.food.empty());
    CHECK(r.absorption_is_default);
    CHECK(r.absorbable_mg == doctest::Approx(325 * default_absorption));
  }
  SUBCASE("dv_percent 25 on a pre-2016 label: 25 % of 1000 mg") {
    Entry e = food_entry("cereal, brand Y", "1 cup");
    e.dv_percent = 25;
    e.dv_basis_mg = 1000;
    CHECK(ok(e).calcium_mg == doctest::Approx(250));
  }
  SUBCASE("calcium_mg on an unknown item is accepted") {
    Entry e = food_entry("oat drink, brand Z", "250 g");
    e.calcium_mg = 300;
    const EntryResult r = ok(e);
    CHECK(r.calcium_mg == doctest::Approx(300));
    CHECK(r.source == "label");
    CHECK(r.origin == "label");
    REQUIRE(r.grams.has_value());
    CHECK(*r.grams == doctest::Approx(250));
  }
  SUBCASE("calcium_mg on a known food overrides the table, and the weight is still known") {
    Entry e = food_entry("milk, skim", "1 cup");
    e.calcium_mg = 350;
    const EntryResult r = ok(e);
    CHECK(r.calcium_mg == doctest::Approx(350));
    CHECK(*r.grams == doctest::Approx(245));
    CHECK(r.absorption == doctest::Approx(0.321));
  }
}

TEST_CASE("the absorbable estimate: the food's absorption, or the documented default 0.321") {
  CHECK(default_absorption == 0.321); // COR17 Table 1, milk
  // foods/fish.toml "sardines, canned in oil, with bones": SR28 15088, 382 mg
  // per 100 g, can = 92 g, no absorption value: 382 x 92 / 100 = 351.44 mg.
  const EntryResult r = ok(food_entry("sardines", "1 can"));
  CHECK(r.calcium_mg == doctest::Approx(351.44));
  CHECK(r.absorption_is_default);
  CHECK(r.absorption == doctest::Approx(0.321));
  CHECK(r.absorbable_mg == doctest::Approx(351.44 * 0.321));
  // foods/vegetables.toml "spinach, cooked": 136 mg per 100 g, cup = 180 g,
  // absorption 0.051: 244.8 mg, 12.4848 absorbable.
  const EntryResult spinach = ok(food_entry("spinach, cooked", "1 cup"));
  CHECK(spinach.calcium_mg == doctest::Approx(244.8));
  CHECK(spinach.absorbable_mg == doctest::Approx(12.4848));
}

TEST_CASE("errors") {
  SUBCASE("an unknown item without label values: did you mean") {
    const Diagnostic d = bad(food_entry("kael", "1 cup"));
    CHECK(has(d.message, "unknown food \"kael\""));
    CHECK(d.where.line == 5);
    CHECK(any_hint(d, "did you mean"));
    CHECK(any_hint(d, "\"kale, raw\""));
    CHECK(any_hint(d, "calcium_mg"));
  }
  SUBCASE("a supplement under food") {
    Entry e = food_entry("calcium citrate");
    e.calcium_mg = 315;
    CHECK(has(bad(e).message, "is a supplement"));
  }
  SUBCASE("a food under supplement") {
    CHECK(has(bad(supplement_entry("milk, skim", "1 cup")).message, "is a food"));
  }
  SUBCASE("CCM with salt_mg asks for calcium_mg") {
    Entry e = supplement_entry("calcium citrate malate");
    e.salt_mg = 1000;
    const Diagnostic d = bad(e);
    CHECK(has(d.message, "calcium_mg"));
    CHECK(has(d.message, "calcium citrate malate"));
  }
  SUBCASE("a calcium salt with no amount") {
    const Diagnostic d = bad(supplement_entry("calcium carbonate"));
    CHECK(has(d.message, "how much calcium"));
    CHECK(has(d.message, "salt_mg"));
  }
  SUBCASE("a calcium salt given only vitamin D units") {
    CHECK(has(bad(supplement_entry("calcium carbonate", "1000 IU")).message, "how much calcium"));
  }
  SUBCASE("vitamin D with no amount") {
    CHECK(has(bad(supplement_entry("vitamin D3")).message, "how much vitamin D"));
  }
  SUBCASE("mg of a vitamin-D-only supplement") {
    CHECK(has(bad(supplement_entry("vitamin D3", "500 mg")).message, "no calcium"));
  }
  SUBCASE("a vitamin D unit on a food") {
    CHECK(has(bad(food_entry("milk, skim", "100 IU")).message, "vitamin D unit"));
  }
  SUBCASE("mg of a food") {
    const Diagnostic d = bad(food_entry("milk, skim", "300 mg"));
    CHECK(has(d.message, "calcium_mg"));
  }
  SUBCASE("6 kg of milk is past the 5000 g limit") {
    const Diagnostic d = bad(food_entry("milk, skim", "6 kg"));
    CHECK(has(d.message, "6000 g"));
    CHECK(has(d.message, "limit"));
  }
  SUBCASE("6000 mg of a supplement is past the 5000 mg limit") {
    const Diagnostic d = bad(supplement_entry("calcium citrate", "6000 mg"));
    CHECK(has(d.message, "6000 mg"));
    CHECK(has(d.message, "limit"));
    Entry label = supplement_entry("calcium citrate");
    label.calcium_mg = 3000;
    label.count = 2; // 3000 x 2 = 6000
    CHECK(has(bad(label).message, "limit"));
    Entry salt = supplement_entry("calcium carbonate");
    salt.salt_mg = 15000; // 15000 x 0.40 = 6000
    CHECK(has(bad(salt).message, "limit"));
  }
  SUBCASE("5000 mg itself is within the limit") {
    CHECK(ok(supplement_entry("calcium citrate", "5000 mg")).calcium_mg == doctest::Approx(5000));
  }
  SUBCASE("an unknown unit for a food names its portions") {
    const Diagnostic d = bad(food_entry("milk, skim", "1 bowl"));
    CHECK(has(d.message, "bowl"));
    CHECK(any_hint(d, "cup (245 g)"));
  }
}

TEST_CASE("calculate: days, the dietary and supplement split, and errors") {
  const char* text = R"([profile]
age = 30

[[day]]
date = 2026-11-24
food = ["milk, skim 1 cup", "kale, cooked 1/2 cup"]
supplement = [
  { item = "calcium carbonate", salt_mg = 1250, time = "08:00" },
  { item = "vitamin D3", iu = 1000 },
]

[[day]]
date = 2026-11-25
food = ["milk, skim 1 cup"]
)";
  const DiaryRead read = read_diary(text, "diary.toml");
  REQUIRE(read.errors.empty());
  const DiaryResult result = calculate(read.value, bundled_foods());
  REQUIRE(result.errors.empty());
  REQUIRE(result.value.size() == 2u);

  const DayResult& d = result.value[0];
  CHECK(d.date == Date{year{2026}, month{11}, day{24}});
  REQUIRE(d.entries.size() == 4u);
  // Diet: milk 298.9 + kale 46.8 = 345.7; supplements: carbonate 500.
  CHECK(d.dietary_mg == doctest::Approx(345.7));
  CHECK(d.supplement_mg == doctest::Approx(500));
  CHECK(d.calcium_mg == doctest::Approx(845.7));
  // Absorbable: 95.9469 (milk) + 23.0724 (kale) + 160.5 (carbonate, default 0.321).
  CHECK(d.absorbable_mg == doctest::Approx(279.5193));
  // Vitamin D: milk 115.15 IU from food, 1000 IU from the supplement.
  CHECK(d.vitamin_d_dietary_iu == doctest::Approx(115.15));
  CHECK(d.vitamin_d_supplement_iu == doctest::Approx(1000));
  CHECK(d.vitamin_d_iu == doctest::Approx(1115.15));
  // The reference for a 30-year-old.
  CHECK(d.reference.target_mg == 1000.0);

  CHECK(result.value[1].calcium_mg == doctest::Approx(298.9));
  CHECK(result.value[1].supplement_mg == 0.0);

  SUBCASE("any error: no days at all") {
    const DiaryRead bad_read = read_diary(R"([[day]]
date = 2026-11-24
food = ["milk, skim 1 cup"]

[[day]]
date = 2026-11-25
food = ["kael 1 cup", "milk, skim 1 cup"]
)",
                                          "diary.toml");
    REQUIRE(bad_read.errors.empty());
    const DiaryResult r = calculate(bad_read.value, bundled_foods());
    REQUIRE(r.errors.size() == 1u);
    CHECK(r.errors[0].where.line == 7);
    CHECK(r.errors[0].where.column == 10); // "kael" starts after `food = ["`
    CHECK(r.value.empty());
  }
  SUBCASE("a reference error is reported once, not per day") {
    Diary diary = read.value;
    diary.profile.age = 0;
    const DiaryResult r = calculate(diary, bundled_foods());
    CHECK(r.errors.size() == 1u);
    CHECK(r.value.empty());
  }
}

} // TEST_SUITE

TEST_CASE("FoundFoods answers as the table does, asked once or many times") {
  FoundFoods found(bundled_foods());
  for (int round = 0; round < 2; ++round)
    for (const char* name : {"milk, skim", "Milk, Skim", "skim milk", "kale, cooked", "no such food at all", "", "milk"}) {
      INFO(name);
      CHECK(found.find(name) == bundled_foods().find(name));
    }
}
