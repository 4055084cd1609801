#pragma once
// A [profile] table (or a profile file's keys) -> Profile, for the diary
// reader and read_profile_file. Not a public header.

#include "catrack/diary/profile.hpp"
#include "catrack/toml/doc.hpp"
#include "catrack/util/diagnostic.hpp"

namespace catrack::diary {

// `at` is the table's place; `places` gets it and the place of each key read.
Profile read_profile_table(const toml::Node& table, const util::Location& at, const util::FileName& file,
                           ProfilePlaces& places, util::Diagnostics& errors);

} // namespace catrack::diary
