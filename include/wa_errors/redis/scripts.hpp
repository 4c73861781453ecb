// SPDX-License-Identifier: MIT
// wa_errors::redis: the server-side scripts. Each operation of the Redis pacer, retry quota and
// pause board is one run of one of these Lua scripts, so that it is atomic on the server however
// many workers call it at once. Every script reads the server's clock (TIME): the workers' own
// clocks may disagree, the server's is the one clock they share.
//
// The arithmetic mirrors the in-process classes (pacing.hpp, retry_quota.hpp, scopes.hpp) line by
// line; docs/redis.md lists the keys, their fields and their expiry.
#pragma once

#include <cstddef>
#include <string_view>

#include "../version.hpp"

WA_ERRORS_BEGIN_NAMESPACE
namespace redis::scripts {

enum class id : unsigned char { pace, quota, pause, send, fleet };
inline constexpr std::size_t count = 5;

// GCRA with an adaptive rate, in microseconds of the server's clock. Hash fields: tat (theoretical
// arrival time), iv (interval between sends), tr (throttles in a row), lr (last recovery), lc
// (last cut: throttles closer together than the spacing are one signal, cut once for the fleet).
// ARGV: op (acquire | throttle | success | charge), burst, initial interval, ceiling/s, floor/s,
// cut, recover fraction, idle expiry (ms), server wait (us; throttle only), spacing between cuts
// (us), the tat this worker last read from the key (us, the server's clock; 0: none).
// Answers {wait ns, interval ns, throttles in a row, ns until the bucket is full again, tat us}.
//
// Why a worker sends back the tat it last read: tat only ever grows, so any value a worker read is
// a floor of the true one. A restart without persistence, or a promoted replica that missed the
// last writes, hands out an older tat (a missing key: a full bucket); the first worker to ask
// after it raises the tat again to what it knew, so a lost state costs at most the slots granted
// after that worker's last answer, not a burst.
// op charge: `n` slots a worker granted from its local share while Redis could not answer, the
// first of them `elapsed` us ago (ARGV 9-10), its local bucket `ahead` us from full and the fleet
// count it divided by (ARGV 12-13). They are laid into the bucket as if they had come through
// Redis at the time (GCRA: tat = max(tat, now - elapsed) + n * iv), uncapped: every slot granted
// anywhere advances the one tat by one interval, which is what bounds the fleet's grants by
// rate x time + burst. A worker that stayed local while the others were back on Redis thus makes
// the fleet wait for what it sent on top of them.
// The first worker back charges only its own share of the outage, and a bucket left looking full
// would hand out a burst before the others' charges arrive (their slots then land on top, as a
// wait after the burst). So a charge also raises the tat to the charging worker's own drain level
// (a local share is the fleet's bucket at 1/fleet scale: `ahead` maps one to one), on the
// estimate that the others sent as it did. What that adds beyond its own slots is kept as credit
// (fields cr, us of tat, and ct, when): the others' charges for slots granted before then use
// it up instead of adding to the tat again.
inline constexpr std::string_view pace = R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local key, op = KEYS[1], ARGV[1]
local burst, ceiling, floor = tonumber(ARGV[2]), tonumber(ARGV[4]), tonumber(ARGV[5])
local cut, recover, idle = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
local s = redis.call('HMGET', key, 'tat', 'iv', 'tr', 'lr', 'lc')
local tat = tonumber(s[1]) or 0
local known = tonumber(ARGV[11]) or 0
local raised = known > tat
if raised then tat = known end
local iv = tonumber(s[2]) or tonumber(ARGV[3])
local tr = tonumber(s[3]) or 0
local lr = tonumber(s[4])
local function interval(rate)
  local v = 1000000 / rate
  if v < 0.001 then return 0.001 end
  if v > 1e14 then return 1e14 end
  return v
end
local function int(x) return math.floor(math.min(x, 4e18)) end
local wait, wrote = 0, true
if op == 'acquire' then
  local start = math.max(tat, now)
  if start - now > (burst - 1) * iv then
    wait, wrote = start - (burst - 1) * iv - now, raised
    if raised then redis.call('HSET', key, 'tat', tat, 'iv', iv, 'ex', 0) end
  else
    tat = start + iv
    redis.call('HSET', key, 'tat', tat, 'iv', iv, 'ex', 0)
  end
elseif op == 'throttle' then
  tr = tr + 1
  local lc = tonumber(s[5])
  if lc == nil or now - lc >= tonumber(ARGV[10]) then
    iv = interval(math.max(1000000 / iv * cut, floor))
    lc = now
  end
  tat = math.max(tat, now + tonumber(ARGV[9]) + (burst - 1) * iv + iv)
  redis.call('HSET', key, 'tat', tat, 'iv', iv, 'tr', tr, 'lr', now, 'lc', lc, 'ex', 0)
elseif op == 'success' then
  tr = 0
  if lr == nil or now - lr >= 100000 then
    if lr ~= nil then
      iv = interval(math.min(1000000 / iv + ceiling * recover * (now - lr) / 1000000, ceiling))
    end
    redis.call('HSET', key, 'tat', tat, 'iv', iv, 'tr', 0, 'lr', now, 'ex', 0)
  else
    redis.call('HSET', key, 'tat', tat, 'tr', 0, 'ex', 0)
  end
elseif op == 'charge' then
  local c = redis.call('HMGET', key, 'cr', 'ct')
  local cr, ct = tonumber(c[1]) or 0, tonumber(c[2]) or 0
  local first = now - tonumber(ARGV[10])
  local fleet = math.max(tonumber(ARGV[13]), 1)
  -- This worker's grants from before the estimate (below) were in it: they use its credit, up
  -- to what its share (from empty) could have granted by then. A later outage's have none.
  local use = 0
  if first < ct then
    use = math.min(cr, tonumber(ARGV[9]) * iv, (ct - first) / fleet + iv)
    cr = cr - use
  else
    cr = 0
  end
  tat = math.max(tat, first) + tonumber(ARGV[9]) * iv - use
  local estimate = now + tonumber(ARGV[12])
  if estimate > tat then
    cr, ct, tat = cr + estimate - tat, now, estimate
  end
  redis.call('HSET', key, 'tat', tat, 'iv', iv, 'ex', 0, 'cr', cr, 'ct', ct)
else
  return redis.error_reply('wa_errors: unknown pace operation')
end
local ahead = math.max(tat - now, 0)
if wrote then redis.call('PEXPIRE', key, math.ceil(math.min(ahead / 1000, 1e15)) + idle) end
return {int(wait * 1000), int(iv * 1000), tr, int(ahead * 1000), int(tat)}
)lua";

