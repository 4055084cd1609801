#include "catrack/diary/diary.hpp"

namespace catrack::diary {

const util::Location& ProfilePlaces::of(std::string_view key) const {
  for (const auto& [name, at] : keys)
    if (name == key) return at;
  return table;
}

} // namespace catrack::diary
