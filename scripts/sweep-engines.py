#!/usr/bin/env python3
"""Draws random diagrams near capacity and compares the fast model with the exact engine on each.

    scripts/sweep-engines.py [--count 28] [--draw 7] [--seeds 3] [--horizon 6h] [--out DIR] [--bin ...]

The scenario table checks chosen diagrams; this draws new ones from seven families, each
between half and 110 % of its capacity: API → Lambda with reserved concurrency, SQS → Lambda
(batches of 1, 5, 10), Kinesis → Lambda, SNS → Lambda (async), ALB → a Fargate fleet of
fixed size, a chain API → Lambda → SQS → Lambda, and sync calls beside async events sharing
the account's pool. Durations' coefficient of variation 0.25 to 1. Each diagram is written to
DIR (kept, to rerun with more seeds) and compared as scripts/compare-engines.py does; the
summary lists the diagrams with a figure out of the scenario table's tolerance. A peak is one
draw of a maximum: take more seeds or a longer horizon before calling a figure a gap.
Exit status 1 if any figure is out of tolerance, 2 on a failed run.
"""
import argparse
import importlib.util
import json
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def compare_engines():
    spec = importlib.util.spec_from_file_location("compare_engines", os.path.join(HERE, "compare-engines.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document(nodes, edges, account=1000):
    """An .archscope document: nodes (id, kind, props) in a row, edges (from, to, kind, props)."""
    return {"format": "archscope", "version": 1, "title": "sweep",
            "settings": {"region": "us-east-1", "horizonS": 21600, "stepS": 60, "seed": 1, "freeTier": False,
                         "accountConcurrency": account, "scaling": "2023"},
            "nodes": [{"id": i, "kind": k, "label": i, "x": 160 * n, "y": 0, "props": p}
                      for n, (i, k, p) in enumerate(nodes)],
            "edges": [{"id": f"e{n}", "from": a, "to": b, "kind": kind, "props": p}
                      for n, (a, b, kind, p) in enumerate(edges)]}


def traffic(rate):
    return {"traffic": {"shape": "constant", "rate": round(rate, 2), "noise": "poisson"}}


def function(ms, cv, **extra):
    return {"durationMs": ms, "durationCv": cv, "coldStartMs": 0, "timeoutS": 900, **extra}


def draw(family, rng):
    """One diagram of `family` (0..6) and a name that says what it is."""
    cv = rng.choice([0.25, 0.5, 0.5, 1.0])
    load = rng.uniform(0.5, 1.1)
    trigger = lambda a, b, **p: (a, b, "trigger", p)
    if family == 0:
        c, ms = rng.choice([5, 10, 30, 100]), rng.choice([200, 1000, 3000])
        rate = load * c / (ms / 1000)
        return (f"sync-c{c}-{ms}ms-{rate:.1f}rps-cv{cv}",
                document([("api", "apigw", traffic(rate)), ("fn", "lambda", function(ms, cv, reservedConcurrency=c))],
                         [trigger("api", "fn")]))
    if family == 1:
        c, batch, ms = rng.choice([5, 20, 50]), rng.choice([1, 5, 10]), rng.choice([500, 1000, 2000])
        rate = load * c * batch / (ms / 1000)
        return (f"sqs-c{c}-batch{batch}-{ms}ms-{rate:.1f}mps-cv{cv}",
                document([("q", "sqs", traffic(rate)), ("fn", "lambda", function(ms, cv, reservedConcurrency=c))],
                         [trigger("q", "fn", batchSize=batch)]))
    if family == 2:
        shards, batch, ms = rng.choice([1, 2, 4]), rng.choice([1, 10, 100]), rng.choice([200, 500, 1000])
        rate = load * shards * batch / (ms / 1000)
        return (f"kinesis-{shards}shards-batch{batch}-{ms}ms-{rate:.1f}rps-cv{cv}",
                document([("k", "kinesis", {**traffic(rate), "shards": shards}), ("fn", "lambda", function(ms, cv))],
                         [trigger("k", "fn", batchSize=batch)]))
    if family == 3:
        c, ms = rng.choice([5, 20, 50]), rng.choice([500, 1000])
        rate = load * c / (ms / 1000)
        return (f"async-c{c}-{ms}ms-{rate:.1f}eps-cv{cv}",
                document([("t", "sns", traffic(rate)), ("fn", "lambda", function(ms, cv, reservedConcurrency=c))],
                         [trigger("t", "fn")]))
    if family == 4:
        tasks, capacity, ms = rng.choice([2, 4, 8]), rng.choice([10, 40]), rng.choice([100, 200, 500])
        rate = load * tasks * capacity * 0.6
        fleet = {"capacityPerTask": capacity, "minTasks": tasks, "maxTasks": tasks, "durationMs": ms, "durationCv": cv}
        return (f"fargate-{tasks}x{capacity}-{ms}ms-{rate:.1f}rps-cv{cv}",
                document([("lb", "alb", traffic(rate)), ("svc", "fargate", fleet)], [trigger("lb", "svc")]))
    if family == 5:
        c, batch, ms = rng.choice([10, 30]), rng.choice([1, 10]), rng.choice([500, 1000])
        rate = load * c / (ms / 1000)
        return (f"chain-c{c}-batch{batch}-{ms}ms-{rate:.1f}rps-cv{cv}",
                document([("api", "apigw", traffic(rate)), ("fn", "lambda", function(200, cv)), ("q", "sqs", {}),
                          ("fn2", "lambda", function(ms, cv, reservedConcurrency=c))],
                         [trigger("api", "fn"), ("fn", "q", "write", {}), trigger("q", "fn2", batchSize=batch)]))
    account = rng.choice([100, 200, 400])
    sync = load * account * rng.uniform(0.3, 0.7)
    queued = load * account - sync
    return (f"pool-{account}-sync{sync:.1f}-async{queued:.1f}-cv{cv}",
            document([("a", "apigw", traffic(sync)), ("fa", "lambda", function(1000, cv)),
                      ("b", "sns", traffic(queued)), ("fb", "lambda", function(1000, cv))],
                     [trigger("a", "fa"), trigger("b", "fb")], account))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="build/release/app/archscope", help="the archscope program")
    parser.add_argument("--count", type=int, default=28, help="diagrams to draw (the families in turn)")
    parser.add_argument("--draw", type=int, default=7, help="the random draw (the same one gives the same diagrams)")
    parser.add_argument("--seeds", type=int, default=3, help="exact runs per diagram (seeds 1..N)")
    parser.add_argument("--horizon", default="6h", help="simulated time per diagram (as simulate's --horizon)")
    parser.add_argument("--out", help="where the diagrams go (default: a new temporary directory)")
    args = parser.parse_args()
    if args.seeds < 1 or args.count < 1:
        parser.error("--seeds and --count must be at least 1")
    out_dir = args.out or tempfile.mkdtemp(prefix="archscope-sweep-")
    os.makedirs(out_dir, exist_ok=True)
    engines = compare_engines()
    rng = random.Random(args.draw)
    missed = []
    try:
        for n in range(args.count):
            name, diagram = draw(n % 7, rng)
            path = os.path.join(out_dir, f"{n:02d}-{name}.archscope")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(diagram, f, indent=1)
            if engines.compare(args.bin, path, args.seeds, args.horizon):
                missed.append(path)
    except (RuntimeError, OSError, json.JSONDecodeError) as e:
        print(e, file=sys.stderr)
        return 2
    print(f"\n{len(missed)} of {args.count} diagrams with a figure out of tolerance (diagrams in {out_dir})")
    for path in missed:
        print(f"  {path}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
