#pragma once
// Two TOML trees compared node by node, places included, a table's members
// in any order: how the unit tests and the fuzzer check the fast parser
// against toml++.

#include "catrack/toml/doc.hpp"

#include <cstring>
#include <fmt/format.h>
#include <string>

namespace catrack::toml {

// The first difference between two trees, or "".
inline std::string first_difference(const Node& a, const Node& b, const std::string& path = "") {
  const auto place = [](const Node& n) { return fmt::format("{}:{} key {}:{}", n.at.line, n.at.column, n.key_at.line, n.key_at.column); };
  if (a.type != b.type) return path + ": type";
  if (a.key != b.key) return path + ": key " + std::string(a.key) + " / " + std::string(b.key);
  if (place(a) != place(b)) return path + ": place " + place(a) + " / " + place(b);
  if (a.size != b.size) return path + ": size";
  switch (a.type) {
  case Type::string:
    if (a.text != b.text) return path + ": text";
    break;
  case Type::integer:
    if (a.integer != b.integer) return path + ": integer";
    break;
  case Type::floating_point:
    // Bit for bit: the same double, not merely a close one.
    if (std::memcmp(&a.number, &b.number, sizeof a.number) != 0) return path + ": number";
    break;
  case Type::boolean:
    if (a.boolean != b.boolean) return path + ": boolean";
    break;
  case Type::date:
    if (a.date.year != b.date.year || a.date.month != b.date.month || a.date.day != b.date.day) return path + ": date";
    break;
  case Type::time:
    if (a.time.hour != b.time.hour || a.time.minute != b.time.minute || a.time.second != b.time.second ||
        a.time.nanosecond != b.time.nanosecond)
      return path + ": time";
    break;
  default: break;
  }
  // A table's members by key, whatever their order; an array's in order.
  const Node* y = b.first_child();
  int i = 0;
  for (const Node* x = a.first_child(); x; x = x->next, ++i) {
    const Node* other = a.type == Type::table ? b.get(x->key) : y;
    if (!other) return path + ": missing " + std::string(x->key);
    auto d = first_difference(*x, *other, path + "/" + (x->key.empty() ? std::to_string(i) : std::string(x->key)));
    if (!d.empty()) return d;
    if (y) y = y->next;
  }
  return "";
}

} // namespace catrack::toml
