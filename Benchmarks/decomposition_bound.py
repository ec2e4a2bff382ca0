"""The strongest bound a per-park decomposition gives on a standard-land MIP.

A measurement, not part of parkopt: it answers "would a Lagrangian or
Dantzig-Wolfe bound over parks prove a 0.01 % gap?" for a model written by
`parkopt assign CASE --write-model F.mps`.

Dualising project_once (each project in at most one park) splits the MIP
into one sub-MIP per park: its parcels, its energy / carbon / share / land
rows, each project at most once there. For project prices pi >= 0 (free for
must-place projects) every plan is worth at most

    L(pi) = sum_j pi_j + sum_k max over park-k plans of sum (c - pi_j) x,

a valid bound whatever pi is (the sub-MIPs' dual bounds are used, so an
unfinished sub-MIP still gives a valid L). Column generation over park
plans (a master LP choosing at most one plan per park, each project at most
once) drives pi towards the best L, the convex hull of each park's plans:
the Dantzig-Wolfe bound. Prices are smoothed towards the best pi seen
(Wentges), which keeps the sub-MIP objectives from oscillating.

Needs highspy (`pip install highspy`). Usage:

    python3 Benchmarks/decomposition_bound.py F.mps [best known objective]
"""
import collections
import re
import sys
import time

import highspy
import numpy as np

INF = highspy.kHighsInf


def read(path):
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    # One thread everywhere: HiGHS (1.16) refuses a sub-MIP's threads = 1
    # once a first solve has started its scheduler with more, and then
    # solves nothing.
    h.setOptionValue("threads", 1)
    h.readModel(path)
    return h


