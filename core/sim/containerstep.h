#pragma once

#include "lambdastep.h"

// The step loop of Fargate, ECS, EKS and EC2 nodes (DESIGN.md, "Simulation"): provisioned
// capacity under target tracking, overflow as queueing.
namespace archscope::sim {

// One container or instance fleet over one chunk: what stepContainer reads and writes.
struct ContainerChunk
{
    const SimGraph::Node *node = nullptr;
    NodeState *state = nullptr;
    int len = 0;
    const int *posOf = nullptr;
    double t0 = 0, dt = 1;
    // Arrivals per step in three buffers, or (inAsync null) in inSync alone.
    const double *inSync = nullptr, *inAsync = nullptr, *inOther = nullptr;
    double *out = nullptr;  // served per step
    queueing::OccupancyFeed *occupancy = nullptr;  // random arrivals only (one fleet at a time)
    double *series[SimulationResults::seriesCount] = {};
};
// The fleet's step is one body (containerstep.cpp), a template on the lane type: stepContainer
// instantiates it on double, stepContainerLanes on vectors.
void stepContainer(const ContainerChunk &c);

// Up to four fleets in lanes (two for a run of two), like LambdaLanes: lane j gets the same
// bits as stepContainer on its own; fillers (lanes count .. 3) read zeros and write to scratch.
struct ContainerLanes
{
    ContainerChunk lane[4];
    int count = 0;
    bool storeArrivals = true;  // false: every lane has one input (inSync), read from there
    double *series4[SimulationResults::seriesCount] = {};
};
void stepContainerLanes(const ContainerLanes &lanes);

} // namespace archscope::sim
