#!/usr/bin/env python3
"""Write the province-scale land case `parkopt rank` is benchmarked on.

ILLUSTRATIVE FIGURES ONLY: about 10,000 projects, 100 parks and 20,000
parcels, drawn by Examples/generate_land_case.py (the Kunming templates
cycled over 100 parks) with a fixed seed, so the same arguments write the
same bytes. The data is not committed; Benchmarks/run-rank-bench.sh writes it
to a temporary folder.

Usage: python3 Benchmarks/generate_province_case.py OUT [--projects N]
       [--parks N] [--parcels N] [--seed N]
"""

import argparse
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="output folder")
    parser.add_argument("--projects", type=int, default=10000)
    parser.add_argument("--parks", type=int, default=100)
    parser.add_argument("--parcels", type=int, default=20000)
    parser.add_argument("--firms", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    generator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples", "generate_land_case.py")
    return subprocess.call([
        sys.executable, generator, "--parks", str(args.parks), "--parcels", str(args.parcels),
        "--projects", str(args.projects), "--firms", str(args.firms), "--seed", str(args.seed),
        "--out", args.out, "--name", "province (generated, illustrative)",
    ])


if __name__ == "__main__":
    sys.exit(main())
