"""The optimum of an assignment MIP with one project forced in, by HiGHS.

An independent reference for `parkopt assign`'s costs to place (the
"lost to competition" explanations): cost = plan objective − this optimum.
The MIP is the one `parkopt assign CASE --write-model F.mps` writes; the
project is forced in by raising its `project_once[ID]` row's lower bound to 1
(a project with a single eligible parcel has no such row: its one `assign`
column is fixed at 1).

    python3 Benchmarks/forced_optimum.py F.mps P008 [--gap 0]

Needs highspy (`pip install highspy`). Prints status, objective, dual bound,
nodes and seconds.
"""
import argparse
import time

import highspy


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mps")
    parser.add_argument("project", nargs="*", help="project ids to force in (none: the plain optimum)")
    parser.add_argument("--gap", type=float, default=0.0, help="relative MIP gap (default 0: proven optimal)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=None, help="seconds (default: none)")
    args = parser.parse_args()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(args.mps)
    h.setOptionValue("mip_rel_gap", args.gap)
    h.setOptionValue("threads", args.threads)
    if args.time_limit is not None:
        h.setOptionValue("time_limit", args.time_limit)
    lp = h.getLp()
    for project in args.project:
        status, row = h.getRowByName(f"project_once[{project}]")
        if status == highspy.HighsStatus.kOk:
            h.changeRowBounds(row, 1, lp.row_upper_[row])
            continue
        # A project with one eligible parcel has no project_once row: its
        # only assign column is fixed at 1.
        columns = [c for c in range(lp.num_col_) if h.getColName(c)[1].startswith(f"assign[{project},")]
        if len(columns) != 1:
            raise SystemExit(f"{args.mps}: no row project_once[{project}] and {len(columns)} assign columns")
        h.changeColBounds(columns[0], 1, 1)
    start = time.time()
    h.run()
    info = h.getInfo()
    print(f"{h.modelStatusToString(h.getModelStatus())} objective {info.objective_function_value:.1f} "
          f"bound {info.mip_dual_bound:.1f} nodes {info.mip_node_count} seconds {time.time() - start:.1f}")


if __name__ == "__main__":
    main()
