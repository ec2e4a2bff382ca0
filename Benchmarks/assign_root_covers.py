"""How far lifted cover cuts on the park rows close the root gap of `parkopt assign`.

A measurement, not part of parkopt (issue 19: which strengthening would make
the park relaxation's bound strong enough). For the MIP written by
`parkopt assign CASE --write-model F.mps`, a root cutting-plane loop on the
LP relaxation (HiGHS as the LP solver):

- each park's knapsack rows are separated: `energy_quota[k]` and
  `carbon_quota[k]` with a project's columns in the park as one item
  (y_jk = sum of its assign[j,p] there, weight its energy or carbon), and
  `land_supply[k]` with each parcel column as an item (a column with a
  negative coefficient, stock land that adds allowance, is complemented);
- a cover is found greedily (items by (1 - y) / weight), made minimal, and
  lifted exactly over the other items (sequential up-lifting, a DP on the
  cover's value), then added if violated;
- rounds go on until no cover is violated.

    python3 Benchmarks/assign_root_covers.py F.mps [ROUNDS] [PROJECT ...] [--write G.mps]

PROJECT ids are forced in (project_once lower bound 1), as the explaining
re-solves do. --write writes the MIP with the cuts (all columns integer).
Needs highspy.
"""

import sys, re, time, collections
import highspy, numpy as np

arguments = sys.argv[1:]
write = None
if "--write" in arguments:
    i = arguments.index("--write"); write = arguments[i + 1]; del arguments[i:i + 2]
path = arguments[0]; rounds = int(arguments[1]) if len(arguments) > 1 else 60
forced = arguments[2:]  # project ids forced in
h = highspy.Highs(); h.setOptionValue("output_flag", False); h.readModel(path)
lp = h.getLp(); n, m = lp.num_col_, lp.num_row_
names = [h.getColName(i)[1] for i in range(n)]; rows = [h.getRowName(i)[1] for i in range(m)]
h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kContinuous] * n))
for p in forced:
    ok, r = h.getRowByName(f"project_once[{p}]"); h.changeRowBounds(r, 1, 1)
a = lp.a_matrix_
cols_of_row = collections.defaultdict(list)
for c in range(n):
    for k in range(a.start_[c], a.start_[c + 1]):
        cols_of_row[a.index_[k]].append((c, a.value_[k]))
def project(c):
    mm = re.match(r"(?:assign|in_park)\[(.*?),", names[c]); return mm.group(1) if mm else None
knaps = []
for r, name in enumerate(rows):
    if re.match(r"(energy_quota|carbon_quota)\[", name):
        items = collections.defaultdict(list); w = {}
        for c, v in cols_of_row[r]:
            j = project(c); items[j].append(c); w[j] = v
        if any(v <= 0 for v in w.values()): continue
        knaps.append((name, lp.row_upper_[r], dict(items), w, set()))
    if re.match(r"land_supply\[", name):
        items = {names[c]: [c] for c, v in cols_of_row[r] if v != 0}
        w = {names[c]: abs(v) for c, v in cols_of_row[r] if v != 0}
        neg = {names[c] for c, v in cols_of_row[r] if v < 0}
        Q = lp.row_upper_[r] + sum(abs(v) for c, v in cols_of_row[r] if v < 0)
        knaps.append((name, Q, items, w, neg))
print(f"{len(knaps)} knapsack rows", flush=True)

def lift(C, others, w, Q):
    """Sequential up-lifting of sum_{C} y <= |C|-1 over `others` (exact, DP on value)."""
    alpha = {j: 1 for j in C}; rhs = len(C) - 1
    for i in others:
        # max sum alpha_j y_j s.t. sum w_j y_j <= Q - w_i over current items: min-weight DP by value
        cap = Q - w[i]
        if cap < 0: alpha[i] = rhs; continue
        vmax = sum(alpha.values()); INF = float("inf"); dp = [0.0] + [INF] * vmax
        for j, aj in alpha.items():
            for v in range(vmax, aj - 1, -1):
                if dp[v - aj] + w[j] < dp[v]: dp[v] = dp[v - aj] + w[j]
        best = max(v for v in range(vmax + 1) if dp[v] <= cap + 1e-9)
        if rhs - best > 0: alpha[i] = rhs - best
    return alpha, rhs

t0 = time.time(); total = 0; seen = set()
for rnd in range(rounds + 1):
    h.run(); z = h.getInfo().objective_function_value; x = np.array(h.getSolution().col_value)
    print(f"round {rnd}: LP {z:.1f}  cuts {total}  {time.time()-t0:.1f}s", flush=True)
    if rnd == rounds: break
    added = 0
    for name, Q, items, w, neg in knaps:
        y = {j: (1 - x[cs[0]]) if j in neg else sum(x[c] for c in cs) for j, cs in items.items()}
        cand = sorted((j for j in items if y[j] > 1e-6), key=lambda j: (1 - y[j]) / w[j])
        C, tot = [], 0.0
        for j in cand:
            C.append(j); tot += w[j]
            if tot > Q + 1e-9: break
        if tot <= Q + 1e-9: continue
        # minimal: drop items (largest 1-y first) while still a cover
        for j in sorted(C, key=lambda j: -(1 - y[j])):
            if tot - w[j] > Q + 1e-9: C.remove(j); tot -= w[j]
        others = sorted((j for j in items if j not in C), key=lambda j: -y[j])
        alpha, rhs = lift(C, others, w, Q)
        lhs = sum(alpha[j] * y[j] for j in alpha)
        if lhs <= rhs + 1e-6: continue
        key = tuple(sorted(alpha.items()))
        if key in seen: continue
        seen.add(key)
        idx, val = [], []
        for j, aj in alpha.items():
            if j in neg:
                idx.append(items[j][0]); val.append(-float(aj)); rhs -= aj
            else:
                for c in items[j]: idx.append(c); val.append(float(aj))
        h.addRow(-highspy.kHighsInf, float(rhs), len(idx), np.array(idx, dtype=np.int32), np.array(val))
        added += 1
    total += added
    if added == 0:
        h.run(); print(f"no violated cover; LP {h.getInfo().objective_function_value:.1f}"); break
if write:
    h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n))
    h.writeModel(write)
    print("written", write)
