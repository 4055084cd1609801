// Build-time tool: reads foods/*.toml with catrack's own food reader, refuses
// any invalid or duplicate record (with its file:line:col), and writes the
// records as C++ so the table is compiled into catrack, with the keys each
// is looked up by, so that start-up has no names to normalise.
//
//   catrack_foodgen OUTPUT.cpp foods/a.toml foods/b.toml ...

#include "catrack/foods/fields.hpp"
#include "catrack/foods/reader.hpp"
#include "catrack/foods/table.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

using namespace catrack::foods;

namespace {

std::string literal(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      out += fmt::format("\\{:03o}", c); // octal: cannot run into the next character
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string number(double x) { return fmt::format("{:.17g}", x); }

int kind(Quantity::Kind k) { return static_cast<int>(k); }

std::string string_array(const std::string& name, const std::vector<std::string>& items) {
  std::string out = "const char* const " + name + "[] = {";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + literal(items[i]);
  return out + "};\n";
}

std::string optional_number(const std::optional<double>& x) { return x ? number(*x) : "std::nullopt"; }

// Arrays for record i: its fields by what they hold, in the field table's
// order (bundled/rows.hpp), and its portions.
void emit_parts(std::ostream& out, const Food& f, std::size_t i) {
  std::vector<std::string> numbers, texts, lists;
  for (const FoodField& field : food_fields()) {
    if (auto* n = std::get_if<NumberMember>(&field.member)) numbers.push_back(optional_number(n->get(f)));
    if (auto* t = std::get_if<std::string Food::*>(&field.member)) texts.push_back(f.*(*t));
    if (auto* l = std::get_if<std::vector<std::string> Food::*>(&field.member)) {
      const auto& items = f.*(*l);
      const std::string name = fmt::format("list_{}_{}", i, lists.size());
      if (!items.empty()) out << string_array(name, items);
      lists.push_back(items.empty() ? "{nullptr, 0}" : fmt::format("{{{}, {}}}", name, items.size()));
    }
  }
  out << "const std::optional<double> numbers_" << i << "[] = {" << fmt::format("{}", fmt::join(numbers, ", "))
      << "};\n";
  out << string_array(fmt::format("texts_{}", i), texts);
  out << "const ListRow lists_" << i << "[] = {" << fmt::format("{}", fmt::join(lists, ", ")) << "};\n";
  if (!f.portions.empty()) {
    out << "const PortionRow portions_" << i << "[] = {";
    for (std::size_t p = 0; p < f.portions.size(); ++p)
      out << (p ? ", " : "") << "{" << literal(f.portions[p].name) << ", " << number(f.portions[p].size.value)
          << ", " << kind(f.portions[p].size.kind) << "}";
    out << "};\n";
  }
}

void emit_row(std::ostream& out, const Food& f, std::size_t i) {
  const std::string portions =
      f.portions.empty() ? std::string("nullptr, 0") : fmt::format("portions_{}, {}", i, f.portions.size());
  out << fmt::format("  {{numbers_{0}, texts_{0}, lists_{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}}},\n", i,
                     f.kind == FoodKind::supplement ? 1 : 0, number(f.per.value), kind(f.per.kind),
                     literal(f.per.portion), portions, literal(f.defined_at.file), f.defined_at.line,
                     f.defined_at.column);
}

// Between the items of a long list, `per_line` to a line.
const char* separator(std::size_t i, std::size_t per_line) {
  if (i == 0) return "\n  ";
  return i % per_line ? ", " : ",\n  ";
}

// FoodTable::SortedKeys for the records: every phrase and word key in
// std::string order, each with the positions of the records it finds, in
// the order FoodTable::add would have indexed them.
void emit_sorted_keys(std::ostream& out, const std::vector<Food>& all) {
  std::map<std::string, std::vector<std::size_t>> phrases;
  std::map<std::string, std::vector<std::size_t>> words;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const FoodTable::Keys keys = FoodTable::keys_of(all[i]);
    names.push_back(keys.phrases.front());
    for (const auto& k : keys.phrases) phrases[k].push_back(i);
    for (const auto& k : keys.words) words[k].push_back(i);
  }
  std::vector<std::size_t> records;
  const auto emit_keys = [&](const char* name, const std::map<std::string, std::vector<std::size_t>>& keys) {
    out << "const foods::FoodTable::SortedKey " << name << "[] = {\n";
    for (const auto& [key, found] : keys) {
      out << "  {" << literal(key) << "sv, " << records.size() << ", " << found.size() << "},\n";
      records.insert(records.end(), found.begin(), found.end());
    }
    out << "};\n";
  };
  emit_keys("phrase_keys", phrases);
  emit_keys("word_keys", words);
  out << "const std::uint32_t records[] = {";
  for (std::size_t i = 0; i < records.size(); ++i) out << separator(i, 20) << records[i];
  out << "};\nconst std::string_view names[] = {";
  for (std::size_t i = 0; i < names.size(); ++i) out << separator(i, 8) << literal(names[i]) << "sv";
  out << "};\nconst foods::FoodTable::SortedKeys keys{phrase_keys, word_keys, records, names};\n";
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: catrack_foodgen OUTPUT.cpp FOODS.toml...\n";
    return 2;
  }
  FoodTable table;
  std::vector<Food> all;
  bool failed = false;
  for (int i = 2; i < argc; ++i) {
    const std::string path = argv[i];
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << path << ": error: cannot read\n";
      return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    // Locations name the file as foods/NAME.toml, wherever the build is.
    const auto slash = path.find_last_of('/');
    const std::string shown = "foods/" + (slash == std::string::npos ? path : path.substr(slash + 1));
    auto file = read_food_file(buffer.str(), shown, "bundled", true);
    for (auto& food : file.value) {
      auto errors = table.add(food);
      file.errors.insert(file.errors.end(), errors.begin(), errors.end());
      all.push_back(std::move(food));
    }
    for (const auto& e : file.errors) {
      std::cerr << fmt::format("{}:{}:{}: error: {}\n", e.where.file.str(), e.where.line, e.where.column, e.message);
      failed = true;
    }
  }
  if (failed) return 1;

  std::ostringstream out;
  out << "// Generated by tools/foodgen.cpp from foods/*.toml. Do not edit.\n";
  out << "#include \"bundled/rows.hpp\"\n\n#include <optional>\n#include <string_view>\n\nnamespace catrack::bundled {\n\n";
  out << "using namespace std::string_view_literals;\n\nnamespace {\n\n";
  for (std::size_t i = 0; i < all.size(); ++i) emit_parts(out, all[i], i);
  out << "\nconst FoodRow table[] = {\n";
  for (std::size_t i = 0; i < all.size(); ++i) emit_row(out, all[i], i);
  out << "};\n\n";
  emit_sorted_keys(out, all);
  out << "\n} // namespace\n\n";
  out << "const FoodRow* rows(std::size_t& count) {\n  count = sizeof(table) / sizeof(table[0]);\n  return table;\n}\n\n";
  out << "const foods::FoodTable::SortedKeys& sorted_keys() { return keys; }\n\n";
  out << "} // namespace catrack::bundled\n";

  // Rewrite only on change, so an unchanged table does not rebuild catrack.
  const std::string text = out.str();
  {
    std::ifstream old(argv[1], std::ios::binary);
    std::stringstream previous;
    previous << old.rdbuf();
    if (old && previous.str() == text) return 0;
  }
  std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
  file << text;
  return file ? 0 : 1;
}
