// Suggestions: foods only, filtered by diet tags and texture, ranked by
// absorbable calcium per usual portion counted up to the gap, preferring
// foods the diary holds, one of a kind.

#include "catrack/foods/diet.hpp"
#include "catrack/foods/table.hpp"
#include "catrack/plan/suggest.hpp"
#include "layers.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace catrack::layers;

namespace {

Food item(std::string name, double mg_per_100g, double cup_g, std::vector<std::string> tags, std::string texture,
          std::optional<double> absorption = std::nullopt) {
  Food f;
  f.name = std::move(name);
  f.calcium_mg = mg_per_100g;
  f.portions = {Portion{"cup", Quantity{cup_g, Quantity::Kind::grams, {}}}};
  f.default_portion = "cup";
  f.tags = std::move(tags);
  f.texture = std::move(texture);
  f.absorption = absorption;
  return f;
}

FoodTable table() {
  FoodTable t;
  // 1 cup each: milk 300 mg, yogurt 450, kale 200 (49.3 %), tofu 860, spinach 245.
  t.add(item("milk, test", 120, 250, {"dairy", "vegetarian"}, "liquid", 0.321));
  t.add(item("yogurt, test", 180, 250, {"dairy", "vegetarian"}, "smooth", 0.321));
  t.add(item("kale, test", 100, 200, {"vegan", "vegetarian"}, "soft", 0.493));
  t.add(item("tofu, test", 344, 250, {"vegan", "vegetarian", "soy"}, "soft", 0.31));
  t.add(item("spinach, test", 136, 180, {"vegan", "vegetarian"}, "soft", 0.051));
  t.add(item("crackers, test", 20, 30, {"vegan", "vegetarian"}, "regular")); // 6 mg: too little
  Food pill;
  pill.name = "calcium pill";
  pill.kind = FoodKind::supplement;
  pill.calcium_mg = 600;
  pill.per = Quantity{1, Quantity::Kind::portion, "tablet"};
  pill.portions = {Portion{"tablet", Quantity{1, Quantity::Kind::portion, "tablet"}}};
  pill.default_portion = "tablet";
  pill.texture = "regular";
  t.add(pill);
  return t;
}

std::vector<std::string> names(const std::vector<Suggestion>& s) {
  std::vector<std::string> out;
  for (const auto& x : s) out.push_back(x.food);
  return out;
}

} // namespace

TEST_SUITE("suggest") {
  TEST_CASE("never a supplement; portions under 100 mg are left out") {
    const auto t = table();
    SuggestRequest r;
    r.gap_mg = 300;
    r.limit = 10;
    const auto got = names(suggest_foods(t, r));
    CHECK(std::find(got.begin(), got.end(), std::string("calcium pill")) == got.end());
    CHECK(std::find(got.begin(), got.end(), std::string("crackers, test")) == got.end());
  }

  TEST_CASE("ranked by absorbable calcium counted up to the gap") {
    const auto t = table();
    SuggestRequest r;
    r.gap_mg = 200;
    r.limit = 10;
    const auto got = suggest_foods(t, r);
    REQUIRE(got.size() >= 3);
    // Up to the 200 mg gap: kale 200 x 0.493 = 98.6; milk and yogurt 200 x
    // 0.321 = 64.2 (milk overshoots less: first); tofu 200 x 0.31 = 62.
    // Spinach (5.1 % absorbed) is never proposed.
    CHECK(got[0].food == "kale, test");
    CHECK(got[1].food == "milk, test");
    CHECK(got[2].food == "yogurt, test");
    CHECK(got.back().food == "tofu, test");
    for (const auto& s : got) CHECK(s.food != "spinach, test");
    CHECK(got[0].calcium_mg == doctest::Approx(200));
    CHECK(got[0].absorbable_mg == doctest::Approx(98.6));
  }

  TEST_CASE("portions needed; more than three do not close the gap") {
    const auto t = table();
    SuggestRequest r;
    r.gap_mg = 700;
    r.limit = 10;
    for (const auto& s : suggest_foods(t, r)) {
      CAPTURE(s.food);
      CHECK(s.portions_to_close <= max_portions_to_close);
      CHECK(s.calcium_mg * s.portions_to_close >= 700);
    }
    // Kale needs 4 cups (4 x 200 = 800): left out.
    const auto got = names(suggest_foods(t, r));
    CHECK(std::find(got.begin(), got.end(), std::string("kale, test")) == got.end());
  }

  TEST_CASE("foods the diary holds come first") {
    const auto t = table();
    SuggestRequest r;
    r.gap_mg = 200;
    r.diary_foods = {"tofu, test"};
    const auto got = suggest_foods(t, r);
    REQUIRE_FALSE(got.empty());
    CHECK(got[0].food == "tofu, test");
    CHECK(got[0].in_diary);
  }

  TEST_CASE("diet tags filter") {
    const auto t = table();
    SuggestRequest r;
    r.gap_mg = 200;
    r.limit = 10;
    r.diet = {"vegan"};
    for (const auto& n : names(suggest_foods(t, r))) CHECK(n.find("test") != std::string::npos);
    auto got = names(suggest_foods(t, r));
    CHECK(std::find(got.begin(), got.end(), std::string("milk, test")) == got.end());
    r.diet = {"no-soy"};
    got = names(suggest_foods(t, r));
    CHECK(std::find(got.begin(), got.end(), std::string("tofu, test")) == got.end());
    CHECK(std::find(got.begin(), got.end(), std::string("milk, test")) != got.end());
  }

  TEST_CASE("fits_diet on tags") {
    Food cheese;
    cheese.tags = {"dairy", "vegetarian"};
    CHECK(fits_diet(cheese, {"vegetarian"}));
    CHECK_FALSE(fits_diet(cheese, {"vegan"}));
    CHECK_FALSE(fits_diet(cheese, {"lactose-free"}));
    CHECK_FALSE(fits_diet(cheese, {"dairy-free"}));
    cheese.tags.push_back("lactose-free");
    CHECK(fits_diet(cheese, {"lactose-free"}));
    Food untagged;
    CHECK_FALSE(fits_diet(untagged, {"vegetarian"})); // not assumed
    CHECK(fits_diet(untagged, {"no-fish"}));
    CHECK(is_known_diet_tag("gluten-free"));
    CHECK_FALSE(is_known_diet_tag("paleo"));
  }

  TEST_CASE("texture: dysphagia leaves out drinks and, at low levels, all but smooth") {
    CHECK(allowed_textures(false, std::nullopt).size() == 4);
    CHECK(allowed_textures(true, 7).size() == 4);
    CHECK(allowed_textures(true, std::nullopt) == std::vector<std::string>{"smooth", "soft"});
    CHECK(allowed_textures(true, 6) == std::vector<std::string>{"smooth", "soft"});
    CHECK(allowed_textures(true, 4) == std::vector<std::string>{"smooth"});
    CHECK(allowed_textures(true, 0) == std::vector<std::string>{"smooth"});
    const auto t = table();
    SuggestRequest r;
    r.gap_mg = 200;
    r.limit = 10;
    r.dysphagia = true;
    r.dysphagia_level = 4;
    CHECK(names(suggest_foods(t, r)) == std::vector<std::string>{"yogurt, test"});
    r.dysphagia_level = std::nullopt;
    const auto got = names(suggest_foods(t, r));
    CHECK(std::find(got.begin(), got.end(), std::string("milk, test")) == got.end());
    CHECK(std::find(got.begin(), got.end(), std::string("tofu, test")) != got.end());
  }
}
