#!/usr/bin/env python3
"""Fill a batch folder's run folders with made-up `rank --outputs first`
results, to time `parkopt batch merge` alone (no run is made).

For every run of DIR/plan.json, writes runs/ID/outcome.json,
runs/ID/result/run.json and runs/ID/result/first_sites.csv: one row per
project of CASE/projects.csv; its first site is taken from TOP (a real
run's top.csv or first_sites.csv) and, for about one project in ten per
run, replaced by one of 3 other sites of the same file (fixed per project) (seeded, so the same
arguments write the same bytes). Projects without a site in TOP stay
without one.

Usage: python3 Benchmarks/fake_rank_batch.py DIR CASE TOP
DIR/plan.json must exist: `parkopt batch plan SWEEP.yaml --format json >
DIR/plan.json` (SWEEP.yaml: e.g. the manifest Benchmarks/run-rank-sweep.sh
writes, with E=25 L=20 S=20 for 10,000 runs; its `case` a link to CASE).
CASE: the province case (Benchmarks/generate_province_case.py); TOP: the
top.csv of one `parkopt rank CASE` run. 10,000 runs: 3.3 GB, about 5 min
on an idle machine (21 min at load 12).
"""

import csv
import json
import os
import random
import sys


def main():
    folder, case, top = sys.argv[1:4]
    with open(os.path.join(case, "projects.csv"), newline="", encoding="utf-8") as f:
        projects = [row[0] for row in list(csv.reader(f))[1:]]
    first = {}
    with open(top, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    rank = header.index("rank") if "rank" in header else None
    for row in rows[1:]:
        if rank is not None and row[rank] != "1":
            continue
        if row[1 if rank is None else 3]:
            first[row[0]] = (row[3], row[4], row[6]) if rank is not None else (row[1], row[2], row[3])
    sites = sorted(set(first.values()))
    with open(os.path.join(folder, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    run_json = json.dumps({"status": "ranked", "exit_code": 0, "inputs": [], "parkopt_version": "fake"}, indent=2)
    base = [p + "," + (",".join(first[p]) if p in first else ",,") for p in projects]
    placed = [i for i, p in enumerate(projects) if p in first]
    for n, run in enumerate(plan["runs"]):
        rng = random.Random(n)
        result = os.path.join(folder, "runs", run["id"], "result")
        os.makedirs(result, exist_ok=True)
        lines = list(base)
        for i in rng.sample(placed, len(placed) // 10):
            # one of 3 other sites per project (seeded by the project)
            lines[i] = projects[i] + "," + ",".join(sites[(i * 7919 + 104729 * rng.randrange(3)) % len(sites)])
        with open(os.path.join(result, "first_sites.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("project_id,park,parcel,score\r\n" + "\r\n".join(lines) + "\r\n")
        with open(os.path.join(result, "run.json"), "w", encoding="utf-8") as f:
            f.write(run_json + "\n")
        with open(os.path.join(folder, "runs", run["id"], "outcome.json"), "w", encoding="utf-8") as f:
            json.dump({"id": run["id"], "exit_code": 0, "error": "", "case_files": []}, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
