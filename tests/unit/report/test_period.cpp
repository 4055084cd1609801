// Period views: date ranges, weekly and monthly groups, runs below target.

#include "catrack/report/period.hpp"
#include "catrack/util/date.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace catrack::layers;

namespace {

Date date(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

ReportDay day(Date when, double calcium_mg, double target_mg = 1000) {
  ReportDay d;
  d.result.date = when;
  d.result.calcium_mg = calcium_mg;
  d.result.dietary_mg = calcium_mg;
  d.result.reference.target_mg = target_mg;
  d.result.reference.floor_mg = 800;
  d.result.reference.ul_mg = 2500;
  d.result.reference.vitamin_d_target_iu = 600;
  return d;
}

Date parsed(std::string_view text) {
  auto result = parse_range_date(text);
  REQUIRE(result);
  return *result;
}

std::string error_of(std::string_view text) {
  auto result = parse_range_date(text);
  REQUIRE_FALSE(result);
  return result.error().message;
}

} // namespace

TEST_CASE("range dates: a day, a month's first day, a year's first day") {
  CHECK(parsed("2026-11-24") == date(2026, 11, 24));
  CHECK(parsed("2026-11") == date(2026, 11, 1));
  CHECK(parsed("2026") == date(2026, 1, 1));
  CHECK(error_of("2026-02-30") == "2026-02-30 is not a date in the calendar");
  CHECK(error_of("2026-13").find("not a date") != std::string::npos);
  for (auto bad : {"", "26", "2026-1", "2026/11/24", "2026-11-24T00", "tomorrow", "2026-11-2x", "-2026"})
    CHECK(error_of(bad).find("YYYY-MM-DD") != std::string::npos);
}

TEST_CASE("the end of a range is exclusive, as in hledger") {
  const DateRange november{date(2026, 11, 1), date(2026, 12, 1)};
  CHECK(november.contains(date(2026, 11, 1)));
  CHECK(november.contains(date(2026, 11, 30)));
  CHECK_FALSE(november.contains(date(2026, 12, 1)));
  CHECK_FALSE(november.contains(date(2026, 10, 31)));
  const DateRange from{date(2026, 11, 1), std::nullopt};
  CHECK(from.contains(date(2099, 1, 1)));
  CHECK_FALSE(DateRange{}.bounded());
}

TEST_CASE("keep_days_in drops the days outside the range") {
  Diary diary;
  for (unsigned d : {28u, 29u, 30u}) diary.days.push_back(Day{date(2026, 11, d), {}, {}, {}});
  diary.days.push_back(Day{date(2026, 12, 1), {}, {}, {}});
  keep_days_in(diary, {date(2026, 11, 29), date(2026, 12, 1)});
  REQUIRE(diary.days.size() == 2);
  CHECK(diary.days[0].date == date(2026, 11, 29));
  CHECK(diary.days[1].date == date(2026, 11, 30));
}

TEST_CASE("weeks start on Monday; months on the 1st") {
  // 2026-11-25 is a Wednesday.
  CHECK(period_start(date(2026, 11, 25), Interval::week) == date(2026, 11, 23));
  CHECK(period_start(date(2026, 11, 23), Interval::week) == date(2026, 11, 23));
  CHECK(period_start(date(2026, 11, 29), Interval::week) == date(2026, 11, 23)); // Sunday
  CHECK(period_end(date(2026, 12, 28), Interval::week) == date(2027, 1, 4));
  CHECK(period_start(date(2026, 11, 25), Interval::month) == date(2026, 11, 1));
  CHECK(period_end(date(2026, 12, 1), Interval::month) == date(2027, 1, 1));
  CHECK(period_end(date(2028, 2, 1), Interval::month) == date(2028, 3, 1));
}

TEST_CASE("weekly groups: means over the logged days, counts and the longest run below target") {
  // Mon 23 to Sun 29 November, then Monday 30 in the next week.
  const std::vector<ReportDay> days{
      day(date(2026, 11, 23), 900), day(date(2026, 11, 24), 700),  day(date(2026, 11, 25), 1200),
      day(date(2026, 11, 26), 600), day(date(2026, 11, 27), 950),  day(date(2026, 11, 28), 3000),
      day(date(2026, 11, 30), 1000)};
  const auto weeks = group_days(days, Interval::week);
  REQUIRE(weeks.size() == 2);
  CHECK(weeks[0].begin == date(2026, 11, 23));
  CHECK(weeks[0].end == date(2026, 11, 30));
  CHECK(weeks[0].summary.days == 6);
  CHECK(weeks[0].summary.mean_calcium_mg == doctest::Approx((900 + 700 + 1200 + 600 + 950 + 3000) / 6.0));
  CHECK(weeks[0].summary.days_below_target == 4);
  CHECK(weeks[0].summary.days_below_floor == 2);
  CHECK(weeks[0].summary.days_above_ul == 1);
  CHECK(weeks[0].summary.longest_run_below_target == 2); // 23-24, then 26-27
  CHECK(weeks[0].mean_target_mg == doctest::Approx(1000));
  CHECK(weeks[1].summary.days == 1);
  CHECK(weeks[1].summary.days_below_target == 0);
  CHECK(weeks[1].summary.longest_run_below_target == 0);
}

TEST_CASE("a date with nothing logged ends a run below target") {
  const std::vector<ReportDay> days{day(date(2026, 11, 1), 100), day(date(2026, 11, 2), 100),
                                    day(date(2026, 11, 4), 100), day(date(2026, 11, 5), 100),
                                    day(date(2026, 11, 6), 100)};
  CHECK(summarise(days).longest_run_below_target == 3);
  const auto months = group_days(days, Interval::month);
  REQUIRE(months.size() == 1);
  CHECK(months[0].begin == date(2026, 11, 1));
  CHECK(months[0].end == date(2026, 12, 1));
  CHECK(months[0].summary.longest_run_below_target == 3);
}

TEST_CASE("monthly groups follow calendar months and a target that changes") {
  const std::vector<ReportDay> days{day(date(2026, 1, 31), 500, 1000), day(date(2026, 2, 1), 500, 1000),
                                    day(date(2026, 2, 2), 500, 1200)};
  const auto months = group_days(days, Interval::month);
  REQUIRE(months.size() == 2);
  CHECK(months[0].summary.days == 1);
  CHECK(months[1].summary.days == 2);
  CHECK(months[1].mean_target_mg == doctest::Approx(1100));
  CHECK(group_days({}, Interval::week).empty());
}