// A retry quota in milli-tokens and milliseconds of the server's clock. Hash fields: tok (tokens
// left), at (last refill). A missing key is a full bucket, so the key expires once time alone
// would have filled it, plus the idle expiry.
// ARGV: op (acquire | success | tokens), capacity, reserve per second, amount (the price of a
// retry, or what a success gives back), idle expiry (ms).
// Answers {granted (0 | 1), spent, wait ms, tokens left}.
inline constexpr std::string_view quota = R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local key, op = KEYS[1], ARGV[1]
local cap, reserve = tonumber(ARGV[2]), tonumber(ARGV[3])
local amount, idle = tonumber(ARGV[4]), tonumber(ARGV[5])
local s = redis.call('HMGET', key, 'tok', 'at')
local tok = math.min(tonumber(s[1]) or cap, cap)
local at = tonumber(s[2]) or now
if now > at then
  if reserve > 0 and tok < cap then
    local enough = math.floor((cap - tok) * 1000 / reserve) + 1
    tok = math.min(cap, tok + math.floor(math.min(now - at, enough) * reserve / 1000))
  end
  at = now
end
local granted, spent, wait = 0, 0, 0
if op == 'acquire' then
  if tok >= amount then
    granted, spent, tok = 1, amount, tok - amount
  elseif reserve > 0 then
    wait = math.max(1, math.ceil((amount - tok) * 1000 / reserve))
  else
    wait = 1000
  end
elseif op == 'success' then
  tok = math.min(cap, tok + amount)
elseif op ~= 'tokens' then
  return redis.error_reply('wa_errors: unknown quota operation')
end
redis.call('HSET', key, 'tok', tok, 'at', at)
local full = 0
if reserve > 0 then full = math.ceil((cap - tok) * 1000 / reserve) end
redis.call('PEXPIRE', key, math.min(full, 1e15) + idle)
return {granted, spent, wait, tok}
)lua";

