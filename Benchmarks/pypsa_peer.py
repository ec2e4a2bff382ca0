#!/usr/bin/env python3
"""Peer benchmark: the `parkopt size` LP built in PyPSA/linopy and solved by HiGHS.

Run on demand, not in CI:

    python3 -m venv /tmp/pypsa-venv && /tmp/pypsa-venv/bin/pip install pypsa highspy
    parkopt size Examples/kunming-greenpower --write-mathprog-data /tmp/gp.dat --output /tmp/gp
    /tmp/pypsa-venv/bin/python Benchmarks/pypsa_peer.py /tmp/gp.dat

It reads the MathProg data parkopt exports for Models/green_power.mod (so the
two tools see exactly the same numbers: MW, MWh, 万元, annuities already
applied) and builds the same formulation as PyPSA components:

- bus `park` with the load; generators `pv_ground`, `pv_rooftop`, `wind`
  (extendable, p_max_pu = capacity factor, capital_cost = annuity x capex + O&M);
- store `battery` (extendable energy, e_min_pu = min SOC, cyclic) behind two
  links `charger` (efficiency eta_charge) and `discharger` (eta_discharge)
  tied to one battery power P (charge <= P, delivered discharge <= P), the
  power cost on the charger;
- generator `grid` (import, marginal cost = TOU price) and generator `export`
  (p_min_pu = -1, marginal cost = export price, so exporting earns it);
- the rows PyPSA has no component for, added to the linopy model:
  green_only, self_use_of_generation, green_share_of_consumption,
  export_of_generation, area limits.

Demand charges, unserved load, existing capacities and grid charging are not
in this peer (the Kunming example uses none of them); it refuses data that
uses them. Prints the objective, the wall time of n.optimize() (build +
solve) and HiGHS's own time.
"""
import re
import sys
import time


