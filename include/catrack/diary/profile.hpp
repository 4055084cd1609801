#pragma once
// Who a diary belongs to (docs/FORMAT.md §3): picks reference values and
// switches risk rules on.

#include "catrack/util/diagnostic.hpp"
#include "catrack/util/date.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace catrack::diary {


enum class Sex { female, male };
enum class LifeStage { none, pregnant, lactating };

struct Glucocorticoids {
  bool taking = false;
  std::string drug;                 // as written, e.g. "prednisone"
  std::optional<double> mg_per_day; // as written, of `drug`
  std::optional<util::Date> since;
};

struct Profile {
  bool present = false; // a [profile] table (or --profile) was given
  util::Location at;

  std::optional<int> age;
  std::optional<util::Date> birth_date;
  util::Location age_at;      // where age or birth_date was written
  std::optional<Sex> sex;
  LifeStage life_stage = LifeStage::none;

  std::optional<double> target_mg;           // clinician override
  std::optional<double> vitamin_d_target_iu; // clinician override

  Glucocorticoids glucocorticoids;
  bool calcinosis = false;
  bool scleroderma = false;
  bool kidney_disease = false;
  bool kidney_stones = false;
  bool malabsorption = false;
  bool ppi = false;
  bool dysphagia = false;              // `true` or a level
  std::optional<int> dysphagia_level;  // IDDSI 0-7 when a level is given
  std::vector<std::string> diet;

  bool operator==(const Profile& other) const;
};

} // namespace catrack::diary
