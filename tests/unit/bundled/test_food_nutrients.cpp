// Magnesium, energy, protein and phosphorus of every bundled food that cites
// an SR28 number: exactly SR28's values per 100 g, and absent exactly where
// SR28 has none (an empty cell is unknown, not zero). Skipped, and said so,
// when the extract in ../shared/reference/usda-sr is not there.

#include "catrack/bundled/table.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace catrack::layers;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream s(line);
  std::string cell;
  while (std::getline(s, cell, '\t')) out.push_back(cell);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

// ndb -> the columns asked for, by name.
std::map<std::string, std::map<std::string, std::string>> table(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  const auto header = cells(line);
  std::map<std::string, std::map<std::string, std::string>> out;
  while (std::getline(in, line)) {
    const auto c = cells(line);
    for (std::size_t i = 1; i < header.size(); ++i) out[c[0]][header[i]] = i < c.size() ? c[i] : "";
  }
  return out;
}

void check_value(const std::optional<double>& ours, const std::string& sr, const char* what) {
  INFO(what, ": ours ", ours ? std::to_string(*ours) : "none", ", SR28 \"", sr, "\"");
  CHECK(ours.has_value() == !sr.empty());
  if (ours && !sr.empty()) CHECK(*ours == std::stod(sr));
}

} // namespace

TEST_CASE("SR28: magnesium, energy, protein and phosphorus equal the USDA values") {
  const fs::path dir(CATRACK_SR28_DIR);
  if (!fs::exists(dir / "nutrients.tsv") || !fs::exists(dir / "foods.tsv")) {
    MESSAGE("SR28 reference not found at " << dir.string() << ": nutrient values not checked");
    return;
  }
  auto sr = table(dir / "foods.tsv");
  for (auto& [ndb, columns] : table(dir / "nutrients.tsv")) sr[ndb].merge(columns);
  int checked = 0;
  for (const Food& food : bundled_food_records()) {
    constexpr std::string_view prefix = "USDA SR28 ";
    if (food.source.rfind(prefix, 0) != 0) continue;
    const std::string ndb = food.source.substr(prefix.size(), 5);
    INFO(food.name, " cites SR28 ", ndb);
    const auto it = sr.find(ndb);
    REQUIRE(it != sr.end());
    auto& row = it->second;
    check_value(food.magnesium_mg, row["magnesium_mg_per_100g"], "magnesium");
    check_value(food.energy_kcal, row["energy_kcal_per_100g"], "energy");
    check_value(food.protein_g, row["protein_g_per_100g"], "protein");
    check_value(food.phosphorus_mg, row["phosphorus_mg_per_100g"], "phosphorus");
    ++checked;
  }
  CHECK(checked > 700);
}
