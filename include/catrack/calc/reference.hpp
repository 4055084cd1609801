#pragma once
// Reference intakes for a person on a date: NAM (IOM) 2011 DRIs, raised for
// glucocorticoids, overridden by a clinician's targets (docs/RULES.md).

#include "catrack/util/diagnostic.hpp"
#include "catrack/util/result.hpp"
#include "catrack/diary/profile.hpp"
#include "catrack/util/date.hpp"

#include <optional>
#include <string>
#include <variant>

namespace catrack::calc {

struct ReferenceValues {
  double target_mg = 0;              // RDA (AI for infants), or an override
  std::optional<double> floor_mg;    // EAR; none for infants
  double ul_mg = 0;
  double vitamin_d_target_iu = 0;
  double vitamin_d_ul_iu = 0;
  std::string group;                 // "women 51-70 y"
  std::string basis;                 // one line: where the numbers come from
  bool adult_default = false;        // no age known: adult 19-50 values
  bool glucocorticoid_raised = false;
  std::string glucocorticoid_reason; // which threshold applied, when raised or not
};

// Age is taken at `day` when the profile has a birth date. The error is
// located, by `places`, at the profile key that makes the values impossible
// to choose.
util::Result<ReferenceValues> reference_values(const diary::Profile& profile,
                                                                 const diary::ProfilePlaces& places,
                                                                 const util::Date& day);

inline constexpr const char* nam_2011_source =
    "NAM (IOM) 2011, Dietary Reference Intakes for Calcium and Vitamin D";

} // namespace catrack::calc