// Holds of one scope key, in milliseconds of the server's clock: the same slots as
// wa_errors::pause_board, one per traffic and way of ending. Hash fields: u<traffic>.<lifts>
// (until; -1: until lifted or resumed) and c<traffic>.<lifts> (the catalog id of its cause), the
// traffic and lifts as their enumerators' numbers. The key expires when its last hold ends; a hold
// is only ever extended, never shortened; ended holds are dropped when the key is next read.
// ARGV: hold, traffic, lifts, length (ms; -1: until lifted), cause | held, traffic mask (bit n:
// traffic n) | lift, lifts.
// held answers {0} when nothing in the mask is held, else {ms left (-1: until lifted), cause,
// traffic, lifts} of the longest hold; hold and lift answer {1}.
inline constexpr std::string_view pause = R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local key, op = KEYS[1], ARGV[1]
local function holds()
  local all = redis.call('HGETALL', key)
  local found = {}
  for i = 1, #all, 2 do
    local f = all[i]
    if string.sub(f, 1, 1) == 'u' then
      local u = tonumber(all[i + 1])
      if u == -1 or u > now then
        found[string.sub(f, 2)] = u
      else
        redis.call('HDEL', key, f, 'c' .. string.sub(f, 2))
      end
    end
  end
  return found
end
local function split(name)
  local dot = string.find(name, '.', 1, true)
  return tonumber(string.sub(name, 1, dot - 1)), tonumber(string.sub(name, dot + 1))
end
if op == 'hold' then
  local name = ARGV[2] .. '.' .. ARGV[3]
  local len = tonumber(ARGV[4])
  local want = -1
  if len >= 0 then want = now + len end
  local found = holds()
  local cur = found[name]
  if cur == nil or (cur ~= -1 and (want == -1 or want > cur)) then
    redis.call('HSET', key, 'u' .. name, want, 'c' .. name, ARGV[5])
    found[name] = want
  end
  local last = 0
  for _, u in pairs(found) do
    if u == -1 then last = -1 break end
    if u > last then last = u end
  end
  if last == -1 then redis.call('PERSIST', key) else redis.call('PEXPIREAT', key, last) end
  return {1}
elseif op == 'held' then
  local mask = tonumber(ARGV[2])
  local best, best_name = nil, nil
  for name, u in pairs(holds()) do
    local tr = split(name)
    if bit.band(mask, bit.lshift(1, tr)) ~= 0 and (best == nil or (best ~= -1 and (u == -1 or u > best))) then
      best, best_name = u, name
    end
  end
  if best == nil then return {0} end
  local tr, l = split(best_name)
  local left = -1
  if best ~= -1 then left = best - now end
  return {left, redis.call('HGET', key, 'c' .. best_name), tr, l}
elseif op == 'lift' then
  for name, _ in pairs(holds()) do
    local _, l = split(name)
    if l == tonumber(ARGV[2]) then redis.call('HDEL', key, 'u' .. name, 'c' .. name) end
  end
  return {1}
end
return redis.error_reply('wa_errors: unknown pause operation')
)lua";

// One send: the holds of the number and of the pair, then a pacing slot of each, in one run, so
// that a refusal is one round trip and a pair that refuses takes no slot of the number. Cluster:
// every key carries the number's hash tag (keys.hpp), so they share a slot.
// KEYS: the number's pace and pause keys, then (for a send to a user) the pair's.
// ARGV: traffic mask of the send (as `held` of the pause script), paced (1: a message, which
// takes slots; 0: other traffic, checked against holds only), the number's burst and initial
// interval (us), the pair's burst and initial interval, idle expiry (ms), longest wait to reserve
// (us; 0: none), the tat the worker last read from the number's and from the pair's pace key (us,
// the server's clock; 0: none; as in the pace script, an older or missing tat is raised to it).
// Answers {1, wait ns, the number's tat us, the pair's tat us} when the message may go (both
// slots taken), now (wait 0) or, when the wait is no longer than the reservation allows, at the
// end of the wait; {2 (number) | 3 (pair), cause, ms left (-1: until lifted), traffic * 256 +
// lifts} for the longest hold in force, the number's first; {4, wait ns, the number's wait ns,
// the pair's wait ns} when pacing refuses: the wait is the later of the two, the earliest the
// message could go, and nothing is taken.
// Cost (Redis' CPU is the ceiling of a fleet): no holds is the common case, so one EXISTS on both
// hold keys stands for reading them; then one HMGET and one HSET per pace key, and TIME.
inline constexpr std::string_view send = R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local now_ms = math.floor(now / 1000)
local mask = tonumber(ARGV[1])
local pair = #KEYS >= 4
local function longest(key)
  local all = redis.call('HGETALL', key)
  local best, best_name = nil, nil
  for i = 1, #all, 2 do
    local f = all[i]
    if string.sub(f, 1, 1) == 'u' then
      local u = tonumber(all[i + 1])
      local name = string.sub(f, 2)
      local dot = string.find(name, '.', 1, true)
      local tr = tonumber(string.sub(name, 1, dot - 1))
      if (u == -1 or u > now_ms) and bit.band(mask, bit.lshift(1, tr)) ~= 0 and
         (best == nil or (best ~= -1 and (u == -1 or u > best))) then
        best, best_name = u, name
      end
    end
  end
  if best == nil then return nil end
  local dot = string.find(best_name, '.', 1, true)
  local tr, l = tonumber(string.sub(best_name, 1, dot - 1)), tonumber(string.sub(best_name, dot + 1))
  local left = -1
  if best ~= -1 then left = best - now_ms end
  return {left, redis.call('HGET', key, 'c' .. best_name) or '', tr * 256 + l}
