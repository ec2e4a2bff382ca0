#!/usr/bin/env python3
"""Writes the `parkopt size` stress cases (issue 20): full-year cases built from
profiles and costs nobody tuned for, one folder each (load.csv, resource.csv,
scenario.yaml). Seeded and standard library only; the cases are generated, not
committed, and are not examples.

    python3 Benchmarks/generate_size_stress.py [OUT_DIR] [--hours N] [--seed S]

OUT_DIR defaults to /tmp/size-stress. Each case differs from `base` in the
rule named by its folder; `offgrid-infeasible`, `offgrid-energy-infeasible` and
`offgrid-night-infeasible` have no feasible point.
"""
import math
import os
import random
import sys

HOURS = 8760
SEED = 20261128


def factory_load(rng, hours):
    """A two-shift factory, 31-150 MW: shifts 06-14 and 14-22, a night
    base, lighter weekends, a summer cooling bump, noise."""
    load = []
    for t in range(hours):
        day, h = divmod(t, 24)
        weekday = day % 7 < 5
        if 6 <= h < 14:
            shift = 1.0
        elif 14 <= h < 22:
            shift = 0.85
        else:
            shift = 0.15
        if not weekday:
            shift *= 0.55
        season = 1 + 0.12 * math.sin(2 * math.pi * (day - 100) / 365)
        mw = 31 + 112 * shift * season + rng.gauss(0, 3)
        load.append(min(150.0, max(31.0, mw)))
    return load


def resource(rng, hours):
    """PV: clear-sky shape times a daily clearness (cloudier May-October);
    wind: an AR(1) around a seasonal mean, clipped to 0-1."""
    pv, wind = [], []
    clear = 1.0
    w = 0.3
    for t in range(hours):
        day, h = divmod(t, 24)
        if h == 0:
            wet = 120 <= day % 365 < 300
            clear = min(1.0, max(0.08, rng.betavariate(2.0, 1.6) if wet else rng.betavariate(5.0, 1.3)))
        decl = 23.44 * math.sin(2 * math.pi * (284 + day % 365) / 365)
        daylen = 12 + 3.2 * decl / 23.44
        sunrise = 12 - daylen / 2
        x = (h + 0.5 - sunrise) / daylen
        shape = math.sin(math.pi * x) if 0 < x < 1 else 0.0
        pv.append(round(0.82 * clear * shape ** 1.3, 4))
        mean = 0.30 + 0.12 * math.cos(2 * math.pi * (day % 365 - 30) / 365) + 0.05 * math.cos(2 * math.pi * (h - 3) / 24)
        w = mean + 0.93 * (w - mean) + rng.gauss(0, 0.06)
        wind.append(round(min(1.0, max(0.0, w)), 4))
    return pv, wind


BASE = """name: stress {name}
load_unit: MW
start_date: "2025-01-01"
discount_rate: 0.07
{top_extra}pv_ground: {{capex_yuan_per_kw: 2900, fixed_om_yuan_per_kw_year: 40, lifetime_years: 25, area_mu_per_mw: 18{pv_extra}}}
pv_rooftop: {{capex_yuan_per_kw: 3400, fixed_om_yuan_per_kw_year: 45, lifetime_years: 25, area_mu_per_mw: 12, area_limit_mu: 500}}
wind: {{capex_yuan_per_kw: 5200, fixed_om_yuan_per_kw_year: 100, lifetime_years: 20, area_mu_per_mw: 3{wind_extra}}}
battery:
  energy_capex_yuan_per_kwh: {battery_capex}
  power_capex_yuan_per_kw: 250
  fixed_om_fraction: 0.025
  lifetime_years: 10
  round_trip_efficiency: 0.86
  min_soc: 0.05{battery_extra}
grid:
  import_limit_mw: {import_limit}
  demand_charge_yuan_per_kw_month: {demand}
  export_allowed: {export_allowed}
  export_price_yuan_per_kwh: 0.40
  off_grid: {off_grid}
  unserved_penalty_yuan_per_kwh: {unserved}
  tariff:
    prices_yuan_per_kwh: {{critical: 1.35, peak: 0.98, flat: 0.62, valley: 0.31}}
    hours: [valley, valley, valley, valley, valley, valley, valley, valley, flat, flat, peak, peak,
            flat, flat, flat, flat, flat, peak, peak, peak, peak, flat, flat, valley]
    hours_by_month:
{summer}
policy:
  target: "{target}"
  min_self_use_of_generation: {self_use}
  max_export_of_generation: 0.20{policy_extra}
"""

SUMMER_HOURS = ("[valley, valley, valley, valley, valley, valley, valley, valley, flat, flat, peak, peak, "
                "flat, flat, flat, flat, flat, peak, peak, critical, critical, peak, flat, valley]")

