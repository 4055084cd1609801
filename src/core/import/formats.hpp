#pragma once
// The readers of each app's CSV export, called by read_any_diary()
// (export_reader.cpp) with the rows already split. Each fills `out.value`
// (days unsorted, as the rows come), `out.errors` and `out.warnings`.
// Not a public header.

#include "catrack/diary/reader.hpp"
#include "catrack/import/export_reader.hpp"
#include "import/csv.hpp"

#include <vector>

namespace catrack::import {

void read_cronometer_servings(const std::vector<csv::Row>& rows, diary::DiaryRead& out);
void read_cronometer_daily(const std::vector<csv::Row>& rows, diary::DiaryRead& out);
void read_mfp_nutrition(const std::vector<csv::Row>& rows, bool decimal_comma, const ReadOptions& options,
                        diary::DiaryRead& out);

} // namespace catrack::import
