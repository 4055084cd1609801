#include "cli/io/food_files.hpp"

#include "catrack/bundled/table.hpp"
#include "catrack/foods/reader.hpp"
#include "cli/io/io.hpp"

#include <filesystem>

namespace catrack::cli::io {

using bundled::shared_bundled_table;
using term::Environment;
using foods::FoodTable;
using foods::read_food_file;

FoodTables load_food_tables(const args::FoodFiles& options, std::istream& in, const Environment& env) {
  FoodTables tables;
  tables.bundled = &shared_bundled_table();
  tables.user = std::make_unique<FoodTable>(tables.bundled);

  std::vector<std::string> paths;
  if (!options.no_config && !env.config_dir.empty()) {
    const auto config = std::filesystem::path(env.config_dir) / "catrack" / "foods.toml";
    std::error_code ec;
    if (std::filesystem::is_regular_file(config, ec)) paths.push_back(config.string());
  }
  paths.insert(paths.end(), options.files.begin(), options.files.end());

  for (const auto& path : paths) {
    auto got = read_input(path, in);
    if (!got) {
      tables.errors.push_back(got.error());
      continue;
    }
    Input& input = *got;
    auto file = read_food_file(input.text, input.name, input.name, false);
    tables.errors.insert(tables.errors.end(), file.errors.begin(), file.errors.end());
    for (auto& food : file.value) {
      auto errors = tables.user->add(std::move(food));
      tables.errors.insert(tables.errors.end(), errors.begin(), errors.end());
    }
    tables.sources[input.name] = std::move(input.text);
  }
  return tables;
}

} // namespace catrack::cli::io
