// SPDX-License-Identifier: MIT
// The single header's strict unit is linked into a program, so that a symbol it declares but no
// unit defines, or defines twice, fails here; it is built, never run.
int main() { return 0; }
