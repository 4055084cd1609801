#pragma once
// The food tables a command looks things up in: the user's food files
// (--foods FILE, and $XDG_CONFIG_HOME/catrack/foods.toml unless
// --no-config) layered over the bundled table.

#include "catrack/foods/table.hpp"
#include "cli/args/args.hpp"
#include "cli/term/terminal.hpp"

#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace catrack::cli::io {

struct FoodTables {
  const foods::FoodTable* bundled = nullptr; // shared_bundled_table()
  std::unique_ptr<foods::FoodTable> user; // over `bundled`
  util::Diagnostics errors;
  std::map<std::string, std::string> sources; // file texts, for error lines
  const foods::FoodTable& top() const { return *user; }
};

FoodTables load_food_tables(const args::FoodFiles& options, std::istream& in, const term::Environment& env);

} // namespace catrack::cli::io
