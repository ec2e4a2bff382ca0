// Internal helpers shared by the shim's C files. Not part of the module.
#ifndef CGLPKSHIMS_INTERNAL_H
#define CGLPKSHIMS_INTERNAL_H

#include <setjmp.h>
#include <glpk.h>

void pko__prepare_thread(void);
void pko__install_term_hook(void);
void pko__error_hook(void *info);

// Opens a guarded region: a fatal GLPK error inside it jumps to the
// PKO_GUARD_END_OR handler instead of aborting. Locals modified inside the
// region and read in the handler must be volatile.
#define PKO_GUARD_BEGIN                         \
  {                                             \
    jmp_buf pko_jump;                           \
    pko__prepare_thread();                      \
    if (setjmp(pko_jump) == 0) {                \
      glp_error_hook(pko__error_hook, &pko_jump);

// Closes the region; `on_fatal` runs after a fatal error was caught.
#define PKO_GUARD_END_OR(on_fatal)              \
      glp_error_hook(NULL, NULL);               \
    } else {                                    \
      pko__install_term_hook();                 \
      on_fatal;                                 \
    }                                           \
  }

#endif
