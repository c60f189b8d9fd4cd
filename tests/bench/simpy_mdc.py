#!/usr/bin/env python3
"""The M/D/c queue of bench_exact in SimPy: Poisson arrivals, c servers, fixed durations.

Prints the mean wait and the requests simulated per second of CPU time (as bench_exact:
the machine may be shared). Debian 12's python3-simpy is SimPy 2.3 (module SimPy); SimPy 3
and later (module simpy) are used when installed instead.
usage: simpy_mdc.py RATE SERVERS DURATION SECONDS
"""
import random
import sys
import time


def run_simpy3(simpy, rate, servers, duration, seconds, rng, waits):
    env = simpy.Environment()
    pool = simpy.Resource(env, capacity=servers)

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
    env.run(until=seconds)


def run_simpy2(rate, servers, duration, seconds, rng, waits):
    from SimPy.Simulation import Process, Resource, Simulation, hold, release, request

    class Request(Process):
        def run(self, pool):
            arrived = self.sim.now()
            yield request, self, pool
            waits.append(self.sim.now() - arrived)
            yield hold, self, duration
            yield release, self, pool

    class Source(Process):
        def run(self, pool):
            while True:
                yield hold, self, rng.expovariate(rate)
                r = Request(sim=self.sim)
                self.sim.activate(r, r.run(pool))

    sim = Simulation()
    sim.initialize()
    pool = Resource(capacity=servers, sim=sim)
    source = Source(sim=sim)
    sim.activate(source, source.run(pool))
    sim.simulate(until=seconds)


def main():
    rate, servers, duration, seconds = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    rng = random.Random(1)
    waits = []
    started = time.process_time()
    try:
        import simpy
        version = "SimPy %s" % getattr(simpy, "__version__", "3+")
        run_simpy3(simpy, rate, servers, duration, seconds, rng, waits)
    except ImportError:
        import SimPy
        version = "SimPy %s" % getattr(SimPy, "__version__", "2")
        run_simpy2(rate, servers, duration, seconds, rng, waits)
    cpu = time.process_time() - started
    print(version)
    print("mean wait %.4f s" % (sum(waits) / max(1, len(waits))))
    print("requests_per_s %d" % int(len(waits) / cpu))


if __name__ == "__main__":
    main()
