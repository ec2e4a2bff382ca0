#!/usr/bin/env python3
"""Generate the illustrative Kunming green-power case (Python 3 standard library only).

    python3 Examples/generate_greenpower_case.py            # writes Examples/kunming-greenpower/
    python3 Examples/generate_greenpower_case.py --days 7   # a shorter case elsewhere: --out DIR

ALL FIGURES ARE ILLUSTRATIVE. The load is a made-up new-energy battery-materials
plant (about 80 MW average) in a Kunming-area park; the PV and wind capacity
factors are synthetic (solar geometry with a clear-sky shape and random daily
clearness; wind with seasonal and diurnal shape and autocorrelated noise),
scaled to 1,400 h (PV) and 2,500 h (wind) full-load hours as suggested in
research/energy.md §4.6. Costs and tariff follow energy.md §4.9 (placeholders
where the research says so). The seed is fixed: the same command writes the
same bytes.
"""
import argparse
import math
import os
import random

SEED = 20250530
LATITUDE, LONGITUDE = 25.04, 102.71   # Kunming
PV_FLH, WIND_FLH = 1400.0, 2500.0


def days_in_month(m):
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def calendar(days):
    """(month, day_of_year) of each day from 2025-01-01 (a non-leap year)."""
    out, m, d, doy = [], 1, 1, 1
    for _ in range(days):
        out.append((m, doy))
        d += 1
        doy += 1
        if d > days_in_month(m):
            d, m = 1, m + 1
        if m > 12:
            m, doy = 1, 1
    return out


def scale(raw, flh):
    out = raw[:]
    for _ in range(20):
        s = sum(out)
        if s <= 0:
            break
        f = flh / s
        if abs(f - 1) < 1e-9:
            break
        out = [min(1.0, x * f) for x in out]
    return [round(x, 4) for x in out]


def resource(days, rng):
    cal = calendar(days)
    hours = days * 24
    pv, wind = [], []
    noise = 0.0
    for day, (month, doy) in enumerate(cal):
        wet = 5 <= month <= 10   # Yunnan's rainy season: cloudier days
        clear = min(1.0, max(0.15, (0.55 if wet else 0.85) + (rng.random() - 0.5) * (0.6 if wet else 0.3)))
        decl = math.radians(23.44) * math.sin(2 * math.pi * (284 + doy) / 365)
        lat = math.radians(LATITUDE)
        for h in range(24):
            solar_hour = h + 0.5 + (LONGITUDE - 120) / 15
            ha = math.radians((solar_hour - 12) * 15)
            sin_el = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
            pv.append(sin_el ** 1.2 * clear if sin_el > 0 else 0.0)
            noise = 0.9 * noise + 0.45 * (rng.random() - 0.5)
            seasonal = 1 + 0.45 * math.cos(2 * math.pi * (doy - 75) / 365)   # windy late winter and spring
            diurnal = 1 + 0.25 * math.sin(2 * math.pi * (h - 9) / 24)          # afternoon peak
            wind.append(max(0.0, seasonal * diurnal * (0.6 + noise)))
    f = hours / 8760
    return scale(pv, PV_FLH * f), scale(wind, WIND_FLH * f)


def load(days, rng):
    """Three consumers in kW: cathode kilns (steady, maintenance days), precursor
    and electrolyte lines (two shifts), utilities (weather and day shape)."""
    cal = calendar(days)
    rows = []
    for day, (month, doy) in enumerate(cal):
        maintenance = day % 28 == 13
        weekday = day % 7 < 5
        for h in range(24):
            kiln = 42000 * (0.55 if maintenance else 1.0) * (1 + 0.03 * (rng.random() - 0.5))
            shift = 1.0 if 8 <= h < 24 else 0.55
            lines = 26000 * shift * (1.0 if weekday else 0.8) * (1 + 0.08 * (rng.random() - 0.5))
            summer = 1 + 0.15 * math.cos(2 * math.pi * (doy - 200) / 365)
            utilities = 12000 * summer * (1.1 if 9 <= h < 19 else 0.9) * (1 + 0.1 * (rng.random() - 0.5))
            rows.append((round(kiln), round(lines), round(utilities)))
    return rows


SCENARIO = """# Illustrative Kunming-area green-power direct supply case (绿电直连, 以荷定源).
# ALL FIGURES ARE ILLUSTRATIVE (research/energy.md §4.9); change them for a real project.
name: 昆明某园区新能源电池材料企业 绿电直连 (illustrative)
load_unit: kW
start_date: "2025-01-01"
discount_rate: 0.06
grid_emission_factor_t_per_mwh: 0.5703   # national average factor; Yunnan's hydro-rich grid is far lower
pv_ground: {capex_yuan_per_kw: 3300, fixed_om_yuan_per_kw_year: 45, lifetime_years: 25, area_mu_per_mw: 19, area_limit_mu: 6000}
pv_rooftop: {capex_yuan_per_kw: 3000, fixed_om_yuan_per_kw_year: 40, lifetime_years: 25, area_mu_per_mw: 12, area_limit_mu: 400}
wind: {capex_yuan_per_kw: 6000, fixed_om_yuan_per_kw_year: 90, lifetime_years: 20, area_mu_per_mw: 3, max_mw: 150}
battery:
  energy_capex_yuan_per_kwh: 700      # 0.47 yuan/Wh equipment + EPC
  power_capex_yuan_per_kw: 150
  fixed_om_fraction: 0.02
  lifetime_years: 12
  round_trip_efficiency: 0.88
  min_soc: 0.1
grid:
  import_limit_mw: 150
  demand_charge_yuan_per_kw_month: 0
  export_allowed: true
  export_price_yuan_per_kwh: 0.3358   # Yunnan coal benchmark
  tariff:                             # placeholder 3:1 TOU until 云发改价格〔2026〕51号 is read
    prices_yuan_per_kwh: {peak: 0.75, flat: 0.50, valley: 0.25}
    hours: [valley, valley, valley, valley, valley, valley, valley, flat, flat, peak, peak, peak,
            flat, flat, flat, flat, flat, flat, peak, peak, peak, peak, flat, valley]
policy:
  target: "2025"                      # 30 %; "2030" for 35 %
  min_self_use_of_generation: 0.60
  max_export_of_generation: 0.20
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "kunming-greenpower"))
    a = ap.parse_args()
    rng = random.Random(SEED)
    pv, wind = resource(a.days, rng)
    rows = load(a.days, rng)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "load.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("hour,正极材料窑炉(kW),前驱体与电解液产线(kW),公辅动力(kW)\n")
        for t, r in enumerate(rows):
            f.write(f"{t},{r[0]},{r[1]},{r[2]}\n")
    with open(os.path.join(a.out, "resource.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("hour,pv,wind\n")
        for t in range(len(pv)):
            f.write(f"{t},{pv[t]:.4f},{wind[t]:.4f}\n")
    with open(os.path.join(a.out, "scenario.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SCENARIO)
    avg = sum(sum(r) for r in rows) / len(rows) / 1000
    print(f"wrote {a.out}: {len(rows)} hours, average load {avg:.1f} MW, PV {sum(pv):.0f} h, wind {sum(wind):.0f} h")


if __name__ == "__main__":
    main()
