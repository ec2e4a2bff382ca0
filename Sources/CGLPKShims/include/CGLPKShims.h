// CGLPKShims: the C side of ParkOpt's GLPK binding.
//
// This module provides no stable API. It exists because Swift cannot call
// setjmp (functions that return twice are unavailable in Swift), and GLPK's
// only way to survive a fatal error is a glp_error_hook that longjmps back to
// a frame set up before the failing call. Every function here that calls
// GLPK installs such a frame, so a fatal error comes back as PKO_FATAL with
// the message in the thread's log buffer instead of aborting the process.
//
// All state is per thread, like GLPK's own environment.
#ifndef CGLPKSHIMS_H
#define CGLPKSHIMS_H

#include <stddef.h>
#include <glpk.h>

/// Returned by a guarded call when GLPK raised a fatal error. The thread's
/// GLPK environment has been freed: every problem object of this thread is
/// gone and must not be touched again.
#define PKO_FATAL (-1000)

// MARK: - Environment, log and generations

/// Number of fatal-error resets seen on this thread. A problem created under
/// one generation must not be deleted under another.
unsigned long pko_env_generation(void);

/// Appends GLPK terminal output captured on this thread since the last call
/// to `pko_log_take` into a newly malloc'ed NUL-terminated string (caller
/// frees) and clears the buffer. Returns NULL when nothing was captured.
char *pko_log_take(void);

/// Discards the captured output of this thread.
void pko_log_clear(void);

/// When non-zero, captured output is also echoed to stderr as it arrives.
void pko_log_set_echo(int echo);

/// A function that receives GLPK output fragments as they arrive.
typedef void (*pko_log_callback)(const char *text, void *context);

/// Sets (or clears, with NULL) this thread's output callback. The callback
/// must not call GLPK.
void pko_log_set_callback(pko_log_callback callback, void *context);

/// Memory GLPK currently holds on this thread: blocks and bytes.
void pko_mem_usage(int *count, size_t *total);

/// How many threads have had their GLPK environment freed at exit.
unsigned long pko_thread_environments_freed(void);

/// Frees this thread's GLPK environment now (it is also freed when the thread
/// exits). Every problem object of this thread becomes invalid.
void pko_free_env(void);

// MARK: - Problem construction

/// A whole problem in flat arrays, 1-based like GLPK (slot 0 unused).
typedef struct {
  int rows, cols;
  const int *row_type;      // GLP_FR..GLP_FX, [1..rows]
  const double *row_lb, *row_ub;
  const int *col_type;      // [1..cols]
  const double *col_lb, *col_ub;
  const int *col_kind;      // GLP_CV / GLP_IV, [1..cols]
  const double *obj;        // [0..cols], obj[0] is the constant term
  int obj_dir;              // GLP_MIN / GLP_MAX
  int ne;
  const int *ia, *ja;       // [1..ne]
  const double *ar;
  const char *const *row_names;  // NULL or [1..rows], entries may be NULL
  const char *const *col_names;
  const char *prob_name;    // may be NULL
} pko_model;

/// Creates a problem on this thread. Returns NULL on a fatal error.
glp_prob *pko_create(void);

/// Deletes `P` if it belongs to the current environment generation.
void pko_delete(glp_prob *P, unsigned long generation);

/// Loads `m` into `P` (erasing it first). Returns 0 or PKO_FATAL.
int pko_load(glp_prob *P, const pko_model *m);

/// Sets a starting basis: statuses for rows [1..m] and columns [1..n]; then
/// builds a factorization. Returns glp_warm_up's code (0 = basis usable),
/// or PKO_FATAL.
int pko_set_basis(glp_prob *P, const int *row_stat, const int *col_stat);

/// Standard basis plus Bixby's advanced basis (what glpsol uses by default).
int pko_adv_basis(glp_prob *P);

/// Scales the problem (glp_scale_prob with the given flags).
int pko_scale(glp_prob *P, int flags);

/// Fixes column j at value (used to price a MIP solution).
int pko_fix_column(glp_prob *P, int j, double value);

/// Adds one row named `name` (GLPK raises a fatal error for a name over
/// 255 bytes; the Swift layer validates names, tests use this to check the
/// guard). Returns 0 or PKO_FATAL.
int pko_add_named_row(glp_prob *P, const char *name);

