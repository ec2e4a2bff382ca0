* Problem:    constant
* Class:      LP
* Rows:       1
* Columns:    3
* Non-zeros:  2
* Format:     Free MPS
*
NAME constant
ROWS
 N R0000000
 G demand
COLUMNS
 x R0000000 2 demand 1
 y R0000000 3 demand 1
 OBJCONST R0000000 -1784.23
RHS
 RHS1 demand 4
BOUNDS
 UP BND1 x 3
 UP BND1 y 10
 FX BND1 OBJCONST 1
ENDATA
