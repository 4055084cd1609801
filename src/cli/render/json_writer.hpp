#pragma once
// A small streaming JSON writer: keys in the order written, commas and
// escaping handled, nothing buffered beyond the current line.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::cli::render {

class JsonWriter {
public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(double number);
  JsonWriter& value(int number);
  JsonWriter& value(bool flag);
  JsonWriter& null();
  template <class T> JsonWriter& value(const std::optional<T>& v) { return v ? value(*v) : null(); }

  template <class T> JsonWriter& field(std::string_view name, const T& v) { return key(name).value(v); }

private:
  void separate();
  std::string& out_;
  std::vector<bool> first_; // per open container: nothing written yet
  bool after_key_ = false;
};

std::string json_escape(std::string_view text);

} // namespace catrack::cli::render
