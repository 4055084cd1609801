// build_report: a diary read, resolved against its own [foods] over the
// bundled table, with notes and the period summary.

#include "catrack/bundled/table.hpp"
#include "catrack/diary/reader.hpp"
#include "catrack/report/report.hpp"

#include <doctest/doctest.h>

#include <string>
#include "support.hpp"
#include "layers.hpp"

using namespace catrack::layers;
using namespace catrack::testing;

namespace {

DiaryReport report_of(std::string_view text) {
  const DiaryRead read = read_diary(text, "diary.toml");
  std::string listed;
  for (const auto& e : read.errors) listed += e.message + "\n";
  INFO(listed);
  REQUIRE(read.errors.empty());
  return build_report(read.value, bundled_foods());
}

bool has_code(const ReportDay& day, std::string_view code) {
  for (const auto& n : day.notes)
    if (n.code == code) return true;
  return false;
}

} // namespace

TEST_SUITE("report") {

TEST_CASE("two days: totals, notes and the summary") {
  // A 30-year-old: target 1000 mg, floor 800 mg, UL 2500 mg.
  const DiaryReport r = report_of(R"([profile]
age = 30

[[day]]
date = 2026-11-24
food = ["milk, skim 1 cup"]
supplement = [{ item = "calcium carbonate", salt_mg = 1250, time = "08:00" }]

[[day]]
date = 2026-11-25
supplement = [
  { item = "calcium citrate", calcium_mg = 600, time = "08:00" },
  { item = "calcium citrate", calcium_mg = 600, time = "20:00" },
]
)");
  REQUIRE(r.ok());
  CHECK(r.file == "diary.toml");
  REQUIRE(r.days.size() == 2u);
  REQUIRE(r.reference() != nullptr);
  CHECK(r.reference() == &r.days[0].result.reference);
  CHECK(r.reference()->target_mg == 1000.0);

  // Day 1: milk 298.9 (122 mg x 245 g / 100) + carbonate 500 (1250 x 0.40) = 798.9.
  const ReportDay& first = r.days[0];
  CHECK(first.result.calcium_mg == doctest::Approx(798.9));
  CHECK(first.result.dietary_mg == doctest::Approx(298.9));
  CHECK(first.result.supplement_mg == doctest::Approx(500));
  CHECK(has_code(first, "low-intake"));
  CHECK(has_code(first, "below-floor")); // 799 < 800
  CHECK_FALSE(has_code(first, "dose-over-500")); // exactly 500 at 08:00
  CHECK(first.worst() == Severity::warn);
  CHECK(first.has_notes());

  // Day 2: 600 + 600 = 1200, two doses over 500 mg each.
  const ReportDay& second = r.days[1];
  CHECK(second.result.calcium_mg == doctest::Approx(1200));
  CHECK(second.result.dietary_mg == 0.0);
  CHECK_FALSE(has_code(second, "low-intake"));
  CHECK(has_code(second, "dose-over-500"));

  // Summary: the means of the two days, and the counts in whole mg.
  const Summary& s = r.summary;
  CHECK(s.days == 2);
  CHECK(s.mean_calcium_mg == doctest::Approx((798.9 + 1200) / 2));    // 999.45
  CHECK(s.mean_dietary_mg == doctest::Approx(298.9 / 2));              // 149.45
  CHECK(s.mean_supplement_mg == doctest::Approx((500 + 1200) / 2.0));  // 850
  // Absorbable: milk 298.9 x 0.321, supplements at the default 0.321.
  CHECK(s.mean_absorbable_mg == doctest::Approx((798.9 + 1200) * 0.321 / 2));
  // Vitamin D: milk 47 IU x 2.45 = 115.15 on day 1 only.
  CHECK(s.mean_vitamin_d_iu == doctest::Approx(115.15 / 2));
  CHECK(s.days_below_target == 1);
  CHECK(s.days_below_floor == 1);
  CHECK(s.days_above_ul == 0);
}

TEST_CASE("without its entries a report has the same days, notes and summary") {
  const std::string_view text = R"([profile]
age = 70
sex = "female"

[[day]]
date = 2026-11-23
food = ["milk, skim 1 cup"]
supplement = [{ item = "calcium carbonate", salt_mg = 1500 }, { item = "calcium citrate", salt_mg = 500, time = "08:00" }]

[[day]]
date = 2026-11-24
food = ["bread, white 1 slice"]
)";
  const DiaryRead read = read_diary(text, "diary.toml");
  REQUIRE(read.errors.empty());
  const DiaryReport full = build_report(read.value, bundled_foods(), {.suggest = false, .keep_entries = true});
  const DiaryReport lean = build_report(read.value, bundled_foods(), {.suggest = false, .keep_entries = false});
  REQUIRE(full.days.size() == 2);
  REQUIRE(lean.days.size() == 2);
  CHECK(full.days[0].result.entries.size() == 3);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(lean.days[i].result.entries.empty());
    CHECK(lean.days[i].result.calcium_mg == full.days[i].result.calcium_mg);
    CHECK(lean.days[i].result.supplement_mg == full.days[i].result.supplement_mg);
    REQUIRE(lean.days[i].notes.size() == full.days[i].notes.size());
    for (std::size_t n = 0; n < lean.days[i].notes.size(); ++n) CHECK(lean.days[i].notes[n].code == full.days[i].notes[n].code);
  }
  // The untimed carbonate is counted while the entries are still there.
  CHECK(full.summary.untimed_supplements == 1);
  CHECK(lean.summary.untimed_supplements == 1);
  CHECK(lean.summary.days_below_target == full.summary.days_below_target);
}

