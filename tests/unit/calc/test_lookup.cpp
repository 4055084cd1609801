// How a written name finds a food: the phrase first ("a, b" read as "b a"),
// then the words in any order when only one food has them; several is an
// ambiguity the user must resolve, never a silent pick.

#include "catrack/bundled/table.hpp"
#include "catrack/calc/calculator.hpp"
#include "catrack/foods/table.hpp"
#include "catrack/util/text.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

using namespace catrack::layers;

namespace {

Food named(std::string name, std::vector<std::string> aliases = {}) {
  Food f;
  f.name = std::move(name);
  f.aliases = std::move(aliases);
  f.calcium_mg = 100;
  return f;
}

} // namespace

TEST_SUITE("lookup") {
  TEST_CASE("phrase_key reads comma names as qualifier then head") {
    CHECK(phrase_key("milk, chocolate") == "chocolate milk");
    CHECK(phrase_key("Chocolate Milks") == "chocolate milk");
    CHECK(phrase_key("milk chocolate") == "milk chocolate");
    CHECK(phrase_key("yogurt, greek, plain") == "plain greek yogurt");
    CHECK(phrase_key("kale (cooked)") == "kale cooked");
  }

  TEST_CASE("the phrase wins over the words; word order alone is an ambiguity") {
    FoodTable t;
    REQUIRE(t.add(named("milk, chocolate")).empty());
    REQUIRE(t.add(named("milk chocolate bar", {"milk chocolate"})).empty());
    CHECK(t.find("chocolate milk")->name == "milk, chocolate");
    CHECK(t.find("milk, chocolate")->name == "milk, chocolate");
    CHECK(t.find("Milk Chocolate")->name == "milk chocolate bar");
    // "chocolate, milk" reads "milk chocolate": the sweet.
    CHECK(t.find("chocolate, milk")->name == "milk chocolate bar");
    // Words in another order with no phrase match and two owners.
    CHECK(t.find("chocolate milk milk") == nullptr);
  }

  TEST_CASE("a words-only match is used when one food owns the words") {
    FoodTable t;
    REQUIRE(t.add(named("kale, cooked")).empty());
    CHECK(t.find("cooked kale")->name == "kale, cooked");
    CHECK(t.find("kale cooked")->name == "kale, cooked");
    CHECK(t.ambiguous("kale cooked").empty());
  }

  TEST_CASE("ambiguous() lists the owners; an entry naming it is an error listing them") {
    FoodTable t;
    REQUIRE(t.add(named("cheese, cream")).empty());       // phrase "cream cheese"
    REQUIRE(t.add(named("cream, cheese flavored")).empty());
    REQUIRE(t.add(named("sauce, cheese cream")).empty()); // phrase "cheese cream sauce"
    REQUIRE(t.add(named("cheese cream sauce dip", {"cream sauce cheese"})).empty());
    // "sauce cream cheese": no phrase; words shared by two foods.
    CHECK(t.find("sauce cream cheese") == nullptr);
    CHECK(t.ambiguous("sauce cream cheese").size() == 2);
    Entry e;
    e.item = "sauce cream cheese";
    e.item_at = {"d.toml", 3, 5};
    auto r = resolve_entry(e, t);
    REQUIRE(!r.has_value());
    const auto& d = r.error();
    CHECK(d.message.find("could be more than one food") != std::string::npos);
    CHECK(d.where.line == 3);
    REQUIRE(d.hints.size() == 1);
    CHECK(d.hints[0].find("\"sauce, cheese cream\"") != std::string::npos);
    CHECK(d.hints[0].find("\"cheese cream sauce dip\"") != std::string::npos);
  }

  TEST_CASE("the same phrase twice in one layer is refused") {
    FoodTable t;
    REQUIRE(t.add(named("milk, skim")).empty());
    const auto errors = t.add(named("skim milk"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("already the name of \"milk, skim\"") != std::string::npos);
  }

  TEST_CASE("search ranks the exact match first and lists each food once") {
    FoodTable t;
    REQUIRE(t.add(named("yogurt, greek, plain", {"greek yogurt"})).empty());
    REQUIRE(t.add(named("yogurt, plain")).empty());
    REQUIRE(t.add(named("yogurt, greek, vanilla")).empty());
    REQUIRE(t.add(named("kale, raw")).empty());
    const auto hits = t.search("greek yogurt", 10);
    REQUIRE(hits.size() >= 2);
    CHECK(hits[0]->name == "yogurt, greek, plain");
    CHECK(hits[1]->name == "yogurt, greek, vanilla");
    for (const Food* f : hits) CHECK(f->name != "kale, raw");
    CHECK(t.search("", 10).size() == 4);
    CHECK(t.search("", 2).size() == 2);
    CHECK(t.search("zzzz qqqq", 10).empty());
  }

  TEST_CASE("a name in an upper layer shadows the bundled food; search shows it once") {
    const FoodTable bundled = bundled_table();
    FoodTable mine(&bundled);
    Food own = named("milk, skim");
    own.origin = "mine.toml";
    own.calcium_mg = 130;
    REQUIRE(mine.add(own).empty());
    const Food* f = mine.find("skim milk");
    REQUIRE(f != nullptr);
    CHECK(f->origin == "mine.toml");
    CHECK(mine.shadows_lower(*f));
    int count = 0;
    for (const Food* hit : mine.search("milk skim", 50)) count += hit->name == "milk, skim" ? 1 : 0;
    CHECK(count == 1);
  }
}