end
local held
if pair then held = redis.call('EXISTS', KEYS[2], KEYS[4]) else held = redis.call('EXISTS', KEYS[2]) end
if held > 0 then
  local h = longest(KEYS[2])
  if h then return {2, h[2], h[1], h[3]} end
  if pair then
    h = longest(KEYS[4])
    if h then return {3, h[2], h[1], h[3]} end
  end
end
if ARGV[2] ~= '1' then return {1, 0} end
local idle = tonumber(ARGV[7])
local function peek(key, burst, initial, known)
  local s = redis.call('HMGET', key, 'tat', 'iv', 'ex')
  local tat = math.max(tonumber(s[1]) or 0, known)
  local iv = tonumber(s[2]) or initial
  local start = math.max(tat, now)
  local wait = start - (burst - 1) * iv - now
  if wait < 0 then wait = 0 end
  return start, iv, wait, tonumber(s[3])
end
local ns, niv, nw, nex = peek(KEYS[1], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[9]) or 0)
local ps, piv, pw, pex = 0, 0, 0, nil
if pair then ps, piv, pw, pex = peek(KEYS[3], tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[10]) or 0) end
local function int(x) return math.floor(math.min(x * 1000, 4e18)) end
local wait = math.max(nw, pw)
if wait > tonumber(ARGV[8]) then return {4, int(wait), int(nw), int(pw)} end
-- The key must outlive its bucket's refill by the idle expiry. Setting that on every send costs
-- a third of the script, so the expiry is set a further idle expiry ahead and its moment kept
-- in field ex; a send moves it only once the need passes it (the pace script zeroes ex when it
-- sets an expiry of its own).
local function take(key, start, iv, ex)
  local tat = start + iv
  local need = math.ceil(math.min(tat / 1000, 1e15)) + idle
  if ex == nil or need > ex then
    redis.call('HSET', key, 'tat', tat, 'iv', iv, 'ex', need + idle)
    redis.call('PEXPIREAT', key, need + idle)
  else
    redis.call('HSET', key, 'tat', tat)  -- ex set: a take wrote iv with it, and iv is what it read
  end
end
take(KEYS[1], ns, niv, nex)
if pair then take(KEYS[3], ps, piv, pex) end
return {1, int(wait), math.floor(ns + niv), math.floor(ps + piv)}
)lua";

// The fleet's heartbeat: one hash, a field per live client holding its last beat (ms, the
// server's clock). A beat writes this client's field, drops the fields older than the TTL and
// answers {live clients}; the key itself expires a TTL after the last beat.
// ARGV: the client's member name, TTL (ms).
inline constexpr std::string_view fleet = R"lua(
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local key, ttl = KEYS[1], tonumber(ARGV[2])
redis.call('HSET', key, ARGV[1], now)
local all = redis.call('HGETALL', key)
local live = 0
for i = 1, #all, 2 do
  if tonumber(all[i + 1]) > now - ttl then live = live + 1 else redis.call('HDEL', key, all[i]) end
end
redis.call('PEXPIRE', key, ttl)
return {live}
)lua";

[[nodiscard]] constexpr std::string_view text(id which) noexcept {
    switch (which) {
        case id::pace: return pace;
        case id::quota: return quota;
        case id::pause: return pause;
        case id::send: return send;
        case id::fleet: return fleet;
    }
    return {};
}

}  // namespace redis::scripts
WA_ERRORS_END_NAMESPACE
