// SPDX-License-Identifier: MIT
// The strict-header translation units are linked into one program only to prove that no header
// defines a non-inline symbol (two TUs would then clash); it is built, never run.
int main() { return 0; }
