#pragma once
// The page's two charts over time (calcium and vitamin D, per day, week or
// month), with their tables. Not a public header: page.cpp's parts.

#include "cli/render/page.hpp"

namespace catrack::cli::render::page {

Section calcium_section(const report::DiaryReport& report, report::Interval interval);
Section vitamin_d_section(const report::DiaryReport& report, report::Interval interval);

} // namespace catrack::cli::render::page
