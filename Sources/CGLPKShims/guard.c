// The fatal-error guard and the per-thread environment lifecycle.
//
// GLPK reports invalid API use by printing a message and calling abort().
// glp_error_hook lets us intercept that: the hook frees the environment (as
// GLPK's documentation requires) and longjmps back to the frame set up by
// PKO_GUARD_BEGIN. No Swift frame is ever between the setjmp and the
// longjmp: the guarded region only contains GLPK calls and C code.
#include "include/CGLPKShims.h"
#include "internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

static _Thread_local unsigned long generation = 0;
static pthread_key_t thread_key;
static pthread_once_t thread_key_once = PTHREAD_ONCE_INIT;
static atomic_ulong environments_freed = 0;

// Runs when a thread that used GLPK exits: frees its environment so it does
// not leak (GLPK creates one per thread and never frees it by itself).
static void thread_exit(void *value) {
  (void)value;
  glp_free_env();
  atomic_fetch_add(&environments_freed, 1);
}

unsigned long pko_thread_environments_freed(void) {
  return atomic_load(&environments_freed);
}

static void make_thread_key(void) {
  pthread_key_create(&thread_key, thread_exit);
}

// Half the machine's memory, in megabytes: GLPK then raises a (caught)
// fatal error instead of the process being killed for running out.
static int memory_limit_mb(void) {
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || size <= 0) return 0;
  double mb = (double)pages * (double)size / 2.0 / 1048576.0;
  return mb > 2147483647.0 ? 2147483647 : (int)mb;
}

void pko__prepare_thread(void) {
  static _Thread_local unsigned long limited_generation = (unsigned long)-1;
  pthread_once(&thread_key_once, make_thread_key);
  if (limited_generation != generation) {
    int limit = memory_limit_mb();
    if (limit > 0) glp_mem_limit(limit);
    limited_generation = generation;
  }
  if (pthread_getspecific(thread_key) == NULL) {
    pthread_setspecific(thread_key, (void *)1);
  }
  pko__install_term_hook();
}

void pko__error_hook(void *info) {
  jmp_buf *jump = info;
  // Required by glp_error_hook's contract before a non-local exit.
  glp_free_env();
  generation += 1;
  longjmp(*jump, 1);
}

unsigned long pko_env_generation(void) { return generation; }

void pko_mem_usage(int *count, size_t *total) {
  int cpeak = 0;
  size_t tpeak = 0;
  glp_mem_usage(count, &cpeak, total, &tpeak);
}

void pko_free_env(void) {
  glp_free_env();
  generation += 1;
}

glp_prob *pko_create(void) {
  glp_prob *volatile P = NULL;
  PKO_GUARD_BEGIN
  P = glp_create_prob();
  PKO_GUARD_END_OR(return NULL)
  return P;
}

void pko_delete(glp_prob *P, unsigned long made_in) {
  if (P == NULL || made_in != generation) return;
  PKO_GUARD_BEGIN
  glp_delete_prob(P);
  PKO_GUARD_END_OR(return)
}
