// A consumer's program using the payload parser (wa_errors::json).
#include <wa_errors/json.hpp>

#include <iostream>

int main() {
    const auto r = wa_errors::json::parse(R"({"error":{"code":130429,"message":"(#130429) Rate limit hit"}})", 400);
    std::cout << r.errors.at(0).info->id << "\n";
    return r.errors.at(0).info->id == "meta.130429" ? 0 : 1;
}
