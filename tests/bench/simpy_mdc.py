#!/usr/bin/env python3
"""The M/D/c queue of bench_exact in SimPy: Poisson arrivals, c servers, fixed durations.

Prints the mean wait and the requests simulated per second of wall time.
usage: simpy_mdc.py RATE SERVERS DURATION SECONDS
"""
import random
import sys
import time

import simpy


def main():
    rate, servers, duration, seconds = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    rng = random.Random(1)
    env = simpy.Environment()
    pool = simpy.Resource(env, capacity=servers)
    waits = []

    def request(env):
        arrived = env.now
        with pool.request() as slot:
            yield slot
            waits.append(env.now - arrived)
            yield env.timeout(duration)

    def source(env):
        while True:
            yield env.timeout(rng.expovariate(rate))
            env.process(request(env))

    env.process(source(env))
    started = time.perf_counter()
    env.run(until=seconds)
    wall = time.perf_counter() - started
    print("mean wait %.4f s" % (sum(waits) / max(1, len(waits))))
    print("requests_per_s %d" % int(len(waits) / wall))


if __name__ == "__main__":
    main()
