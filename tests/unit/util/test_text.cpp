// Name keys, edit distance, nearest names and singular forms.

#include "catrack/util/text.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace catrack::layers;

namespace {

bool contains(const std::vector<std::string>& items, std::string_view wanted) {
  return std::find(items.begin(), items.end(), wanted) != items.end();
}

} // namespace

TEST_SUITE("text") {

TEST_CASE("trim and lowercase") {
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim("") == "");
  CHECK(trim(" \t ") == "");
  CHECK(lowercase("MiLK, Skim") == "milk, skim");
}

TEST_CASE("name_key ignores case, punctuation, a plural s and word order") {
  SUBCASE("case and punctuation") {
    CHECK(name_key("MILK") == name_key("milk"));
    CHECK(name_key("milk, skim") == name_key("milk skim"));
    CHECK(name_key("  Kale;  Cooked! ") == name_key("kale cooked"));
  }
  SUBCASE("word order and plural s") {
    CHECK(name_key("Milk, Skim") == name_key("skim milks"));
    CHECK(name_key("sardines, canned") == name_key("canned sardine"));
  }
  SUBCASE("the key is the sorted, lowercased words") {
    CHECK(name_key("Kale, Cooked") == "cooked kale");
    CHECK(name_key("milk") == "milk");
  }
  SUBCASE("a double s is not a plural") {
    CHECK(name_key("glass") == "glass");
    CHECK(name_key("grass") != name_key("gras"));
  }
  SUBCASE("percent signs count, with or without a space") {
    CHECK(name_key("2% milk") == name_key("2 % milk"));
    CHECK(name_key("milk, 2 %") == name_key("2% milk"));
    CHECK(name_key("2 milk") != name_key("2% milk"));
    CHECK(name_key("0% milk") != name_key("2% milk"));
  }
  SUBCASE("non-ASCII letters stay in the word") {
    CHECK(name_key("Crème fraîche") == name_key("fraîche, crème"));
    CHECK(name_key("crème") != name_key("cr me"));
  }
  SUBCASE("no letters or digits: an empty key") {
    CHECK(name_key("").empty());
    CHECK(name_key(" ,;! ").empty());
  }
}

TEST_CASE("edit_distance: edits, with a swap of neighbours counted as one") {
  CHECK(edit_distance("", "") == 0u);
  CHECK(edit_distance("abc", "abc") == 0u);
  CHECK(edit_distance("", "abc") == 3u);
  CHECK(edit_distance("abc", "") == 3u);
  CHECK(edit_distance("kitten", "sitting") == 3u); // k->s, e->i, +g
  CHECK(edit_distance("flaw", "lawn") == 2u);      // -f, +n
  CHECK(edit_distance("amont", "amount") == 1u);   // +u
  CHECK(edit_distance("abc", "xyz") == 3u);
  // The common typo: two neighbours swapped is one edit, not two.
  CHECK(edit_distance("kael", "kale") == 1u);
  CHECK(edit_distance("ab", "ba") == 1u);
  CHECK(edit_distance("mlik", "milk") == 1u);
  // Optimal string alignment: a swapped pair is not edited again, so
  // "ca" -> "abc" takes three edits (c->a, a->b, +c), not two.
  CHECK(edit_distance("ca", "abc") == 3u);
  // Symmetric.
  CHECK(edit_distance("sitting", "kitten") == edit_distance("kitten", "sitting"));
  CHECK(edit_distance("kale", "kael") == 1u);
}

TEST_CASE("nearest finds close names, best first") {
  const std::vector<std::string> foods{"kale", "milk", "collards", "sardines", "kale, cooked"};
  SUBCASE("a typo finds the food") {
    const auto hits = nearest("kael", foods, 3);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front() == "kale");
  }
  SUBCASE("a shared word ranks the better match first") {
    const auto hits = nearest("cooked kale", foods, 3);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front() == "kale, cooked");
    CHECK(contains(hits, "kale"));
  }
  SUBCASE("a prefix finds the longer name") {
    const auto hits = nearest("sard", foods, 3);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front() == "sardines");
  }
  SUBCASE("nothing similar: empty") {
    CHECK(nearest("xyzzy", foods, 3).empty());
    CHECK(nearest("kale", {}, 3).empty());
  }
  SUBCASE("the limit is kept and duplicates are reported once") {
    const std::vector<std::string> repeated{"milk", "milk", "milks", "silk"};
    const auto hits = nearest("milk", repeated, 10);
    CHECK(std::count(hits.begin(), hits.end(), "milk") == 1);
    CHECK(nearest("milk", repeated, 1).size() == 1u);
    CHECK(nearest("milk", repeated, 1).front() == "milk");
  }
}

TEST_CASE("singular_forms offers singular candidates, lowercased") {
  CHECK(singular_forms("slices").front() == "slices");
  CHECK(contains(singular_forms("slices"), "slice"));
  CHECK(contains(singular_forms("Cups"), "cup"));
  CHECK(contains(singular_forms("berries"), "berry"));
  CHECK(contains(singular_forms("leaves"), "leaf"));
  CHECK(contains(singular_forms("boxes"), "box"));
  CHECK(contains(singular_forms("glass"), "glass"));
  CHECK(singular_forms("cup") == std::vector<std::string>{"cup"});
}

TEST_CASE("join_or lists with commas and a final or") {
  CHECK(join_or({}) == "");
  CHECK(join_or({"a"}) == "a");
  CHECK(join_or({"a", "b"}) == "a or b");
  CHECK(join_or({"a", "b", "c"}) == "a, b or c");
}

} // TEST_SUITE

TEST_CASE("same_singular agrees with comparing singular_forms") {
  const std::vector<std::string> words{"slice", "slices", "Slice", "glass", "glasses", "berry", "berries", "leaf",
                                       "leaves", "cup", "cups", "tbsp", "s", "es", "ies", "", "  ", "piece", "pieces",
                                       "box", "boxes", " can ", "CANS", "loaf", "loaves", "oz", "BERRIES",
                                       "Leaves", "CUPS", "BoXeS"};
  for (const auto& a : words)
    for (const auto& b : words) {
      bool shared = false;
      for (const auto& x : singular_forms(a))
        for (const auto& y : singular_forms(b)) shared = shared || x == y;
      INFO(a, " / ", b);
      CHECK(same_singular(a, b) == shared);
    }
}

TEST_CASE("match_singular finds the first name a singular form spells, forms in order") {
  const std::string_view names[]{"cup", "slice", "lbs", "lb", "berry", "leaf"};
  CHECK(match_singular("Cups", names) == 0u);
  CHECK(match_singular(" SLICES ", names) == 1u);
  CHECK(match_singular("berries", names) == 4u);
  CHECK(match_singular("LEAVES", names) == 5u);
  CHECK(match_singular("lbs", names) == 2u); // the word itself comes before its singular
  CHECK_FALSE(match_singular("gram", names).has_value());
  CHECK_FALSE(match_singular("", names).has_value());
}
