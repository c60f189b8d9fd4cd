#pragma once

#include "simulationresults.h"

// The step loop of relays (API Gateway, load balancers, topics, queues, streams, tables,
// buckets): what arrives passes on, charged per event and per second.
namespace archscope::sim {

// One relay (count 1) or up to four over one chunk, one per lane (like LambdaLanes); lane j
// gets the same bits as the relay stepped on its own: the step is one body (relaystep.cpp),
// a template on the lane type. What a relay passes on is what arrives, so it writes no output
// of its own. Fillers (lanes count .. 3) read zeros.
struct RelayLanes
{
    int len = 0;
    const int *posOf = nullptr;
    int count = 0;
    const double *in[4] = {};  // events arriving per step
    double usdPerEvent[4] = {}, standing[4] = {};  // standing: USD per step
    double cumulative[4] = {};                     // cumulative cost, carried from chunk to chunk
    bool storeArrivals = true;                     // false: they are read from `in`
    // One relay: [series][position]; lanes: [series][position * 4 + lane].
    double *series[SimulationResults::seriesCount] = {};
};
void stepRelayLanes(RelayLanes &lanes);

} // namespace archscope::sim
