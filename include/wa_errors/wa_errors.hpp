// wa_errors: what a WhatsApp Business API error means and what to do about it.
// The umbrella header of the core: standard library only.
#pragma once

#include "types.hpp"
#include "lookup.hpp"
