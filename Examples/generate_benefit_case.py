#!/usr/bin/env python3
"""Illustrative firm data for `parkopt evaluate` (亩均效益评价), fixed seed.

Writes Examples/kunming/firms.csv, evaluate.yaml and park_indicators.csv. The
figures are ILLUSTRATIVE, not real firms: sizes and ratios are drawn around
levels seen in the policy notes (tax per mu of a few 万元 to a few tens of 万元).
Standard library only. `--firms N --out PATH` writes a larger table for the
benchmark (Benchmarks/run-evaluate-bench.sh).
"""
import argparse
import csv
import random

PARKS = {
    "AN": ["petrochemicals", "nev_batteries", "metal_materials", "chemicals"],
    "GD-YL": ["smart_manufacturing", "electronics", "logistics", "printing", "textiles"],
    "KM-ETDZ": ["tech_conversion", "advanced_equipment", "biomedicine", "smart_manufacturing", "plastics"],
    "KM-HT": ["rare_metals", "biomedicine", "metal_materials", "electronics", "chemicals", "building_materials"],
    "WH": ["tobacco", "packaging", "textiles", "chemicals"],
    "YL": ["cnc_tools", "auto_parts", "green_food", "packaging", "printing"],
}
# Tax per mu level (万元/亩) by industry; illustrative.
TAX_LEVEL = {"tobacco": 60, "petrochemicals": 25, "rare_metals": 20, "biomedicine": 18, "electronics": 15}
COLUMNS = ["id", "park", "industry", "group", "land_mu", "investment_wan", "revenue_wan", "tax_wan",
           "value_added_wan", "energy_tce", "electricity_wan_kwh", "emissions_t", "employees", "rd_wan",
           "founded_year", "not_graded", "zoning"]


def firm(rng, index, park, industry):
    large = rng.random() < 0.6
    land = round(rng.uniform(8, 120) if large else rng.uniform(2, 25), 1)
    level = TAX_LEVEL.get(industry, 10) * rng.lognormvariate(0, 0.6)
    tax = round(land * level, 1)
    revenue = round(tax * rng.uniform(8, 20), 0)
    value_added = round(revenue * rng.uniform(0.18, 0.35), 0)
    investment = round(land * rng.uniform(150, 450), 0)
    energy = round(value_added / rng.uniform(1.0, 5.0), 0)
    electricity = round(tax / rng.uniform(0.1, 0.5), 1)  # 万kWh; tax per kWh around 0.1–0.5 元
    emissions = "" if rng.random() < 0.08 else round(value_added / rng.uniform(2000, 8000), 3)
    employees = max(5, int(value_added / rng.uniform(10, 30)))
    rd = round(revenue * rng.uniform(0.0, 0.06), 1) if large else ""
    founded = rng.randint(1995, 2024)
    utility = industry == "logistics" and rng.random() < 0.3
    return [f"F{index:05d}", park, industry, "large" if large else "small", land, investment, revenue, tax,
            value_added, energy, electricity, emissions, employees, rd, founded, "yes" if utility else "",
            rng.choice(["M1", "M1", "M2"])]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--firms", type=int, default=400)
    parser.add_argument("--out", default="Examples/kunming/firms.csv")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    parks = sorted(PARKS)
    with open(args.out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for i in range(1, args.firms + 1):
            park = rng.choice(parks)
            writer.writerow(firm(rng, i, park, rng.choice(PARKS[park])))
    if args.out == "Examples/kunming/firms.csv":
        with open("Examples/kunming/evaluate.yaml", "w", encoding="utf-8") as handle:
            handle.write(SCENARIO)
        write_park_indicators(random.Random(args.seed + 1), "Examples/kunming/park_indicators.csv")


PARK_CLASS = {"AN": "provincial", "GD-YL": "county", "KM-ETDZ": "national", "KM-HT": "national",
              "WH": "provincial", "YL": "provincial"}
PARK_COLUMNS = ["park", "class", "revenue_yi", "revenue_growth", "tax_per_mu", "revenue_per_mu", "built_share",
                "floor_area_ratio", "rd_intensity", "high_tech_share", "energy_per_value_added",
                "green_power_share", "foreign_investment_share", "export_share"]


def write_park_indicators(rng, path):
    """One row per park for the default park tree (illustrative figures)."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(PARK_COLUMNS)
        for park in sorted(PARKS):
            writer.writerow([park, PARK_CLASS[park], round(rng.uniform(80, 900), 1), round(rng.uniform(-0.02, 0.15), 3),
                             round(rng.uniform(6, 30), 2), round(rng.uniform(150, 600), 1),
                             round(rng.uniform(0.6, 0.95), 3), round(rng.uniform(0.8, 1.8), 2),
                             round(rng.uniform(0.005, 0.04), 4), round(rng.uniform(0.1, 0.6), 3),
                             round(rng.uniform(0.3, 1.5), 3), round(rng.uniform(0.05, 0.5), 3),
                             round(rng.uniform(0.0, 0.2), 3), round(rng.uniform(0.02, 0.3), 3)])


SCENARIO = """# Illustrative evaluation scenario for Examples/kunming/firms.csv.
# Weights: Huangyan (黄岩) scheme; benchmarks: its 2023 values for 规上 and 规下.
groups:
  large:
    weights: {tax_per_mu: 30, value_added_per_mu: 20, value_added_per_tce: 20,
              value_added_per_emission: 10, labour_productivity: 10, rd_intensity: 10}
    benchmarks: {tax_per_mu: 24.097, value_added_per_mu: 136.16, value_added_per_tce: 2.694,
                 value_added_per_emission: 4929.81, labour_productivity: 18.14, rd_intensity: 0.0302}
    cap_multiple: 1.5
  small:
    weights: {tax_per_mu: 50, tax_per_kwh: 50}
    benchmarks: {tax_per_mu: 11.5932, tax_per_kwh: 0.2352}
    cap_multiple: 1.5
missing: group_average
classes: {method: percentile, percentiles: [0.25, 0.70, 0.95], by_group: true}
not_graded_class: B
startup_years: 3
evaluation_year: 2025
low_efficiency: {class_d: true, min_land_mu: 10, max_tax_per_mu: 10, zoning: M1, land_price_wan_per_mu: 30}
surcharge_yuan_per_kwh: {D: 0.3}
"""

if __name__ == "__main__":
    main()
