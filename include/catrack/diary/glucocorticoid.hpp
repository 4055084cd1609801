#pragma once
// Glucocorticoid doses in prednisone-equivalent mg, for the ACR threshold of
// 2.5 mg/day prednisone-equivalent (docs/RULES.md, "Glucocorticoids").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::diary {

// Oral or intravenous equivalent doses, from the prednisolone FDA label's
// table (15 mg prednisolone = 75 cortisone = 60 hydrocortisone = 15
// prednisone = 12 methylprednisolone = 12 triamcinolone = 2.25 dexamethasone
// = 2.25 betamethasone).
struct Glucocorticoid {
  std::string_view name;
  double mg_equal_to_5_mg_prednisone;
};

const std::vector<Glucocorticoid>& known_glucocorticoids();

// nullopt for a drug catrack does not know: the caller reports it, so an
// unknown drug never passes or fails the threshold by accident.
std::optional<double> prednisone_equivalent_mg(std::string_view drug, double mg_per_day);

} // namespace catrack::diary
