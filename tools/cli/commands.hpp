// SPDX-License-Identifier: MIT
// The wa-errors subcommands that read the catalog: explain, classify, decide and list. Each takes
// the options its declaration in cli.cpp fills in and returns the exit status: 0 found, 1 nothing
// found (said on stderr); usage and input/output problems throw (failure.hpp) and exit 2.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <wa_errors/types.hpp>

#include "query.hpp"

namespace wa_errors_cli {

struct explain_options {
    query_options query{};
    bool json = false;
};

struct classify_options {
    std::optional<long long> status{};
    std::vector<std::string> headers{};  // "Name: value"
    std::string path = "-";
    bool json = false;
};

struct decide_options {
    query_options query{};
    long long attempt = 1;
    long long scope_failures = 1;
    std::chrono::seconds elapsed{0};
    std::optional<std::chrono::seconds> deadline{};
    std::optional<std::chrono::milliseconds> retry_after{};
    double jitter = 1.0;  // the longest wait, so that the output is reproducible
    bool json = false;
};

struct list_options {
    std::optional<wa_errors::category> category{};
    std::optional<wa_errors::source> source{};
    bool json = false;
    bool markdown = false;
};

int explain(const explain_options& options, bool colour);
int classify(const classify_options& options, bool colour);
int decide(const decide_options& options, bool colour);
int list(const list_options& options, bool colour);

}  // namespace wa_errors_cli
