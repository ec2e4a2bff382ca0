#!/usr/bin/env python3
"""Compares `parkopt evaluate --dea firms --write-json` results with Benchmarks/dea_reference.py's.

Usage: dea_compare.py REFERENCE.csv ccr|bcc results.json
Prints the worst difference of efficiency and super-efficiency and how many
units differ by more than 1e-6; exits 1 when any does.
"""
import csv
import json
import sys


def main():
    reference = {row["unit"]: row for row in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
    model, results = sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))["dea"]
    worst = worst_super = 0.0
    bad = 0
    for r in results:
        row = reference[r["unit"]]
        d = abs(r["efficiency"] - float(row[model + "_efficiency"]))
        worst = max(worst, d)
        bad += d > 1e-6
        theirs, ours = row[model + "_super"], r.get("super_efficiency")
        if (theirs == "") != (ours is None):
            bad += 1
        elif ours is not None:
            d = abs(ours - float(theirs)) / max(1.0, float(theirs))
            worst_super = max(worst_super, d)
            bad += d > 1e-6
    print(f"{model}: {len(results)} units; worst |efficiency difference| {worst:.2e}, "
          f"worst super-efficiency difference {worst_super:.2e}; units off by > 1e-6: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
