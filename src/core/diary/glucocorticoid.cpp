#include "catrack/diary/glucocorticoid.hpp"

#include "catrack/util/text.hpp"

namespace catrack::diary {

using util::lowercase;
using util::trim;

const std::vector<Glucocorticoid>& known_glucocorticoids() {
  static const std::vector<Glucocorticoid> drugs{
      {"prednisone", 5},     {"prednisolone", 5},  {"methylprednisolone", 4}, {"triamcinolone", 4},
      {"hydrocortisone", 20}, {"cortisone", 25},   {"dexamethasone", 0.75},   {"betamethasone", 0.75},
  };
  return drugs;
}

std::optional<double> prednisone_equivalent_mg(std::string_view drug, double mg_per_day) {
  const std::string name = lowercase(trim(drug));
  for (const auto& d : known_glucocorticoids())
    if (name == d.name) return mg_per_day * 5.0 / d.mg_equal_to_5_mg_prednisone;
  return std::nullopt;
}

} // namespace catrack::diary
