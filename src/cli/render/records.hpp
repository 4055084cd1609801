#pragma once
// The list outputs (foods, rules, suggestions) as records: one renderer
// writes them as JSON, NDJSON, CSV and TSV, with the envelope every JSON
// output of catrack has (`schema`, `kind`). The text form of each list is its
// command's own, for people.

#include "cli/render/render.hpp"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace catrack::cli::render {

struct Value;
// A record's fields, in the order they are written.
using Fields = std::vector<std::pair<std::string, Value>>;

struct Value {
  using List = std::vector<std::string>; // a list of words: one CSV cell, joined with ";"
  using Table = std::vector<Fields>;     // a list of records: JSON only
  std::variant<std::monostate, bool, double, std::string, List, Table, Fields> data;

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : data(b) {}
  Value(double x) : data(x) {}
  Value(int x) : data(static_cast<double>(x)) {}
  Value(std::string s) : data(std::move(s)) {}
  Value(std::string_view s) : data(std::string(s)) {}
  Value(const char* s) : data(std::string(s)) {}
  Value(List list) : data(std::move(list)) {}
  Value(Table table) : data(std::move(table)) {}
  Value(Fields fields) : data(std::move(fields)) {}
  template <class T>
  Value(const std::optional<T>& v) {
    if (v) *this = Value(*v);
  }
};

struct Records {
  std::string kind;      // the envelope's kind and its list's key: "foods"
  std::string item_kind; // each NDJSON line's kind: "food"
  std::vector<Fields> items;
  // The fields of an item, for the CSV header when there are no items.
  Fields prototype;
};

// JSON: {"schema":1,"kind":KIND,KIND:[...]}. NDJSON: one item a line, each
// with "schema" and "kind". CSV and TSV: a header, then a row an item, of the
// fields that are one value (a list of words joined with ";"; a table, such
// as a food's portions, and a nested record are in the JSON only).
std::string render_records(const Records& records, Format format);

} // namespace catrack::cli::render
