// Guarded model-file and MathProg calls.
#include "include/CGLPKShims.h"
#include "internal.h"

int pko_read(glp_prob *P, int format, const char *fname) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  switch (format) {
    case 0: rc = glp_read_mps(P, GLP_MPS_FILE, NULL, fname); break;
    case 1: rc = glp_read_mps(P, GLP_MPS_DECK, NULL, fname); break;
    case 2: rc = glp_read_lp(P, NULL, fname); break;
    case 3: rc = glp_read_prob(P, 0, fname); break;
    default: rc = 1; break;
  }
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_write(glp_prob *P, int format, const char *fname) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  switch (format) {
    case 0: rc = glp_write_mps(P, GLP_MPS_FILE, NULL, fname); break;
    case 1: rc = glp_write_mps(P, GLP_MPS_DECK, NULL, fname); break;
    case 2: rc = glp_write_lp(P, NULL, fname); break;
    case 3: rc = glp_write_prob(P, 0, fname); break;
    default: rc = 1; break;
  }
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

int pko_mpl_translate(glp_prob *P, const char *model_fname,
                      const char *const *data_fnames, int ndata,
                      const char *out_fname, int seed, glp_tran **out) {
  volatile int rc = 0;
  glp_tran *volatile tran = NULL;
  *out = NULL;
  PKO_GUARD_BEGIN
  tran = glp_mpl_alloc_wksp();
  glp_mpl_init_rand(tran, seed);
  // skip_data = 1 when data files are given: a data section inside the
  // model is then ignored, as glpsol does with --data.
  if (glp_mpl_read_model(tran, model_fname, ndata > 0) != 0) {
    rc = 1;
  } else {
    for (int k = 0; k < ndata && rc == 0; k++) {
      if (glp_mpl_read_data(tran, data_fnames[k]) != 0) rc = 1;
    }
    if (rc == 0 && glp_mpl_generate(tran, out_fname) != 0) rc = 1;
    if (rc == 0) glp_mpl_build_prob(tran, P);
  }
  if (rc != 0) {
    glp_mpl_free_wksp(tran);
    tran = NULL;
  }
  PKO_GUARD_END_OR(rc = PKO_FATAL; tran = NULL)
  *out = tran;
  return rc;
}

int pko_mpl_postsolve(glp_tran *tran, glp_prob *P, int sol) {
  volatile int rc = 0;
  PKO_GUARD_BEGIN
  rc = glp_mpl_postsolve(tran, P, sol);
  PKO_GUARD_END_OR(rc = PKO_FATAL)
  return rc;
}

void pko_mpl_free(glp_tran *tran, unsigned long made_in) {
  if (tran == NULL || made_in != pko_env_generation()) return;
  PKO_GUARD_BEGIN
  glp_mpl_free_wksp(tran);
  PKO_GUARD_END_OR(return)
}
