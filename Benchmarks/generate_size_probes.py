#!/usr/bin/env python3
"""Writes random rule combinations for `parkopt size` (issue 20): each probe
takes the load and weather of one of the stress cases' draws (`base`,
`import-limit-95`, `demand-charge`, `cheap-battery`, `no-export`, from
Benchmarks/generate_size_stress.py) and changes several rules of `base`'s
scenario at once, each with a fixed probability: import limit, green share,
self-use, ground land limit, demand charge, battery energy limit, grid
charging, existing ground PV, no export, off grid (with or without unserved
load). The folder name lists the changes. Seeded, standard library only.

    python3 Benchmarks/generate_size_probes.py STRESS_DIR OUT_DIR [--count N] [--seed S]

STRESS_DIR holds the stress cases (generated there when missing); OUT_DIR
gets one folder per probe; run them with Benchmarks/run-size-stress.sh OUT_DIR.
"""
import os
import random
import shutil
import subprocess
import sys

DRAWS = ["base", "import-limit-95", "demand-charge", "cheap-battery", "no-export"]


def probe(rng, scenario):
    """One probe: the changed scenario text and the names of its changes."""
    s, notes = scenario, []

    def maybe(p, choices, change, label):
        nonlocal s
        if rng.random() < p:
            v = rng.choice(choices)
            s = change(s, v)
            notes.append(f"{label}{v}" if v is not None else label)

    maybe(0.5, [80, 90, 95, 100, 110, 120],
          lambda s, v: s.replace("import_limit_mw: null", f"import_limit_mw: {v}"), "imp")
    maybe(0.4, [0.35, 0.5, 0.7, 0.85, 0.95],
          lambda s, v: s.replace("  max_export_of_generation: 0.20",
                                 f"  max_export_of_generation: 0.20\n  min_green_share_of_consumption: {v}"), "share")
    maybe(0.3, [0.5, 0.7, 0.8, 0.9],
          lambda s, v: s.replace("min_self_use_of_generation: 0.60", f"min_self_use_of_generation: {v}"), "self")
    maybe(0.3, [3000, 5000, 8000],
          lambda s, v: s.replace("discount_rate: 0.07\n", f"discount_rate: 0.07\nground_land_limit_mu: {v}\n"), "land")
    maybe(0.3, [20, 38, 60],
          lambda s, v: s.replace("demand_charge_yuan_per_kw_month: 0", f"demand_charge_yuan_per_kw_month: {v}"), "dem")
    maybe(0.3, [100, 300, 1000], lambda s, v: s.replace("  min_soc: 0.05", f"  min_soc: 0.05\n  max_mwh: {v}"), "bat")
    maybe(0.2, [None], lambda s, v: s.replace("  min_soc: 0.05", "  min_soc: 0.05\n  grid_charging: true"), "gc")
    maybe(0.2, [30, 80],
          lambda s, v: s.replace("area_mu_per_mw: 18}", f"area_mu_per_mw: 18, existing_mw: {v}}}"), "pvex")
    maybe(0.2, [None], lambda s, v: s.replace("export_allowed: true", "export_allowed: false"), "noexp")
    if rng.random() < 0.2:
        s = s.replace("off_grid: false", "off_grid: true")
        notes.append("offgrid")
        if rng.random() < 0.5:
            s = s.replace("unserved_penalty_yuan_per_kwh: null", "unserved_penalty_yuan_per_kwh: 4")
            notes.append("uns")
    return s, notes


def main(argv):
    args = list(argv)
    count, seed, positional = 24, 7, []
    while args:
        a = args.pop(0)
        if a == "--count":
            count = int(args.pop(0))
        elif a == "--seed":
            seed = int(args.pop(0))
        else:
            positional.append(a)
    if len(positional) != 2:
        sys.exit(__doc__)
    stress, out = positional
    if not os.path.isdir(os.path.join(stress, "base")):
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.run([sys.executable, os.path.join(here, "generate_size_stress.py"), stress], check=True)
    scenario = open(os.path.join(stress, "base", "scenario.yaml"), encoding="utf-8").read()
    rng = random.Random(seed)
    for k in range(count):
        draw = rng.choice(DRAWS)
        text, notes = probe(rng, scenario)
        name = f"p{k:02d}-" + ("-".join(notes) or "plain")
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        for f in ("load.csv", "resource.csv"):
            shutil.copy(os.path.join(stress, draw, f), folder)
        with open(os.path.join(folder, "scenario.yaml"), "w", encoding="utf-8") as f:
            f.write(text.replace("name: stress base", f"name: probe {name} ({draw}'s load and weather)"))
    print(f"{count} probes, seed {seed}, in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