def main(path, incumbent=None, max_rounds=500):
    t0 = time.time()
    h = read(path)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    lp = h.getLp()
    n, m = lp.num_col_, lp.num_row_
    names = [h.getColName(i)[1] for i in range(n)]
    rows = [h.getRowName(i)[1] for i in range(m)]
    a = lp.a_matrix_
    column = [[(a.index_[k], a.value_[k]) for k in range(a.start_[c], a.start_[c + 1])] for c in range(n)]
    cost = np.array(lp.col_cost_)
    lower, upper = np.array(lp.row_lower_), np.array(lp.row_upper_)

    # The LP relaxation and its duals: the first prices.
    h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kContinuous] * n))
    h.run()
    print(f"LP bound {h.getInfo().objective_function_value:.1f}", flush=True)
    row_dual = np.array(h.getSolution().row_dual)

    park_of_row = {}
    for r, name in enumerate(rows):
        found = re.match(r"(energy_quota|carbon_quota|leading_share|land_supply|choose_park)\[(.*)\]", name)
        if found:
            park_of_row[r] = found.group(2).split(",")[1] if found.group(1) == "choose_park" else found.group(2)

    def project_of(c):
        found = re.match(r"assign\[(.*?),", names[c])
        return found.group(1) if found else None

    def park_of(c):
        for r, _ in column[c]:
            if r in park_of_row:
                return park_of_row[r]
        if names[c].startswith("in_park"):
            return names[c].split(",")[1].rstrip("]")
        raise SystemExit(f"column {names[c]} touches no park row")

    projects = sorted({project_of(c) for c in range(n)} - {None})
    index = {p: i for i, p in enumerate(projects)}
    # The project whose project_once row holds column c (its in_park choice,
    # or its assign when it has one parcel in the park), else -1: a project
    # with several parcels in a park is counted, and priced, once there,
    # through in_park, not through each assign (which the choose_park
    # rows tie to it).
    once_rows = {r for r, name in enumerate(rows) if name.startswith("project_once[")}
    project_col = [index[project_of(c)] if any(r in once_rows for r, _ in column[c]) else -1 for c in range(n)]
    must = np.zeros(len(projects), dtype=bool)
    price = np.zeros(len(projects))
    for r, name in enumerate(rows):
        if name.startswith("project_once["):
            j = index[name[len("project_once["):-1]]
            must[j] = lower[r] > 0.5
            price[j] = row_dual[r]

    # One sub-MIP per park, built once; only its objective changes.
    by_park = collections.defaultdict(list)
    for c in range(n):
        by_park[park_of(c)].append(c)
    parks = sorted(by_park)
    subs = {}
    for park in parks:
        cols = by_park[park]
        s = highspy.Highs()
        s.setOptionValue("output_flag", False)
        s.setOptionValue("mip_rel_gap", 1e-7)
        s.setOptionValue("threads", 1)
        own = sorted({r for c in cols for r, _ in column[c] if not rows[r].startswith("project_once")})
        at = {r: i for i, r in enumerate(own)}
        once = {}
        for c in cols:
            if project_col[c] >= 0:
                once.setdefault(project_col[c], len(own) + len(once))
        count = len(own) + len(once)
        s.addRows(count, np.array([lower[r] for r in own] + [0.0] * len(once)),
                  np.array([upper[r] for r in own] + [1.0] * len(once)), 0,
                  np.array([], dtype=np.int32), np.array([], dtype=np.int32), np.array([]))
        for c in cols:
            idx = [at[r] for r, _ in column[c] if r in at]
            val = [v for r, v in column[c] if r in at]
            if project_col[c] >= 0:
                idx.append(once[project_col[c]])
                val.append(1.0)
            s.addCol(0.0, 0, 1, len(idx), np.array(idx, dtype=np.int32), np.array(val))
        s.changeColsIntegrality(len(cols), np.arange(len(cols), dtype=np.int32),
                                np.array([highspy.HighsVarType.kInteger] * len(cols)))
        s.changeObjectiveSense(highspy.ObjSense.kMaximize)
        subs[park] = s

    def lagrangian(pi):
        bound = float(pi.sum())
        plans = []
        for park in parks:
            s, cols = subs[park], by_park[park]
            reduced = np.array([cost[c] - (pi[project_col[c]] if project_col[c] >= 0 else 0) for c in cols])
            s.changeColsCost(len(cols), np.arange(len(cols), dtype=np.int32), reduced)
            if s.run() != highspy.HighsStatus.kOk:
                raise SystemExit(f"park {park}: HiGHS failed on the sub-MIP (no bound)")
            bound += max(s.getInfo().mip_dual_bound, 0.0)
            x = np.array(s.getSolution().col_value)
            chosen = tuple(sorted(project_col[c] for c, v in zip(cols, x) if v > 0.5 and project_col[c] >= 0))
            plans.append((park, chosen, float(sum(cost[c] for c, v in zip(cols, x) if v > 0.5))))
        return bound, plans

    # Master LP: at most one plan per park, each project at most once
    # (exactly once if must-place; a penalised slack keeps it feasible).
    master = highspy.Highs()
    master.setOptionValue("output_flag", False)
    master.changeObjectiveSense(highspy.ObjSense.kMaximize)
    p = len(projects)
    master.addRows(p, np.where(must, 1.0, -INF), np.ones(p), 0,
                   np.array([], dtype=np.int32), np.array([], dtype=np.int32), np.array([]))
    master.addRows(len(parks), np.full(len(parks), -INF), np.ones(len(parks)), 0,
                   np.array([], dtype=np.int32), np.array([], dtype=np.int32), np.array([]))
    for j in np.flatnonzero(must):
        master.addCol(-1e5, 0, INF, 1, np.array([j], dtype=np.int32), np.ones(1))
    seen = set()
    best, stable, alpha = INF, price.copy(), 0.5
    for rounds in range(1, max_rounds + 1):
        trial = price if rounds == 1 else alpha * stable + (1 - alpha) * price
        bound, plans = lagrangian(trial)
        if bound < best:
            best, stable = bound, trial.copy()
        added = 0
        for park, chosen, value in plans:
            if (park, chosen) not in seen:
                seen.add((park, chosen))
                idx = list(chosen) + [p + parks.index(park)]
                master.addCol(value, 0, INF, len(idx), np.array(idx, dtype=np.int32), np.ones(len(idx)))
                added += 1
        master.run()
        restricted = master.getInfo().objective_function_value
        duals = np.array(master.getSolution().row_dual)[:p]
        price = np.where(must, duals, np.maximum(duals, 0))
        gap = f", {100 * (best - incumbent) / incumbent:.4f} % above {incumbent}" if incumbent else ""
        print(f"round {rounds}: L = {bound:.1f}, best bound {best:.1f}{gap}, master {restricted:.1f}, "
              f"{added} plans added, {time.time() - t0:.1f} s", flush=True)
        if best - restricted <= 1e-6 * abs(restricted):
            break
    print(f"decomposition bound {best:.1f} after {rounds} rounds, {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else None)
