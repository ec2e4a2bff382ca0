// Guarded problem construction, basis handling and solver calls.
#include "include/CGLPKShims.h"
#include "internal.h"

#include <float.h>
#include <math.h>
#include <time.h>

static double monotonic_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int pko_load(glp_prob *P, const pko_model *m) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  glp_erase_prob(P);
  if (m->prob_name) glp_set_prob_name(P, m->prob_name);
  glp_set_obj_dir(P, m->obj_dir);
  if (m->rows > 0) glp_add_rows(P, m->rows);
  if (m->cols > 0) glp_add_cols(P, m->cols);
  for (int i = 1; i <= m->rows; i++) {
    glp_set_row_bnds(P, i, m->row_type[i], m->row_lb[i], m->row_ub[i]);
    if (m->row_names && m->row_names[i]) glp_set_row_name(P, i, m->row_names[i]);
  }
  for (int j = 1; j <= m->cols; j++) {
    if (m->col_kind[j] != GLP_CV) glp_set_col_kind(P, j, m->col_kind[j]);
    glp_set_col_bnds(P, j, m->col_type[j], m->col_lb[j], m->col_ub[j]);
    if (m->obj[j] != 0.0) glp_set_obj_coef(P, j, m->obj[j]);
    if (m->col_names && m->col_names[j]) glp_set_col_name(P, j, m->col_names[j]);
  }
  glp_set_obj_coef(P, 0, m->obj[0]);
  if (m->ne > 0) glp_load_matrix(P, m->ne, m->ia, m->ja, m->ar);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_set_basis(glp_prob *P, const int *row_stat, const int *col_stat) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
  for (int i = 1; i <= m; i++) glp_set_row_stat(P, i, row_stat[i]);
  for (int j = 1; j <= n; j++) glp_set_col_stat(P, j, col_stat[j]);
  rc = glp_warm_up(P);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_adv_basis(glp_prob *P) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  glp_adv_basis(P, 0);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_scale(glp_prob *P, int flags) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  glp_scale_prob(P, flags);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_fix_column(glp_prob *P, int j, double value) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  glp_set_col_bnds(P, j, GLP_FX, value, value);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_add_named_row(glp_prob *P, const char *name) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  int i = glp_add_rows(P, 1);
  glp_set_row_name(P, i, name);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_create_index(glp_prob *P) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  glp_create_index(P);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_simplex(glp_prob *P, const glp_smcp *parm) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  rc = glp_simplex(P, parm);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_exact(glp_prob *P, const glp_smcp *parm) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  rc = glp_exact(P, parm);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_interior(glp_prob *P, const glp_iptcp *parm) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  rc = glp_interior(P, parm);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

// Branching by priority: among the columns GLPK may branch on, the highest
// priority wins, ties broken by the most fractional value. When every
// candidate has the same priority, GLPK's own rule decides.
static void branch_by_priority(glp_tree *T, const pko_mip_info *info) {
  glp_prob *P = glp_ios_get_prob(T);
  int n = glp_get_num_cols(P);
  int best_j = 0, best_pri = 0, lowest_pri = 0, seen = 0;
  double best_frac = -1.0;
  for (int j = 1; j <= n; j++) {
    if (!glp_ios_can_branch(T, j)) continue;
    int pri = j <= info->priority_count ? info->priority[j] : 0;
    double x = glp_get_col_prim(P, j);
    double f = x - floor(x);
    double frac = f < 1.0 - f ? f : 1.0 - f;
    if (!seen || pri < lowest_pri) lowest_pri = pri;
    if (!seen || pri > best_pri || (pri == best_pri && frac > best_frac)) {
      best_j = j;
      best_pri = pri;
      best_frac = frac;
    }
    seen = 1;
  }
  if (best_j != 0 && best_pri > lowest_pri) glp_ios_branch_upon(T, best_j, GLP_NO_BRNCH);
}

// What the callback needs besides the caller's info.
typedef struct {
  pko_mip_info *info;
  double deadline;   // monotonic seconds, 0 for none
  int start_offered;
} mip_context;

// Branch-and-cut callback: offers the start at the root, records the best
// bound and the node count, and stops the search when asked or at the
// deadline. Pure C, so a fatal error inside the search never unwinds through
// a Swift frame.
static void mip_callback(glp_tree *T, void *data) {
  mip_context *context = data;
  pko_mip_info *info = context->info;
  if (info->start != NULL && !context->start_offered && glp_ios_reason(T) == GLP_IHEUR) {
    context->start_offered = 1;
    if (glp_ios_heur_sol(T, info->start) == 0) info->start_accepted = 1;
  }
  int best = glp_ios_best_node(T);
  if (best != 0) {
    double bound = glp_ios_node_bound(T, best);
    // Before a node's LP is solved its bound is ±DBL_MAX: not a bound.
    if (bound > -DBL_MAX && bound < DBL_MAX) {
      info->best_bound = bound;
      info->has_bound = 1;
    }
  }
  int active = 0, current = 0, total = 0;
  glp_ios_tree_size(T, &active, &current, &total);
  info->nodes = total;
  if (info->priority != NULL && glp_ios_reason(T) == GLP_IBRANCH) branch_by_priority(T, info);
  if (info->node_limit > 0 && total >= info->node_limit) {
    info->node_limit_hit = 1;
    glp_ios_terminate(T);
  }
  if (context->deadline > 0 && monotonic_seconds() >= context->deadline) {
    info->deadline_hit = 1;
    glp_ios_terminate(T);
  }
  if (info->stop) glp_ios_terminate(T);
}

int pko_intopt(glp_prob *P, glp_iocp *parm, pko_mip_info *info) {
  volatile int rc = 0;
  mip_context context = {info, 0.0, 0};
  if (info->time_left > 0) context.deadline = monotonic_seconds() + info->time_left;
  info->start_accepted = 0;
  info->deadline_hit = 0;
  info->node_limit_hit = 0;
  parm->cb_func = mip_callback;
  parm->cb_info = &context;
  PKO_GUARD_BEGIN
  rc = glp_intopt(P, parm);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_factorize(glp_prob *P) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  rc = glp_factorize(P);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_analyze_bound(glp_prob *P, int k, double *value1, int *var1,
                      double *value2, int *var2) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  glp_analyze_bound(P, k, value1, var1, value2, var2);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_analyze_coef(glp_prob *P, int k, double *coef1, int *var1,
                     double *value1, double *coef2, int *var2,
                     double *value2) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  glp_analyze_coef(P, k, coef1, var1, value1, coef2, var2, value2);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}
