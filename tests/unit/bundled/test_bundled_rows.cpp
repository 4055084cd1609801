// The compiled-in rows (tools/foodgen.cpp, bundled/rows.hpp) give back the
// very records that foods/*.toml hold: every field the table has, none lost
// on the way through the generated arrays.

#include "catrack/bundled/table.hpp"
#include "catrack/foods/reader.hpp"
#include "layers.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace catrack::layers;
using namespace catrack::testing;
namespace fs = std::filesystem;

TEST_CASE("the bundled rows are the records of foods/*.toml") {
  // In the order the build passes the files to foodgen: sorted by path.
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fs::path(CATRACK_SOURCE_DIR) / "foods"))
    if (entry.path().extension() == ".toml") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  std::vector<Food> expected;
  for (const auto& name : names) {
    FoodFile file = read_food_file(repo_file("foods/" + name), "foods/" + name, "bundled", true);
    INFO(name, "\n", listed(file.errors));
    REQUIRE(file.errors.empty());
    expected.insert(expected.end(), file.value.begin(), file.value.end());
  }
  const std::vector<Food> rows = bundled_food_records();
  REQUIRE(rows.size() == expected.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO(expected[i].name);
    CHECK(rows[i] == expected[i]);
  }
}
