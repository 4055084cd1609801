#pragma once
// A parsed TOML document as catrack's readers see it: values with the line and
// column they were written at, tables whose members iterate in the order the
// file wrote them (from either parser of toml/parse.hpp).
//
// Nodes live in the Doc that made them; a string value may point into the
// text that was parsed, so that text must outlive the Doc.

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::toml {

enum class Type : std::uint8_t { table, array, string, integer, floating_point, boolean, date, time, date_time };

struct Position {
  int line = 0;   // 1-based
  int column = 0; // 1-based, in characters (UTF-8 code points), as toml++ counts
};

struct LocalDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

struct LocalTime {
  int hour = 0;
  int minute = 0;
  int second = 0;
  int nanosecond = 0;
};

// 64 bytes: a 50 MB diary has millions of nodes.
struct Node {
  Type type = Type::table;
  bool from_headers = false; // an array made by [[name]] headers (only those may take more)
  std::uint32_t size = 0;    // a table's members or an array's elements
  Position at;               // the value's first character; a header's '[' for a table or array of tables
  Position key_at;
  std::string_view key;      // set on a member of a table
  Node* next = nullptr;      // the next member or element of the same table or array

  struct Children {
    Node* first;
    Node* last;
  };
  // The value, by `type`: a table's or array's in `children`, in order (key
  // order for a table).
  union {
    std::string_view text; // a string's value, escapes decoded
    std::int64_t integer;
    double number;
    bool boolean;
    LocalDate date;
    LocalTime time;
    Children children;
  };

  Node() : children{nullptr, nullptr} {}

  bool is_container() const { return type == Type::table || type == Type::array; }
  const Node* first_child() const { return is_container() ? children.first : nullptr; }
  const Node* last_child() const { return is_container() ? children.last : nullptr; }

  const std::string_view* as_string() const { return type == Type::string ? &text : nullptr; }
  const std::int64_t* as_integer() const { return type == Type::integer ? &integer : nullptr; }
  const double* as_floating_point() const { return type == Type::floating_point ? &number : nullptr; }
  const bool* as_boolean() const { return type == Type::boolean ? &boolean : nullptr; }
  const LocalDate* as_date() const { return type == Type::date ? &date : nullptr; }
  const LocalTime* as_time() const { return type == Type::time ? &time : nullptr; }
  const Node* as_table() const { return type == Type::table ? this : nullptr; }
  const Node* as_array() const { return type == Type::array ? this : nullptr; }
  bool is_string() const { return type == Type::string; }
  bool is_integer() const { return type == Type::integer; }
  bool is_floating_point() const { return type == Type::floating_point; }
  bool is_date_time() const { return type == Type::date_time; }

  // A table's member by key, or null.
  const Node* get(std::string_view name) const;
  bool contains(std::string_view name) const { return get(name) != nullptr; }

  struct Iterator {
    const Node* at;
    const Node& operator*() const { return *at; }
    Iterator& operator++() {
      at = at->next;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return at != other.at; }
  };
  Iterator begin() const { return {first_child()}; }
  Iterator end() const { return {nullptr}; }

  void append(Node& child);
};

class Doc {
public:
  Doc();
  Doc(Doc&&) = default;
  Doc& operator=(Doc&&) = default;

  const Node& root() const { return *root_; }
  Node& root() { return *root_; }

  Node& make(Type type, Position at);
  // Keeps a decoded string for the Doc's lifetime.
  std::string_view keep(std::string text);

private:
  std::vector<std::unique_ptr<Node[]>> chunks_;
  std::size_t used_ = 0;
  std::size_t chunk_size_ = 0;
  std::deque<std::string> strings_;
  Node* root_ = nullptr;
};

} // namespace catrack::toml
