// supplement_doses: what one dose is, for dose-over-500 and the schedule.

#include "catrack/rules/doses.hpp"

#include <doctest/doctest.h>

#include "layers.hpp"

using namespace catrack::layers;

namespace {

EntryResult supplement(std::string item, double calcium_mg, std::optional<int> minute, double count = 1) {
  EntryResult r;
  r.entry.kind = EntryKind::supplement;
  r.entry.item = std::move(item);
  r.entry.minute_of_day = minute;
  r.entry.count = count;
  r.calcium_mg = calcium_mg;
  return r;
}

} // namespace

TEST_SUITE("rules") {

TEST_CASE("entries at the same minute are one dose, in time order; untimed entries follow, each its own") {
  DayResult day;
  day.entries = {supplement("calcium citrate", 315, 20 * 60), supplement("calcium carbonate", 400, 8 * 60),
                 supplement("vitamin D3", 0, 8 * 60), supplement("calcium citrate", 200, 8 * 60),
                 supplement("tums", 300, std::nullopt), supplement("tums", 200, std::nullopt, 2)};
  EntryResult food;
  food.entry.kind = EntryKind::food;
  food.entry.minute_of_day = 8 * 60;
  food.calcium_mg = 300;
  day.entries.push_back(food);

  const auto doses = supplement_doses(day);
  REQUIRE(doses.size() == 4u);
  CHECK(doses[0].minute == 8 * 60);
  CHECK(doses[0].calcium_mg == 600.0); // the food at 08:00 and the vitamin D are not calcium doses
  CHECK(doses[0].items == std::vector<std::string_view>{"calcium carbonate", "calcium citrate"});
  CHECK(doses[1].minute == 20 * 60);
  CHECK(doses[1].calcium_mg == 315.0);
  CHECK_FALSE(doses[2].minute);
  CHECK(doses[2].one_dose);
  CHECK_FALSE(doses[3].one_dose); // two tablets without a time may have been taken apart
}

TEST_CASE("over_dose_limit: more than 500 mg in whole mg, and only for one dose") {
  CHECK_FALSE(over_dose_limit({8 * 60, 500.4, {"a"}, true})); // 500 as printed
  CHECK(over_dose_limit({8 * 60, 500.5, {"a"}, true}));
  CHECK(over_dose_limit({std::nullopt, 600, {"a"}, true}));
  CHECK_FALSE(over_dose_limit({std::nullopt, 1200, {"a"}, false}));
  CHECK(max_dose_mg == 500.0);
}

} // TEST_SUITE
