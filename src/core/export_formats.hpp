#pragma once
// The readers of each app's CSV export, called by read_any_diary()
// (export_reader.cpp) with the rows already split. Each fills `out.diary`
// (days unsorted, as the rows come), `out.errors` and `out.warnings`.
// Not a public header.

#include "catrack/diary_reader.hpp"
#include "catrack/export_reader.hpp"
#include "csv.hpp"

#include <vector>

namespace catrack::exports {

void read_cronometer_servings(const std::vector<csv::Row>& rows, DiaryRead& out);
void read_cronometer_daily(const std::vector<csv::Row>& rows, DiaryRead& out);
void read_mfp_nutrition(const std::vector<csv::Row>& rows, bool decimal_comma, const ReadOptions& options,
                        DiaryRead& out);

} // namespace catrack::exports
