#!/usr/bin/env python3
"""Compares the fast model with the exact per-request engine on diagrams, over several seeds.

    scripts/compare-engines.py [--bin build/release/app/archscope] [--seeds 3] [--horizon 6h] FILE.archscope...

For each diagram: one fast run and SEEDS exact runs (seeds 1..SEEDS) over the diagram's whole
horizon (or the first --horizon of it, for a diagram whose horizon holds more requests than
the exact engine's budget), then a Markdown table per node of the figures both engines give: the fast figure, the
exact mean and its standard error, and whether the fast figure is within the scenario table's
tolerance of the mean (throttled within 10 % or 0.3 points; peak concurrency and backlog within
15 % or one; ages within 20 % or 1 s; p99 duration within 20 %). A peak is one draw of a
maximum, so a single seed can mislead: take more seeds before calling a figure a gap.
Exit status 1 if any figure is out of tolerance, 2 on a failed run.
"""
import argparse
import json
import math
import statistics
import subprocess
import sys

# figure: (read it from a node's JSON, relative tolerance, absolute tolerance); None: shown only.
# Each is compared where both engines mean the same by it: a polled queue's messages and their
# age at the queue or stream (the exact engine also counts them at the function that polls it),
# a fleet's units and waits at the fleet.
THROTTLED = ("throttled", lambda n: n["throttled"] / n["arrivals"] if n.get("arrivals") else 0.0, 0.10, 0.003)
PEAK = ("peakConcurrency", lambda n: n.get("peakConcurrency"), 0.15, 1.0)
BACKLOG = ("peakBacklog", lambda n: n.get("peakBacklog"), 0.15, 1.0)
P99 = ("durationP99Ms", lambda n: (n.get("durationMs") or {}).get("p99"), 0.20, 0.0)
SHOWN = [("invocations", lambda n: n.get("invocations"), None, None),
         ("coldStarts", lambda n: n.get("coldStarts"), None, None)]
QUEUE_AGE = ("maxAgeOfOldestMessageS", lambda n: n.get("maxAgeOfOldestMessageS"), 0.20, 1.0)
STREAM_AGE = ("maxIteratorAgeS", lambda n: n.get("maxIteratorAgeS"), 0.20, 1.0)
POLLED = {"sqs", "kinesis", "dynamodb"}
FLEETS = {"fargate", "ecs_ec2", "eks", "ec2"}


def figures(kind, polled):
    """What is compared at a node of `kind`; `polled`: a function some queue or stream invokes."""
    if kind == "lambda":
        return [THROTTLED, PEAK, P99] + ([] if polled else [BACKLOG]) + SHOWN
    if kind == "sqs":
        return [BACKLOG, QUEUE_AGE]
    if kind in ("kinesis", "dynamodb"):
        return [BACKLOG, STREAM_AGE]
    if kind in FLEETS:
        return [BACKLOG, P99]
    return []


def simulate(binary, path, extra, horizon):
    horizonArgs = ["--horizon", horizon] if horizon else []
    run = subprocess.run([binary, "simulate", path, "--json", *horizonArgs, *extra], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"{path}: archscope simulate {' '.join([*horizonArgs, *extra])} failed: {run.stderr.strip()}".replace("  ", " "))
    return json.loads(run.stdout)


def within(fast, exact, relative, absolute):
    return abs(fast - exact) <= max(relative * abs(exact), absolute)


def compare(binary, path, seeds, horizonArg):
    fast = simulate(binary, path, [], horizonArg)
    horizon = int(math.ceil(fast["horizonS"]))
    exact = [simulate(binary, path, ["--exact", "--window", f"0s..{horizon}s", "--seed", str(s)], horizonArg)
             for s in range(1, seeds + 1)]
    with open(path, encoding="utf-8") as f:
        diagram = json.load(f)
    kinds = {n["id"]: n["kind"] for n in diagram["nodes"]}
    polled = {e["to"] for e in diagram["edges"] if e.get("kind") == "trigger" and kinds.get(e["from"]) in POLLED}
    rows, out = [], 0
    for node in fast["nodes"]:
        runs = [next(n for n in e["nodes"] if n["id"] == node["id"]) for e in exact]
        for name, read, relative, absolute in figures(node["kind"], node["id"] in polled):
            f = read(node)
            values = [read(n) for n in runs]
            if f is None or any(v is None for v in values) or (not f and not any(values)):
                continue
            mean = statistics.fmean(values)
            error = statistics.stdev(values) / math.sqrt(len(values)) if len(values) > 1 else 0.0
            mark = ""
            if relative is not None:
                ok = within(f, mean, relative, absolute)
                mark = "" if ok else " ✗"
                out += 0 if ok else 1
            rows.append(f"| {node['id']} | {name} | {f:.4g} | {mean:.4g} ± {error:.2g}{mark} |")
    print(f"\n{path} ({seeds} exact seeds over {horizon} s)\n")
    print("| node | figure | fast | exact (mean ± s.e.) |\n| --- | --- | --- | --- |")
    print("\n".join(rows))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="build/release/app/archscope", help="the archscope program")
    parser.add_argument("--seeds", type=int, default=3, help="exact runs per diagram (seeds 1..N)")
    parser.add_argument("--horizon", help="simulate this long instead of the diagram's horizon (as simulate's --horizon: 6h, 1d)")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.seeds < 1:
        parser.error("--seeds must be at least 1")
    out = 0
    try:
        for path in args.files:
            out += compare(args.bin, path, args.seeds, args.horizon)
    except (RuntimeError, OSError, json.JSONDecodeError) as e:
        print(e, file=sys.stderr)
        return 2
    print(f"\n{out} figure(s) out of tolerance")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
