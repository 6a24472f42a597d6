#include "Clock.h"

namespace Aloite {

namespace {
const SystemClock s_systemClock;
const Clock* s_clock = &s_systemClock;
} // namespace

const Clock& Clock::instance()
{
    return *s_clock;
}

void Clock::setInstance(const Clock* clock)
{
    s_clock = clock ? clock : &s_systemClock;
}

} // namespace Aloite
