// Reference intakes: every row of clinical.md §1.1 (calcium: AI/EAR/RDA/UL,
// NAM/IOM 2011) and §1.2 (vitamin D RDA and UL), the adult default, the
// glucocorticoid raise (ACR GIOP, clinical.md §3) and a clinician's target.

#include "catrack/calc/reference.hpp"
#include "catrack/util/date.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>
#include <variant>

using namespace catrack::layers;
using namespace std::chrono;

namespace {

constexpr Date diary_day{year{2026}, month{11}, day{24}};

ReferenceValues ok(const Profile& p, const Date& on = diary_day) {
  auto r = reference_values(p, {}, on);
  const auto* d = (r ? nullptr : &r.error());
  INFO("error: ", (d ? d->message : std::string()));
  REQUIRE(r.has_value());
  return r.value();
}

Profile aged(int age, std::optional<Sex> sex = std::nullopt, LifeStage stage = LifeStage::none) {
  Profile p;
  p.present = true;
  p.age = age;
  p.sex = sex;
  p.life_stage = stage;
  return p;
}

struct Row {
  int age;
  std::optional<Sex> sex;
  LifeStage stage;
  double rda;   // the target
  double ear;   // the floor
  double ul;
  double vitamin_d_rda;
  double vitamin_d_ul;
};

void check_row(const Row& row) {
  INFO("age ", row.age, row.sex == Sex::male ? " male" : row.sex == Sex::female ? " female" : "",
       row.stage == LifeStage::pregnant ? " pregnant" : row.stage == LifeStage::lactating ? " lactating" : "");
  const ReferenceValues r = ok(aged(row.age, row.sex, row.stage));
  CHECK(r.target_mg == row.rda);
  REQUIRE(r.floor_mg.has_value());
  CHECK(*r.floor_mg == row.ear);
  CHECK(r.ul_mg == row.ul);
  CHECK(r.vitamin_d_target_iu == row.vitamin_d_rda);
  CHECK(r.vitamin_d_ul_iu == row.vitamin_d_ul);
  CHECK_FALSE(r.adult_default);
  CHECK_FALSE(r.glucocorticoid_raised);
  CHECK_FALSE(r.basis.empty());
  CHECK_FALSE(r.group.empty());
}

} // namespace

