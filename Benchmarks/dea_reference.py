#!/usr/bin/env python3
"""Independent DEA reference for `parkopt evaluate --dea firms` (HiGHS).

Reads a firm table (e.g. from Examples/generate_benefit_case.py), keeps the
firms `parkopt` keeps (every chosen figure present and >= 0, some input and
some output > 0) and solves, for every unit, the full envelopment LP with
all units as references (no column generation, no restricted basis) with
HiGHS, on the raw figures:

  CCR / BCC, input-oriented:  min theta  s.t.  sum_j lambda_j x_ij <= theta x_io,
                              sum_j lambda_j y_rj >= y_ro, lambda >= 0 (BCC: sum lambda = 1)
  super-efficiency: the same with lambda_o = 0 (empty when infeasible).

Writes one CSV row per unit: the unit, its inputs and outputs as read, and
ccr_efficiency, ccr_super, bcc_efficiency, bcc_super (12 significant digits).
That file is the fixture Tests/BenefitEvaluationTests/Fixtures/dea_2000_units.csv,
made with:

  python3 Examples/generate_benefit_case.py --firms 2000 --out /tmp/dea2000.csv --seed 7
  python3 Benchmarks/dea_reference.py /tmp/dea2000.csv \
      Tests/BenefitEvaluationTests/Fixtures/dea_2000_units.csv

Needs `pip install highspy numpy`. Only this script needs them: the Swift
test reads the committed CSV.
"""
import csv
import sys

import highspy
import numpy as np

INPUTS = ["land_mu", "energy_tce", "investment_wan", "employees"]
OUTPUTS = ["revenue_wan", "tax_wan", "value_added_wan"]


def read_units(path):
    units, x, y = [], [], []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                xs = [float(row[c]) for c in INPUTS]
                ys = [float(row[c]) for c in OUTPUTS]
            except (KeyError, ValueError):
                continue
            if min(xs + ys) < 0 or max(xs) <= 0 or max(ys) <= 0:
                continue
            units.append(row["id"])
            x.append(xs)
            y.append(ys)
    return units, np.array(x), np.array(y)


class Envelopment:
    """min theta over columns [theta, lambda_1..lambda_n]; rows: inputs, outputs, (convexity)."""

    def __init__(self, x, y, bcc):
        n, m = x.shape
        s = y.shape[1]
        self.x, self.y, self.m, self.s, self.n = x, y, m, s, n
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("primal_feasibility_tolerance", 1e-10)
        h.setOptionValue("dual_feasibility_tolerance", 1e-10)
        inf = highspy.kHighsInf
        h.addVar(0, inf)  # theta
        h.changeColCost(0, 1)
        for _ in range(n):
            h.addVar(0, inf)
        cols = np.arange(1, n + 1, dtype=np.int32)
        for i in range(m):  # sum lambda x_i - theta x_io <= 0 (theta coefficient set per unit)
            h.addRow(-inf, 0, n, cols, x[:, i].astype(np.float64))
        for r in range(s):  # sum lambda y_r >= y_ro
            h.addRow(0, inf, n, cols, y[:, r].astype(np.float64))
        if bcc:
            h.addRow(1, 1, n, cols, np.ones(n))
        self.h = h

    def theta(self, o, exclude):
        h = self.h
        for i in range(self.m):
            h.changeCoeff(i, 0, -float(self.x[o, i]))
        for r in range(self.s):
            h.changeRowBounds(self.m + r, float(self.y[o, r]), highspy.kHighsInf)
        if exclude:
            h.changeColBounds(o + 1, 0, 0)
        h.run()
        status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            # HiGHS's hot start can report a changed, feasible LP infeasible:
            # solve it again from scratch before believing it.
            h.clearSolver()
            h.run()
            status = h.getModelStatus()
        value = h.getInfo().objective_function_value if status == highspy.HighsModelStatus.kOptimal else None
        if exclude:
            h.changeColBounds(o + 1, 0, highspy.kHighsInf)
        if status not in (highspy.HighsModelStatus.kOptimal, highspy.HighsModelStatus.kInfeasible):
            raise SystemExit(f"unit {o}: HiGHS status {h.modelStatusToString(status)}")
        return value


def number(v):
    return "" if v is None else f"{v:.12g}"


def main():
    units, x, y = read_units(sys.argv[1])
    columns = {}
    for name, bcc in (("ccr", False), ("bcc", True)):
        lp = Envelopment(x, y, bcc)
        eff = [lp.theta(o, False) for o in range(len(units))]
        sup = [lp.theta(o, True) for o in range(len(units))]
        columns[name] = (eff, sup)
        print(f"{name}: {len(units)} units, {sum(1 for e in eff if e > 1 - 1e-9)} efficient", file=sys.stderr)
    handle = open(sys.argv[2], "w", newline="", encoding="utf-8")
    out = csv.writer(handle, lineterminator="\n")
    out.writerow(["unit"] + INPUTS + OUTPUTS + ["ccr_efficiency", "ccr_super", "bcc_efficiency", "bcc_super"])
    for o, unit in enumerate(units):
        out.writerow([unit] + [f"{v:g}" for v in x[o]] + [f"{v:g}" for v in y[o]]
                     + [number(columns["ccr"][0][o]), number(columns["ccr"][1][o]),
                        number(columns["bcc"][0][o]), number(columns["bcc"][1][o])])
    handle.close()


if __name__ == "__main__":
    main()
