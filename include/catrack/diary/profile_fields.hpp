#pragma once
// The [profile] keys (docs/FORMAT.md §3), one row each: the key, how its
// value is read into a Profile and how it is written back. The key check,
// the reader and the writer all go by this table, so a new key is one row
// (and its docs and tests). What involves two keys (age or birth_date, not
// both) is in profile_reader.cpp.

#include "catrack/diary/profile.hpp"
#include "catrack/toml/doc.hpp"
#include "catrack/util/diagnostic.hpp"

#include <span>
#include <string>
#include <string_view>

namespace catrack::diary {

struct ProfileField {
  std::string_view key;
  // Reads the key's value into the profile; errors are located and name the key.
  void (*read)(std::string_view key, const toml::Node& value, Profile& profile, const util::FileName& file,
               util::Diagnostics& errors);
  // The value as TOML, or "" when the profile leaves the key out.
  std::string (*write)(const Profile& profile);
};

// In the order they are checked, read and written.
std::span<const ProfileField> profile_fields();
std::span<const std::string_view> profile_keys();

} // namespace catrack::diary
