// A day known only by its total (`total = { calcium_mg = ... }`, as daily
// exports are imported): read, totalled without an invented split, and
// checked only by the notes that need no split.

#include "catrack/bundled/table.hpp"
#include "catrack/calc/calculator.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/rules/rules.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include "support.hpp"
#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::testing;

namespace {

DiaryResult calculated(const std::string& text) {
  const DiaryRead read = read_diary(text, "d.toml");
  INFO(listed(read.errors));
  REQUIRE(read.errors.empty());
  DiaryResult result = calculate(read.value, bundled_foods());
  INFO(listed(result.errors));
  REQUIRE(result.errors.empty());
  return result;
}

Diagnostic one_read_error(const std::string& text) {
  const DiaryRead read = read_diary(text, "d.toml");
  INFO(listed(read.errors));
  REQUIRE(read.errors.size() == 1u);
  return read.errors[0];
}

std::vector<std::string> codes(const DayResult& day, const Profile& profile) {
  std::vector<std::string> out;
  for (const auto& n : evaluate_notes(day, profile)) out.push_back(n.code);
  return out;
}

bool has(const std::vector<std::string>& list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

} // namespace

TEST_CASE("a day total is the day's calcium, with no split and no absorbable estimate") {
  const auto result = calculated("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 950.5, vitamin_d_iu = 300 }\n");
  REQUIRE(result.value.size() == 1u);
  const DayResult& day = result.value[0];
  CHECK(day.calcium_mg == 950.5);
  CHECK(day.vitamin_d_iu == 300);
  CHECK_FALSE(day.split_known);
  CHECK(day.vitamin_d_known);
  CHECK(day.entries.empty());
}

TEST_CASE("a day total without vitamin D leaves vitamin D unknown") {
  const auto result = calculated("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 950 }\n");
  CHECK_FALSE(result.value[0].vitamin_d_known);
}

TEST_CASE("days with entries keep their split") {
  const auto result = calculated("[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n");
  CHECK(result.value[0].split_known);
  CHECK(result.value[0].vitamin_d_known);
}

TEST_CASE("a day total is read strictly") {
  auto e = one_read_error("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 950 }\nfood = [\"milk, skim 1 cup\"]\n");
  CHECK(e.message.find("give total, or food and supplement entries, not both") != std::string::npos);
  CHECK(e.where.line == 3);

  e = one_read_error("[[day]]\ndate = 2026-11-24\ntotal = { vitamin_d_iu = 300 }\n");
  CHECK(e.message == "a day total needs its calcium_mg");

  const DiaryRead misspelt = read_diary("[[day]]\ndate = 2026-11-24\ntotal = { calcium = 950 }\n", "d.toml");
  REQUIRE(misspelt.errors.size() == 2u); // the missing calcium_mg, and the unknown key that meant it
  CHECK(misspelt.errors[1].message.find("unknown key \"calcium\" in a day total; did you mean \"calcium_mg\"?") !=
        std::string::npos);

  e = one_read_error("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = -1 }\n");
  CHECK(e.message == "\"calcium_mg\" must be zero or more");

  e = one_read_error("[[day]]\ndate = 2026-11-24\ntotal = 950\n");
  CHECK(e.message.find("\"total\" must be a table") != std::string::npos);

  // A total is the whole day: another day of its date would be added to it.
  e = one_read_error("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 950 }\n\n"
                     "[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n");
  CHECK(e.message.find("2026-11-24 is given twice, and one is a day total (d.toml:3)") != std::string::npos);
  CHECK(e.where.line == 5);

  e = one_read_error("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 950 }\n\n"
                     "[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 900 }\n");
  CHECK(e.where.line == 7);
}

TEST_CASE("a day total past the limit is refused") {
  const DiaryRead read = read_diary("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 25000 }\n", "d.toml");
  REQUIRE(read.errors.empty());
  const DiaryResult result = calculate(read.value, bundled_foods());
  REQUIRE(result.errors.size() == 1u);
  CHECK(result.errors[0].message.find("more than the limit of 20000 mg") != std::string::npos);
}

TEST_CASE("notes on a day total: the total's rules apply, the split's do not") {
  Profile profile;
  profile.present = true;
  profile.age = 58;
  profile.sex = Sex::female;
  profile.calcinosis = true;
  profile.kidney_stones = true;
  profile.ppi = true;

  SUBCASE("above the UL: said without inventing a supplement share") {
    const auto result = calculated("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 2600 }\n");
    DayResult day = result.value[0];
    day.reference.ul_mg = 2000;
    const auto notes = evaluate_notes(day, profile);
    const auto list = codes(day, profile);
    CHECK(has(list, "above-ul"));
    for (const auto& n : notes)
      if (n.code == "above-ul") CHECK(n.message.find("how much came from supplements is not known") != std::string::npos);
    CHECK_FALSE(has(list, "calcinosis-supplement"));
    CHECK_FALSE(has(list, "supplement-not-needed"));
    CHECK_FALSE(has(list, "kidney"));
    CHECK_FALSE(has(list, "vitamin-d-low")); // vitamin D unknown is not low
  }
  SUBCASE("below the floor and the target") {
    const auto result = calculated("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 400, vitamin_d_iu = 100 }\n");
    DayResult day = result.value[0];
    day.reference.target_mg = 1200;
    day.reference.floor_mg = 1000;
    day.reference.vitamin_d_target_iu = 600;
    const auto list = codes(day, profile);
    CHECK(has(list, "low-intake"));
    CHECK(has(list, "below-floor"));
    CHECK(has(list, "vitamin-d-low")); // known, and low
  }
}
