#include "cli/render/records.hpp"

#include "cli/render/json_writer.hpp"

#include <fmt/format.h>

namespace catrack::cli::render {

namespace {

void write_value(JsonWriter& w, const Value& v);

void write_fields(JsonWriter& w, const Fields& fields) {
  w.begin_object();
  for (const auto& [key, value] : fields) {
    w.key(key);
    write_value(w, value);
  }
  w.end_object();
}

void write_value(JsonWriter& w, const Value& v) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) w.null();
        else if constexpr (std::is_same_v<T, Value::List>) {
          w.begin_array();
          for (const auto& item : x) w.value(item);
          w.end_array();
        } else if constexpr (std::is_same_v<T, Value::Table>) {
          w.begin_array();
          for (const auto& item : x) write_fields(w, item);
          w.end_array();
        } else if constexpr (std::is_same_v<T, Fields>) write_fields(w, x);
        else w.value(x);
      },
      v.data);
}

// A CSV cell's text, or nothing for a value that is not one cell.
std::optional<std::string> cell_text(const Value& v) {
  return std::visit(
      [](const auto& x) -> std::optional<std::string> {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) return std::string();
        else if constexpr (std::is_same_v<T, bool>) return std::string(x ? "yes" : "no");
        else if constexpr (std::is_same_v<T, double>) return x == 0 ? std::string("0") : fmt::format("{}", x);
        else if constexpr (std::is_same_v<T, std::string>) return x;
        else if constexpr (std::is_same_v<T, Value::List>) {
          std::string joined;
          for (const auto& item : x) joined += (joined.empty() ? "" : ";") + item;
          return joined;
        } else return std::nullopt;
      },
      v.data);
}

std::string table(const Records& records, char sep) {
  const Fields& shape = records.items.empty() ? records.prototype : records.items.front();
  std::vector<std::size_t> columns;
  for (std::size_t i = 0; i < shape.size(); ++i)
    if (cell_text(shape[i].second)) columns.push_back(i);
  std::string out;
  for (std::size_t c = 0; c < columns.size(); ++c) out += (c ? std::string(1, sep) : "") + shape[columns[c]].first;
  out += '\n';
  for (const auto& item : records.items) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c) out += sep;
      out += csv_cell(cell_text(item[columns[c]].second).value_or(""), sep);
    }
    out += '\n';
  }
  return out;
}

} // namespace

std::string render_records(const Records& records, Format format) {
  std::string out;
  switch (format) {
  case Format::json: {
    JsonWriter w(out);
    w.begin_object().field("schema", schema_version).field("kind", records.kind).key(records.kind).begin_array();
    for (const auto& item : records.items) write_fields(w, item);
    w.end_array().end_object();
    out += '\n';
    break;
  }
  case Format::ndjson:
    for (const auto& item : records.items) {
      Fields line{{"schema", schema_version}, {"kind", records.item_kind}};
      line.insert(line.end(), item.begin(), item.end());
      JsonWriter w(out);
      write_fields(w, line);
      out += '\n';
    }
    break;
  case Format::csv: out = table(records, ','); break;
  case Format::tsv: out = table(records, '\t'); break;
  case Format::text: break; // each command words its own list
  case Format::html:
  case Format::md: break;   // pages are reports only: --format refuses them here
  }
  return out;
}

} // namespace catrack::cli::render