TEST_CASE("summarise counts in whole mg and handles no days") {
  CHECK(summarise({}).days == 0);
  CHECK(summarise({}).mean_calcium_mg == 0.0);

  ReportDay day;
  day.result.reference.target_mg = 1000;
  day.result.reference.floor_mg = 800;
  day.result.reference.ul_mg = 2500;
  day.result.calcium_mg = 999.5; // prints as 1000: not below the target
  ReportDay above = day;
  above.result.calcium_mg = 2500.6; // prints as 2501: above the UL
  ReportDay low = day;
  low.result.calcium_mg = 799.4; // prints as 799: below the floor
  const Summary s = summarise(std::vector<ReportDay>{day, above, low});
  CHECK(s.days == 3);
  CHECK(s.days_below_target == 1);
  CHECK(s.days_below_floor == 1);
  CHECK(s.days_above_ul == 1);
  CHECK(s.mean_calcium_mg == doctest::Approx((999.5 + 2500.6 + 799.4) / 3));
}

TEST_CASE("a diary food shadows a bundled one") {
  // Bundled "kale, raw" is 150 mg per 100 g with a 16 g cup (24 mg a cup);
  // the diary's own is 200 mg per 100 g with a 20 g cup: 40 mg.
  const DiaryReport r = report_of(R"([foods]
"kale, raw" = { calcium_mg = 200, portions = { cup = 20 } }

[[day]]
date = 2026-11-24
food = ["raw kale 1 cup", "kale, cooked 1/2 cup"]
)");
  REQUIRE(r.ok());
  REQUIRE(r.days.size() == 1u);
  const auto& entries = r.days[0].result.entries;
  REQUIRE(entries.size() == 2u);
  CHECK(entries[0].food == "kale, raw");
  CHECK(entries[0].origin == "diary");
  CHECK(entries[0].shadows_bundled);
  CHECK(entries[0].calcium_mg == doctest::Approx(40)); // 200 x 20 / 100
  CHECK(entries[0].source.empty());                    // a diary food without a source
  // The bundled foods the diary does not redefine are still there.
  CHECK(entries[1].origin == "bundled");
  CHECK_FALSE(entries[1].shadows_bundled);
  CHECK(entries[1].calcium_mg == doctest::Approx(46.8)); // 72 x 65 / 100
  // The base table is untouched.
  CHECK(bundled_foods().find("kale, raw")->calcium_mg == 150.0);
}

TEST_CASE("a diary food given per slice") {
  const DiaryReport r = report_of(R"([profile]
age = 30

[foods]
"mum's lasagne" = { calcium_mg = 310, per = "1 slice" }

[[day]]
date = 2026-11-24
food = ["mum's lasagne 2 slices"]
)");
  REQUIRE(r.ok());
  CHECK(r.days[0].result.calcium_mg == doctest::Approx(620)); // 2 x 310
  CHECK_FALSE(r.days[0].result.entries[0].grams.has_value());
  CHECK_FALSE(r.days[0].result.entries[0].shadows_bundled);
}

TEST_CASE("duplicate names in [foods] are an error") {
  // Two keys that differ only in order and case name the same food.
  const DiaryReport r = report_of(R"([foods]
"Kale, Raw" = { calcium_mg = 200 }
"raw kale" = { calcium_mg = 210 }

[[day]]
date = 2026-11-24
food = ["milk, skim 1 cup"]
)");
  CHECK_FALSE(r.ok());
  REQUIRE(r.errors.size() == 1u);
  CHECK(r.errors[0].message.find("already the name") != std::string::npos);
  CHECK(r.errors[0].where.line == 3);
  CHECK(r.days.empty());
  CHECK(r.reference() == nullptr);
}

TEST_CASE("any error: no days and no summary") {
  const DiaryReport r = report_of(R"([[day]]
date = 2026-11-24
food = ["milk, skim 1 cup"]

[[day]]
date = 2026-11-25
food = ["kael 1 cup"]
)");
  CHECK_FALSE(r.ok());
  REQUIRE(r.errors.size() == 1u);
  CHECK(r.errors[0].where.line == 7);
  CHECK(r.days.empty());
  CHECK(r.summary.days == 0);
  CHECK(r.reference() == nullptr);
}

TEST_CASE("the profile is carried into the report") {
  const DiaryReport r = report_of("[profile]\nage = 58\nsex = \"female\"\n\n[[day]]\ndate = 2026-11-24\n");
  REQUIRE(r.ok());
  CHECK(r.profile.age == 58);
  CHECK(r.profile.sex == Sex::female);
  REQUIRE(r.days.size() == 1u);
  CHECK(r.days[0].result.calcium_mg == 0.0);
  CHECK(r.days[0].result.reference.target_mg == 1200.0); // women 51-70
  CHECK(ReportDay{}.worst() == Severity::info);
}

} // TEST_SUITE
