// The examples/ diaries, totalled by hand from USDA SR28 values (mg per 100 g
// x grams / 100) and the portion weights in foods/*.toml, which themselves are
// SR28 portion rows. If a food value or a rule changes, these sums say so.

#include "catrack/bundled/table.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/report/report.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <string>

using namespace catrack::layers;

namespace {

DiaryReport report_of(const std::string& name) {
  const std::string path = std::string(CATRACK_SOURCE_DIR) + "/examples/" + name;
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  std::stringstream text;
  text << in.rdbuf();
  auto read = read_diary(text.str(), name);
  REQUIRE(read.errors.empty());
  const FoodTable bundled = bundled_table();
  auto report = build_report(read.value, bundled);
  REQUIRE(report.errors.empty());
  return report;
}

std::vector<std::string> codes(const ReportDay& day) {
  std::vector<std::string> out;
  for (const auto& n : day.notes) out.push_back(n.code);
  return out;
}

} // namespace

TEST_SUITE("examples") {
  TEST_CASE("one-day.toml") {
    const auto report = report_of("one-day.toml");
    REQUIRE(report.days.size() == 1);
    const auto& d = report.days[0].result;
    // milk, skim (SR 01085, 122 mg): 1 cup = 245 g -> 298.9
    // yogurt, greek, nonfat (01256, 110 mg): 170 g -> 187.0
    // bread, whole-wheat (18075, 161 mg): 2 slices x 32 g = 64 g -> 103.04
    // cheddar (01009, 710 mg): 1 slice = 28 g -> 198.8
    // kale, cooked (11234, 72 mg): 1/2 cup x 130 g = 65 g -> 46.8
    // banana (09040, 5 mg): 1 medium = 118 g -> 5.9
    const double total = 298.9 + 187.0 + 103.04 + 198.8 + 46.8 + 5.9; // 840.44
    CHECK(d.calcium_mg == doctest::Approx(total).epsilon(1e-9));
    CHECK(d.dietary_mg == doctest::Approx(total).epsilon(1e-9));
    CHECK(d.supplement_mg == 0);
    // Vitamin D: milk 245 g x 0.47 IU/g = 115.15; cheddar 28 g x 0.24 = 6.72;
    // vitamin D3 1000 IU.
    CHECK(d.vitamin_d_iu == doctest::Approx(115.15 + 6.72 + 1000));
    CHECK(d.vitamin_d_supplement_iu == doctest::Approx(1000));
    // Absorbable: dairy 32.1 % of (298.9 + 187 + 198.8), bread 82 %, kale
    // 49.3 %, banana the 32.1 % default.
    const double absorbable = (298.9 + 187.0 + 198.8) * 0.321 + 103.04 * 0.82 + 46.8 * 0.493 + 5.9 * 0.321;
    CHECK(d.absorbable_mg == doctest::Approx(absorbable));
    // Woman of 45: NAM 2011 RDA 1000, EAR 800, UL 2500.
    CHECK(d.reference.target_mg == 1000);
    CHECK(d.reference.floor_mg == 800);
    CHECK(d.reference.ul_mg == 2500);
    CHECK(codes(report.days[0]) == std::vector<std::string>{"low-intake"});
  }

  TEST_CASE("scleroderma-week.toml") {
    const auto report = report_of("scleroderma-week.toml");
    REQUIRE(report.days.size() == 7);
    // Woman born 1968-03-02 (58 y), prednisone 5 mg/day since 2026-01-10
    // (over 3 months and at least 2.5 mg/day): target 1200 (women 51-70 RDA
    // and the ACR top), vitamin D raised from 600 to 800 IU.
    for (const auto& day : report.days) {
      CHECK(day.result.reference.target_mg == 1200);
      CHECK(day.result.reference.floor_mg == 1000);
      CHECK(day.result.reference.ul_mg == 2000);
      CHECK(day.result.reference.vitamin_d_target_iu == 800);
      CHECK(day.result.reference.glucocorticoid_raised);
    }
    struct Expected {
      double dietary, supplement;
      std::vector<std::string> notes;
    };
    const Expected expected[] = {
        // 11-16: oatmeal 234 g x 0.09 = 21.06; milk 1 % 122 g x 1.25 = 152.5;
        // yogurt low-fat 245 g x 1.83 = 448.35; pink salmon 85 g x 2.83 =
        // 240.55; sweet potato 150 g x 0.38 = 57. Citrate 2 x 315 at 08:00.
        {21.06 + 152.5 + 448.35 + 240.55 + 57, 630, {"dose-over-500", "calcinosis-supplement", "glucocorticoid"}},
        // 11-17: cottage 2 % 113 g x 1.11 = 125.43; soy drink 243 g x 1.23 =
        // 298.89; calcium-set tofu 126 g x 6.83 = 860.58; bok choy 170 g x
        // 0.93 = 158.1; rice 158 g x 0.10 = 15.8. Citrate 315 + 315 apart.
        {125.43 + 298.89 + 860.58 + 158.1 + 15.8, 630,
         {"above-ul", "supplement-not-needed", "calcinosis-supplement", "glucocorticoid"}},
        // 11-18: greek yogurt 187; banana 5.9; spinach 180 g x 1.36 = 244.8;
        // chicken 70 g x 0.15 = 10.5. Spinach (5.1 % absorbed) gives 55 %.
        {187 + 5.9 + 244.8 + 10.5, 0, {"low-intake", "below-floor", "glucocorticoid", "low-bioavailability"}},
        // 11-19: skim milk 298.9; sardines 92 g x 3.82 = 351.44; broccoli
        // 156 g x 0.40 = 62.4. Citrate 315. Vitamin D 115.15 + 177.56.
        {298.9 + 351.44 + 62.4, 315, {"low-intake", "calcinosis-supplement", "glucocorticoid", "vitamin-d-low"}},
        // 11-20: yogurt 448.35; skim milk 122.5 g x 1.22 = 149.45.
        {448.35 + 149.45, 0, {"low-intake", "below-floor", "glucocorticoid", "vitamin-d-low"}},
        // 11-21: calcium OJ 249 g x 1.40 = 348.6; ricotta 123 g x 2.72 =
        // 334.56; pasta 124 g x 0.07 = 8.68; almond drink 262 g x 1.97 = 516.14.
        // Food alone (1208 mg) meets the 1200 mg target.
        {348.6 + 334.56 + 8.68 + 516.14, 315, {"supplement-not-needed", "calcinosis-supplement", "glucocorticoid"}},
        // 11-22: milk 1 % 305; 2 eggs 100 g x 0.50 = 50; white beans 89.5 g x
        // 0.90 = 80.55; tahini 15 g x 4.26 = 63.9.
        {305 + 50 + 80.55 + 63.9, 315, {"low-intake", "below-floor", "calcinosis-supplement", "glucocorticoid"}},
    };
    for (std::size_t i = 0; i < 7; ++i) {
      CAPTURE(i);
      const auto& d = report.days[i].result;
      CHECK(d.dietary_mg == doctest::Approx(expected[i].dietary));
      CHECK(d.supplement_mg == doctest::Approx(expected[i].supplement));
      CHECK(d.calcium_mg == doctest::Approx(expected[i].dietary + expected[i].supplement));
      CHECK(codes(report.days[i]) == expected[i].notes);
    }
    CHECK(report.days[3].result.vitamin_d_iu == doctest::Approx(245 * 0.47 + 92 * 1.93));
    CHECK(report.summary.days == 7);
    CHECK(report.summary.days_below_target == 4);
    CHECK(report.summary.days_below_floor == 3);
    CHECK(report.summary.days_above_ul == 1);
  }

  TEST_CASE("custom-foods.toml") {
    const auto report = report_of("custom-foods.toml");
    REQUIRE(report.days.size() == 1);
    const auto& d = report.days[0].result;
    // oat drink: 120 mg per 100 ml, cup = 240 g, so its density is 240 g per
    // US cup (236.588 ml) and one cup is 236.588 ml -> 283.906 mg.
    // cereal: 25 % DV x 1300 = 325; lasagne 1 slice = 310; crackers: 4 % x
    // 1000 (old label) = 40; salad: 95 from the label.
    const double dietary = 2.365882365 * 120 + 325 + 310 + 40 + 95;
    // calcium + D3 600: 600 mg; gluconate salt 500 mg x 9 % = 45; antacid
    // 1 tablet = 200 mg.
    const double supplement = 600 + 45 + 200;
    CHECK(d.dietary_mg == doctest::Approx(dietary));
    CHECK(d.supplement_mg == doctest::Approx(supplement));
    CHECK(d.vitamin_d_iu == doctest::Approx(400));
    // Man of 72: RDA 1200, EAR 1000, UL 2000; vitamin D 800.
    CHECK(d.reference.target_mg == 1200);
    CHECK(d.reference.ul_mg == 2000);
    // The antacid at 22:00 has no food within an hour of it.
    CHECK(codes(report.days[0]) == std::vector<std::string>{"dose-over-500", "carbonate-empty-stomach", "vitamin-d-low"});
  }
}
