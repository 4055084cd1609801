#pragma once
// Days and diaries that become one: the days of a date within a diary, and
// the diaries of `--merge`. What cannot be merged is reported here, once.

#include "catrack/diary/diary.hpp"
#include "catrack/util/diagnostic.hpp"
#include "catrack/util/result.hpp"

#include <vector>

namespace catrack::diary {

// Days with the same date become one (entries in order); days come out
// sorted. A day given as a total is never merged: it is the whole day, so
// another day of its date is an error, one for each such pair of days, at
// the later of the two.
util::Diagnostics merge_days(std::vector<Day>& days);

// `--merge`: one diary from many, each already read (and so merged within
// itself, its errors said). They must agree on the profile; the errors are
// only those of the merge: a profile that differs, a day total in one file
// with a day of the same date in another.
util::Parsed<Diary> merge_diaries(std::vector<Diary> diaries);

} // namespace catrack::diary
