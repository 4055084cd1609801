#pragma once
// Who a diary belongs to (docs/FORMAT.md §3): picks reference values and
// switches risk rules on.

#include "catrack/util/diagnostic.hpp"
#include "catrack/util/date.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace catrack::diary {

enum class Sex { female, male };
enum class LifeStage { none, pregnant, lactating };

struct Glucocorticoids {
  bool taking = false;
  std::string drug;                 // as written, e.g. "prednisone"
  std::optional<double> mg_per_day; // as written, of `drug`
  std::optional<util::Date> since;

  bool operator==(const Glucocorticoids&) const = default;
};

// What a profile says; where it says it is in ProfilePlaces. Its keys are
// read and written by the table of profile_fields.hpp.
struct Profile {
  // A [profile] table (or --profile) was given. A value, not a place: an
  // empty [profile] is reported otherwise than none ("The profile gives no
  // age" against "No [profile]").
  bool present = false;

  std::optional<int> age;
  std::optional<util::Date> birth_date;
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

  bool operator==(const Profile&) const = default;
};

// Where a profile was written: its table, and the value of each key it gave.
// Kept out of Profile, so that two profiles that say the same compare equal
// wherever they were written (--merge).
struct ProfilePlaces {
  util::Location table;
  std::vector<std::pair<std::string_view, util::Location>> keys; // names from profile_fields()

  // Where `key`'s value was written; the table's place when it was not given.
  const util::Location& of(std::string_view key) const;
};

} // namespace catrack::diary