TEST_SUITE("reference") {

TEST_CASE("clinical.md §1.1 and §1.2: children, adolescents and adults") {
  const auto none = LifeStage::none;
  const std::optional<Sex> any;
  // age, sex, stage,           RDA,  EAR,  UL,   vit D RDA, vit D UL
  const Row rows[] = {
      {1, any, none, 700, 500, 2500, 600, 2500},   // 1-3 y
      {3, any, none, 700, 500, 2500, 600, 2500},
      {4, any, none, 1000, 800, 2500, 600, 3000},  // 4-8 y
      {8, any, none, 1000, 800, 2500, 600, 3000},
      {9, any, none, 1300, 1100, 3000, 600, 4000}, // 9-13 y
      {13, any, none, 1300, 1100, 3000, 600, 4000},
      {14, any, none, 1300, 1100, 3000, 600, 4000}, // 14-18 y
      {18, any, none, 1300, 1100, 3000, 600, 4000},
      {19, any, none, 1000, 800, 2500, 600, 4000}, // 19-30 y
      {30, any, none, 1000, 800, 2500, 600, 4000},
      {31, any, none, 1000, 800, 2500, 600, 4000}, // 31-50 y
      {50, any, none, 1000, 800, 2500, 600, 4000},
      {51, Sex::male, none, 1000, 800, 2000, 600, 4000},   // 51-70 y male
      {70, Sex::male, none, 1000, 800, 2000, 600, 4000},
      {51, Sex::female, none, 1200, 1000, 2000, 600, 4000}, // 51-70 y female
      {70, Sex::female, none, 1200, 1000, 2000, 600, 4000},
      {71, Sex::male, none, 1200, 1000, 2000, 800, 4000}, // >70 y, both sexes
      {71, Sex::female, none, 1200, 1000, 2000, 800, 4000},
      {90, Sex::male, none, 1200, 1000, 2000, 800, 4000},
      {90, Sex::female, none, 1200, 1000, 2000, 800, 4000},
  };
  for (const Row& row : rows) check_row(row);
  // Sex does not matter below 51.
  for (int age : {1, 13, 18, 30, 50}) {
    const ReferenceValues m = ok(aged(age, Sex::male));
    const ReferenceValues f = ok(aged(age, Sex::female));
    CHECK(m.target_mg == f.target_mg);
    CHECK(m.floor_mg == f.floor_mg);
    CHECK(m.ul_mg == f.ul_mg);
  }
}

TEST_CASE("clinical.md §1.1 and §1.2: pregnancy and lactation") {
  // 14-18 y: EAR 1,100 (IOM p.362 chapter text, not the OCR table's 1,000),
  // RDA 1,300, UL 3,000; 19-50 y: 800 / 1,000 / 2,500. Vitamin D 600 / 4,000.
  for (LifeStage stage : {LifeStage::pregnant, LifeStage::lactating}) {
    check_row({16, Sex::female, stage, 1300, 1100, 3000, 600, 4000});
    check_row({25, Sex::female, stage, 1000, 800, 2500, 600, 4000});
    check_row({14, Sex::female, stage, 1300, 1100, 3000, 600, 4000});
    check_row({18, Sex::female, stage, 1300, 1100, 3000, 600, 4000});
    check_row({19, Sex::female, stage, 1000, 800, 2500, 600, 4000});
    check_row({50, Sex::female, stage, 1000, 800, 2500, 600, 4000});
  }
}

TEST_CASE("infants, by birth date: an AI as the target and no floor") {
  SUBCASE("3 months: 0-6 months") {
    Profile p;
    p.present = true;
    p.birth_date = Date{year{2026}, month{8}, day{24}}; // 3 months before the diary day
    const ReferenceValues r = ok(p);
    CHECK(r.target_mg == 200.0);
    CHECK_FALSE(r.floor_mg.has_value());
    CHECK(r.ul_mg == 1000.0);
    CHECK(r.vitamin_d_target_iu == 400.0); // AI 400 IU
    CHECK(r.vitamin_d_ul_iu == 1000.0);
    CHECK_FALSE(r.adult_default);
  }
  SUBCASE("8 months: 6-12 months") {
    Profile p;
    p.present = true;
    p.birth_date = Date{year{2026}, month{3}, day{24}}; // 8 months
    const ReferenceValues r = ok(p);
    CHECK(r.target_mg == 260.0);
    CHECK_FALSE(r.floor_mg.has_value());
    CHECK(r.ul_mg == 1500.0);
    CHECK(r.vitamin_d_target_iu == 400.0);
    CHECK(r.vitamin_d_ul_iu == 1500.0);
  }
  SUBCASE("the boundary at 6 months counts whole months") {
    Profile p;
    p.present = true;
    p.birth_date = Date{year{2026}, month{5}, day{25}}; // 5 months and 30 days
    CHECK(ok(p).target_mg == 200.0);
    p.birth_date = Date{year{2026}, month{5}, day{24}}; // 6 months exactly
    CHECK(ok(p).target_mg == 260.0);
  }
  SUBCASE("a birth date gives the age at each day") {
    Profile p;
    p.present = true;
    p.birth_date = Date{year{1975}, month{11}, day{25}};
    // On 2026-11-24 she is 50 (31-50 y); the next day 51.
    p.sex = Sex::female;
    CHECK(ok(p, Date{year{2026}, month{11}, day{24}}).target_mg == 1000.0);
    CHECK(ok(p, Date{year{2026}, month{11}, day{25}}).target_mg == 1200.0);
  }
}

TEST_CASE("values that cannot be chosen are errors") {
  SUBCASE("age 0: a baby needs a birth date") {
    Profile p = aged(0);
    const ProfilePlaces places{Location{"diary.toml", 1, 1}, {{"age", Location{"diary.toml", 2, 7}}}};
    const auto r = reference_values(p, places, diary_day);
    REQUIRE(!r.has_value());
    const Diagnostic& d = r.error();
    CHECK(d.message.find("birth_date") != std::string::npos);
    CHECK(d.where.line == 2); // at the age key
    CHECK(d.where.column == 7);
  }
  SUBCASE("a birth date after the day") {
    Profile p;
    p.present = true;
    p.birth_date = Date{year{2026}, month{11}, day{25}};
    const ProfilePlaces places{Location{"diary.toml", 1, 1}, {{"birth_date", Location{"diary.toml", 3, 14}}}};
    const auto r = reference_values(p, places, diary_day);
    REQUIRE(!r.has_value());
    CHECK(r.error().message.find("after") != std::string::npos);
    CHECK(r.error().where.line == 3);
  }
  SUBCASE("born on the day itself is 0 months, not an error") {
    Profile p;
    p.present = true;
    p.birth_date = diary_day;
    CHECK(ok(p).target_mg == 200.0);
  }
}

TEST_CASE("no age: the adult 19-50 default") {
  SUBCASE("no profile at all") {
    const ReferenceValues r = ok(Profile{});
    CHECK(r.adult_default);
    CHECK(r.target_mg == 1000.0);
    CHECK(r.floor_mg == 800.0);
    CHECK(r.ul_mg == 2500.0);
    CHECK(r.vitamin_d_target_iu == 600.0);
    CHECK(r.vitamin_d_ul_iu == 4000.0);
  }
  SUBCASE("a profile with sex but no age") {
    Profile p;
    p.present = true;
    p.sex = Sex::female;
    const ReferenceValues r = ok(p);
    CHECK(r.adult_default);
    CHECK(r.target_mg == 1000.0);
  }
}

TEST_CASE("51-70 without sex: the women's (higher) values") {
  for (int age : {51, 60, 70}) {
    const ReferenceValues r = ok(aged(age));
    CHECK(r.target_mg == 1200.0);
    CHECK(r.floor_mg == 1000.0);
    CHECK(r.ul_mg == 2000.0);
    CHECK(r.group.find("women") != std::string::npos);
  }
}

TEST_CASE("glucocorticoids raise the targets to max(RDA, 1200 mg) and max(vitamin D RDA, 800 IU)") {
  SUBCASE("true, an adult 30 y: 1000 -> 1200 mg, 600 -> 800 IU") {
    Profile p = aged(30);
    p.glucocorticoids.taking = true;
    const ReferenceValues r = ok(p);
    CHECK(r.glucocorticoid_raised);
    CHECK(r.target_mg == 1200.0);
    CHECK(r.vitamin_d_target_iu == 800.0);
    // The floor and the ULs do not move.
    CHECK(r.floor_mg == 800.0);
    CHECK(r.ul_mg == 2500.0);
    CHECK(r.vitamin_d_ul_iu == 4000.0);
    CHECK_FALSE(r.glucocorticoid_reason.empty());
  }
  SUBCASE("an adolescent's RDA of 1300 stays") {
    Profile p = aged(14);
    p.glucocorticoids.taking = true;
    const ReferenceValues r = ok(p);
    CHECK(r.glucocorticoid_raised);
    CHECK(r.target_mg == 1300.0);
    CHECK(r.vitamin_d_target_iu == 800.0);
  }
  SUBCASE("over 70: 1200 and 800 already") {
    Profile p = aged(75, Sex::male);
    p.glucocorticoids.taking = true;
    const ReferenceValues r = ok(p);
    CHECK(r.target_mg == 1200.0);
    CHECK(r.vitamin_d_target_iu == 800.0);
  }
  SUBCASE("the table form below 2.5 mg/day: not raised") {
    Profile p = aged(30);
    p.glucocorticoids = {true, "prednisone", 2.0, Date{year{2025}, month{1}, day{1}}};
    const ReferenceValues r = ok(p);
    CHECK_FALSE(r.glucocorticoid_raised);
    CHECK(r.target_mg == 1000.0);
    CHECK(r.vitamin_d_target_iu == 600.0);
    CHECK_FALSE(r.glucocorticoid_reason.empty());
  }
  SUBCASE("2.5 mg/day or more, started less than 3 months before: not raised") {
    Profile p = aged(30);
    p.glucocorticoids = {true, "prednisone", 7.5, Date{year{2026}, month{10}, day{1}}};
    CHECK_FALSE(ok(p).glucocorticoid_raised);
    CHECK(ok(p).target_mg == 1000.0);
  }
  SUBCASE("exactly 3 months is not more than 3 months") {
    Profile p = aged(30);
    p.glucocorticoids = {true, "prednisone", 2.5, Date{year{2026}, month{8}, day{24}}};
    CHECK_FALSE(ok(p).glucocorticoid_raised);
    p.glucocorticoids.since = Date{year{2026}, month{8}, day{23}}; // one day longer
    CHECK(ok(p).glucocorticoid_raised);
  }
  SUBCASE("2.5 mg/day or more for more than 3 months: raised") {
    Profile p = aged(30);
    p.glucocorticoids = {true, "prednisone", 7.5, Date{year{2026}, month{1}, day{10}}};
    const ReferenceValues r = ok(p);
    CHECK(r.glucocorticoid_raised);
    CHECK(r.target_mg == 1200.0);
    CHECK(r.vitamin_d_target_iu == 800.0);
  }
  SUBCASE("a dose without a start date is taken as long-standing") {
    Profile p = aged(30);
    p.glucocorticoids = {true, "prednisone", 2.5, std::nullopt};
    CHECK(ok(p).glucocorticoid_raised);
  }
  SUBCASE("not yet started on the day") {
    Profile p = aged(30);
    p.glucocorticoids = {true, "prednisone", 10, Date{year{2026}, month{12}, day{1}}};
    CHECK_FALSE(ok(p).glucocorticoid_raised);
  }
  SUBCASE("not taking") {
    Profile p = aged(30);
    p.glucocorticoids.taking = false;
    CHECK_FALSE(ok(p).glucocorticoid_raised);
  }
}

TEST_CASE("a clinician's targets win over the tables and the glucocorticoid raise") {
  SUBCASE("target_mg") {
    Profile p = aged(30);
    p.target_mg = 1500;
    CHECK(ok(p).target_mg == 1500.0);
  }
  SUBCASE("target_mg below the raised target still wins") {
    Profile p = aged(30);
    p.glucocorticoids.taking = true;
    p.target_mg = 900;
    const ReferenceValues r = ok(p);
    CHECK(r.target_mg == 900.0);
    CHECK(r.floor_mg == 800.0);
    CHECK(r.basis.find("900") != std::string::npos);
  }
  SUBCASE("vitamin_d_target_iu") {
    Profile p = aged(30);
    p.glucocorticoids.taking = true;
    p.vitamin_d_target_iu = 1000;
    CHECK(ok(p).vitamin_d_target_iu == 1000.0);
  }
}

TEST_CASE("the basis names its source") {
  const ReferenceValues r = ok(aged(58, Sex::female));
  CHECK(r.basis.find("NAM") != std::string::npos);
  CHECK(r.basis.find("1200") != std::string::npos);
  CHECK(std::string(nam_2011_source).find("2011") != std::string::npos);
}

} // TEST_SUITE
