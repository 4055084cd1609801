#pragma once
// TOML text -> Diary. Checks syntax, types and keys; lookups happen later
// (calc/resolve.hpp), so a diary can be read once and resolved against any
// table.

#include "catrack/util/diagnostic.hpp"
#include "catrack/diary/diary.hpp"
#include "catrack/util/result.hpp"

#include <string>
#include <string_view>

namespace catrack::diary {

// The diary, with every error in file order (any: the diary is not to be
// reported) and warnings, notices that change no total but that the reader
// of a report should see (an export cell that was empty, a %DV basis that
// was assumed).
using DiaryRead = util::Parsed<Diary>;

DiaryRead read_diary(std::string_view text, const std::string& file_name);


// A profile on its own (--profile FILE): a [profile] table, or the profile
// keys at the top level.
struct PlacedProfile {
  Profile profile;
  ProfilePlaces places;
};
using ProfileRead = util::Parsed<PlacedProfile>;

ProfileRead read_profile_file(std::string_view text, const std::string& file_name);

} // namespace catrack::diary
