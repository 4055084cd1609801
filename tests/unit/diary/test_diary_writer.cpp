// write_diary_toml: what it writes reads back (read_diary) to the same
// diary and the same totals, for imports and for hand-written diaries.

#include "catrack/bundled/table.hpp"
#include "catrack/calc/calculator.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/diary/writer.hpp"
#include "catrack/import/export_reader.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include "support.hpp"
#include "catrack/util/date.hpp"
#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::testing;

namespace {

DiaryResult totals(const Diary& diary) {
  DiaryResult result = calculate(diary, bundled_foods());
  INFO(listed(result.errors));
  REQUIRE(result.errors.empty());
  return result;
}

Diary written_and_read_back(const Diary& diary) {
  const std::string toml = write_diary_toml(diary);
  const DiaryRead back = read_diary(toml, "back.toml");
  INFO(toml, "\n", listed(back.errors));
  REQUIRE(back.errors.empty());
  return back.value;
}

void check_same_totals(const DiaryResult& a, const DiaryResult& b) {
  REQUIRE(a.value.size() == b.value.size());
  for (std::size_t i = 0; i < a.value.size(); ++i) {
    const DayResult& x = a.value[i];
    const DayResult& y = b.value[i];
    CHECK(x.date == y.date);
    // Exactly: the same entries in the same order add up the same way.
    CHECK(x.calcium_mg == y.calcium_mg);
    CHECK(x.dietary_mg == y.dietary_mg);
    CHECK(x.supplement_mg == y.supplement_mg);
    CHECK(x.absorbable_mg == y.absorbable_mg);
    CHECK(x.vitamin_d_iu == y.vitamin_d_iu);
    CHECK(x.split_known == y.split_known);
    CHECK(x.vitamin_d_known == y.vitamin_d_known);
    CHECK(x.entries.size() == y.entries.size());
  }
}

} // namespace

TEST_CASE("names with every awkward character read back the same") {
  Diary diary;
  Day day;
  day.date = Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
  for (std::string name : {"Salmon, \"wild\", baked, with lemon\nand dill", "back\\slash", "tab\there",
                           "=cmd|' /C calc'!A0", "emoji \xF0\x9F\xA5\x9B milk", "ctl \x01\x1f\x7f"}) {
    Entry e;
    e.item = name;
    e.calcium_mg = 100;
    e.meal = name;
    e.note = name;
    day.entries.push_back(e);
  }
  diary.days.push_back(day);
  const Diary back = written_and_read_back(diary);
  REQUIRE(back.days.size() == 1u);
  REQUIRE(back.days[0].entries.size() == day.entries.size());
  for (std::size_t i = 0; i < day.entries.size(); ++i) {
    CHECK(back.days[0].entries[i].item == day.entries[i].item);
    CHECK(back.days[0].entries[i].meal == day.entries[i].meal);
    CHECK(back.days[0].entries[i].note == day.entries[i].note);
  }
}

TEST_CASE("every entry key, a profile and day notes read back the same") {
  const Diary diary = read_diary(repo_file("examples/scleroderma-week.toml"), "week.toml").value;
  REQUIRE(!diary.days.empty());
  const Diary back = written_and_read_back(diary);
  CHECK(back.profile == diary.profile);
  REQUIRE(back.days.size() == diary.days.size());
  for (std::size_t d = 0; d < diary.days.size(); ++d) {
    CHECK(back.days[d].notes == diary.days[d].notes);
    REQUIRE(back.days[d].entries.size() == diary.days[d].entries.size());
    for (std::size_t i = 0; i < diary.days[d].entries.size(); ++i) {
      const Entry& a = diary.days[d].entries[i];
      const Entry& b = back.days[d].entries[i];
      CHECK(a.kind == b.kind);
      CHECK(a.item == b.item);
      CHECK(a.amount.has_value() == b.amount.has_value());
      if (a.amount && b.amount) CHECK(a.amount->text == b.amount->text);
      CHECK(a.count == b.count);
      CHECK(a.minute_of_day == b.minute_of_day);
      CHECK(a.calcium_mg == b.calcium_mg);
      CHECK(a.dv_percent == b.dv_percent);
      CHECK(a.dv_basis_mg == b.dv_basis_mg);
      CHECK(a.salt_mg == b.salt_mg);
      CHECK(a.vitamin_d_iu == b.vitamin_d_iu);
    }
  }
  check_same_totals(totals(diary), totals(back));
}

TEST_CASE("a label entry with a pre-2016 basis, a count and a fractional number read back") {
  const char* text = R"(
[profile]
age = 70
sex = "male"
glucocorticoids = { drug = "prednisone", mg_per_day = 7.5, since = 2026-01-10 }
dysphagia = 5
diet = ["vegetarian", "lactose-free"]

[[day]]
date = 2026-11-24
food = [{ item = "cereal, brand Y", amount = "1 cup", dv_percent = 25, dv_basis = 1000, count = 1.5 }]
supplement = [{ item = "calcium carbonate", salt_mg = 1250, time = "08:00", count = 2 }]
)";
  const DiaryRead read = read_diary(text, "d.toml");
  REQUIRE(read.errors.empty());
  const Diary back = written_and_read_back(read.value);
  CHECK(back.profile == read.value.profile);
  CHECK(back.days[0].entries[0].dv_basis_mg == 1000);
  CHECK(back.days[0].entries[0].count == 1.5);
  check_same_totals(totals(read.value), totals(back));
}

TEST_CASE("import, then report, gives the same totals as reading the export directly") {
  for (std::string name : {"cronometer-servings.csv", "cronometer-servings-bom-crlf.csv",
                           "cronometer-servings-old.csv", "cronometer-daily.csv", "cronometer-daily-groups.csv",
                           "mfp-nutrition.csv", "mfp-nutrition-time.csv", "mfp-nutrition-fr.csv"}) {
    INFO(name);
    const DiaryRead direct = read_any_diary(repo_file("tests/data/exports/" + name), name, {});
    INFO(listed(direct.errors));
    REQUIRE(direct.errors.empty());
    const Diary imported = written_and_read_back(direct.value);
    check_same_totals(totals(direct.value), totals(imported));
    // The markers travel with the entries: an empty calcium cell stays visible.
    for (std::size_t d = 0; d < direct.value.days.size(); ++d) {
      CHECK(imported.days[d].notes == direct.value.days[d].notes);
      for (std::size_t i = 0; i < direct.value.days[d].entries.size(); ++i)
        CHECK(imported.days[d].entries[i].note == direct.value.days[d].entries[i].note);
    }
  }
}

TEST_CASE("a day total is written as total = { ... }") {
  Diary diary;
  Day day;
  day.date = Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
  day.total = DayTotal{950.25, 300.0, {}};
  diary.days.push_back(day);
  day.date = Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{25}};
  day.total = DayTotal{0.1 + 0.2, std::nullopt, {}}; // 0.30000000000000004: every digit kept
  diary.days.push_back(day);
  const std::string toml = write_diary_toml(diary);
  CHECK(toml.find("total = { calcium_mg = 950.25, vitamin_d_iu = 300 }") != std::string::npos);
  const Diary back = written_and_read_back(diary);
  REQUIRE(back.days.size() == 2u);
  REQUIRE(back.days[1].total);
  CHECK(back.days[1].total->calcium_mg == 0.1 + 0.2);
  CHECK_FALSE(back.days[1].total->vitamin_d_iu);
}
