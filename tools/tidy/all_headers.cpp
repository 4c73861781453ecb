// Includes every public header, so that clang-tidy checks them all (see .clang-tidy, .ci/run).
#include <wa_errors/json.hpp>
#include <wa_errors/parsed_error.hpp>
#include <wa_errors/testing.hpp>
#include <wa_errors/version.hpp>
#include <wa_errors/wa_errors.hpp>

int main() { return 0; }
