// Days and diaries that become one, and the errors of merging, each said once.

#include "catrack/diary/merge.hpp"
#include "catrack/diary/reader.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

using namespace catrack::layers;

namespace {

Diary read_ok(const std::string& text, const std::string& name) {
  auto read = read_diary(text, name);
  REQUIRE(read.errors.empty());
  return std::move(read.value);
}

} // namespace

TEST_CASE("merge_days: days of a date become one, in order; a day total stays alone and is an error once") {
  Diary d = read_ok("[[day]]\ndate = 2026-11-25\nfood = [\"kale 1 cup\"]\n\n"
                    "[[day]]\ndate = 2026-11-24\nfood = [\"milk 1 cup\"]\n\n"
                    "[[day]]\ndate = 2026-11-25\nfood = [\"milk 2 cups\"]\n",
                    "d.toml");
  REQUIRE(d.days.size() == 2u);
  CHECK(d.days[1].entries.size() == 2u);
  CHECK(d.days[1].entries[0].item == "kale");

  std::vector<Day> days = d.days;
  days.push_back(days[0]);
  days.back().entries.clear();
  days.back().total = DayTotal{900, std::nullopt, Location{"d.toml", 20, 9}};
  const auto errors = merge_days(days);
  CHECK(days.size() == 3u); // the total is never merged into the day
  REQUIRE(errors.size() == 1u);
  CHECK(errors[0].where.line == 20);
}

TEST_CASE("a day total and a day of its date in one file: the reader says it once") {
  const auto read = read_diary("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 500 }\n"
                               "[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 600 }\n",
                               "t.toml");
  REQUIRE(read.errors.size() == 1u);
  CHECK(read.errors[0].where.line == 6);
}

TEST_CASE("a total with entries in one [[day]] is one error, the reader's") {
  const auto read = read_diary("[[day]]\ndate = 2026-11-24\nfood = [\"milk 1 cup\"]\ntotal = { calcium_mg = 500 }\n",
                               "t.toml");
  REQUIRE(read.errors.size() == 1u);
  CHECK(read.errors[0].message.find("give total, or food and supplement entries, not both") != std::string::npos);
}

TEST_CASE("merge_diaries: the files' days joined, a total in one and a day of its date in another refused once") {
  std::vector<Diary> diaries;
  diaries.push_back(read_ok("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 950 }\n", "a.toml"));
  diaries.push_back(read_ok("[[day]]\ndate = 2026-11-24\nfood = [\"milk, skim 1 cup\"]\n"
                            "[[day]]\ndate = 2026-11-25\nfood = [\"milk, skim 1 cup\"]\n",
                            "b.toml"));
  diaries.push_back(read_ok("[[day]]\ndate = 2026-11-25\nfood = [\"kale 1 cup\"]\n", "c.toml"));
  const auto merged = merge_diaries(std::move(diaries));
  CHECK(merged.value.file == "a.toml+b.toml+c.toml");
  REQUIRE(merged.errors.size() == 1u);
  CHECK(merged.errors[0].where.file.str() == "b.toml");
  REQUIRE(merged.value.days.size() == 3u);
  CHECK(merged.value.days[2].entries.size() == 2u); // 25 November from b and c
}

TEST_CASE("merge_diaries: an error within one file is that file's reader's, not the merge's") {
  auto a = read_diary("[[day]]\ndate = 2026-11-24\ntotal = { calcium_mg = 500 }\n"
                      "[[day]]\ndate = 2026-11-24\nfood = [\"milk 1 cup\"]\n",
                      "a.toml");
  REQUIRE(a.errors.size() == 1u);
  std::vector<Diary> diaries;
  diaries.push_back(std::move(a.value));
  diaries.push_back(read_ok("[[day]]\ndate = 2026-11-30\nfood = [\"milk 1 cup\"]\n", "b.toml"));
  CHECK(merge_diaries(std::move(diaries)).errors.empty());
}

TEST_CASE("merge_diaries: profiles must agree") {
  std::vector<Diary> diaries;
  diaries.push_back(read_ok("[profile]\nage = 58\n[[day]]\ndate = 2026-11-24\nfood = [\"milk 1 cup\"]\n", "a.toml"));
  diaries.push_back(read_ok("[profile]\nage = 58\n[[day]]\ndate = 2026-11-25\nfood = [\"milk 1 cup\"]\n", "b.toml"));
  diaries.push_back(read_ok("[profile]\nage = 60\n[[day]]\ndate = 2026-11-26\nfood = [\"milk 1 cup\"]\n", "c.toml"));
  const auto merged = merge_diaries(std::move(diaries));
  REQUIRE(merged.errors.size() == 1u);
  CHECK(merged.errors[0].where.file.str() == "c.toml");
  CHECK(merged.errors[0].message.find("differs from the one in a.toml") != std::string::npos);
  REQUIRE(merged.value.profile.age.has_value());
  CHECK(*merged.value.profile.age == 58);
}
