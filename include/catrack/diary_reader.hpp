#pragma once
// TOML text -> Diary. Checks syntax, types and keys; lookups happen later
// (resolve.hpp), so a diary can be read once and resolved against any table.

#include "catrack/diagnostic.hpp"
#include "catrack/diary.hpp"

#include <string>
#include <string_view>

namespace catrack {

struct DiaryRead {
  Diary diary;
  Diagnostics errors; // all of them, in file order; empty = usable
};

DiaryRead read_diary(std::string_view text, const std::string& file_name);

// Days with the same date become one (entries in order); days come out sorted.
void merge_days(std::vector<Day>& days);

// A profile on its own (--profile FILE): a [profile] table, or the profile
// keys at the top level.
struct ProfileRead {
  Profile profile;
  Diagnostics errors;
};

ProfileRead read_profile_file(std::string_view text, const std::string& file_name);

} // namespace catrack
