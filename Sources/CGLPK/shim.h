// The GLPK C API as installed by Debian's libglpk-dev (no pkg-config file).
#include <glpk.h>
