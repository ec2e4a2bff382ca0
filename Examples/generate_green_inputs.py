#!/usr/bin/env python3
"""Add illustrative green-power inputs (绿电直连) to a land case for `parkopt assign`.

ILLUSTRATIVE FIGURES ONLY: park coordinates are in the Kunming area, but the
land and roof available for green power, the load shapes and the electricity
figures are synthetic.

Writes, in the case folder (default Examples/kunming):
- green_parks.csv: one row per park: latitude, longitude, synthetic full-load
  hours, land for ground PV and wind (mu), roof for rooftop PV (mu);
- load_shapes/cold_chain.csv: a named hourly shape (24 weights, one day);
- projects.csv: the columns electricity_mwh, load_shape and green_power
  appended (replaced if present); every other column is kept as it is.

Run it after generate_land_case.py (which rewrites projects.csv without them):

    python3 Examples/generate_land_case.py && python3 Examples/generate_green_inputs.py

Same input, same seed, same bytes out (Python 3 standard library only).
"""

import argparse
import csv
import io
import os
import random

SEED = 20251128
# Park centres of generate_land_case.py's templates (lon, lat); land and
# roof for green power, mu. AN and YL (energy binds there) get the most land.
PARKS = {
    "KM-HT": ((102.665, 25.070), 300, 220),
    "KM-ETDZ": ((102.800, 24.975), 600, 260),
    "YL": ((103.030, 25.195), 1400, 240),
    "AN": ((102.420, 24.940), 2200, 160),
    "WH": ((102.690, 25.105), 120, 140),
    "GD-YL": ((102.780, 25.020), 400, 200),
}
# Load shape by industry (continuous process, two shifts, one shift, or a named profile).
SHAPES = {
    "petrochemicals": "continuous", "metal_materials": "continuous", "nev_batteries": "continuous",
    "rare_metals": "continuous", "packaging": "continuous", "electronics": "continuous",
    "biomedicine": "two_shift", "auto_parts": "two_shift", "cnc_tools": "two_shift",
    "advanced_equipment": "two_shift", "green_food": "two_shift", "tobacco": "two_shift",
    "smart_manufacturing": "one_shift", "tech_conversion": "one_shift", "logistics": "cold_chain",
}
COLD_CHAIN = [0.85, 0.8, 0.8, 0.8, 0.8, 0.85, 0.9, 1.0, 1.1, 1.15, 1.2, 1.25,
              1.3, 1.3, 1.3, 1.25, 1.2, 1.1, 1.05, 1.0, 0.95, 0.9, 0.9, 0.85]
GREEN_COLUMNS = ["electricity_mwh", "load_shape", "green_power"]


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "kunming"))
    args = parser.parse_args()
    rng = random.Random(SEED)

    with open(os.path.join(args.case, "parks.csv"), encoding="utf-8") as f:
        park_ids = [row["id"] for row in csv.DictReader(f)]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["park", "latitude", "longitude", "pv_full_load_hours", "wind_full_load_hours", "green_land_mu", "roof_mu"])
    for pid in park_ids:
        base = pid.split("-")[0] if pid not in PARKS else pid
        (lon, lat), land, roof = PARKS.get(pid, PARKS.get(base, ((102.7, 25.0), 300, 150)))
        w.writerow([pid, f"{lat:.3f}", f"{lon:.3f}", 1350 + 10 * rng.randint(0, 10), 2200 + 50 * rng.randint(0, 8), land, roof])
    write(os.path.join(args.case, "green_parks.csv"), out.getvalue())

    os.makedirs(os.path.join(args.case, "load_shapes"), exist_ok=True)
    write(os.path.join(args.case, "load_shapes", "cold_chain.csv"),
          "hour,load\n" + "".join(f"{h},{v}\n" for h, v in enumerate(COLD_CHAIN)))

    path = os.path.join(args.case, "projects.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    keep = [i for i, name in enumerate(header) if name not in GREEN_COLUMNS]
    col = {name: i for i, name in enumerate(header)}
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([header[i] for i in keep] + GREEN_COLUMNS)
    for n, row in enumerate(rows[1:]):
        industry = row[col["industry"]]
        energy = float(row[col["energy_tce"]])
        # Every fourth project states its electricity (metered, 0.8–1.2 × the
        # default derivation at a 0.5 electricity share); the others leave it blank.
        factor = rng.uniform(0.8, 1.2)
        mwh = f"{round(energy * 0.5 / 0.1229 * factor)}" if n % 4 == 1 else ""
        must = row[col["must_place"]] == "yes"
        policy = "no" if n % 23 == 5 else ("required" if n % 29 == 13 and not must else "allowed")
        w.writerow([row[i] for i in keep] + [mwh, SHAPES.get(industry, "continuous"), policy])
    write(path, out.getvalue())


if __name__ == "__main__":
    main()
