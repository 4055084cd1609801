#include "catrack/bundled/table.hpp"

#include "bundled/rows.hpp"

namespace catrack::bundled {

using foods::Food;
using foods::FoodKind;
using foods::FoodTable;
using foods::Portion;
using foods::Quantity;
using util::FileName;
using util::Location;

namespace {

Food food_of(const FoodRow& r, const FileName& file) {
  Food f;
  f.name = r.name;
  f.aliases.assign(r.aliases, r.aliases + r.alias_count);
  f.kind = r.supplement ? FoodKind::supplement : FoodKind::food;
  f.calcium_mg = r.calcium_mg;
  f.per = Quantity{r.per_value, static_cast<Quantity::Kind>(r.per_kind), r.per_portion};
  if (r.has_vitamin_d) f.vitamin_d_iu = r.vitamin_d_iu;
  for (std::size_t p = 0; p < r.portion_count; ++p) {
    const auto& pr = r.portions[p];
    f.portions.push_back(
        Portion{pr.name, Quantity{pr.value, static_cast<Quantity::Kind>(pr.kind), pr.kind == 2 ? pr.name : ""}});
  }
  f.default_portion = r.default_portion;
  if (r.has_absorption) f.absorption = r.absorption;
  f.absorption_source = r.absorption_source;
  f.form = r.form;
  if (r.has_fraction) f.calcium_fraction = r.calcium_fraction;
  f.fraction_source = r.fraction_source;
  if (r.iddsi_level >= 0) f.iddsi_level = r.iddsi_level;
  f.texture = r.texture;
  f.tags.assign(r.tags, r.tags + r.tag_count);
  f.source = r.source;
  f.origin = "bundled";
  f.defined_at = Location{file, r.line, r.column};
  return f;
}

} // namespace

std::vector<Food> bundled_food_records() {
  std::size_t count = 0;
  const FoodRow* all = rows(count);
  std::vector<Food> out;
  out.reserve(count);
  // One shared name per food file: the rows come file by file.
  FileName file;
  for (std::size_t i = 0; i < count; ++i) {
    if (file.str() != all[i].file) file = FileName(all[i].file);
    out.push_back(food_of(all[i], file));
  }
  return out;
}

FoodTable bundled_table() {
  // The generator has refused duplicate names and worked out the keys.
  return FoodTable(bundled_food_records(), sorted_keys());
}

const FoodTable& shared_bundled_table() {
  // Never destroyed: freeing its ~800 records at exit cost more than
  // reading and reporting a day's diary. The static reference keeps it
  // reachable, so leak checkers do not count it.
  static const FoodTable& table = *new FoodTable(bundled_table());
  return table;
}

} // namespace catrack::bundled
