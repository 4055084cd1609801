#pragma once
// Dates and times of day as diaries write them and reports print them.

#include <chrono>
#include <string>

namespace catrack::util {

using Date = std::chrono::year_month_day;

std::string format_date(const Date& date);    // "2026-11-24"
std::string format_time(int minute_of_day);   // "07:30"

} // namespace catrack::util
