// Prednisone-equivalent doses and the ACR threshold they are compared with.

#include "catrack/diary/glucocorticoid.hpp"
#include "catrack/calc/reference.hpp"
#include "catrack/util/date.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

using namespace catrack::layers;
using namespace std::chrono;

TEST_SUITE("glucocorticoid") {
  TEST_CASE("equivalents from the prednisolone label table") {
    // 5 mg prednisone = 5 prednisolone = 4 methylprednisolone = 4
    // triamcinolone = 20 hydrocortisone = 25 cortisone = 0.75 dexamethasone.
    CHECK(*prednisone_equivalent_mg("prednisone", 7.5) == doctest::Approx(7.5));
    CHECK(*prednisone_equivalent_mg("Prednisolone", 5) == doctest::Approx(5));
    CHECK(*prednisone_equivalent_mg("methylprednisolone", 4) == doctest::Approx(5));
    CHECK(*prednisone_equivalent_mg("triamcinolone", 2) == doctest::Approx(2.5));
    CHECK(*prednisone_equivalent_mg("hydrocortisone", 20) == doctest::Approx(5));
    CHECK(*prednisone_equivalent_mg("cortisone", 25) == doctest::Approx(5));
    CHECK(*prednisone_equivalent_mg("dexamethasone", 0.75) == doctest::Approx(5));
    CHECK(*prednisone_equivalent_mg("betamethasone", 0.375) == doctest::Approx(2.5));
    CHECK_FALSE(prednisone_equivalent_mg("aspirin", 100));
  }

  TEST_CASE("the threshold is compared in prednisone-equivalents") {
    Profile p;
    p.present = true;
    p.age = 40;
    p.sex = Sex::female;
    p.glucocorticoids.taking = true;
    const Date day = 2026y / November / 24;
    const auto at = [&](std::string drug, double mg) {
      p.glucocorticoids.drug = std::move(drug);
      p.glucocorticoids.mg_per_day = mg;
      return reference_values(p, {}, day).value();
    };
    // Hydrocortisone 8 mg = 2 mg prednisone: below 2.5, not raised.
    auto r = at("hydrocortisone", 8);
    CHECK_FALSE(r.glucocorticoid_raised);
    CHECK(r.target_mg == 1000);
    CHECK(r.glucocorticoid_reason.find("2 mg/day prednisone-equivalent") != std::string::npos);
    // Hydrocortisone 10 mg = 2.5 mg: at the threshold, raised.
    r = at("hydrocortisone", 10);
    CHECK(r.glucocorticoid_raised);
    CHECK(r.target_mg == 1200);
    CHECK(r.vitamin_d_target_iu == 800);
    // Dexamethasone 0.5 mg = 3.33 mg: raised.
    CHECK(at("dexamethasone", 0.5).glucocorticoid_raised);
    // Methylprednisolone 1.6 mg = 2 mg: not raised.
    CHECK_FALSE(at("methylprednisolone", 1.6).glucocorticoid_raised);
  }
}

TEST_CASE("glucocorticoid: a start date counts even without a dose") {
  Profile p;
  p.present = true;
  p.age = 40;
  p.glucocorticoids.taking = true;
  p.glucocorticoids.since = 2026y / November / 1;
  // 3 months from 2026-11-01 is 2027-02-01: raised only after it.
  CHECK_FALSE(reference_values(p, {}, 2026y / October / 31).value().glucocorticoid_raised);
  CHECK_FALSE(reference_values(p, {}, 2027y / February / 1).value().glucocorticoid_raised);
  CHECK(reference_values(p, {}, 2027y / February / 2).value().glucocorticoid_raised);
}
