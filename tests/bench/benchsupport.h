#pragma once

// What every benchmark prints the same way.

#include <sys/resource.h>

namespace benchsupport {

// The process's peak resident memory so far, in MB.
inline double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace benchsupport
