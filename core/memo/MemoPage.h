#pragma once

#include "MemoRenderer.h"

// The memo's A4 page, shared by the files of MemoRenderer; not part of the memo room's interface.

namespace Aloite::MemoPage {

inline constexpr double MillimetresPerInch = 25.4;
inline constexpr double PageWidthMm = 210.0;
inline constexpr double PageHeightMm = 297.0;
inline constexpr double LeftMarginMm = 25.0;
inline constexpr double RightMarginMm = 20.0;
inline constexpr double TopMarginMm = 34.0;
inline constexpr double BottomMarginMm = 24.0;

inline double mm(double millimetres)
{
    return millimetres / MillimetresPerInch * MemoRenderer::Resolution;
}

inline double pt(double points)
{
    return points / 72.0 * MemoRenderer::Resolution;
}

} // namespace Aloite::MemoPage
