#!/usr/bin/env python3
"""Median, min and max of each JMH benchmark's measurement iterations, plus its
gc.alloc.rate.norm, from a JMH JSON result file (java -jar benchmarks.jar ... -rf json -rff FILE).
SampleTime benchmarks have no iteration scores: their p50, p99 and p99.9 over all samples
are printed instead.

JMH prints means with a confidence interval; on a shared, noisy machine the median of the
iterations is the steadier figure, and docs/PERFORMANCE.md quotes it.

usage: fusion-bench/scripts/medians.py jmh-result.json
"""
import json
import statistics
import sys


def main(path):
    with open(path) as f:
        results = json.load(f)
    print(f"{'benchmark':<48} {'median':>10} {'min':>10} {'max':>10}  unit      alloc B/op")
    for result in results:
        metric = result["primaryMetric"]
        unit = metric["scoreUnit"]
        alloc = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        name = ".".join(result["benchmark"].split(".")[-2:])
        params = ",".join(f"{k}={v}" for k, v in result.get("params", {}).items())
        label = f"{name} {params}".strip()
        alloc_text = "" if alloc is None else f"{alloc:.3f}"
        if "rawData" not in metric:
            p = metric["scorePercentiles"]
            print(f"{label:<48} p50 {p['50.0']:.1f}  p99 {p['99.0']:.1f}  p99.9 {p['99.9']:.1f}  {unit:<9} {alloc_text}")
            continue
        raw = [x for fork in metric["rawData"] for x in fork]
        print(f"{label:<48} {statistics.median(raw):>10.1f} {min(raw):>10.1f} {max(raw):>10.1f}  {unit:<9} {alloc_text}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
