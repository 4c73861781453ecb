// SPDX-License-Identifier: MIT
// wa_errors: what a WhatsApp Business API error means and what to do about it.
// The umbrella header of the core: standard library only.
#pragma once

#include "lookup.hpp"
#include "retry.hpp"
#include "retry_after.hpp"
#include "server_hint.hpp"
#include "system_error.hpp"
#include "types.hpp"
#include "version.hpp"
