#include "catrack/diary/diary.hpp"

#include <fmt/format.h>
#include <tuple>

namespace catrack::diary {

bool Profile::operator==(const Profile& o) const {
  // The location is where it was written, not what it says.
  const auto gc = [](const Glucocorticoids& g) { return std::tie(g.taking, g.drug, g.mg_per_day, g.since); };
  return present == o.present && age == o.age && birth_date == o.birth_date && sex == o.sex &&
         life_stage == o.life_stage && target_mg == o.target_mg && vitamin_d_target_iu == o.vitamin_d_target_iu &&
         gc(glucocorticoids) == gc(o.glucocorticoids) && calcinosis == o.calcinosis &&
         scleroderma == o.scleroderma && kidney_disease == o.kidney_disease && kidney_stones == o.kidney_stones &&
         malabsorption == o.malabsorption && ppi == o.ppi && dysphagia == o.dysphagia &&
         dysphagia_level == o.dysphagia_level && diet == o.diet;
}

} // namespace catrack::diary
