// THE SR28 CHECK: every bundled record that cites "USDA SR28 NNNNN" carries
// exactly the SR28 values (calcium and vitamin D per 100 g) and SR28 portion
// weights, read from the reference extract in shared/reference/usda-sr.
// Records citing another table or a label are not in the extract: the form
// of their source is checked in test_food_sources.cpp.

#include "catrack/bundled/table.hpp"
#include "catrack/foods/reader.hpp"
#include "layers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace catrack::layers;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view sr_prefix = "USDA SR28 ";

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cells;
}

struct SrFood {
  std::string description;
  std::string calcium;   // as published; empty = no value
  std::string vitamin_d; // IU per 100 g; empty = no value
};

// The bundled food files, read the way foodgen reads them.
struct FoodFiles {
  std::vector<std::pair<std::string, FoodFile>> files;
};

const FoodFiles& food_files() {
  static const FoodFiles all = [] {
    FoodFiles out;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(fs::path(CATRACK_SOURCE_DIR) / "foods"))
      if (entry.path().extension() == ".toml") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      const std::string shown = "foods/" + p.filename().string();
      out.files.emplace_back(shown, read_food_file(read_text(p), shown, "bundled", true));
    }
    return out;
  }();
  return all;
}

// "USDA SR28 01077" -> "01077"; "" when the source is not an SR28 citation.
std::string ndb_of(const std::string& source) {
  if (source.compare(0, sr_prefix.size(), sr_prefix) != 0) return {};
  std::string rest = source.substr(sr_prefix.size());
  const auto end = rest.find_first_of(" ;,(");
  return rest.substr(0, end);
}

} // namespace

TEST_SUITE("food_data") {

TEST_CASE("the bundled food files read cleanly and are what is compiled in") {
  const auto& files = food_files().files;
  REQUIRE_FALSE(files.empty());
  std::size_t records = 0;
  for (const auto& [name_, file] : files) {
    const std::string& name = name_; // a binding cannot be captured by clang 14 (doctest's INFO)
    INFO(name);
    CHECK(file.errors.empty());
    for (const auto& e : file.errors)
      FAIL_CHECK(e.where.file << ":" << e.where.line << ":" << e.where.column << ": " << e.message);
    CHECK_FALSE(file.value.empty());
    records += file.value.size();
  }
  // foodgen compiles exactly these records in.
  CHECK(records == bundled_food_records().size());
}

// That every food cites SR28 or another accepted source: test_food_sources.cpp.

TEST_CASE("SR28: calcium, vitamin D and portion weights equal the USDA values") {
  const fs::path dir(CATRACK_SR28_DIR);
  const auto& files = food_files().files;
  REQUIRE_FALSE(files.empty());
  if (!fs::exists(dir / "foods.tsv")) {
    // CTest runs this test case on its own (unit.sr28) and reports it as
    // skipped when it prints "SR28 reference not found" (tests/CMakeLists.txt).
    MESSAGE("SR28 reference not found at " << (dir / "foods.tsv").string() << ": food values not checked");
    return;
  }

  // foods.tsv: ndb_no, food_group, description, calcium_mg_per_100g,
  // vitamin_d_iu_per_100g, magnesium_mg_per_100g.
  std::map<std::string, SrFood> sr;
  {
    std::ifstream in(dir / "foods.tsv");
    std::string line;
    REQUIRE(std::getline(in, line));
    REQUIRE(split_tabs(line) == std::vector<std::string>{"ndb_no", "food_group", "description",
                                                         "calcium_mg_per_100g", "vitamin_d_iu_per_100g",
                                                         "magnesium_mg_per_100g"});
    while (std::getline(in, line)) {
      const auto c = split_tabs(line);
      REQUIRE(c.size() == 6u);
      sr[c[0]] = SrFood{c[2], c[3], c[4]};
    }
  }
  CHECK(sr.size() == 8789u); // the extract's documented food count

  // portions.tsv: ndb_no, amount, unit_description, grams -> grams in one unit.
  std::map<std::string, std::vector<double>> portions;
  {
    std::ifstream in(dir / "portions.tsv");
    std::string line;
    REQUIRE(std::getline(in, line));
    REQUIRE(split_tabs(line) == std::vector<std::string>{"ndb_no", "amount", "unit_description", "grams"});
    while (std::getline(in, line)) {
      const auto c = split_tabs(line);
      REQUIRE(c.size() == 4u);
      portions[c[0]].push_back(std::stod(c[3]) / std::stod(c[1]));
    }
  }

  int checked = 0;
  for (const auto& [file_name_, file] : files) {
    const std::string& file_name = file_name_;
    for (const auto& food : file.value) {
      const std::string ndb = ndb_of(food.source);
      if (ndb.empty()) continue;
      INFO(file_name, ": \"", food.name, "\" cites SR28 ", ndb);
      const auto it = sr.find(ndb);
      REQUIRE_MESSAGE(it != sr.end(), "no SR28 food " << ndb);
      const SrFood& row = it->second;
      INFO("SR28: ", row.description);
      ++checked;

      // Calcium per 100 g, exactly as published.
      CHECK(food.per.kind == Quantity::Kind::grams);
      CHECK(food.per.value == 100.0);
      REQUIRE_FALSE(row.calcium.empty());
      CHECK(food.calcium_mg == std::stod(row.calcium));

      // Vitamin D: absent exactly when SR28 has no value (an empty cell is
      // "unknown", not zero).
      CHECK(food.vitamin_d_iu.has_value() == !row.vitamin_d.empty());
      if (food.vitamin_d_iu && !row.vitamin_d.empty()) CHECK(*food.vitamin_d_iu == std::stod(row.vitamin_d));

      // Each portion in grams is one SR28 portion (grams / amount) within 0.05 g.
      const auto& weights = portions[ndb];
      for (const auto& p : food.portions) {
        if (p.size.kind != Quantity::Kind::grams) continue;
        bool found = false;
        for (double w : weights) found = found || std::fabs(w - p.size.value) <= 0.05;
        INFO("portion ", p.name, " = ", p.size.value, " g");
        CHECK(found);
      }
    }
  }
  CHECK(checked >= 100);
}

} // TEST_SUITE