def parse_dat(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out = {"hourly": {}, "cf": {}, "cap": {}, "area": {}}
    for stmt in text.split(";"):
        s = stmt.strip()
        if not s or s in ("data", "end"):
            continue
        if s.startswith("set MONTHS"):
            continue
        m = re.match(r"param:\s*(.*?):=(.*)", s, flags=re.S)
        if m:
            names = m.group(1).split()
            rows = [r.split() for r in m.group(2).strip().splitlines() if r.strip()]
            target = "hourly" if names[0] == "month" else ("cap" if names[0] == "capex" else "area")
            for r in rows:
                key = int(r[0]) if target == "hourly" else r[0]
                out[target][key] = dict(zip(names, map(float, r[1:])))
            continue
        m = re.match(r"param cf\s*:=(.*)", s, flags=re.S)
        if m:
            for r in m.group(1).strip().splitlines():
                g, t, v = r.split()
                out["cf"][(g, int(t))] = float(v)
            continue
        m = re.match(r"param (\w+)\s*:=\s*(\S+)", s)
        if m:
            out[m.group(1)] = float(m.group(2))
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    import numpy as np
    import pandas as pd
    import pypsa

    d = parse_dat(sys.argv[1])
    T = int(d["T"])
    for key in ("demand_charge", "allow_unserved", "grid_charging", "has_ground_limit"):
        if d.get(key, 0):
            sys.exit(f"pypsa_peer.py: {key} is not modelled in this peer")
    if any(c["existing"] for c in d["cap"].values()):
        sys.exit("pypsa_peer.py: existing capacities are not modelled in this peer")
    year_weight = 8760 / T
    hours = pd.RangeIndex(T)
    load = np.array([d["hourly"][t]["load"] for t in range(T)])
    price_in = np.array([d["hourly"][t]["price_import"] for t in range(T)]) * year_weight
    price_out = np.array([d["hourly"][t]["price_export"] for t in range(T)]) * year_weight

    def annual(k):
        c = d["cap"][k]
        return c["annuity"] * c["capex"] + c["fixed_om"]

    def bounds(k):
        c = d["cap"][k]
        return c["cap_min"], (c["cap_max"] if c["has_cap_max"] else np.inf)

    started = time.perf_counter()
    n = pypsa.Network()
    n.set_snapshots(hours)
    n.add("Bus", "park")
    n.add("Bus", "battery")
    n.add("Load", "load", bus="park", p_set=pd.Series(load, hours))
    gens = ["pv_ground", "pv_rooftop", "wind"]
    for g in gens:
        lo, hi = bounds(g)
        cf = pd.Series([d["cf"].get((g, t), 0.0) for t in range(T)], hours)
        n.add("Generator", g, bus="park", p_nom_extendable=True, p_max_pu=cf, capital_cost=annual(g),
              p_nom_min=lo, p_nom_max=hi)
    lo, hi = bounds("battery_mwh")
    n.add("Store", "battery", bus="battery", e_nom_extendable=True, e_min_pu=d["min_soc"], e_cyclic=True,
          capital_cost=annual("battery_mwh"), e_nom_min=lo, e_nom_max=hi)
    lo, hi = bounds("battery_mw")
    n.add("Link", "charger", bus0="park", bus1="battery", efficiency=d["eta_charge"], p_nom_extendable=True,
          capital_cost=annual("battery_mw"), p_nom_min=lo, p_nom_max=hi)
    n.add("Link", "discharger", bus0="battery", bus1="park", efficiency=d["eta_discharge"], p_nom_extendable=True)
    imp = d["import_limit"] if d["has_import_limit"] else 1e6
    n.add("Generator", "grid", bus="park", p_nom=imp, marginal_cost=pd.Series(price_in, hours))
    exp = d["export_limit"] if d["has_export_limit"] else 1e6
    n.add("Generator", "export", bus="park", p_nom=exp, p_max_pu=0.0, p_min_pu=-1.0,
          marginal_cost=pd.Series(price_out, hours))
    flh = {g: sum(d["cf"].get((g, t), 0.0) for t in range(T)) for g in gens}
    total_load = float(load.sum())

    def extra(n, snapshots):
        m = n.model
        p = m.variables["Generator-p"]
        p_nom = m.variables["Generator-p_nom"]
        link_p = m.variables["Link-p"]
        link_nom = m.variables["Link-p_nom"]
        def pick(var, name):
            # PyPSA < 1.0 names the component dimension after the component, 1.x calls it "name".
            dim = [x for x in var.dims if x != "snapshot"][0]
            return var.sel({dim: name})

        green = sum(pick(p, g) for g in gens)
        charge = pick(link_p, "charger")
        discharge_out = d["eta_discharge"] * pick(link_p, "discharger")
        export = -pick(p, "export")
        imports = pick(p, "grid")
        # One battery power P: charge <= P, and discharge delivered = eta_d x link input <= P.
        m.add_constraints(pick(link_nom, "charger") - d["eta_discharge"] * pick(link_nom, "discharger") == 0,
                          name="battery_power")
        m.add_constraints(charge + export - green - discharge_out <= 0, name="green_only")
        avail = sum(flh[g] * pick(p_nom, g) for g in gens)
        if d.get("has_self_use"):
            m.add_constraints(imports.sum() + d["min_self_use_of_generation"] * avail <= total_load,
                              name="self_use_of_generation")
        if d.get("has_green_share"):
            m.add_constraints(imports.sum() <= (1 - d["min_green_share_of_consumption"]) * total_load,
                              name="green_share_of_consumption")
        if d.get("has_export_share") and exp > 0:
            m.add_constraints(export.sum() - d["max_export_of_generation"] * avail <= 0, name="export_of_generation")
        for g in gens:
            a = d["area"][g]
            if a["has_area_limit"] and a["area_per_mw"] > 0:
                m.add_constraints(a["area_per_mw"] * pick(p_nom, g) <= a["area_limit"], name=f"area_{g}")

    status = n.optimize(solver_name="highs", extra_functionality=extra)
    wall = time.perf_counter() - started
    solver_seconds = getattr(n.model, "solver_model", None)
    print(f"status: {status}")
    print(f"objective_wan: {n.objective:.6f}")
    print(f"wall_seconds_optimize: {wall:.2f}")
    for g in gens:
        print(f"cap[{g}] = {n.generators.p_nom_opt[g]:.4f}")
    print(f"cap[battery_mwh] = {n.stores.e_nom_opt['battery']:.4f}")
    print(f"cap[battery_mw] = {n.links.p_nom_opt['charger']:.4f}")


if __name__ == "__main__":
    main()
