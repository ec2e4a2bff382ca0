// glpk-bench-c: the plain-C baseline for ParkOpt's model-build benchmark.
//
// Generates a deterministic sparse packing LP
//
//     maximize    sum_j c_j x_j
//     subject to  sum_j a_ij x_j <= b_i   (i = 1..ROWS, NZ_PER_ROW terms each)
//                 0 <= x_j <= 1
//
// with c_j, a_ij, b_i in [1, 10): x = 0 is feasible and the box bounds it.
// (A covering LP, min c'x s.t. Ax >= b, x >= 0, took GLPK's primal simplex
// ten times longer at the same size.) The generator (SplitMix64) and
// the order of draws are identical to the Swift benchmark (glpk-bench), so
// both programs build exactly the same matrix and must reach the same
// optimum.
//
// Timed phases, printed as key=value lines:
//   c_generate_seconds  filling the 1-based triplet arrays ia, ja, ar
//   c_build_seconds     glp_create_prob, glp_add_rows/cols, row and column
//                       bounds, objective coefficients, one glp_load_matrix
//   c_solve_seconds     glp_scale_prob(GLP_SF_AUTO) + glp_adv_basis +
//                       glp_simplex (primal, presolve off, messages off):
//                       what glpsol does by default
//
// Usage: glpk-bench-c ROWS COLS NZ_PER_ROW SEED [--no-solve]
#include <glpk.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// libglpk is linked by the target's linkerSettings in Package.swift.

// MARK: - Deterministic generator (SplitMix64, same as the Swift side)

static uint64_t rng_state;

static uint64_t rng_next(void) {
  uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// A double in [1, 10) from the top 53 bits of one draw.
static double rng_coefficient(void) {
  return 1.0 + 9.0 * ((double)(rng_next() >> 11) * 0x1.0p-53);
}

// MARK: - Timing

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// MARK: - Problem data

typedef struct {
  int rows, cols, per_row, ne;
  double *cost;   // [1..cols]
  double *rhs;    // [1..rows]
  int *ia, *ja;   // [1..ne]
  double *ar;     // [1..ne]
} bench_lp;

static void *checked_malloc(size_t bytes) {
  void *p = malloc(bytes);
  if (p == NULL) {
    fprintf(stderr, "glpk-bench-c: out of memory\n");
    exit(2);
  }
  return p;
}

// Draws costs, then for each row its right-hand side and its terms (column
// by rejection until distinct within the row, then coefficient).
static void generate(bench_lp *lp, uint64_t seed) {
  rng_state = seed;
  int m = lp->rows, n = lp->cols, k = lp->per_row;
  lp->ne = m * k;
  lp->cost = checked_malloc(sizeof(double) * (size_t)(n + 1));
  lp->rhs = checked_malloc(sizeof(double) * (size_t)(m + 1));
  lp->ia = checked_malloc(sizeof(int) * (size_t)(lp->ne + 1));
  lp->ja = checked_malloc(sizeof(int) * (size_t)(lp->ne + 1));
  lp->ar = checked_malloc(sizeof(double) * (size_t)(lp->ne + 1));
  lp->cost[0] = 0;
  lp->ia[0] = lp->ja[0] = 0;
  lp->ar[0] = 0;
  for (int j = 1; j <= n; j++) lp->cost[j] = rng_coefficient();
  int t = 0;
  for (int i = 1; i <= m; i++) {
    lp->rhs[i] = rng_coefficient();
    int row_start = t + 1;
    for (int q = 0; q < k; q++) {
      int column;
      int fresh;
      do {
        column = (int)(rng_next() % (uint64_t)n) + 1;
        fresh = 1;
        for (int s = row_start; s <= t; s++) {
          if (lp->ja[s] == column) { fresh = 0; break; }
        }
      } while (!fresh);
      t += 1;
      lp->ia[t] = i;
      lp->ja[t] = column;
      lp->ar[t] = rng_coefficient();
    }
  }
}

// The "C build": everything GLPK needs to hold the model.
static glp_prob *build(const bench_lp *lp) {
  glp_prob *P = glp_create_prob();
  glp_set_obj_dir(P, GLP_MAX);
  glp_add_rows(P, lp->rows);
  glp_add_cols(P, lp->cols);
  for (int i = 1; i <= lp->rows; i++) glp_set_row_bnds(P, i, GLP_UP, 0.0, lp->rhs[i]);
  for (int j = 1; j <= lp->cols; j++) {
    glp_set_col_bnds(P, j, GLP_DB, 0.0, 1.0);
    glp_set_obj_coef(P, j, lp->cost[j]);
  }
  glp_load_matrix(P, lp->ne, lp->ia, lp->ja, lp->ar);
  return P;
}

// What glpsol does for an LP by default, without terminal output.
static int solve(glp_prob *P) {
  glp_smcp parm;
  glp_init_smcp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.meth = GLP_PRIMAL;
  parm.presolve = GLP_OFF;
  glp_scale_prob(P, GLP_SF_AUTO);
  glp_adv_basis(P, 0);
  return glp_simplex(P, &parm);
}

static int parse_positive(const char *text, const char *what) {
  char *end = NULL;
  long value = strtol(text, &end, 10);
  if (end == text || *end != '\0' || value <= 0 || value > 100000000L) {
    fprintf(stderr, "glpk-bench-c: %s must be a positive integer, got '%s'\n", what, text);
    exit(2);
  }
  return (int)value;
}

int main(int argc, char **argv) {
  if (argc < 5 || argc > 6 || (argc == 6 && strcmp(argv[5], "--no-solve") != 0)) {
    fprintf(stderr, "usage: glpk-bench-c ROWS COLS NZ_PER_ROW SEED [--no-solve]\n");
    return 2;
  }
  bench_lp lp;
  memset(&lp, 0, sizeof lp);
  lp.rows = parse_positive(argv[1], "ROWS");
  lp.cols = parse_positive(argv[2], "COLS");
  lp.per_row = parse_positive(argv[3], "NZ_PER_ROW");
  uint64_t seed = strtoull(argv[4], NULL, 10);
  int do_solve = argc != 6;
  if (lp.per_row > lp.cols) {
    fprintf(stderr, "glpk-bench-c: NZ_PER_ROW must not exceed COLS\n");
    return 2;
  }
  if ((long long)lp.rows * lp.per_row > 2000000000LL) {
    fprintf(stderr, "glpk-bench-c: too many nonzeros\n");
    return 2;
  }
  glp_term_out(GLP_OFF);

  double t0 = now_seconds();
  generate(&lp, seed);
  double t1 = now_seconds();
  glp_prob *P = build(&lp);
  double t2 = now_seconds();

  printf("rows=%d\ncols=%d\nnonzeros=%d\n", lp.rows, lp.cols, lp.ne);
  printf("c_generate_seconds=%.6f\n", t1 - t0);
  printf("c_build_seconds=%.6f\n", t2 - t1);
  if (do_solve) {
    double t3 = now_seconds();
    int rc = solve(P);
    double t4 = now_seconds();
    printf("c_solve_seconds=%.6f\n", t4 - t3);
    printf("c_solve_return=%d\nc_status=%d\n", rc, glp_get_status(P));
    printf("c_iterations=%d\n", glp_get_it_cnt(P));
    printf("objective=%.17g\n", glp_get_obj_val(P));
  }
  glp_delete_prob(P);
  free(lp.cost); free(lp.rhs); free(lp.ia); free(lp.ja); free(lp.ar);
  return 0;
}