/// Creates the row and column name indexes (so glp_find_* can be used).
int pko_create_index(glp_prob *P);

// MARK: - Solvers (each returns GLPK's return code or PKO_FATAL)

int pko_simplex(glp_prob *P, const glp_smcp *parm);
int pko_exact(glp_prob *P, const glp_smcp *parm);
int pko_interior(glp_prob *P, const glp_iptcp *parm);

/// What the branch-and-cut callback saw.
typedef struct {
  int has_bound;       // a best node bound was read at least once
  double best_bound;   // the last best-node bound, in the problem's sense
  int nodes;           // total nodes generated (glp_ios_tree_size t_cnt)
  volatile int stop;   // set non-zero to make the search stop (GLP_ESTOP)
  const int *priority; // branching priority by column (1-based), or NULL
  int priority_count;  // columns covered by `priority` (others count as 0)
  const double *start; // a checked feasible point by column (1-based), or NULL
  int start_accepted;  // out: GLPK took `start` as its incumbent
  double time_left;    // seconds from the call on; <= 0 for no limit
  int deadline_hit;    // out: the search was stopped at the deadline
  int node_limit;      // stop once this many nodes exist (t_cnt); <= 0 for none
  int node_limit_hit;  // out: the search was stopped at the node limit
} pko_mip_info;

/// Runs glp_intopt with a C callback filling `info` (parm's callback fields
/// are overwritten). When `info->priority` is set, the callback branches on
/// a fractional column of the highest priority present (the most fractional
/// one); the presolver must then be off, so that column numbers are the
/// problem's own. When `info->start` is set, the callback offers it to GLPK
/// (glp_ios_heur_sol) at the first heuristic call, the root; GLPK does not
/// check it, so it must be feasible, integral and the presolver off. When
/// `info->time_left` > 0, the callback stops the search (GLP_ESTOP, with
/// `deadline_hit` set) once that time has passed since the call: GLPK's own
/// tm_lim is counted from the start of the tree search, after the presolver
/// and the root LP, which then get the whole limit again. When
/// `info->node_limit` > 0, the callback stops the search (GLP_ESTOP, with
/// `node_limit_hit` set) once GLPK has created that many nodes: unlike the
/// deadline, the same problem stops at the same point on every machine.
int pko_intopt(glp_prob *P, glp_iocp *parm, pko_mip_info *info);

/// glp_factorize, needed before sensitivity analysis after presolve.
int pko_factorize(glp_prob *P);

/// glp_analyze_bound for a non-basic row or column k (1..m+n).
int pko_analyze_bound(glp_prob *P, int k, double *value1, int *var1,
                      double *value2, int *var2);

/// glp_analyze_coef for a basic row or column k (1..m+n).
int pko_analyze_coef(glp_prob *P, int k, double *coef1, int *var1,
                     double *value1, double *coef2, int *var2,
                     double *value2);

// MARK: - Files

/// Reads a model file into P. format: 0 free MPS, 1 fixed MPS, 2 CPLEX LP,
/// 3 GLPK. Returns GLPK's code (0 = success), or PKO_FATAL.
int pko_read(glp_prob *P, int format, const char *fname);

/// Writes P in the given format (as pko_read).
int pko_write(glp_prob *P, int format, const char *fname);

// MARK: - MathProg

/// Translates a MathProg model and its data files into P (steps 1–5 of the
/// MathProg API). On success returns 0 and stores the translator workspace in
/// *tran, which must be passed to pko_mpl_postsolve or pko_mpl_free on this
/// thread. Display output (display, printf) goes to `out_fname`.
/// Returns 1 for a model or data error (message in the log), PKO_FATAL.
int pko_mpl_translate(glp_prob *P, const char *model_fname,
                      const char *const *data_fnames, int ndata,
                      const char *out_fname, int seed, glp_tran **tran);

/// Runs the statements after `solve` (sol: GLP_SOL, GLP_IPT or GLP_MIP).
int pko_mpl_postsolve(glp_tran *tran, glp_prob *P, int sol);

/// Frees a translator workspace (only under the generation it was made in).
void pko_mpl_free(glp_tran *tran, unsigned long generation);

#endif
