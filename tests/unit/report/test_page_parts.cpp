// What the printable report adds to the report model: the top food sources,
// the supplement schedule and the notes grouped with their days.

#include "catrack/diary/reader.hpp"
#include "catrack/report/food_sources.hpp"
#include "catrack/report/note_groups.hpp"
#include "catrack/report/schedule.hpp"
#include "catrack/util/numbers.hpp"

#include <algorithm>
#include <set>

#include <doctest/doctest.h>

#include "layers.hpp"
#include "support.hpp"

using namespace catrack::layers;
using namespace catrack::testing;

namespace {

DiaryReport report_of(std::string_view text) {
  const DiaryRead read = read_diary(text, "diary.toml");
  INFO(listed(read.errors));
  REQUIRE(read.errors.empty());
  DiaryReport report = build_report(read.value, bundled_foods());
  INFO(listed(report.errors));
  REQUIRE(report.ok());
  return report;
}

Date date(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Three days of a 60-year-old woman (target 1200, floor 1000): milk every
// day, sardines twice, a citrate at breakfast and a carbonate at night.
constexpr const char* three_days = R"([profile]
age = 60
sex = "female"

[[day]]
date = 2026-11-16
food = ["milk, skim 1 cup", "sardines 1 can"]
supplement = [{ item = "calcium citrate", calcium_mg = 315, time = "08:00" },
              { item = "calcium carbonate", calcium_mg = 600, time = "21:00" }]

[[day]]
date = 2026-11-17
food = ["milk, skim 2 cups"]
supplement = [{ item = "calcium citrate", calcium_mg = 315, time = "08:00" },
              { item = "calcium citrate", calcium_mg = 315, time = "08:00" }]

[[day]]
date = 2026-11-19
food = ["milk, skim 1 cup", "sardines 1 can", "kale, cooked 1 cup"]
supplement = [{ item = "calcium carbonate", calcium_mg = 400 }]
)";

} // namespace

TEST_SUITE("report") {

TEST_CASE("top food sources: summed over the period, largest first, with days and shares") {
  const DiaryReport r = report_of(three_days);
  const auto foods = top_food_sources(r.days, 10);
  REQUIRE(foods.size() == 3u);
  // Skim milk: 4 cups of 299 mg; sardines: 2 cans of 351 mg; kale: 1 cup.
  CHECK(foods[0].food == "milk, skim");
  CHECK(whole(foods[0].calcium_mg) == doctest::Approx(1196));
  CHECK(foods[0].entries == 3);
  CHECK(foods[0].days == 3);
  CHECK(foods[0].source.find("USDA SR28") == 0);
  CHECK(foods[1].food.find("sardines") == 0);
  CHECK(foods[1].days == 2);
  double shares = 0;
  for (const auto& f : foods) shares += f.share;
  CHECK(shares == doctest::Approx(1.0));
  CHECK(top_food_sources(r.days, 1).size() == 1u);
}

TEST_CASE("supplement schedule: one row per time of day, the untimed entries last") {
  const DiaryReport r = report_of(three_days);
  const auto rows = supplement_schedule(r.days);
  REQUIRE(rows.size() == 3u);
  CHECK(rows[0].minute == 8 * 60);
  CHECK(rows[0].doses == 2);                  // two days with a dose at 08:00
  CHECK(rows[0].mean_mg == doctest::Approx((315.0 + 630.0) / 2));
  CHECK(rows[0].largest_mg == doctest::Approx(630.0));
  CHECK(rows[0].over_limit == 1);             // 630 mg at once on the 17th
  CHECK(rows[0].items == std::vector<std::string>{"calcium citrate"});
  CHECK(rows[1].minute == 21 * 60);
  CHECK(rows[1].over_limit == 1);
  CHECK_FALSE(rows[2].minute);
  CHECK(rows[2].doses == 1);
  CHECK(rows[2].over_limit == 0);
}

TEST_CASE("the schedule's doses over 500 mg are the days dose-over-500 names") {
  const DiaryReport r = report_of(three_days);
  int noted = 0;
  for (const auto& d : r.days)
    for (const auto& n : d.notes) noted += n.code == "dose-over-500";
  int counted = 0;
  for (const auto& row : supplement_schedule(r.days)) counted += row.over_limit;
  CHECK(noted == 2);
  CHECK(counted == 2);
}

TEST_CASE("notes grouped: each code once, the most severe first, with its days") {
  const DiaryReport r = report_of(three_days);
  const auto groups = group_notes(r.days);
  REQUIRE_FALSE(groups.empty());
  for (std::size_t i = 1; i < groups.size(); ++i) CHECK(groups[i - 1].severity >= groups[i].severity);
  const auto dose = std::find_if(groups.begin(), groups.end(), [](const NoteGroup& g) { return g.code == "dose-over-500"; });
  REQUIRE(dose != groups.end());
  CHECK(dose->severity == Severity::warn);
  CHECK(dose->days == std::vector<Date>{date(2026, 11, 16), date(2026, 11, 17)});
  CHECK_FALSE(dose->same_every_day); // 600 mg at 21:00, then 630 mg at 08:00
  CHECK(dose->first_message.find("600 mg at 21:00") != std::string::npos);
  CHECK(dose->sources.size() == 1u);
  std::set<std::string> codes;
  for (const auto& g : groups) CHECK(codes.insert(g.code).second);
}

TEST_CASE("date_runs: days in a row become one run; a gap starts another") {
  const std::vector<Date> dates{date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 4)};
  const auto runs = date_runs(dates);
  REQUIRE(runs.size() == 2u);
  CHECK(runs[0] == std::pair{date(2026, 11, 30), date(2026, 12, 2)});
  CHECK(runs[1] == std::pair{date(2026, 12, 4), date(2026, 12, 4)});
  CHECK(date_runs(std::vector<Date>{}).empty());
}

} // TEST_SUITE
