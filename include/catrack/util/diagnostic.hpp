#pragma once
// Errors are values: every problem catrack finds in an input carries the file,
// line and column it came from, so the CLI can print it like a compiler does.

#include <compare>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace catrack::util {

// A file's name, shared by the locations in that file instead of copied into
// each: a long diary has three locations for each of a million entries.
class FileName {
public:
  FileName() = default;
  FileName(std::string name) : name_(std::make_shared<const std::string>(std::move(name))) {}
  FileName(const char* name) : FileName(std::string(name)) {}

  const std::string& str() const {
    static const std::string none;
    return name_ ? *name_ : none;
  }
  operator const std::string&() const { return str(); }

  friend bool operator==(const FileName& a, const FileName& b) { return a.str() == b.str(); }
  friend bool operator==(const FileName& a, std::string_view b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) { return a.str() <=> b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const FileName& f) { return out << f.str(); }

private:
  std::shared_ptr<const std::string> name_;
};

struct Location {
  FileName file;
  int line = 0;   // 1-based; 0 = the whole file
  int column = 0; // 1-based; 0 = the whole line

  bool operator==(const Location&) const = default;
};

struct Diagnostic {
  Diagnostic() = default;
  // A constructor, not aggregate braces: GCC 12 reads some braced temporaries
  // of this type as maybe uninitialised in optimised builds.
  Diagnostic(Location at, std::string text, std::vector<std::string> valid = {})
      : where(std::move(at)), message(std::move(text)), hints(std::move(valid)) {}

  Location where;
  std::string message;
  // What would be valid instead: nearest names, known units, the food's portions.
  std::vector<std::string> hints;
};

using Diagnostics = std::vector<Diagnostic>;

// An error found in a piece of text (its where.column: the byte offset in
// the text) put at the place the text was written.
Diagnostic placed(Diagnostic in_text, const Location& text_at);

// File order: by file name, then line and column; equal places keep their order.
void sort_by_position(Diagnostics& errors);


} // namespace catrack::util
