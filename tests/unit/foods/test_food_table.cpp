// The food table: lookups by name and alias, layering, suggestions, and the
// bundled table compiled in from foods/*.toml.

#include "catrack/bundled/table.hpp"
#include "catrack/foods/table.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>
#include "support.hpp"
#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::testing;

namespace {

Food food(std::string name, std::vector<std::string> aliases = {}, double calcium_mg = 100) {
  Food f;
  f.name = std::move(name);
  f.aliases = std::move(aliases);
  f.calcium_mg = calcium_mg;
  return f;
}

const Food& bundled_food(std::string_view name) {
  const Food* f = bundled_foods().find(name);
  INFO("bundled food: ", std::string(name));
  REQUIRE(f != nullptr);
  return *f;
}

} // namespace

TEST_SUITE("food_table") {

TEST_CASE("add and find by name and alias, ignoring case, order, punctuation and plural") {
  FoodTable table;
  CHECK(table.add(food("milk, skim", {"nonfat milk", "fat-free milk"})).empty());
  CHECK(table.add(food("kale, cooked", {"boiled kale"})).empty());
  CHECK(table.size() == 2u);

  const Food* skim = table.find("milk, skim");
  REQUIRE(skim != nullptr);
  CHECK(skim->name == "milk, skim");
  CHECK(table.find("Skim Milk") == skim);
  CHECK(table.find("skim milks") == skim);
  CHECK(table.find("MILK; SKIM") == skim);
  CHECK(table.find("Nonfat Milk") == skim);
  CHECK(table.find("fat free milk") == skim);
  CHECK(table.find("cooked kale")->name == "kale, cooked");
  CHECK(table.find("Boiled Kale")->name == "kale, cooked");

  CHECK(table.find("milk") == nullptr);
  CHECK(table.find("kale") == nullptr);
  CHECK(table.find("") == nullptr);

  REQUIRE(table.own_foods().size() == 2u);
  CHECK(table.own_foods()[0]->name == "milk, skim");
  CHECK(table.own_foods()[1]->name == "kale, cooked");
}

TEST_CASE("a key used twice in one layer is an error") {
  FoodTable table;
  Food first = food("milk, skim");
  first.defined_at = Location{"a.toml", 3, 1};
  REQUIRE(table.add(first).empty());

  SUBCASE("the same name, written differently") {
    Food again = food("Skim Milks");
    again.defined_at = Location{"a.toml", 9, 1};
    const auto errors = table.add(again);
    REQUIRE(errors.size() == 1u);
    CHECK(errors[0].where.line == 9);
    CHECK(errors[0].message.find("milk, skim") != std::string::npos);
    CHECK(errors[0].message.find("line 3") != std::string::npos);
    CHECK(table.size() == 1u); // not added
  }
  SUBCASE("an alias that is another food's name") {
    const auto errors = table.add(food("skimmed milk", {"skim milk"}));
    CHECK(errors.size() == 1u);
    CHECK(table.find("skimmed milk") == nullptr); // not added
  }
  SUBCASE("a record repeating its own name as an alias is harmless") {
    CHECK(table.add(food("kale", {"Kale", "kales"})).empty());
    CHECK(table.find("kale") != nullptr);
  }
  SUBCASE("a name without letters or digits") {
    CHECK(table.add(food(" ,! ")).size() == 1u);
    CHECK(table.size() == 1u);
  }
}

TEST_CASE("layers: an upper table shadows the one below") {
  FoodTable lower;
  REQUIRE(lower.add(food("kale, raw", {"kale"}, 150)).empty());
  REQUIRE(lower.add(food("milk, skim", {}, 122)).empty());
  FoodTable upper(&lower);
  // The same name again is no error in another layer.
  REQUIRE(upper.add(food("Kale, Raw", {}, 200)).empty());
  REQUIRE(upper.add(food("mum's lasagne", {}, 310)).empty());

  CHECK(upper.size() == 4u);
  CHECK(upper.own_foods().size() == 2u);
  CHECK(upper.find("raw kale")->calcium_mg == 200.0); // upper wins
  CHECK(lower.find("raw kale")->calcium_mg == 150.0);
  // Names only the lower layer knows are still found through the upper one.
  CHECK(upper.find("skim milk")->calcium_mg == 122.0);
  // An alias known only below leads to the upper record that replaced it.
  CHECK(upper.find("kale")->calcium_mg == 200.0);

  CHECK(upper.shadows_lower(*upper.find("kale, raw")));
  CHECK_FALSE(upper.shadows_lower(*upper.find("mum's lasagne")));
  CHECK_FALSE(upper.shadows_lower(*upper.find("milk, skim"))); // a lower record shadows nothing
  CHECK_FALSE(lower.shadows_lower(*lower.find("kale, raw")));
}

TEST_CASE("suggest returns distinct food names, best first") {
  FoodTable table;
  REQUIRE(table.add(food("kale, raw", {"kale", "curly kale"})).empty());
  REQUIRE(table.add(food("kale, cooked", {"boiled kale"})).empty());
  REQUIRE(table.add(food("milk, skim", {"skim milk", "nonfat milk"})).empty());
  REQUIRE(table.add(food("sardines, canned", {"sardines"})).empty());

  SUBCASE("a typo finds the food by its alias, reported by name") {
    const auto s = table.suggest("kael");
    REQUIRE_FALSE(s.empty());
    CHECK(s.front() == "kale, raw");
  }
  SUBCASE("a food that matches by name and alias is listed once") {
    const auto s = table.suggest("skim mlk");
    REQUIRE_FALSE(s.empty());
    CHECK(s.front() == "milk, skim");
    CHECK(std::count(s.begin(), s.end(), "milk, skim") == 1);
  }
  SUBCASE("best first") {
    const auto s = table.suggest("kale cooked");
    REQUIRE(s.size() >= 2u);
    CHECK(s[0] == "kale, cooked");
    CHECK(s[1] == "kale, raw");
    CHECK(std::set<std::string>(s.begin(), s.end()).size() == s.size());
  }
  SUBCASE("the limit") {
    CHECK(table.suggest("kale", 1).size() == 1u);
    CHECK(table.suggest("kale", 1).front() == "kale, raw");
  }
  SUBCASE("nothing similar") {
    CHECK(table.suggest("xyzzy").empty());
  }
  SUBCASE("names in lower layers are suggested too") {
    FoodTable upper(&table);
    REQUIRE(upper.add(food("mum's lasagne")).empty());
    const auto s = upper.suggest("sardins");
    REQUIRE_FALSE(s.empty());
    CHECK(s.front() == "sardines, canned");
    CHECK(upper.suggest("mums lasagna").front() == "mum's lasagne");
  }
}

TEST_CASE("bundled table: every name and alias finds its record") {
  const FoodTable& table = bundled_foods();
  CHECK(table.size() >= 100u);
  CHECK(table.size() == bundled_food_records().size());
  for (const auto& f : table.own_foods()) {
    INFO(f->name);
    CHECK(table.find(f->name) == f.get());
    for (const auto& alias : f->aliases) {
      INFO(alias);
      CHECK(table.find(alias) == f.get());
    }
    CHECK_FALSE(f->source.empty());
    CHECK(f->origin == "bundled");
  }
}

TEST_CASE("bundled table: the keys sorted at build time find what add() would") {
  const FoodTable& sorted = bundled_foods();
  FoodTable added;
  for (auto& f : bundled_food_records()) REQUIRE(added.add(std::move(f)).empty());
  const auto name_of = [](const Food* f) { return f ? f->name : std::string("(none)"); };
  const auto same = [&](const std::string& query) {
    INFO(query);
    CHECK(name_of(sorted.find(query)) == name_of(added.find(query)));
    CHECK(sorted.ambiguous(query).size() == added.ambiguous(query).size());
  };
  for (const auto& f : added.own_foods()) {
    std::vector<std::string> names = f->aliases;
    names.push_back(f->name);
    for (const auto& name : names) {
      same(name);
      // The same words in another order: found by word key, or ambiguous.
      std::istringstream in(name);
      std::string reordered;
      for (std::string word; in >> word;) reordered = word + " " + reordered;
      same(reordered);
    }
  }
  same("xyzzy");
  CHECK(&shared_bundled_table() == &shared_bundled_table());
  CHECK(shared_bundled_table().size() == added.size());
}

TEST_CASE("bundled table: records added to it are checked against its sorted keys") {
  FoodTable table = bundled_table();
  CHECK(table.add(food("Whole Milks")).size() == 1u); // "milk, whole" has that key
  REQUIRE(table.add(food("mum's zuppa", {"zuppa"})).empty());
  CHECK(table.find("zuppa, mum's")->name == "mum's zuppa");
  CHECK(table.find("zuppa")->name == "mum's zuppa");
  CHECK(table.find("milk, whole")->name == "milk, whole");
}

TEST_CASE("bundled table: the spine foods") {
  // Milk: SR28 01077 whole, 01079 2 %, 01082 1 %, 01085 skim.
  CHECK(bundled_food("milk, whole").source == "USDA SR28 01077");
  CHECK(bundled_food("milk, 2 %").source == "USDA SR28 01079");
  CHECK(bundled_food("milk, 1 %").source == "USDA SR28 01082");
  CHECK(bundled_food("milk, skim").source == "USDA SR28 01085");
  CHECK(bundled_food("whole milk").name == "milk, whole");
  CHECK(bundled_food("2% milk").name == "milk, 2 %");
  CHECK(bundled_food("skim milk").name == "milk, skim");
  CHECK(bundled_food("milk, whole").calcium_mg == 113.0); // SR28 01077 spot value

  // Yogurt: plain (whole and low-fat), greek.
  CHECK(bundled_food("yogurt, plain, whole milk").kind == FoodKind::food);
  CHECK(bundled_food("yogurt, plain, low-fat").calcium_mg == 183.0); // SR28 01117 spot value
  CHECK(bundled_food("plain yogurt").name == "yogurt, plain, low-fat");
  CHECK(bundled_food("greek yogurt").name.find("greek") != std::string::npos);
  CHECK(bundled_food("low-fat yogurt").name == "yogurt, plain, low-fat");

  CHECK(bundled_food("cheese, cheddar").calcium_mg == 710.0); // SR28 01009 spot value
  CHECK(bundled_food("cheddar").name == "cheese, cheddar");
  CHECK(bundled_food("soy drink, fortified").kind == FoodKind::food);
  CHECK(bundled_food("soy milk").name == "soy drink, fortified");
  CHECK(bundled_food("almond milk").name.find("almond drink") == 0u);
  CHECK(bundled_food("orange juice, calcium-fortified").calcium_mg > 100);

  // Greens, raw and cooked.
  CHECK(bundled_food("kale, raw").calcium_mg == 150.0);      // SR28 11233
  CHECK(bundled_food("collards, cooked").calcium_mg == 141.0); // SR28 11162
  CHECK(bundled_food("spinach, cooked").calcium_mg == 136.0);  // SR28 11458
  for (const char* name : {"kale, cooked", "collards, raw", "spinach, raw", "bok choy, raw", "bok choy, cooked",
                           "broccoli, raw", "broccoli, cooked"}) {
    INFO(name);
    CHECK(bundled_food(name).kind == FoodKind::food);
  }

  // Fish with bones.
  CHECK(bundled_food("sardines, canned in oil, with bones").calcium_mg == 382.0); // SR28 15088
  CHECK(bundled_food("canned sardines").name == "sardines, canned in oil, with bones");
  CHECK(bundled_food("salmon, pink, canned, with bones").source == "USDA SR28 15260");

  // Nuts and seeds.
  CHECK(bundled_food("almonds").calcium_mg == 269.0); // SR28 12061
  CHECK(bundled_food("sesame seeds").kind == FoodKind::food);
  CHECK(bundled_food("tahini").calcium_mg == 426.0); // SR28 12166
  CHECK(bundled_food("chia seeds").kind == FoodKind::food);

  // Beans and tofu.
  CHECK(bundled_food("white beans").name == "beans, white, cooked");
  CHECK(bundled_food("pinto beans").name == "beans, pinto, cooked");
  CHECK(bundled_food("black beans").name == "beans, black, cooked");
  CHECK(bundled_food("tofu, firm, calcium sulfate").calcium_mg == 683.0); // SR28 16426
  CHECK(bundled_food("calcium-set tofu").kind == FoodKind::food);
}

TEST_CASE("bundled table: the supplement forms") {
  struct Form {
    const char* name;
    double fraction; // clinical.md §4.1: the hydrate normally sold
  };
  for (const Form& form : {Form{"calcium carbonate", 0.40}, Form{"calcium citrate", 0.21},
                           Form{"calcium gluconate", 0.09}, Form{"calcium lactate", 0.13},
                           Form{"tricalcium phosphate", 0.39}, Form{"calcium acetate", 0.25}}) {
    INFO(form.name);
    const Food& f = bundled_food(form.name);
    CHECK(f.kind == FoodKind::supplement);
    REQUIRE(f.calcium_fraction.has_value());
    CHECK(*f.calcium_fraction == doctest::Approx(form.fraction));
    CHECK_FALSE(f.fraction_source.empty());
  }
  // CCM has no single formula: no fraction, the label's calcium is asked for.
  const Food& ccm = bundled_food("calcium citrate malate");
  CHECK(ccm.kind == FoodKind::supplement);
  CHECK_FALSE(ccm.calcium_fraction.has_value());
  CHECK(ccm.calcium_mg == 0.0);
  CHECK(ccm.has_calcium()); // from the label, given with the entry
  CHECK_FALSE(bundled_food("vitamin d3").has_calcium());

  const Food& antacid = bundled_food("antacid tablet, regular strength");
  CHECK(antacid.kind == FoodKind::supplement);
  CHECK(antacid.calcium_mg == 200.0);
  CHECK(antacid.per.kind == Quantity::Kind::portion);
  CHECK(antacid.per.value == 1.0);
  CHECK(antacid.per.portion == "tablet");
  CHECK(antacid.default_portion == "tablet");
  CHECK(antacid.form == "carbonate");
}

} // TEST_SUITE
