#pragma once
// TOML text -> Diary. Checks syntax, types and keys; lookups happen later
// (resolve.hpp), so a diary can be read once and resolved against any table.

#include "catrack/util/diagnostic.hpp"
#include "catrack/diary/diary.hpp"

#include <string>
#include <string_view>

namespace catrack::diary {

struct DiaryRead {
  Diary diary;
  util::Diagnostics errors; // all of them, in file order; empty = usable
  // Notices that change no total but that the reader of a report should see
  // (an export cell that was empty, a %DV basis that was assumed).
  util::Diagnostics warnings;
};

DiaryRead read_diary(std::string_view text, const std::string& file_name);


// A profile on its own (--profile FILE): a [profile] table, or the profile
// keys at the top level.
struct ProfileRead {
  Profile profile;
  ProfilePlaces places;
  util::Diagnostics errors;
};

ProfileRead read_profile_file(std::string_view text, const std::string& file_name);

} // namespace catrack::diary
