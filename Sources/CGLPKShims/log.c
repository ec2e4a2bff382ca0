// Captures GLPK's terminal output per thread so it never reaches stdout.
#include "include/CGLPKShims.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local char *buffer = NULL;
static _Thread_local size_t length = 0;
static _Thread_local size_t capacity = 0;
static _Thread_local int echo = 0;
static _Thread_local pko_log_callback callback = NULL;
static _Thread_local void *callback_context = NULL;

// Bounds the buffer so a long verbose solve cannot eat memory: the oldest
// half is dropped when the limit is reached.
#define PKO_LOG_LIMIT (4u << 20)

static int term_hook(void *info, const char *s) {
  (void)info;
  size_t n = strlen(s);
  if (echo) fputs(s, stderr);
  if (callback) callback(s, callback_context);
  if (length + n + 1 > PKO_LOG_LIMIT && length > 0) {
    size_t drop = length / 2;
    memmove(buffer, buffer + drop, length - drop);
    length -= drop;
  }
  if (length + n + 1 > capacity) {
    size_t wanted = capacity ? capacity * 2 : 4096;
    while (wanted < length + n + 1) wanted *= 2;
    char *grown = realloc(buffer, wanted);
    if (grown == NULL) return 1;
    buffer = grown;
    capacity = wanted;
  }
  memcpy(buffer + length, s, n);
  length += n;
  buffer[length] = '\0';
  return 1;  // non-zero: GLPK writes nothing to the terminal
}

void pko__install_term_hook(void) { glp_term_hook(term_hook, NULL); }

char *pko_log_take(void) {
  if (length == 0) return NULL;
  char *copy = malloc(length + 1);
  if (copy != NULL) {
    memcpy(copy, buffer, length + 1);
  }
  length = 0;
  return copy;
}

void pko_log_clear(void) { length = 0; }

void pko_log_set_echo(int value) { echo = value; }

void pko_log_set_callback(pko_log_callback function, void *context) {
  callback = function;
  callback_context = context;
}