DEFAULTS = dict(pv_extra="", wind_extra="", battery_capex=650, battery_extra="", import_limit="null", demand=0,
                export_allowed="true", off_grid="false", unserved="null", target="2025", top_extra="",
                self_use="0.60", policy_extra="")

# name -> overrides of DEFAULTS: each case changes one rule or two.
CASES = {
    "base": {},
    "import-limit-95": dict(import_limit=95),
    # Tight on purpose: with wind ≤ 20 MW and 900 mu of PV land (or 45 MW, 1,100 mu) the 35 % share
    # is out of reach (InfeasibilityCheck proves it); 90 MW and 1,400 mu leave it binding at high cost.
    "share-2030-high-cost": dict(target="2030", pv_extra=", area_limit_mu: 1400", wind_extra=", max_mw: 90",
                                 battery_capex=1400),
    "demand-charge": dict(demand=38),
    "existing-capacity": dict(pv_extra=", existing_mw: 45", wind_extra=", existing_mw: 25",
                              battery_extra="\n  existing_mwh: 60\n  existing_mw: 20"),
    "grid-charging-demand": dict(battery_extra="\n  grid_charging: true", demand=30),
    "no-export": dict(export_allowed="false"),
    "import-95-demand-2030": dict(import_limit=95, demand=38, target="2030"),
    "import-100-existing": dict(import_limit=100, pv_extra=", existing_mw: 30", battery_extra="\n  existing_mwh: 40"),
    "cheap-battery": dict(battery_capex=380),
    "offgrid": dict(off_grid="true", unserved=4),
    "offgrid-infeasible": dict(off_grid="true", wind_extra=", max_mw: 10", battery_extra="\n  max_mw: 5"),
    # Every hour passes (battery power unlimited), but PV on 2,000 mu and 10 MW of wind cannot
    # produce the year's load: proven by the energy sum over the horizon, not by any hour.
    "offgrid-energy-infeasible": dict(off_grid="true", pv_extra=", area_limit_mu: 2000", wind_extra=", max_mw: 10"),
    # Every hour and the year's energy pass, but a 50 MWh battery cannot carry the calm nights
    # (no PV, no wind): proven by the storage pass of the capacity-free check (added 2026-11-29).
    "offgrid-night-infeasible": dict(off_grid="true", battery_extra="\n  max_mwh: 50"),
    # Feasible but extreme: 97 % green share, 80 % self-use, PV and wind on 6,000 mu, on base's
    # load and weather ("draw"): both interior-point tries end in numerical trouble early and
    # their point carries no dispatch (added 2026-11-29).
    "share-97-land-6000": dict(top_extra="ground_land_limit_mu: 6000\n", self_use="0.80",
                               policy_extra="\n  min_green_share_of_consumption: 0.97", draw="base"),
    # The same on 4,500 mu: the first interior-point try's point is far off (its rooftop PV above
    # the roof), the second's is near (added 2026-11-29).
    "share-97-land-4500": dict(top_extra="ground_land_limit_mu: 4500\n", self_use="0.80",
                               policy_extra="\n  min_green_share_of_consumption: 0.97", draw="base"),
}


def write_case(folder, name, overrides, load, pv, wind):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "load.csv"), "w") as f:
        f.write("hour,factory(MW)\n")
        for t, mw in enumerate(load):
            f.write(f"{t},{mw:.3f}\n")
    with open(os.path.join(folder, "resource.csv"), "w") as f:
        f.write("hour,pv,wind\n")
        for t, (p, w) in enumerate(zip(pv, wind)):
            f.write(f"{t},{p:.4f},{w:.4f}\n")
    values = dict(DEFAULTS, **overrides)
    summer = "\n".join(f"      {m}: {SUMMER_HOURS}" for m in (7, 8))
    with open(os.path.join(folder, "scenario.yaml"), "w") as f:
        f.write(BASE.format(name=name, summer=summer, **values))


def main(argv):
    out, hours, seed = "/tmp/size-stress", HOURS, SEED
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--hours":
            hours = int(args.pop(0))
        elif a == "--seed":
            seed = int(args.pop(0))
        else:
            out = a
    names = list(CASES)
    for k, (name, overrides) in enumerate(CASES.items()):
        # A case's load and weather: its own draw, or another case's ("draw").
        overrides = dict(overrides)
        rng = random.Random(seed + names.index(overrides.pop("draw", name)))
        load = factory_load(rng, hours)
        pv, wind = resource(rng, hours)
        write_case(os.path.join(out, name), name, overrides, load, pv, wind)
    print(f"{len(CASES)} cases, {hours} h, seed {seed}, in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
